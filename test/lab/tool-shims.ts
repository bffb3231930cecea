import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

// Broken stand-ins for the system commands the engine runs on Linux (#16 fault injection). Each
// case gets a folder that comes FIRST on PATH: the tool under test is absent, not executable, or a
// small shell script that misbehaves; the other engine tools are links to the real ones. Behind it
// comes one shared folder that links everything else the system PATH holds, so "missing" really is
// missing (the real /usr/bin/ping is not reachable) while env, sh and the rest still work.
// These scripts are test fixtures written for this suite, not recordings.

/** Every command the engine runs on Linux during `check` (found with grep for `cmd: '` in diagnostics/). */
export const LINUX_TOOLS = ['ping', 'ip', 'iw', 'nmcli', 'gsettings', 'powerprofilesctl'] as const;
export type LinuxTool = (typeof LINUX_TOOLS)[number];

/** How a shimmed tool misbehaves. */
export type FaultMode =
  | 'missing' // not on PATH at all (ENOENT)
  | 'not-executable' // present without the execute bit (EACCES at spawn)
  | 'not-permitted' // runs, says "Operation not permitted" and exits 126
  | 'random-bytes' // prints binary noise and exits 0
  | 'truncated' // the first half of the real tool's output (exit 0)
  | 'foreign' // prose in other languages and scripts, exit 0
  | 'crash' // prints a little, then kills itself with SIGSEGV
  | 'hang' // ignores SIGTERM/SIGINT/SIGHUP and sleeps for an hour, with a child doing the same
  | 'flood'; // prints lines forever (the runner's output cap must stop it)

export const FAULT_MODES: readonly FaultMode[] = ['missing', 'not-executable', 'not-permitted', 'random-bytes', 'truncated', 'foreign', 'crash', 'hang', 'flood'];

/** Where a command lives on the system PATH, or null. */
export function findOnPath(cmd: string, path = process.env.PATH ?? ''): string | null {
  for (const dir of path.split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, cmd);
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not in this folder
    }
  }
  return null;
}

/** One folder linking every command of the system PATH except the engine's tools. */
export function makeBaseBin(root: string): string {
  const base = join(root, 'base-bin');
  mkdirSync(base, { recursive: true });
  const tools = new Set<string>(LINUX_TOOLS);
  const seen = new Set<string>();
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      if (tools.has(name) || seen.has(name)) continue;
      seen.add(name);
      symlinkSync(join(dir, name), join(base, name));
    }
  }
  return base;
}

const sh = (body: string): string => `#!/bin/sh\n${body}\n`;

/** The shell text of a misbehaving tool (`real` is the real tool, for `truncated`; `pids` collects hang pids). */
function shimScript(mode: FaultMode, tool: string, real: string | null, pids: string): string {
  switch (mode) {
    case 'not-permitted':
      return sh(`echo "${tool}: socket: Operation not permitted" >&2\nexit 126`);
    case 'random-bytes':
      return sh('head -c 4096 /dev/urandom\nexit 0');
    case 'truncated':
      // Without the real tool (iw, nmcli… not installed) a cut line of a plausible answer stands in.
      return real === null
        ? sh(`printf '%s' "${tool} 1.0: dev wlan0 state conn"\nexit 0`)
        : sh(`out=$("${real}" "$@" 2>&1)\nprintf '%s' "$out" | head -c $(( \${#out} / 2 ))\nexit 0`);
    case 'foreign':
      return sh(
        [
          "cat <<'EOF'",
          'Zeitüberschreitung der Anforderung. Paketverlust unbekannt, Schnittstelle nicht gefunden',
          '要求がタイムアウトしました。インターフェイスが見つかりません',
          'Запрос превысил время ожидания; интерфейс не найден',
          'انتهت مهلة الطلب',
          'EOF',
          'exit 0',
        ].join('\n'),
      );
    case 'crash':
      return sh(`echo "${tool} starting"\nkill -SEGV $$\nsleep 5`);
    case 'hang':
      return sh(`trap '' TERM INT HUP\necho $$ >> "${pids}"\nsleep 3600 &\necho $! >> "${pids}"\nwhile :; do wait; done`);
    case 'flood':
      return sh(`yes "${tool}: line without end, not an answer"`);
    case 'missing':
    case 'not-executable':
      return sh('exit 0');
  }
}

/** A case's own PATH: `broken` misbehaves as `mode` (null: none does), every other engine tool is the real one (where installed). */
export function makeCaseBin(root: string, caseId: string, broken: LinuxTool | null, mode: FaultMode, base: string): { path: string; pidFile: string } {
  const dir = join(root, caseId);
  mkdirSync(dir, { recursive: true });
  const pidFile = join(dir, 'hang.pids');
  for (const tool of LINUX_TOOLS) {
    const real = findOnPath(tool);
    const file = join(dir, tool);
    if (tool !== broken) {
      if (real !== null) symlinkSync(real, file);
      continue;
    }
    if (mode === 'missing') continue;
    writeFileSync(file, shimScript(mode, tool, real, pidFile));
    chmodSync(file, mode === 'not-executable' ? 0o644 : 0o755);
  }
  return { path: `${dir}${delimiter}${base}`, pidFile };
}

/** The process ids a `hang` shim wrote that are still alive (each must have died with its group). */
export function survivors(pidFile: string): number[] {
  let text: string;
  try {
    text = readFileSync(pidFile, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((l) => /^\d+$/.test(l))
    .map(Number)
    .filter((pid) => {
      // A zombie (state Z) has died and only waits to be reaped: it holds no pipe and runs nothing.
      try {
        return !/^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      } catch {
        return false;
      }
    });
}
