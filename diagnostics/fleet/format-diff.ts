import { basename } from 'node:path';
import type { Translator } from '../i18n/translator.js';
import { diffIsEmpty, type CheckDiff, type FindingRef } from './diff.js';
import type { FigureName } from './figures.js';

/** "2026-11-23 08:00 UTC": a check's start, the same for every reader of the diff. */
export const shortTime = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** The human text of `homeline diff`, in the translator's language. */
export function formatDiff(d: CheckDiff, t: Translator): string {
  const seg = (s: string): string => t.t(`segment.${s}`);
  const figures = (names: readonly FigureName[]): string => names.map((n) => t.t(`fleet.figure.${n}`)).join(', ');
  const finding = (f: FindingRef): string => `  - ${t.t('fleet.diff.findingLine', { title: f.title, segment: seg(f.segment), severity: t.t(`fleet.severity.${f.severity}`) })}`;
  const lines = [
    t.t('fleet.diff.title'),
    t.t('fleet.diff.before', { name: basename(d.before.name), at: shortTime(d.before.startedAt) }),
    t.t('fleet.diff.after', { name: basename(d.after.name), at: shortTime(d.after.startedAt) }),
    '',
    d.verdictChanged
      ? t.t('fleet.diff.verdictChanged', { before: seg(d.before.segment), after: seg(d.after.segment) })
      : t.t('fleet.diff.verdictSame', { segment: seg(d.after.segment) }),
  ];
  const section = (title: string, body: readonly string[]): void => {
    if (body.length > 0) lines.push('', title, ...body);
  };
  section(t.t('fleet.diff.newFindings'), d.newFindings.map(finding));
  section(t.t('fleet.diff.goneFindings'), d.goneFindings.map(finding));
  section(
    t.t('fleet.diff.severityChanged'),
    d.severityChanged.map((s) => `  - ${t.t('fleet.diff.severityLine', { title: s.title, before: t.t(`fleet.severity.${s.before}`), after: t.t(`fleet.severity.${s.after}`) })}`),
  );
  section(
    t.t('fleet.diff.moved'),
    d.movedFigures.map(
      (m) =>
        `  - ${t.t('fleet.diff.figureLine', { figure: t.t(`fleet.figure.${m.name}`), before: t.number(m.before), after: t.number(m.after), unit: m.unit, change: t.t(`fleet.diff.${m.change}`) })}`,
    ),
  );
  const notes: string[] = [];
  if (d.steadyFigures.length > 0) notes.push(t.t('fleet.diff.steady', { figures: figures(d.steadyFigures) }));
  if (d.onlyBefore.length > 0) notes.push(t.t('fleet.diff.onlyBefore', { figures: figures(d.onlyBefore) }));
  if (d.onlyAfter.length > 0) notes.push(t.t('fleet.diff.onlyAfter', { figures: figures(d.onlyAfter) }));
  if (diffIsEmpty(d)) notes.unshift(t.t('fleet.diff.nothing'));
  if (notes.length > 0) lines.push('', ...notes);
  return lines.join('\n');
}
