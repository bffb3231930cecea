/** The Homeline mark and a title beside it: the app's and the viewer's top bar share it. */
export function Brand({ title }: { readonly title: string }) {
  return (
    <div className="brand">
      <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" className="logo">
        <path d="M3 11.5 12 4l9 7.5V20a1 1 0 0 1-1 1h-5v-5.5h-6V21H4a1 1 0 0 1-1-1z" />
      </svg>
      <span>{title}</span>
    </div>
  );
}
