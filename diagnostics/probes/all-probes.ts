import type { Probe } from '../engine/probe.js';
import { adaptersProbe } from './adapters.js';
import { adapterLinksProbe } from './adapter-links.js';
import { captivePortalProbe } from './captive-portal.js';
import { dnsPublicProbe } from './dns-public.js';
import { dnsSystemProbe } from './dns-system.js';
import { gatewayPingProbe } from './gateway-ping.js';
import { httpsProbe } from './https.js';
import { ispHopPingProbe } from './isp-hop-ping.js';
import { pathProbe } from './path.js';
import { targetPingProbe } from './target-ping.js';
import { tcpTargetsProbe } from './tcp-targets.js';
import { wifiProbe } from './wifi.js';
import { proxyProbe } from './proxy.js';
import { powerProbe } from './power.js';
import { vpnClientProbe } from './vpn-client.js';
import { vpnGatewayProbe } from './vpn-gateway.js';
import { vpnInternalProbe } from './vpn-internal.js';
import { vpnMtuProbe } from './vpn-mtu.js';
import { citrixSessionHostsProbe } from './citrix-session-hosts.js';
import { citrixStoreFrontProbe } from './citrix-storefront.js';
import { citrixWorkspaceProbe } from './citrix-workspace.js';
import { throughputProbe } from './throughput.js';
import { loadedLatencyProbe } from './loaded-latency.js';
import { mediaPathProbe } from './media-path.js';
import { citrixEdtProbe } from './citrix-edt.js';
import { routerWanProbe } from './router-wan.js';

/** Every probe of a check, in the order the report lists them (the runner orders by dependency). */
export const ALL_PROBES: readonly Probe<object>[] = [
  adaptersProbe,
  adapterLinksProbe,
  wifiProbe,
  powerProbe,
  proxyProbe,
  gatewayPingProbe,
  pathProbe,
  ispHopPingProbe,
  targetPingProbe,
  tcpTargetsProbe,
  dnsSystemProbe,
  dnsPublicProbe,
  httpsProbe,
  captivePortalProbe,
  vpnClientProbe,
  vpnGatewayProbe,
  vpnInternalProbe,
  vpnMtuProbe,
  citrixWorkspaceProbe,
  citrixStoreFrontProbe,
  citrixSessionHostsProbe,
  citrixEdtProbe,
  throughputProbe,
  loadedLatencyProbe,
  mediaPathProbe,
  routerWanProbe,
] as readonly Probe<object>[];

/**
 * Probes the check's wall time waits on longest, started before the rest: the path and the ping
 * stages that need it (isp-hop-ping follows path), then the targets' pings and handshakes.
 */
export const START_FIRST: readonly string[] = [pathProbe.id, targetPingProbe.id, tcpTargetsProbe.id];
