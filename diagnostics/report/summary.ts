import type { Translator } from '../i18n/translator.js';
import type { Report } from '../schema/report.js';
import { mediaSummaryLines } from './media-summary.js';
import { terminalSafe } from './terminal-safe.js';

const MARK = { problem: '✗', warning: '!', info: '·' } as const;

/**
 * The short human summary `homeline check` and `view` print: verdict, what to do, what was found.
 * Values come from the machine (a network's name) or a bundle, so control characters are removed.
 */
export function formatSummary(r: Report, t: Translator): string {
  const out: string[] = [];
  out.push(t.t('cli.title'), '');
  out.push(`${t.t('cli.verdict')}: ${r.verdict.headline}`);
  out.push(`${t.t('cli.owner')}: ${t.t(`segment.${r.verdict.segment}`)}`);
  out.push(r.verdict.summary);
  const top = r.findings[0];
  if (top && r.verdict.segment !== 'none') {
    out.push('', `${t.t('cli.whatToDo')}:`);
    top.steps.forEach((s, i) => out.push(`  ${i + 1}. ${s}`));
  }
  if (r.findings.length > 0) {
    out.push('', `${t.t('cli.findings')}:`);
    for (const f of r.findings) {
      out.push(`  ${MARK[f.severity]} ${f.title}`);
      f.evidence.forEach((e) => out.push(`      ${e}`));
    }
  }
  if (r.ispCall) {
    out.push('', `${t.t('cli.ispCall')}`, `  ${t.t('cli.ispChecklist')}:`);
    r.ispCall.checklist.forEach((c) => out.push(`    - ${c}`));
    out.push(`  ${t.t('cli.ispScript')}:`);
    r.ispCall.script.split('\n').forEach((l) => out.push(`    ${l}`));
  }
  out.push(...mediaSummaryLines(r, t));
  const failed = r.probes.filter((p) => p.status === 'error').map((p) => p.id);
  out.push('');
  if (failed.length > 0) out.push(t.t('cli.probeFailed', { probes: failed.join(', ') }));
  if (r.quick) out.push(t.t('cli.quickNote'));
  out.push(t.t('cli.duration', { seconds: Math.round(r.durationMs / 100) / 10 }));
  return terminalSafe(out.join('\n'));
}
