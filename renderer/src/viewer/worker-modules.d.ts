// Vite's `?worker&inline` import: a constructor for a worker built from the module and carried
// inside the page as a blob (the viewer is a single file; see read-in-worker.ts).
declare module '*?worker&inline' {
  const WorkerConstructor: new (options?: { name?: string }) => Worker;
  export default WorkerConstructor;
}
