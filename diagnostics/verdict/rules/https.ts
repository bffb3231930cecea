import type { FindingDraft, Rule } from '../finding-draft.js';
import { internetAnswers } from '../line-witnesses.js';

/**
 * Secure websites, once the path and name lookups work: a rejected certificate points at this
 * computer (clock, interception); a connection that fails although echoes pass is flagged for the
 * provider. DNS-stage failures are the DNS rule's, a captive portal explains any failure, and a
 * site that answers with an error (5xx) is that site's own trouble, not the user's line.
 */
export const httpsRule: Rule = (e) => {
  if (e.adapters?.state !== 'ok' || e.captive?.check?.state === 'portal') return [];
  if (!internetAnswers(e)) return [];
  const findings: FindingDraft[] = [];
  for (const c of e.https?.checks ?? []) {
    const dnsStage = c.failure?.stage === 'dns' || c.failure?.code === 'DNS_TIMEOUT';
    if (c.ok || !c.failure || dnsStage || c.failure.stage === 'http') continue;
    if (c.failure.stage === 'tls' && c.certificate) {
      findings.push({
        id: 'device.tls-certificate',
        segment: 'device',
        severity: 'warning',
        evidence: [{ key: 'httpsCertificate', vars: { url: c.url, code: c.failure.code, validTo: c.certificate.validTo } }],
      });
    } else {
      findings.push({
        id: 'isp.https-blocked',
        segment: 'isp',
        severity: 'warning',
        evidence: [{ key: 'httpsFailed', vars: { url: c.url, stage: `@httpsStage.${c.failure.stage}`, code: c.failure.code } }],
      });
    }
  }
  return findings;
};
