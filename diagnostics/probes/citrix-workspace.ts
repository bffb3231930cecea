import { readFile } from 'node:fs/promises';
import type { Probe } from '../engine/probe.js';
import { readWorkspaceApp } from '../platform/citrix/read-workspace-app.js';
import type { WorkspaceApp } from '../platform/citrix/types.js';

async function readTextOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}

/** Whether the Citrix Workspace app is installed, and which version: the help desk asks first. */
export const citrixWorkspaceProbe: Probe<WorkspaceApp> = {
  id: 'citrix-workspace',
  dependsOn: [],
  timeoutMs: 6000,
  async run(ctx) {
    if (ctx.targets.citrix.storefrontUrl === undefined && ctx.targets.citrix.sessionHosts.length === 0) {
      return { status: 'skipped', data: { installed: false, version: null, notes: [] }, error: 'the profile names no Citrix' };
    }
    const app = await readWorkspaceApp({ os: ctx.os, run: ctx.run, readFile: readTextOrNull });
    // "Not installed" while a place it could be recorded in was unreadable is no answer (#16).
    if (!app.installed && app.unread !== undefined) return { status: 'error', data: app, error: app.unread };
    return { status: app.installed ? 'ok' : 'warn', data: app };
  },
};
