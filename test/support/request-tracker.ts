import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's request-tracker5 programs; the test skips (loudly, and fails under CI) without them. */
export const RT_SERVER = '/usr/share/request-tracker5/libexec/rt-server';
export const RT_SETUP = '/usr/sbin/rt-setup-database-5';
export const RT_PASSWORD = 'homeline-test-root';

/** A running Request Tracker 5 on loopback with an SQLite database in a temporary folder. */
export interface RunningRt {
  readonly baseUrl: string;
  readonly user: string;
  readonly password: string;
  stop(): Promise<void>;
}

export function rtAvailable(): boolean {
  return existsSync(RT_SERVER) && existsSync(RT_SETUP);
}

/**
 * Starts RT5 the way notes-request-tracker.md describes: site configuration through environment
 * variables (nothing under /etc), mail into a file. For speed, the freshly initialised database is
 * kept as a template in the temp folder and copied for later runs (init takes ~6 s, a copy ~1 ms);
 * the server then needs a few seconds to load.
 */
export async function startRequestTracker(): Promise<RunningRt> {
  const dir = mkdtempSync(join(tmpdir(), 'homeline-rt5-'));
  for (const sub of ['log', 'mason', 'sessions', 'site.d']) mkdirSync(join(dir, sub));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  writeFileSync(join(dir, 'fake-sendmail'), `#!/bin/sh\ncat >> '${dir}/mail.log'\n`, { mode: 0o755 });
  writeFileSync(join(dir, 'rootpw'), RT_PASSWORD, { mode: 0o600 });
  writeFileSync(
    join(dir, 'RT_SiteConfig.pm'),
    [
      `Set($DatabaseType, 'SQLite');`,
      `Set($DatabaseName, '${dir}/rt5.db');`,
      `Set($WebPath, '');`,
      `Set($WebDomain, '127.0.0.1');`,
      `Set($WebPort, ${port});`,
      `Set($WebBaseURL, '${baseUrl}');`,
      `Set($LogToSyslog, undef);`,
      `Set($LogToSTDERR, 'error');`,
      `Set($LogDir, '${dir}/log');`,
      `Set($MailCommand, 'sendmailpipe');`,
      `Set($SendmailPath, '${dir}/fake-sendmail');`,
      `Set($MasonDataDir, '${dir}/mason');`,
      `Set($MasonSessionDir, '${dir}/sessions');`,
      '1;',
      '',
    ].join('\n'),
  );
  const env = { ...process.env, RT_SITE_CONFIG: join(dir, 'RT_SiteConfig.pm'), RT_SITE_CONFIG_DIR: join(dir, 'site.d') };
  // Keyed on the installed RT (its setup program's mtime): an upgraded RT gets a fresh template.
  const template = join(tmpdir(), `homeline-rt5-template-${Math.round(statSync(RT_SETUP).mtimeMs)}.db`);
  if (existsSync(template)) copyFileSync(template, join(dir, 'rt5.db'));
  else {
    await run(RT_SETUP, ['--action', 'init', '--skip-create', '--root-password-file', join(dir, 'rootpw')], env);
    const partial = `${template}.${process.pid}`;
    copyFileSync(join(dir, 'rt5.db'), partial);
    renameSync(partial, template);
  }
  // allow-spawn: RT's standalone server is a long-running daemon the test owns and stops; fixed argv, loopback only
  const server = spawn(RT_SERVER, ['--server', 'Standalone', '--host', '127.0.0.1', '--port', String(port)], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  server.stderr?.on('data', (c: Buffer) => (log = (log + c.toString()).slice(-4000)));
  const rt: RunningRt = {
    baseUrl,
    user: 'root',
    password: RT_PASSWORD,
    stop: async () => {
      await stop(server);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    await waitUntilUp(baseUrl, server, () => log);
  } catch (e) {
    await rt.stop();
    throw e;
  }
  return rt;
}

async function waitUntilUp(baseUrl: string, server: ChildProcess, log: () => string): Promise<void> {
  const auth = `Basic ${Buffer.from(`root:${RT_PASSWORD}`).toString('base64')}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`rt-server exited with ${server.exitCode}: ${log()}`);
    try {
      const res = await fetch(`${baseUrl}/REST/2.0/queues/all`, { headers: { Authorization: auth }, signal: AbortSignal.timeout(5000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`rt-server did not answer within 60 s: ${log()}`);
}

/** SIGTERM to the server's own pid (SIGINT as root would chown /var/lib/request-tracker5). */
function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => server.kill('SIGKILL'), 5000);
    server.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    server.kill('SIGTERM');
  });
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    // allow-spawn: RT's setup tool (fixed program, argv array); it reports through exit code and stderr
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}: ${out.slice(-2000)}`))));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}
