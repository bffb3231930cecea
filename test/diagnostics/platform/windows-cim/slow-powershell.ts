import type { SessionListener, SessionOpener } from '../../../../diagnostics/platform/command.js';

/** A PowerShell stand-in whose start-up ends when the test says so, recording when things happened. */
export interface SlowPowershell {
  readonly opener: SessionOpener;
  /** When the session was opened (performance.now()). */
  readonly openedAt: number[];
  /** When it answered its first line (the prelude): the end of its start-up. */
  readonly answeredPreludeAt: number[];
  /** The scripts it was sent after the prelude, in order. */
  readonly scripts: string[];
  finishStartup(): void;
}

/**
 * Lines sent before finishStartup() wait, as they do while powershell.exe loads; after it, each
 * line is answered with `answer(script)` and the protocol's end marker.
 */
export function slowStartingPowershell(answer: (script: string) => string): SlowPowershell {
  let listener: SessionListener | undefined;
  const pending: string[] = [];
  let up = false;
  const reply = (line: string): void => {
    const marker = /Write-Output \('(HOMELINE-END-[0-9a-f]+):'/.exec(line)?.[1];
    if (!marker) return;
    const script = /try \{ (.*) \} catch \{ \$homelineOk/.exec(line)?.[1] ?? '';
    const prelude = script.startsWith('$ProgressPreference');
    if (prelude) ps.answeredPreludeAt.push(performance.now());
    else ps.scripts.push(script);
    const stdout = prelude ? '' : answer(script);
    queueMicrotask(() => listener!.stdout(Buffer.from(`${stdout}\r\n${marker}:0\r\n`, 'utf8')));
  };
  const ps: SlowPowershell = {
    openedAt: [],
    answeredPreludeAt: [],
    scripts: [],
    finishStartup: () => {
      up = true;
      for (const line of pending.splice(0)) reply(line);
    },
    opener: (_spec, l) => {
      listener = l;
      ps.openedAt.push(performance.now());
      return {
        write: (line: string) => {
          if (up) reply(line);
          else pending.push(line);
          return true;
        },
        kill: () => undefined,
      };
    },
  };
  return ps;
}
