// The preload script: the only bridge between the sandboxed UI and the main process. It exposes
// two named functions on window.homeline and never ipcRenderer itself. A sandboxed preload can
// require nothing but 'electron', so the two channel names are repeated from ipc/contract.ts
// (IPC); a test checks they match. Every request is validated in main, not here.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

const INVOKE = 'homeline:invoke';
const EVENT = 'homeline:event';

contextBridge.exposeInMainWorld('homeline', {
  /** Calls one channel of the contract; answers its InvokeResult. */
  invoke: (channel: string, request: unknown): Promise<unknown> => ipcRenderer.invoke(INVOKE, channel, request),
  /** Listens to the main process's events; returns the function that stops listening. */
  onEvent: (listener: (event: unknown) => void): (() => void) => {
    const wrapped = (_e: IpcRendererEvent, event: unknown): void => listener(event);
    ipcRenderer.on(EVENT, wrapped);
    return () => {
      ipcRenderer.removeListener(EVENT, wrapped);
    };
  },
});
