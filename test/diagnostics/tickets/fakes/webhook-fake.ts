import { createHmac, timingSafeEqual } from 'node:crypto';
import { FakeServer } from './fake-server.js';

/**
 * A receiver built the way the webhook's documentation asks: it recomputes
 * HMAC-SHA256("<timestamp>.<body>") with the shared secret, rejects a bad signature (401) or a
 * timestamp older than five minutes, and answers a repeated Idempotency-Key with the same ticket.
 */
export function webhookFake(secret: string, now: () => number = Date.now) {
  const received: Array<Record<string, unknown>> = [];
  const byKey = new Map<string, string>();
  const server: FakeServer = new FakeServer([
    [
      'POST',
      /^\/hook$/,
      (req) => {
        const ts = String(req.headers['x-homeline-timestamp'] ?? '');
        const sig = Buffer.from(String(req.headers['x-homeline-signature'] ?? ''));
        const want = Buffer.from(`sha256=${createHmac('sha256', secret).update(`${ts}.${req.body.toString('utf8')}`).digest('hex')}`);
        if (sig.length !== want.length || !timingSafeEqual(sig, want)) return { status: 401, json: { error: 'bad signature' } };
        if (Math.abs(now() / 1000 - Number(ts)) > 300) return { status: 401, json: { error: 'stale timestamp' } };
        const key = String(req.headers['idempotency-key'] ?? '');
        const earlier = byKey.get(key);
        if (earlier) return { status: 200, json: { id: earlier } };
        const body = JSON.parse(req.body.toString('utf8')) as Record<string, unknown>;
        if (body.idempotencyKey !== key) return server.reject('Idempotency-Key header and body disagree');
        received.push(body);
        const id = `WH-${received.length}`;
        byKey.set(key, id);
        return { status: 201, json: { id, url: `https://relay.example/tickets/${id}` } };
      },
    ],
  ]);
  return { server, received };
}
