import { open, writeFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { LAB_ADDR, LAB_NAMES } from './addresses.js';
import { inNs, ipIn, sleep } from './lab-exec.js';
import type { Lab, ServiceSpec } from './lab-types.js';
import { serviceRunning, startSpec, stopSpec } from './services.js';
import { repoRoot } from './repo-root.js';
import { NATPMP_PORT } from '../../diagnostics/net/natpmp/natpmp-message.js';

// The real-time part of the lab, started on demand in the `internet` namespace of a running home
// lab (the other lab tests do not pay for it): coturn as a STUN-only server on two addresses, so
// that the NAT's mapping towards two destinations can be compared, and an OpenSSL DTLS listener on
// UDP 443 of the web server's address, standing in for a Citrix Gateway's EDT port. In the router
// namespace, a test-only NAT-PMP responder (natpmp-responder.ts) tells the router's real WAN
// address, as a router with NAT-PMP switched on would.

/** Two STUN addresses in the "internet" range (RFC 5737), and the Gateway's name and address. */
export const MEDIA_ADDR = {
  stunA: '203.0.113.78',
  stunB: '203.0.113.79',
  stunPort: 3478,
  gatewayName: LAB_NAMES.https,
  gateway: LAB_ADDR.web,
  /** Placed STUN servers (profile `where`): on the router's LAN side, and the provider's own on its access side. */
  stunHome: LAB_ADDR.routerLan,
  stunIsp: LAB_ADDR.ispCpe,
} as const;

interface MediaSpecs {
  readonly stun: ServiceSpec;
  readonly stunHome: ServiceSpec;
  readonly stunIsp: ServiceSpec;
  readonly dtls: ServiceSpec & { readonly log: string };
  readonly natPmp: ServiceSpec;
}

/** A compiled test-only helper of the lab (dist/test/lab). */
export function labHelperPath(name: string): string {
  return join(repoRoot(), 'dist', 'test', 'lab', `${name}.js`);
}

/** coturn as a STUN-only server in `ns` on `addresses` (port 3478), its files in the lab folder. */
export function stunSpec(lab: Lab, ns: string, name: string, addresses: readonly string[]): ServiceSpec {
  const file = (f: string): string => join(lab.stateDir, f);
  // -n: no config file; -S: STUN only; -o: daemonize once listening; no TLS/DTLS listeners, no CLI.
  return {
    ns,
    argv: [
      'turnserver', '-n', '-o', '-S',
      ...addresses.flatMap((a) => ['-L', a]), '-p', String(MEDIA_ADDR.stunPort),
      '--no-cli', '--no-tls', '--no-dtls', '--no-stdout-log', '--simple-log',
      '--pidfile', file(`${name}.pid`), '--log-file', file(`${name}.log`), '--db', file(`${name}.db`),
    ],
    pidFile: file(`${name}.pid`),
    runsWhenHealthy: true,
  };
}

function specs(lab: Lab): MediaSpecs {
  const file = (name: string): string => join(lab.stateDir, name);
  const stun = (ns: string, name: string, addresses: readonly string[]): ServiceSpec => stunSpec(lab, ns, name, addresses);
  return {
    stun: stun(lab.ns.internet, 'stun', [MEDIA_ADDR.stunA, MEDIA_ADDR.stunB]),
    stunHome: stun(lab.ns.router, 'stun-home', [MEDIA_ADDR.stunHome]),
    stunIsp: stun(lab.ns.isp, 'stun-isp', [MEDIA_ADDR.stunIsp]),
    dtls: {
      ns: lab.ns.internet,
      // -listen: the stateless cookie exchange (DTLSv1_listen), so every ClientHello, from any port, gets its HelloVerifyRequest.
      argv: [
        'openssl', 's_server', '-dtls', '-listen', '-quiet',
        '-accept', `${MEDIA_ADDR.gateway}:443`,
        '-cert', join(lab.ca.dir, 'www.crt'), '-key', join(lab.ca.dir, 'www.key'),
      ],
      pidFile: file('dtls.pid'),
      runsWhenHealthy: true,
      log: file('dtls.log'),
    },
    natPmp: {
      ns: lab.ns.router,
      argv: [process.execPath, labHelperPath('natpmp-responder'), LAB_ADDR.routerLan, String(NATPMP_PORT), LAB_ADDR.routerWan, file('natpmp.pid')],
      pidFile: file('natpmp.pid'),
      runsWhenHealthy: true,
      detachedLog: file('natpmp.log'),
    },
  };
}

/** Whether `ns` has a UDP socket bound to `address`:`port`. */
async function udpBound(ns: string, address: string, port: number): Promise<boolean> {
  const r = await inNs(ns, 'ss', ['-H', '-u', '-l', '-n', 'src', `${address}:${port}`], { allowFail: true });
  return r.stdout.trim() !== '';
}

export async function waitBound(ns: string, address: string, port: number, label: string): Promise<void> {
  for (let waited = 0; waited < 5000; waited += 50) {
    if (await udpBound(ns, address, port)) return;
    await sleep(50);
  }
  throw new Error(`${label} did not bind UDP ${address}:${port}`);
}

/** openssl s_server cannot write a pid file: started here, its pid is the one `ip netns exec` became. */
async function startDtls(spec: MediaSpecs['dtls']): Promise<void> {
  if (await serviceRunning(spec)) return;
  const out = await open(spec.log, 'a');
  try {
    // allow-spawn: the lab's DTLS listener runs detached by design, output to a log file; stopped through the pid file written here
    const child = spawn('ip', ['netns', 'exec', spec.ns, ...spec.argv], { shell: false, detached: true, stdio: ['ignore', out.fd, out.fd] });
    child.on('error', () => undefined);
    child.unref();
    if (child.pid === undefined) throw new Error('openssl s_server did not start');
    await writeFile(spec.pidFile, `${child.pid}\n`);
  } finally {
    await out.close();
  }
}

/**
 * Adds the STUN addresses, starts coturn unless it runs, and (re)starts the DTLS listener; waits
 * until both listen. openssl s_server serves one peer at a time and keeps waiting for the
 * handshake a check abandons after the first answer, so each scenario gets a fresh one.
 */
export async function startMediaServices(lab: Lab): Promise<void> {
  const s = specs(lab);
  for (const a of [MEDIA_ADDR.stunA, MEDIA_ADDR.stunB]) await ipIn(lab.ns.internet, ['addr', 'replace', `${a}/24`, 'dev', 'uplink']);
  await startSpec(s.stun, 'stun');
  await startSpec(s.stunHome, 'stun-home');
  await startSpec(s.stunIsp, 'stun-isp');
  await startSpec(s.natPmp, 'natpmp-responder');
  await stopSpec(s.dtls);
  await startDtls(s.dtls);
  await waitBound(lab.ns.internet, MEDIA_ADDR.stunB, MEDIA_ADDR.stunPort, 'coturn');
  await waitBound(lab.ns.internet, MEDIA_ADDR.gateway, 443, 'openssl s_server');
  await waitBound(lab.ns.router, MEDIA_ADDR.stunHome, MEDIA_ADDR.stunPort, 'coturn at home');
  await waitBound(lab.ns.isp, MEDIA_ADDR.stunIsp, MEDIA_ADDR.stunPort, 'coturn at the provider');
}

/** Stops coturn and the DTLS listener (the namespace's removal would end them too). */
export async function stopMediaServices(lab: Lab): Promise<void> {
  const s = specs(lab);
  await stopSpec(s.stun);
  await stopSpec(s.stunHome);
  await stopSpec(s.stunIsp);
  await stopSpec(s.dtls);
  await stopSpec(s.natPmp);
}
