import { adapterLinksProbe, withAdapterLinks } from '../probes/adapter-links.js';
import type { ProbeResults } from '../engine/probe.js';
import type { ProbeStatus } from '../schema/report.js';
import { adaptersProbe, type AdaptersData } from '../probes/adapters.js';
import { captivePortalProbe, type CaptivePortalData } from '../probes/captive-portal.js';
import { dnsPublicProbe, type DnsPublicData } from '../probes/dns-public.js';
import { dnsSystemProbe, type DnsSystemData } from '../probes/dns-system.js';
import { gatewayPingProbe, type GatewayPingData } from '../probes/gateway-ping.js';
import { httpsProbe, type HttpsData } from '../probes/https.js';
import { ispHopPingProbe, type IspHopPingData } from '../probes/isp-hop-ping.js';
import { pathProbe, type PathData } from '../probes/path.js';
import { targetPingProbe, type TargetPingData } from '../probes/target-ping.js';
import { tcpTargetsProbe, type TcpTargetsData } from '../probes/tcp-targets.js';
import { wifiProbe, type WifiData } from '../probes/wifi.js';
import { proxyProbe, type ProxyData } from '../probes/proxy.js';
import { powerProbe } from '../probes/power.js';
import type { PowerFacts } from '../platform/power/types.js';
import { vpnClientProbe } from '../probes/vpn-client.js';
import { vpnGatewayProbe, type VpnGatewayData } from '../probes/vpn-gateway.js';
import { vpnInternalProbe, type VpnInternalData } from '../probes/vpn-internal.js';
import type { VpnFacts } from '../platform/vpn/read-vpn-facts.js';
import { vpnMtuProbe, type VpnMtuData } from '../probes/vpn-mtu.js';
import { citrixSessionHostsProbe, type CitrixSessionHostsData } from '../probes/citrix-session-hosts.js';
import { citrixStoreFrontProbe, type CitrixStoreFrontData } from '../probes/citrix-storefront.js';
import { citrixWorkspaceProbe } from '../probes/citrix-workspace.js';
import type { WorkspaceApp } from '../platform/citrix/types.js';
import { throughputProbe, type ThroughputData } from '../probes/throughput.js';
import { loadedLatencyProbe, type LoadedLatencyData } from '../probes/loaded-latency.js';
import { mediaPathProbe, type MediaPathData } from '../probes/media-path.js';
import { citrixEdtProbe, type CitrixEdtData } from '../probes/citrix-edt.js';
import { routerWanProbe, type RouterWanData } from '../probes/router-wan.js';

/** Everything the rules may read: each probe's data (possibly partial) and every probe's status. */
export interface Evidence {
  readonly adapters?: Partial<AdaptersData>;
  readonly gateway?: Partial<GatewayPingData>;
  readonly path?: Partial<PathData>;
  readonly ispHop?: Partial<IspHopPingData>;
  readonly targets?: Partial<TargetPingData>;
  /** Timed TCP handshakes to the same internet hosts: the second witness next to ping. */
  readonly tcpTargets?: Partial<TcpTargetsData>;
  readonly dnsSystem?: Partial<DnsSystemData>;
  readonly dnsPublic?: Partial<DnsPublicData>;
  readonly https?: Partial<HttpsData>;
  readonly captive?: Partial<CaptivePortalData>;
  readonly wifi?: Partial<WifiData>;
  readonly proxy?: Partial<ProxyData>;
  readonly power?: Partial<PowerFacts>;
  readonly vpnClient?: Partial<VpnFacts>;
  readonly vpnGateway?: Partial<VpnGatewayData>;
  readonly vpnInternal?: Partial<VpnInternalData>;
  readonly vpnMtu?: Partial<VpnMtuData>;
  readonly citrixWorkspace?: Partial<WorkspaceApp>;
  readonly citrixStoreFront?: Partial<CitrixStoreFrontData>;
  readonly citrixSessionHosts?: Partial<CitrixSessionHostsData>;
  readonly throughput?: Partial<ThroughputData>;
  readonly loadedLatency?: Partial<LoadedLatencyData>;
  readonly mediaPath?: Partial<MediaPathData>;
  readonly citrixEdt?: Partial<CitrixEdtData>;
  readonly routerWan?: Partial<RouterWanData>;
  readonly status: Readonly<Record<string, ProbeStatus>>;
}

/** Collects the finished probes' data into one typed record for the rules. */
export function gatherEvidence(results: ProbeResults): Evidence {
  const status = Object.fromEntries(results.all().map((r) => [r.id, r.status]));
  return {
    // Windows reads what each adapter is apart from the adapters probe, off the pings' path.
    adapters: withAdapterLinks(results.of(adaptersProbe)?.data, results.of(adapterLinksProbe)?.data.links),
    gateway: results.of(gatewayPingProbe)?.data,
    path: results.of(pathProbe)?.data,
    ispHop: results.of(ispHopPingProbe)?.data,
    targets: results.of(targetPingProbe)?.data,
    tcpTargets: results.of(tcpTargetsProbe)?.data,
    dnsSystem: results.of(dnsSystemProbe)?.data,
    dnsPublic: results.of(dnsPublicProbe)?.data,
    https: results.of(httpsProbe)?.data,
    captive: results.of(captivePortalProbe)?.data,
    wifi: results.of(wifiProbe)?.data,
    proxy: results.of(proxyProbe)?.data,
    power: results.of(powerProbe)?.data,
    vpnClient: results.of(vpnClientProbe)?.data,
    vpnGateway: results.of(vpnGatewayProbe)?.data,
    vpnInternal: results.of(vpnInternalProbe)?.data,
    vpnMtu: results.of(vpnMtuProbe)?.data,
    citrixWorkspace: results.of(citrixWorkspaceProbe)?.data,
    citrixStoreFront: results.of(citrixStoreFrontProbe)?.data,
    citrixSessionHosts: results.of(citrixSessionHostsProbe)?.data,
    throughput: results.of(throughputProbe)?.data,
    loadedLatency: results.of(loadedLatencyProbe)?.data,
    mediaPath: results.of(mediaPathProbe)?.data,
    citrixEdt: results.of(citrixEdtProbe)?.data,
    routerWan: results.of(routerWanProbe)?.data,
    status,
  };
}
