import {
  appEventSchema,
  CHANNELS,
  invokeResultSchema,
  type AppEvent,
  type Channel,
  type InvokeError,
  type RequestOf,
  type ResponseOf,
} from '../../../electron/ipc/contract.js';

/** A call that the main process answered with an error. */
export class InvokeFailed extends Error {
  constructor(readonly error: InvokeError) {
    super(error.message);
  }
}

/** How the UI talks to the main process: Electron IPC or the browser transport, same contract. */
export interface Transport {
  readonly kind: 'electron' | 'browser';
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
  /** Opens a web link outside the app. */
  openLink(url: string): void;
}

/** Checks a raw answer against the contract: the envelope, then the channel's response schema. */
export function unwrap<C extends Channel>(channel: C, raw: unknown): ResponseOf<C> {
  const envelope = invokeResultSchema.parse(raw);
  if (!envelope.ok) throw new InvokeFailed(envelope.error);
  return CHANNELS[channel].response.parse(envelope.value) as ResponseOf<C>;
}

/** Checks a raw event against the contract; an event that breaks it is dropped and logged. */
export function parseEvent(raw: unknown): AppEvent | null {
  const parsed = appEventSchema.safeParse(raw);
  if (!parsed.success) {
    console.error('dropped an event that breaks the contract', parsed.error.issues);
    return null;
  }
  return parsed.data;
}
