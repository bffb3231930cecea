import type { AppEvent, InvokeResult } from './contract.js';
import { IPC } from './contract.js';
import { dispatch, type Handlers } from './dispatch.js';
import type { SenderInfo, TrustedSenders } from './trusted-sender.js';

/** The part of Electron's ipcMain the bridge uses, with the sender reduced to what it checks. */
export interface IpcMainPort {
  handle(channel: string, listener: (sender: SenderInfo, ...args: unknown[]) => Promise<unknown>): void;
}

/** A window the bridge can push events to. */
export interface EventTarget {
  readonly webContentsId: number;
  send(channel: string, payload: AppEvent): void;
}

/**
 * Serves the contract over Electron IPC: one `invoke` channel carrying (channel, request), the
 * sender checked first, then the request validated by `dispatch`. The only place that calls
 * ipcMain.handle.
 */
export function registerIpc(ipc: IpcMainPort, trusted: TrustedSenders, handlers: Handlers): void {
  ipc.handle(IPC.invoke, async (sender, channel, request): Promise<InvokeResult> => {
    if (!trusted.isTrusted(sender)) {
      return { ok: false, error: { code: 'forbidden', message: 'this window may not talk to Homeline' } };
    }
    return dispatch(handlers, channel, request);
  });
}

/** Sends one event to every open window of the app. */
export function broadcast(targets: Iterable<EventTarget>, event: AppEvent): void {
  for (const t of targets) t.send(IPC.event, event);
}
