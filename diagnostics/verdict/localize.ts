import type { Translator, Vars } from '../i18n/translator.js';
import type { Finding } from '../schema/report.js';
import type { FindingDraft } from './finding-draft.js';

/** Values written `@key` are themselves catalog texts (a DNS outcome, a connection stage). */
function resolveVars(t: Translator, vars: Vars | undefined): Vars | undefined {
  if (!vars) return vars;
  return Object.fromEntries(
    Object.entries(vars).map(([k, v]) => [k, typeof v === 'string' && v.startsWith('@') ? t.t(v.slice(1)) : v]),
  );
}

/** Puts a finding into the user's language: title, the evidence with its figures, the steps. */
export function localizeFinding(d: FindingDraft, t: Translator): Finding {
  return {
    id: d.id,
    segment: d.segment,
    severity: d.severity,
    title: t.t(`finding.${d.id}.title`),
    evidence: d.evidence.map((line) => t.t(`evidence.${line.key}`, resolveVars(t, line.vars))),
    steps: t.list(`finding.${d.id}.steps`),
  };
}
