import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

/** One request as the fake help desk saw it. */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
  readonly body: Buffer;
}

/** What a route answers; `stall` keeps the connection open without an answer (a hung help desk). */
export type Answer = { readonly status: number; readonly json?: unknown; readonly headers?: Record<string, string> } | 'stall';

/** A canned failure for the next matching request: 401, 413, 429 with Retry-After, 5xx… */
export interface Fault {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

export type Route = (req: SeenRequest) => Answer | Promise<Answer>;

/**
 * What can go wrong with one answer, as a help-desk emulator plays it. `status` answers instead of
 * the route (500, 429 with Retry-After: nothing is filed). The others let the route run first, so
 * the help desk has done the work, and then: `hang` never answers, `drop-mid-body` sends the status
 * and half the body and cuts the connection, `trickle` sends the body one byte every `everyMs`.
 */
export type Mishap =
  | { readonly kind: 'status'; readonly status: number; readonly headers?: Record<string, string> }
  | { readonly kind: 'hang' }
  | { readonly kind: 'drop-mid-body' }
  | { readonly kind: 'trickle'; readonly everyMs: number };

/** Which requests a planned mishap hits. */
export type RequestMatch = (req: SeenRequest) => boolean;

/**
 * A loopback HTTP server that stands in for a hosted help desk: each vendor fake registers routes
 * that check the request against the vendor's documented shape and answer like the vendor. A
 * shape the vendor would reject is answered 400 and recorded in `violations`, so a test can
 * assert there were none. Faults queued with `failNext` answer before any route runs.
 */
export class FakeServer {
  readonly seen: SeenRequest[] = [];
  readonly violations: string[] = [];
  private readonly faults: Fault[] = [];
  private readonly laterFaults = new Map<number, Fault>();
  private readonly server = createServer((req, res) => void this.handle(req, res));
  private readonly mishaps: Array<{ match: RequestMatch; mishap: Mishap }> = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Called when a planned mishap is about to play (after the route ran, for all but `status`). */
  onMishap: ((req: SeenRequest, mishap: Mishap) => void | Promise<void>) | undefined;

  constructor(private readonly routes: ReadonlyArray<readonly [method: string, path: RegExp, route: Route]>) {}

  /** The next `times` requests get this answer instead of the route's. */
  failNext(fault: Fault, times = 1): void {
    for (let i = 0; i < times; i++) this.faults.push(fault);
  }

  /** The request `n` requests from now (1 = the next one) gets this answer; the ones before it do not. */
  failLater(n: number, fault: Fault): void {
    this.laterFaults.set(this.seen.length + n, fault);
  }

  /** The next `times` requests that match get this mishap. */
  planMishap(match: RequestMatch, mishap: Mishap, times = 1): void {
    for (let i = 0; i < times; i++) this.mishaps.push({ match, mishap });
  }

  /** Records a shape violation and produces the 400 the vendor would send. */
  reject(message: string): Answer {
    this.violations.push(message);
    return { status: 400, json: { error: message } };
  }

  /** Listens on loopback (a given port to come back where a stopped help desk was). */
  async start(port = 0): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? '/', 'http://fake');
    const seen: SeenRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body: Buffer.concat(chunks) };
    this.seen.push(seen);
    const fault = this.laterFaults.get(this.seen.length) ?? this.faults.shift();
    this.laterFaults.delete(this.seen.length);
    if (fault) {
      res.writeHead(fault.status, { 'Content-Type': 'application/json', ...fault.headers }).end(fault.body ?? JSON.stringify({ error: `fault ${fault.status}` }));
      return;
    }
    const planned = this.mishaps.findIndex((p) => p.match(seen));
    const mishap = planned >= 0 ? this.mishaps.splice(planned, 1)[0]!.mishap : undefined;
    if (mishap?.kind === 'status') {
      await this.onMishap?.(seen, mishap);
      res.writeHead(mishap.status, { 'Content-Type': 'application/json', ...mishap.headers }).end(JSON.stringify({ error: `mishap ${mishap.status}` }));
      return;
    }
    const match = this.routes.find(([m, p]) => m === seen.method && p.test(seen.path));
    const answer = match ? await match[2](seen) : this.reject(`no such endpoint: ${seen.method} ${seen.path}`);
    if (mishap) await this.onMishap?.(seen, mishap);
    if (answer === 'stall' || mishap?.kind === 'hang') return;
    const body = Buffer.from(answer.json === undefined ? '' : JSON.stringify(answer.json));
    const head = { 'Content-Type': 'application/json', 'Content-Length': String(body.length), ...answer.headers };
    if (mishap?.kind === 'drop-mid-body') {
      res.writeHead(answer.status, head);
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.socket?.destroy());
      return;
    }
    if (mishap?.kind === 'trickle') {
      res.writeHead(answer.status, head);
      let sent = 0;
      const timer = setInterval(() => {
        if (res.destroyed || sent >= body.length) {
          clearInterval(timer);
          this.timers.delete(timer);
          if (!res.destroyed) res.end();
          return;
        }
        res.write(body.subarray(sent, ++sent));
      }, mishap.everyMs);
      this.timers.add(timer);
      return;
    }
    res.writeHead(answer.status, head).end(body);
  }
}

/** Parses a multipart/form-data body the way a vendor would (undici's FormData parser). */
export async function formDataOf(req: SeenRequest): Promise<FormData | undefined> {
  const type = String(req.headers['content-type'] ?? '');
  if (!type.startsWith('multipart/form-data')) return undefined;
  return new Request('http://fake/', { method: 'POST', headers: { 'content-type': type }, body: req.body }).formData();
}

/** The JSON body, or undefined when it is not JSON. */
export function jsonOf(req: SeenRequest): Record<string, unknown> | undefined {
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return undefined;
  try {
    return JSON.parse(req.body.toString('utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
