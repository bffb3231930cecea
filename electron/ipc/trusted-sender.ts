/** What the IPC bridge sees of the caller of one message (Electron's IpcMainInvokeEvent, reduced). */
export interface SenderInfo {
  /** The id of the sending webContents. */
  readonly webContentsId: number;
  /** The URL of the frame that sent it; null when the frame is gone. */
  readonly frameUrl: string | null;
  /** Whether the sending frame is the top frame of its page. */
  readonly isMainFrame: boolean;
}

/**
 * Decides whether a message comes from one of the app's own windows: a webContents the app
 * created, its top frame, showing a page of the app itself. Anything else (an iframe, a page the
 * window was tricked into loading) is refused before its input is even read.
 */
export class TrustedSenders {
  private readonly ids = new Set<number>();

  /** @param appUrlPrefix the URL every page of the app starts with (its file:// folder). */
  constructor(private readonly appUrlPrefix: string) {}

  /** Trusts a window's webContents until it is forgotten. */
  add(webContentsId: number): void {
    this.ids.add(webContentsId);
  }

  /** Forgets a closed window. */
  remove(webContentsId: number): void {
    this.ids.delete(webContentsId);
  }

  /** True when the sender is one of the app's windows showing the app. */
  isTrusted(sender: SenderInfo): boolean {
    return (
      this.ids.has(sender.webContentsId) &&
      sender.isMainFrame &&
      sender.frameUrl !== null &&
      sender.frameUrl.startsWith(this.appUrlPrefix)
    );
  }
}
