import { z } from 'zod';
import { CHANNELS, isChannel, type Channel, type InvokeResult, type RequestOf, type ResponseOf } from './contract.js';

/** The main process's implementation of every channel. */
export type Handlers = { readonly [C in Channel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> };

/** Says what is wrong with a request in one line: the field and the problem. */
function describe(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length > 0 ? i.path.join('.') : '(request)'}: ${i.message}`).join('; ');
}

/**
 * Runs one call from an untrusted caller (a renderer or a browser): the channel must exist and the
 * request must match its schema before any handler sees it. A handler that throws answers
 * `failed` with its message; a handler whose answer breaks the contract is a bug and throws.
 */
export async function dispatch(handlers: Handlers, channel: unknown, request: unknown): Promise<InvokeResult> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'unknown-channel', message: `no such channel: ${String(channel).slice(0, 80)}` } };
  }
  const spec = CHANNELS[channel];
  const parsed = spec.request.safeParse(request ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'bad-request', message: `${channel}: ${describe(parsed.error)}` } };
  }
  const handler = handlers[channel] as (r: unknown) => Promise<unknown>;
  let value: unknown;
  try {
    value = await handler(parsed.data);
  } catch (e) {
    return { ok: false, error: { code: 'failed', message: e instanceof Error ? e.message : String(e) } };
  }
  // A response that breaks the contract would break the UI far from its cause: stop here.
  return { ok: true, value: (spec.response as z.ZodType).parse(value) } as InvokeResult;
}
