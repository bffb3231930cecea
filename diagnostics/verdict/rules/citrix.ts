import type { FindingDraft, Rule } from '../finding-draft.js';
import { internetWorks } from './company-preconditions.js';
import { vpnRule } from './vpn.js';

const DAY_MS = 86_400_000;

/**
 * The company's Citrix, once internet and VPN work: the StoreFront's certificate, its answer, and
 * the session hosts' ICA and CGP ports. A VPN fault explains a Citrix that cannot be reached, so
 * Citrix is not judged while the VPN rule finds one.
 */
export const citrixRule: Rule = (e) => {
  if (!internetWorks(e) || vpnRule(e).some((f) => f.severity === 'problem')) return [];
  const findings: FindingDraft[] = [];
  const sf = e.citrixStoreFront?.check;
  if (sf && !sf.ok && sf.failure) {
    const f = sf.failure;
    if (f.stage === 'tls' && sf.certificate) {
      const days = Math.round((Date.parse(sf.certificate.validTo) - Date.now()) / DAY_MS);
      findings.push({
        id: 'citrix.certificate',
        segment: 'citrix',
        severity: 'problem',
        evidence: [{ key: 'storefrontCertificate', vars: { url: sf.url, code: f.code, validTo: sf.certificate.validTo, days: Number.isFinite(days) ? days : '?' } }],
      });
    } else if (f.stage === 'http' && sf.status !== null) {
      findings.push({ id: 'citrix.storefront-error', segment: 'citrix', severity: 'problem', evidence: [{ key: 'storefrontStatus', vars: { url: sf.url, status: sf.status } }] });
    } else {
      findings.push({
        id: 'citrix.storefront-unreachable',
        segment: 'citrix',
        severity: 'problem',
        evidence: [{ key: 'storefrontUnreachable', vars: { url: sf.url, stage: `@httpsStage.${f.stage}`, code: f.code } }],
      });
    }
  } else if (sf?.ok && e.citrixStoreFront?.kind !== 'storefront' && e.citrixStoreFront?.kind !== 'gateway') {
    findings.push({ id: 'citrix.storefront-error', segment: 'citrix', severity: 'warning', evidence: [{ key: 'storefrontNotRecognised', vars: { url: sf.url } }] });
  }
  const closed = (e.citrixSessionHosts?.hosts ?? []).filter((h) => h.protocol === 'closed');
  if (closed.length > 0) {
    findings.push({
      id: 'citrix.session-ports',
      segment: 'citrix',
      severity: 'problem',
      evidence: closed.map((h) => ({ key: 'sessionPortClosed', vars: { host: h.tcp.host, port: h.tcp.port, state: `@tcpState.${h.tcp.state}` } })),
    });
  }
  if (e.citrixWorkspace?.installed === false && e.status['citrix-workspace'] !== 'skipped') {
    findings.push({ id: 'citrix.workspace-missing', segment: 'citrix', severity: 'info', evidence: [{ key: 'workspaceMissing' }] });
  }
  return findings;
};
