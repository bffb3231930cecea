import http from 'node:http';
import https from 'node:https';

// The HTTP(S) plumbing shared by the download and upload loops: one keep-alive agent per
// measurement so each stream reuses its connection, and a request that fails with a clear message.

/** An agent for `streams` parallel keep-alive connections to the URL's server. */
export function transferAgent(url: URL, streams: number): http.Agent {
  const opts = { keepAlive: true, maxSockets: streams };
  // Node's default store already holds the system roots and NODE_EXTRA_CA_CERTS (see trust-store.ts).
  return url.protocol === 'https:' ? new https.Agent(opts) : new http.Agent(opts);
}

/** Starts one request to `url`; the caller writes the body (if any) and ends it. */
export function startRequest(url: URL, method: 'GET' | 'POST', agent: http.Agent, headers: http.OutgoingHttpHeaders): http.ClientRequest {
  const mod = url.protocol === 'https:' ? https : http;
  return mod.request(url, { method, agent, headers });
}

/** "HTTP 500 from http://…" for a non-2xx answer, null for a good one. */
export function badStatus(res: http.IncomingMessage, url: URL): string | null {
  const code = res.statusCode ?? 0;
  return code >= 200 && code < 300 ? null : `${url.href} answered HTTP ${code}`;
}

/** Checks a profile URL before any transfer: http(s) only, so a typo is named rather than thrown. */
export function parseTransferUrl(raw: string): URL | string {
  try {
    const u = new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : `${raw} is not an http(s) URL`;
  } catch {
    return `${raw} is not a URL`;
  }
}
