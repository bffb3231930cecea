import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC } from '../../../electron/ipc/contract.js';
import { repoRoot } from '../../lab/repo-root.js';

// Electron's binary is absent here. The test runs the compiled preload (dist/electron/preload.cjs,
// exactly what Electron loads) in a fresh VM context whose `require` hands out a mock of the two
// Electron APIs it may use, and nothing else, as in Electron's sandbox.
const exposed = new Map<string, unknown>();
const ipcRenderer = { invoke: vi.fn(() => Promise.resolve({ ok: true, value: {} })), on: vi.fn(), removeListener: vi.fn() };
const electron = { contextBridge: { exposeInMainWorld: (name: string, api: unknown) => exposed.set(name, api) }, ipcRenderer };

function loadPreload(): void {
  const file = join(repoRoot(), 'dist', 'electron', 'preload.cjs');
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  const required: string[] = [];
  const sandboxRequire = (name: string): unknown => {
    required.push(name);
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
    return electron;
  };
  runInNewContext(readFileSync(file, 'utf8'), { require: sandboxRequire, exports: {}, module: { exports: {} } });
  expect(required).toEqual(['electron']);
}

interface Api {
  invoke(channel: string, request: unknown): Promise<unknown>;
  onEvent(listener: (e: unknown) => void): () => void;
}

describe('the preload script', () => {
  beforeEach(() => {
    exposed.clear();
    vi.clearAllMocks();
    loadPreload();
  });

  it('exposes only window.homeline with two functions, never ipcRenderer', () => {
    expect([...exposed.keys()]).toEqual(['homeline']);
    const api = exposed.get('homeline') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(['invoke', 'onEvent']);
    expect(Object.values(api)).not.toContain(ipcRenderer);
  });

  it('uses the contract’s channel names', async () => {
    const api = exposed.get('homeline') as Api;
    await api.invoke('check.run', { quick: true });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(IPC.invoke, 'check.run', { quick: true });
    const listener = vi.fn();
    const off = api.onEvent(listener);
    expect(ipcRenderer.on).toHaveBeenCalledWith(IPC.event, expect.any(Function));
    const wrapped = ipcRenderer.on.mock.calls.at(-1)![1] as (e: unknown, payload: unknown) => void;
    wrapped({ sender: 'hidden' }, { type: 'probe-started', id: 'wifi' });
    // The listener gets the payload only, never Electron's event object.
    expect(listener).toHaveBeenCalledWith({ type: 'probe-started', id: 'wifi' });
    off();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith(IPC.event, wrapped);
  });
});
