import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Lab } from '../lab-types.js';
import { labProfilePath, repoRoot } from '../repo-root.js';

// Starts the browser transport (electron/browser/serve.ts, built) inside the lab's client
// namespace, so the real engine behind it measures the lab exactly as `homeline check` would.
// It listens on the namespace's own loopback; Chromium runs in the same namespace to reach it.

/** The running server: its URL (inside the namespace) and how to stop it. */
export interface LabUiServer {
  readonly url: string;
  stop(): Promise<void>;
}

/** Where the built server and UI are; throws naming the command that builds them. */
export function assertUiBuilt(root = repoRoot()): { serve: string } {
  const serve = join(root, 'dist', 'electron', 'browser', 'serve.js');
  const index = join(root, 'dist', 'ui', 'index.html');
  for (const f of [serve, index]) {
    if (!existsSync(f)) throw new Error(`the UI tests need ${f}: run npm run build first`);
  }
  return { serve };
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();
      return;
    }
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts the server in `lab`'s client namespace with the lab profile; resolves once it listens.
 * `env` adds to its environment (a managed policy file, a data folder of its own).
 */
export function startUiServerInLab(lab: Lab, timeoutMs = 20_000, env: Readonly<Record<string, string>> = {}): Promise<LabUiServer> {
  const { serve } = assertUiBuilt();
  // allow-spawn: the UI test server is a long-running child the test owns and kills; fixed argv, shell false
  const child = spawn(
    'ip',
    ['netns', 'exec', lab.ns.client, process.execPath, serve, '--host', '127.0.0.1', '--port', '0', '--profile', labProfilePath()],
    {
      shell: false,
      cwd: repoRoot(),
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NODE_EXTRA_CA_CERTS: lab.ca.certPath,
        HOMELINE_NO_BUILTIN_TARGETS: '1',
        // The server's "system language"; the tests switch the UI language through Settings.
        LANG: 'en_GB.UTF-8',
        LC_ALL: '',
        LC_MESSAGES: '',
        ...env,
      },
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      void stopChild(child);
      reject(new Error(`the UI server did not start within ${timeoutMs} ms\nstderr: ${err}`));
    }, timeoutMs);
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString('utf8');
    });
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      const m = /Homeline UI: (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1]!, stop: () => stopChild(child) });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the UI server exited (${String(code)}) before listening\nstderr: ${err}`));
    });
  });
}
