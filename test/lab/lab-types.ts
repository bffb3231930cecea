import type { TestCa } from '../support/certs.js';
import type { LabNamespaces } from './lab-names.js';

/** The lab's daemons: three dnsmasq resolvers, the internet's web server, the router's portal. */
export type LabServiceName = 'router-dns' | 'isp-dns' | 'public-dns' | 'web' | 'portal';

/** How to start one daemon (it daemonizes and writes `pidFile`) and where it runs. */
export interface ServiceSpec {
  readonly ns: string;
  readonly argv: readonly string[];
  readonly pidFile: string;
  /** Whether a healthy lab runs it (the portal runs only while its fault is applied). */
  readonly runsWhenHealthy: boolean;
}

/** A running lab instance: its namespaces, its folder, its CA and its daemons. */
export interface Lab {
  readonly id: string;
  readonly ns: LabNamespaces;
  readonly stateDir: string;
  /** The lab CA; give its certificate to clients as NODE_EXTRA_CA_CERTS / curl --cacert. */
  readonly ca: TestCa;
  readonly services: Readonly<Record<LabServiceName, ServiceSpec>>;
}
