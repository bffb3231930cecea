import type { FindingDraft, Rule } from '../finding-draft.js';

/**
 * A speed-test direction the profile asked for that produced no figure: said out loud, with the
 * measurement's reason, so a report is never silently missing the upload. Information only: a
 * failed measurement proves nothing about whose problem anything is, so it never decides the verdict.
 */
export const speedUnmeasuredRule: Rule = (e) => {
  const failed = e.throughput?.failed;
  if (!failed) return [];
  const lines = [
    ...(failed.download !== undefined ? [{ key: 'downloadUnmeasured' as const, vars: { reason: failed.download } }] : []),
    ...(failed.upload !== undefined ? [{ key: 'uploadUnmeasured' as const, vars: { reason: failed.upload } }] : []),
  ];
  if (lines.length === 0) return [];
  const finding: FindingDraft = { id: 'isp.speed-unmeasured', segment: 'isp', severity: 'info', evidence: lines };
  return [finding];
};
