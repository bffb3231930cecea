import { describe, expect, it } from 'vitest';
import { COMPANY_RESOLV_CONF } from './vpn-tunnel.js';
import { STOREWEB_INDEX_HTML, storefrontNginxConfig } from './corp-nginx-config.js';
import { nginxFiles } from './nginx-config.js';
import { vpnClientCcd, vpnClientConfig, vpnServerConfig } from './openvpn-config.js';
import { ICA_GREETING, parseListenerArgs } from './session-listener.js';

// The company lab's configuration text, checked without namespaces: what OpenVPN, nginx and the
// client's resolv.conf are given decides what the engine sees, so the key lines are pinned here.

const tls = { caPath: '/lab/ca.crt', certPath: '/lab/x.crt', keyPath: '/lab/x.key' };
const proc = { pidFile: '/lab/x.pid', logFile: '/lab/x.log' };

describe('OpenVPN configs', () => {
  it('serve TLS on TCP 443 of the gateway and push only the company LAN (split tunnel)', () => {
    const server = vpnServerConfig(tls, proc, '/lab/ccd').split('\n');
    expect(server).toEqual(expect.arrayContaining(['proto tcp-server', 'local 203.0.113.100', 'port 443', 'dev tun0', 'server 198.18.99.0 255.255.255.0 nopool']));
    expect(server.filter((l) => l.startsWith('push "route'))).toEqual(['push "route 198.18.20.0 255.255.255.0"']);
    expect(server).not.toContain('push "redirect-gateway def1"');
    expect(vpnClientCcd()).toBe('ifconfig-push 198.18.99.2 255.255.255.0\n');
  });

  it('connect the client to the gateway and check its certificate name', () => {
    const client = vpnClientConfig(tls, proc).split('\n');
    expect(client).toEqual(expect.arrayContaining(['client', 'remote 203.0.113.100 443', 'remote-cert-tls server', 'verify-x509-name vpn.corp.example name']));
  });
});

describe('StoreFront nginx config', () => {
  const files = nginxFiles('/lab/corp', 'storefront');
  const valid = { certPath: '/lab/sf.crt', keyPath: '/lab/sf.key' };
  const expired = { certPath: '/lab/sf-old.crt', keyPath: '/lab/sf-old.key' };

  it('serves the store page when healthy and answers 503 in the store when unavailable', () => {
    expect(storefrontNginxConfig(files, valid, 'healthy')).toContain('alias /lab/corp/nginx-storefront/www/;');
    const down = storefrontNginxConfig(files, valid, 'service-unavailable');
    expect(down).toContain('return 503');
    expect(down).not.toContain('alias ');
  });

  it('uses whichever certificate it is given', () => {
    expect(storefrontNginxConfig(files, expired, 'cert-expired')).toContain('ssl_certificate /lab/sf-old.crt;');
  });

  it('has a page that looks like a StoreFront store', () => {
    for (const marker of ['CitrixStoreFront', 'Citrix Workspace', 'receiver/js/ctxs.core.min.js']) expect(STOREWEB_INDEX_HTML).toContain(marker);
  });
});

describe('session listener', () => {
  it('greets with 7f 7f "ICA" 00', () => {
    expect([...ICA_GREETING]).toEqual([0x7f, 0x7f, 0x49, 0x43, 0x41, 0x00]);
  });

  it('reads its arguments and refuses malformed ones', () => {
    expect(parseListenerArgs(['ica', '198.18.20.10', '1494', '/lab/ica.pid'])).toEqual({ kind: 'ica', host: '198.18.20.10', port: 1494, pidFile: '/lab/ica.pid' });
    expect(parseListenerArgs(['rdp', '198.18.20.10', '3389', '/x'])).toBeNull();
    expect(parseListenerArgs(['cgp', '198.18.20.10', '70000', '/x'])).toBeNull();
    expect(parseListenerArgs([])).toBeNull();
  });
});

describe('client resolv.conf with the tunnel up', () => {
  it('names the company resolver first, then the home router', () => {
    expect(COMPANY_RESOLV_CONF).toBe('nameserver 198.18.20.53\nnameserver 192.0.2.1\n');
  });
});
