import type { RawOutput } from '../schema/report.js';
import { ENTRY } from './manifest.js';

const slug = (s: string): string => s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'x';

/** The bundle path of the n-th raw output: numbered, so two runs of one command never collide. */
export function rawEntryPath(raw: RawOutput, index: number): string {
  return `${ENTRY.rawDir}${String(index + 1).padStart(2, '0')}-${slug(raw.probe)}-${slug(raw.cmd.split(/[\\/]/).at(-1) ?? raw.cmd)}.txt`;
}

/** One raw output as a technician reads it: the command line, the exit code, stdout, stderr. */
export function rawEntryText(raw: RawOutput): string {
  const lines = [`$ ${[raw.cmd, ...raw.args].join(' ')}`, `# probe: ${raw.probe}, exit code: ${raw.exitCode ?? 'none'}`, '', raw.stdout];
  if (raw.stderr !== '') lines.push('', '# stderr:', raw.stderr);
  return `${lines.join('\n')}\n`;
}
