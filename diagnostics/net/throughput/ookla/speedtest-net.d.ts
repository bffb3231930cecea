// speedtest-net ships no types; only what Homeline calls is declared.
declare module 'speedtest-net' {
  type Cancel = (...args: unknown[]) => unknown;
  interface SpeedTestOptions {
    acceptLicense?: boolean;
    acceptGdpr?: boolean;
    binary?: string;
    serverId?: string;
    cancel?: Cancel;
    progress?: (event: unknown) => void;
  }
  interface SpeedTest {
    (options?: SpeedTestOptions): Promise<unknown>;
    makeCancel(): Cancel;
  }
  const speedTest: SpeedTest;
  export default speedTest;
}
