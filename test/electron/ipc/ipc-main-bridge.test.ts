import { describe, expect, it, vi } from 'vitest';
import { IPC } from '../../../electron/ipc/contract.js';
import type { Handlers } from '../../../electron/ipc/dispatch.js';
import { broadcast, registerIpc, type IpcMainPort } from '../../../electron/ipc/ipc-main-bridge.js';
import { TrustedSenders, type SenderInfo } from '../../../electron/ipc/trusted-sender.js';

const APP = 'file:///opt/homeline/resources/app/dist/renderer/';

/** ipcMain stand-in that keeps the registered listener so the test can call it as Electron would. */
function fakeIpc(): IpcMainPort & { call: (sender: SenderInfo, ...args: unknown[]) => Promise<unknown>; channels: string[] } {
  const listeners = new Map<string, (sender: SenderInfo, ...args: unknown[]) => Promise<unknown>>();
  return {
    channels: [],
    handle(channel, listener) {
      this.channels.push(channel);
      listeners.set(channel, listener);
    },
    call: (sender, ...args) => listeners.get(IPC.invoke)!(sender, ...args),
  };
}

function setup() {
  const ipc = fakeIpc();
  const trusted = new TrustedSenders(APP);
  trusted.add(7);
  const info = vi.fn(() => Promise.resolve({ version: '1', systemLang: 'en' as const, transport: 'electron' as const, features: { history: false, tickets: false, bundles: false } }));
  registerIpc(ipc, trusted, { 'app.info': info } as unknown as Handlers);
  return { ipc, trusted, info };
}

const good: SenderInfo = { webContentsId: 7, frameUrl: `${APP}index.html`, isMainFrame: true };

describe('the Electron IPC bridge', () => {
  it('registers exactly one invoke channel', () => {
    expect(setup().ipc.channels).toEqual([IPC.invoke]);
  });

  it('answers the app’s own window', async () => {
    const { ipc, info } = setup();
    await expect(ipc.call(good, 'app.info', {})).resolves.toMatchObject({ ok: true });
    expect(info).toHaveBeenCalledOnce();
  });

  it.each([
    ['a window the app did not create', { ...good, webContentsId: 8 }],
    ['an iframe inside the app window', { ...good, isMainFrame: false }],
    ['a page from the web loaded into the window', { ...good, frameUrl: 'https://evil.example/' }],
    ['a file outside the app folder', { ...good, frameUrl: 'file:///home/user/Downloads/x.html' }],
    ['a frame that is gone', { ...good, frameUrl: null }],
  ])('refuses %s before reading its input', async (_what, sender: SenderInfo) => {
    const { ipc, info } = setup();
    await expect(ipc.call(sender, 'app.info', {})).resolves.toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'this window may not talk to Homeline' },
    });
    expect(info).not.toHaveBeenCalled();
  });

  it('stops trusting a closed window', async () => {
    const { ipc, trusted } = setup();
    trusted.remove(7);
    await expect(ipc.call(good, 'app.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('broadcasts events on the event channel to every window', () => {
    const a = { webContentsId: 1, send: vi.fn() };
    const b = { webContentsId: 2, send: vi.fn() };
    broadcast([a, b], { type: 'probe-started', id: 'gateway-ping' });
    expect(a.send).toHaveBeenCalledWith(IPC.event, { type: 'probe-started', id: 'gateway-ping' });
    expect(b.send).toHaveBeenCalledOnce();
  });
});
