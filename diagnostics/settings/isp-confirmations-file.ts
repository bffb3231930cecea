import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ispConfirmationsSchema, type IspConfirmations } from '../report/isp-call-confirmations.js';
import { writeFileAtomic } from '../platform/atomic-write.js';

/**
 * What the user confirmed doing before calling the provider, kept with the check it was made for
 * (`checkStartedAt`, the check's start as in its report and history). A newer check starts with
 * nothing confirmed: a restart at 19:40 yesterday is no claim about today's measurement.
 */
export const CONFIRMATIONS_FILE = 'isp-confirmations.json';

const fileSchema = z.strictObject({
  version: z.literal(1),
  checkStartedAt: z.iso.datetime(),
  confirmed: ispConfirmationsSchema,
});
export type ConfirmationsFile = z.infer<typeof fileSchema>;

/** The file's content; null when there is none. Throws with the file and the problem when it cannot be used. */
export async function loadConfirmations(dir: string): Promise<ConfirmationsFile | null> {
  const file = join(dir, CONFIRMATIONS_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  const parsed = fileSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; '));
  return parsed.data;
}

/** What is confirmed for the check that started at `checkStartedAt`: nothing when the file is another check's. */
export function confirmedFor(file: ConfirmationsFile | null, checkStartedAt: Date): IspConfirmations {
  return file !== null && Date.parse(file.checkStartedAt) === checkStartedAt.getTime() ? file.confirmed : {};
}

/** Keeps the confirmations for one check (written whole or not at all); nothing confirmed removes the file. */
export async function saveConfirmations(dir: string, checkStartedAt: Date, confirmed: IspConfirmations): Promise<void> {
  const file = join(dir, CONFIRMATIONS_FILE);
  if (Object.keys(confirmed).length === 0) {
    await rm(file, { force: true });
    return;
  }
  const content: ConfirmationsFile = { version: 1, checkStartedAt: checkStartedAt.toISOString(), confirmed };
  await writeFileAtomic(file, `${JSON.stringify(content, null, 2)}\n`);
}
