import { join } from 'node:path';

/** The outbox folder inside Homeline's data folder. */
export function outboxDir(dataDir: string): string {
  return join(dataDir, 'outbox');
}

/** A key made safe as a file name on every OS (keys are UUIDs; this guards hand-edited files). */
export function atomicSafeName(key: string): string {
  return key.replace(/[^0-9A-Za-z_-]/g, '_');
}
