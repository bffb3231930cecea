import { join } from 'node:path';
import { LAB_ADDR, LAB_NAMES } from './addresses.js';

// nginx configuration text for the lab's two web servers. Everything (pid, logs, temp folders)
// lives in the lab's own folder, so an instance never touches /etc/nginx, /var/log or /run.

/** Files one nginx instance needs. */
export interface NginxFiles {
  readonly dir: string;
  readonly pidFile: string;
  readonly errorLog: string;
}

/** The file layout of the nginx instance called `name` inside the lab folder `stateDir`. */
export function nginxFiles(stateDir: string, name: string): NginxFiles {
  const dir = join(stateDir, `nginx-${name}`);
  return { dir, pidFile: join(dir, 'nginx.pid'), errorLog: join(dir, 'error.log') };
}

/** A whole nginx.conf for one instance: its files in the lab folder, around the given `server` blocks. */
export function nginxFrame(files: NginxFiles, servers: readonly string[]): string {
  const temp = (what: string): string => `${what}_temp_path ${join(files.dir, what)};`;
  return [
    'daemon on;',
    'worker_processes 1;',
    // The master (root) reads the keys; workers run as root too so the 0700 lab folder stays private.
    'user root;',
    `pid ${files.pidFile};`,
    `error_log ${files.errorLog} warn;`,
    'events { worker_connections 128; }',
    'http {',
    '  access_log off;',
    '  default_type text/plain;',
    '  keepalive_timeout 5s;',
    `  ${temp('client_body')}`,
    `  ${temp('proxy')}`,
    `  ${temp('fastcgi')}`,
    `  ${temp('uwsgi')}`,
    `  ${temp('scgi')}`,
    ...servers,
    '}',
    '',
  ].join('\n');
}

/** The throughput endpoints' paths on the lab web server, and the download file's size (sparse on disk). */
export const THROUGHPUT_PATHS = { download: '/big.bin', upload: '/upload' } as const;
export const DOWNLOAD_FILE_BYTES = 1024 * 1024 * 1024;

/** Where the download file of the web server's instance lives. */
export function downloadFile(files: NginxFiles): string {
  return join(files.dir, 'big.bin');
}

/** Port of the internet namespace's loopback-only sink behind the upload location. */
const SINK_PORT = 8081;

/**
 * The "internet" web server: HTTPS for www.example.com, HTTP /generate_204 for check.example.net,
 * and the throughput endpoints: a 1 GiB download, and an upload that nginx reads completely
 * (request buffering, as in front of any upload service) before a loopback sink answers 204, so
 * the answer comes only once every byte has arrived.
 */
export function internetNginxConfig(files: NginxFiles, cert: { certPath: string; keyPath: string }): string {
  return nginxFrame(files, [
    '  server {',
    `    listen ${LAB_ADDR.web}:443 ssl;`,
    `    server_name ${LAB_NAMES.https};`,
    `    ssl_certificate ${cert.certPath};`,
    `    ssl_certificate_key ${cert.keyPath};`,
    '    location / { return 200 "Homeline lab: www.example.com\\n"; }',
    '  }',
    '  server {',
    `    listen ${LAB_ADDR.web}:80 default_server;`,
    `    server_name ${LAB_NAMES.portalCheck};`,
    '    location = /generate_204 { return 204; }',
    `    location = ${THROUGHPUT_PATHS.download} { alias ${downloadFile(files)}; sendfile on; }`,
    `    location = ${THROUGHPUT_PATHS.upload} {`,
    '      client_max_body_size 0;',
    '      client_body_buffer_size 1m;',
    '      proxy_request_buffering on;',
    '      proxy_pass_request_body off;',
    '      proxy_set_header Content-Length "";',
    `      proxy_pass http://127.0.0.1:${SINK_PORT}/;`,
    '    }',
    '    location / { return 404; }',
    '  }',
    '  server {',
    `    listen 127.0.0.1:${SINK_PORT};`,
    '    location / { return 204; }',
    '  }',
  ]);
}

/** Where the captive portal sends every request. */
export const PORTAL_LOGIN_URL = `http://${LAB_ADDR.routerLan}/login`;

/** The router's captive portal: a login page, and a 302 to it for every other request. */
export function portalNginxConfig(files: NginxFiles): string {
  return nginxFrame(files, [
    '  server {',
    `    listen ${LAB_ADDR.routerLan}:80 default_server;`,
    '    location = /login {',
    '      default_type text/html;',
    '      return 200 "<html><body>Lab guest Wi-Fi: please accept the terms to continue.</body></html>\\n";',
    '    }',
    `    location / { return 302 ${PORTAL_LOGIN_URL}; }`,
    '  }',
  ]);
}
