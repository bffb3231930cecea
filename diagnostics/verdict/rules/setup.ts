import type { Rule } from '../finding-draft.js';
import { lossLevel } from '../loss.js';
import { onWifi } from './on-wifi.js';

/**
 * The machine's own setup: a proxy that does not answer breaks the web for this computer alone
 * (typically an office proxy left on at home); power saving slows Wi-Fi adapters, which is advice
 * until the radio link actually loses packets.
 */
export const setupRule: Rule = (e) => {
  const findings: ReturnType<Rule>[number][] = [];
  const proxy = e.proxy;
  if (proxy?.reachability && proxy.reachability.state !== 'open' && e.adapters?.state === 'ok') {
    const r = proxy.reachability;
    findings.push({
      id: 'device.proxy',
      segment: 'device',
      severity: 'problem',
      evidence: [{ key: 'proxyUnreachable', vars: { proxy: `${r.host}:${r.port}`, state: `@tcpState.${r.state}` } }],
    });
  }
  const p = e.power;
  const throttles = p?.powerSaver === true || p?.wifiPowerSaving === true;
  if (throttles && onWifi(e)) {
    findings.push({
      id: 'device.power-saving',
      segment: 'device',
      severity: lossLevel(e.gateway?.stats) !== 'none' ? 'warning' : 'info',
      evidence: [{ key: 'powerSaving', vars: { what: p?.powerSaver ? '@powerMode.saver' : '@powerMode.wifi' } }],
    });
  }
  return findings;
};
