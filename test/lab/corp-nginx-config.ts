import { join } from 'node:path';
import { CORP_ADDR, CORP_NAMES } from './addresses.js';
import type { StorefrontMode } from './lab-types.js';
import { nginxFrame, type NginxFiles } from './nginx-config.js';

// nginx configuration and pages for the company's two web servers: the intranet and the Citrix
// StoreFront. The StoreFront's config is rewritten per fault (expired certificate, 503s) and the
// server restarted, so the files here are pure text for one mode.

/** The StoreFront's store path, as Citrix installs it. */
export const STOREWEB_PATH = '/Citrix/StoreWeb/';

/** A certificate and key on disk, as nginx needs them. */
interface CertFiles {
  readonly certPath: string;
  readonly keyPath: string;
}

/** The intranet: HTTPS on 198.18.20.80 with a lab-CA certificate for intranet.corp.example. */
export function intranetNginxConfig(files: NginxFiles, cert: CertFiles): string {
  return nginxFrame(files, [
    '  server {',
    `    listen ${CORP_ADDR.intranet}:443 ssl;`,
    `    server_name ${CORP_NAMES.intranet};`,
    `    ssl_certificate ${cert.certPath};`,
    `    ssl_certificate_key ${cert.keyPath};`,
    '    location / { return 200 "Homeline lab: intranet.corp.example\\n"; }',
    '  }',
  ]);
}

/**
 * The landing page of a StoreFront store (Receiver for Web / Citrix Workspace), cut down to what
 * identifies it: the CTXS scripts under receiver/, the product names, the empty desktop container.
 */
export const STOREWEB_INDEX_HTML = `<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no" />
  <meta name="application-name" content="CitrixStoreFront" />
  <title>Citrix Workspace</title>
  <link rel="stylesheet" type="text/css" href="receiver/css/ctxs.large-ui.min.css" />
  <script type="text/javascript" src="receiver/js/external/jquery.min.js"></script>
  <script type="text/javascript" src="receiver/js/ctxs.core.min.js"></script>
  <script type="text/javascript" src="receiver/js/ctxs.webui.min.js"></script>
  <script type="text/javascript">
    CTXS.Application.preInit();
  </script>
</head>
<body class="largeTiles" id="CitrixStoreFront">
  <noscript>Citrix Workspace needs JavaScript. Please enable it and reload the page.</noscript>
  <div id="ctxsDesktop" class="ctxsDesktop"></div>
</body>
</html>
`;

/** The files of the store's web root, relative to it: the page and the receiver scripts it loads. */
export const STOREWEB_FILES: Readonly<Record<string, string>> = {
  'index.html': STOREWEB_INDEX_HTML,
  'receiver/css/ctxs.large-ui.min.css': 'body{margin:0}\n',
  'receiver/js/external/jquery.min.js': '/* jQuery stand-in for the Homeline lab */\n',
  'receiver/js/ctxs.core.min.js': 'var CTXS=CTXS||{};CTXS.Application={preInit:function(){}};\n',
  'receiver/js/ctxs.webui.min.js': '/* Citrix Receiver for Web UI stand-in */\n',
};

/** Where the store's files live inside the StoreFront nginx's folder. */
export function storewebRoot(files: NginxFiles): string {
  return join(files.dir, 'www');
}

/** The body IIS sends when the StoreFront's application pool is stopped. */
const IIS_503 = '<html><head><title>Service Unavailable</title></head><body><h1>Service Unavailable</h1><p>HTTP Error 503. The service is unavailable.</p></body></html>';

/**
 * The StoreFront on 198.18.20.90:443: `/` redirects to the store, the store serves its page.
 * `cert-expired` only changes the certificate given; `service-unavailable` answers 503 in the store.
 */
export function storefrontNginxConfig(files: NginxFiles, cert: CertFiles, mode: StorefrontMode): string {
  const store =
    mode === 'service-unavailable'
      ? [`    location ${STOREWEB_PATH} {`, '      default_type text/html;', `      return 503 '${IIS_503}';`, '    }']
      : [`    location ${STOREWEB_PATH} {`, `      alias ${storewebRoot(files)}/;`, '      index index.html;', '      default_type text/html;', '    }'];
  return nginxFrame(files, [
    '  types { text/html html; text/css css; application/javascript js; }',
    '  server {',
    `    listen ${CORP_ADDR.storefront}:443 ssl;`,
    `    server_name ${CORP_NAMES.storefront};`,
    `    ssl_certificate ${cert.certPath};`,
    `    ssl_certificate_key ${cert.keyPath};`,
    `    location = / { return 302 ${STOREWEB_PATH}; }`,
    `    location = ${STOREWEB_PATH.slice(0, -1)} { return 301 ${STOREWEB_PATH}; }`,
    ...store,
    '  }',
  ]);
}
