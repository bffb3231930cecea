import type { TestCa, TestCert } from '../support/certs.js';
import type { CorpNamespaces, LabNamespaces } from './lab-names.js';
import type { NginxFiles } from './nginx-config.js';

/** The lab's daemons: three dnsmasq resolvers, the internet's web server, the router's portal. */
export type LabServiceName = 'router-dns' | 'isp-dns' | 'public-dns' | 'web' | 'portal';

/**
 * The company lab's daemons: the OpenVPN server (corp) and client (client), the company resolver,
 * the intranet and StoreFront web servers, and the ICA (1494) and CGP (2598) listeners (dc).
 */
export type CorpServiceName = 'vpn-server' | 'vpn-client' | 'corp-dns' | 'intranet' | 'storefront' | 'ica' | 'cgp';

/** How to start one daemon (it daemonizes and writes `pidFile`) and where it runs. */
export interface ServiceSpec {
  readonly ns: string;
  readonly argv: readonly string[];
  readonly pidFile: string;
  /** Whether a healthy lab runs it (the portal runs only while its fault is applied). */
  readonly runsWhenHealthy: boolean;
  /**
   * For programs that cannot daemonize themselves: the lab starts them detached, output to this
   * log. They still write `pidFile` themselves, once they are ready.
   */
  readonly detachedLog?: string;
}

/** What the StoreFront can be made to serve: the healthy store, an expired certificate, or 503s. */
export type StorefrontMode = 'healthy' | 'cert-expired' | 'service-unavailable';

/** The company part of a company lab. */
export interface CompanyLab {
  readonly ns: CorpNamespaces;
  readonly services: Readonly<Record<CorpServiceName, ServiceSpec>>;
  /** The StoreFront nginx: its config file (rewritten per mode) and the two certificates it switches between. */
  readonly storefront: {
    readonly confPath: string;
    readonly files: NginxFiles;
    readonly valid: TestCert;
    readonly expired: TestCert;
  };
  /** The OpenVPN client's log, for "why did the tunnel not come up". */
  readonly vpnClientLog: string;
}

/** A running lab instance: its namespaces, its folder, its CA and its daemons. */
export interface Lab {
  readonly id: string;
  readonly ns: LabNamespaces;
  readonly stateDir: string;
  /** The lab CA; give its certificate to clients as NODE_EXTRA_CA_CERTS / curl --cacert. */
  readonly ca: TestCa;
  readonly services: Readonly<Record<LabServiceName, ServiceSpec>>;
  /** Present in a company lab (`createLab({ company: true })`): the VPN gateway and the company network. */
  readonly company?: CompanyLab;
}
