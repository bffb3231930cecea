/** What answered at the company's Citrix address. */
export type StoreFrontKind = 'storefront' | 'gateway' | 'other' | 'error-page';

/** One HTTP answer, as much as the recogniser needs of it. */
export interface StoreFrontCheck {
  /** HTTP status, or null when no response arrived. */
  readonly status: number | null;
  /** The start of the body (a few KiB is plenty). */
  readonly bodySample: string;
  /** The Location header of a redirect. */
  readonly location: string | null;
  /** Response headers; names in any case. Several Set-Cookie headers may be joined with newlines. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** The kind, and the clues that decided it (for the help desk's evidence). */
export interface StoreFrontRecognition {
  readonly kind: StoreFrontKind;
  readonly clues: readonly string[];
}

type Rule = readonly [RegExp, string];

// A Citrix Gateway (NetScaler) logon point: where it redirects, and what its logon pages contain.
// Checked before StoreFront because the Gateway's RfWebUI logon page reuses StoreFront's scripts.
const GATEWAY_LOCATION: readonly Rule[] = [
  [/\/vpn\/(?:tm)?index\.html/i, 'redirect to the Gateway page /vpn/index.html'],
  [/\/logon\/LogonPoint\//i, 'redirect to the Gateway logon point /logon/LogonPoint/'],
];
const GATEWAY_BODY: readonly Rule[] = [
  [/<title>\s*(?:NetScaler|Citrix) Gateway\s*<\/title>/i, 'page title "Citrix/NetScaler Gateway"'],
  [/Citrix Access Gateway/i, '"Citrix Access Gateway" in the page'],
  [/_ctxstxt_Netscaler(?:Gateway|AAA)/, 'Gateway logon-page text class _ctxstxt_NetscalerGateway/AAA'],
  [/\/logon\/LogonPoint\//i, 'reference to /logon/LogonPoint/'],
  [/\/vpn\/(?:tm)?index\.html/i, 'reference to /vpn/index.html'],
];
// NetScaler's own cookies (NSC_TMAS, NSC_AAAC, NSC_TEMP…) and its known mangled Connection
// header names. A NetScaler load balancer in front of StoreFront sets these too, so they only
// decide when the page itself says nothing.
const NSC_COOKIE = /(?:^|[\s,;])(NSC_[A-Za-z0-9_]+)=/;
const NETSCALER_HEADERS = ['cneonction', 'nncoection'];

// StoreFront's Receiver for Web site (StoreWeb): its scripts, product names and logo files.
const STOREFRONT_BODY: readonly Rule[] = [
  [/CitrixStoreFront/, '"CitrixStoreFront" (StoreWeb logo/resource names)'],
  [/ctxs\.(?:core|webui)(?:\.min)?\.js/i, 'Receiver for Web script ctxs.core/ctxs.webui'],
  [/["'/]receiver\/(?:js|css|images)\//i, 'Receiver for Web resources under receiver/'],
  [/Citrix (?:Receiver|Workspace)/i, '"Citrix Receiver/Workspace" in the page'],
  [/\/Citrix\/[A-Za-z0-9_-]*Web\b/i, 'reference to a /Citrix/…Web store site'],
];
const STOREFRONT_LOCATION: Rule = [/\/Citrix\/[A-Za-z0-9_-]*Web\b/i, 'redirect to a /Citrix/…Web store site'];
const STOREFRONT_COOKIE = /(?:^|[\s,;])(CtxsAuthId|CtxsClientDetectionDone|CsrfToken)=/;

const matches = (text: string, rules: readonly Rule[]): string[] => rules.filter(([re]) => re.test(text)).map(([, clue]) => clue);

const lowerKeys = (headers: Readonly<Record<string, string>> | undefined): Map<string, string> => {
  const m = new Map<string, string>();
  for (const [k, v] of Object.entries(headers ?? {})) if (typeof v === 'string') m.set(k.toLowerCase(), v);
  return m;
};

/** Tells StoreFront, a Citrix Gateway, an error page and anything else apart, with the clues. Pure; never throws. */
export function classifyStoreFront(check: StoreFrontCheck): StoreFrontRecognition {
  try {
    const status = typeof check.status === 'number' ? check.status : null;
    const body = typeof check.bodySample === 'string' ? check.bodySample : '';
    const location = typeof check.location === 'string' ? check.location : '';
    const headers = lowerKeys(check.headers);
    const cookies = headers.get('set-cookie') ?? '';

    if (status === null) return { kind: 'other', clues: ['no HTTP response'] };
    if (status >= 400) return { kind: 'error-page', clues: [`HTTP status ${status}`] };

    const gateway = [...matches(location, GATEWAY_LOCATION), ...matches(body, GATEWAY_BODY)];
    if (gateway.length > 0) return { kind: 'gateway', clues: gateway };

    const storefront = [...matches(body, STOREFRONT_BODY), ...matches(location, [STOREFRONT_LOCATION])];
    if (/Receiver for Web/i.test(headers.get('x-citrix-application') ?? '')) storefront.push('header X-Citrix-Application: Receiver for Web');
    const sfCookie = STOREFRONT_COOKIE.exec(cookies)?.[1];
    if (sfCookie !== undefined) storefront.push(`StoreFront cookie ${sfCookie}`);
    if (storefront.length > 0) return { kind: 'storefront', clues: storefront };

    const netscaler: string[] = [];
    const nsc = NSC_COOKIE.exec(cookies)?.[1];
    if (nsc !== undefined) netscaler.push(`NetScaler cookie ${nsc}`);
    for (const h of NETSCALER_HEADERS) if (headers.has(h)) netscaler.push(`NetScaler header ${h}`);
    if (netscaler.length > 0) return { kind: 'gateway', clues: netscaler };

    return { kind: 'other', clues: [] };
  } catch {
    // Only a hostile object (a throwing getter) gets here; it is not a Citrix page either way.
    return { kind: 'other', clues: ['unreadable response'] };
  }
}

/** What answered at a StoreFront URL: 'storefront', 'gateway', 'error-page' or 'other'. Pure; never throws. */
export function recogniseStoreFront(check: StoreFrontCheck): StoreFrontKind {
  return classifyStoreFront(check).kind;
}
