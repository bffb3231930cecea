import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../platform/atomic-write.js';

/** The user's own line details, entered once: the call kit cites them. */
export const ispSettingsSchema = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  contractDownMbps: z.number().positive().max(100_000).optional(),
  contractUpMbps: z.number().positive().max(100_000).optional(),
  customerNumber: z.string().trim().min(1).max(200).optional(),
  lineId: z.string().trim().min(1).max(200).optional(),
});
export type IspSettings = z.infer<typeof ispSettingsSchema>;

/**
 * What the user told Homeline (settings.json in homelineDataDir()). Managed policy may override
 * parts of it; that precedence is applied elsewhere, this is only the user's layer.
 */
export const userSettingsSchema = z.strictObject({
  version: z.literal(1),
  isp: ispSettingsSchema.optional(),
  /** Days of check history to keep. */
  historyRetentionDays: z.number().int().min(1).max(3650).optional(),
  /**
   * The user's choices for settings that managed policy may also set (language, redaction…), by
   * policy key. Each value is validated, and policy's precedence and locks applied, by
   * policy/effective-settings.ts: a value the policy forbids stays here but does not apply.
   */
  preferences: z.record(z.string(), z.unknown()).optional(),
});
export type UserSettings = z.infer<typeof userSettingsSchema>;

export const SETTINGS_FILE = 'settings.json';
export const EMPTY_SETTINGS: UserSettings = { version: 1 };

/** A settings file that could not be used: it was moved to `keptAt` and defaults apply. */
export interface SettingsProblem {
  readonly file: string;
  readonly keptAt: string;
  readonly detail: string;
}

export interface LoadedSettings {
  readonly settings: UserSettings;
  readonly problem: SettingsProblem | null;
}

function describe(e: unknown): string {
  if (e instanceof z.ZodError) return e.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ');
  return e instanceof Error ? e.message : String(e);
}

/**
 * Reads the user's settings. A missing file means defaults. A broken one (not JSON, wrong fields)
 * is moved aside under a dated name, so what the user typed is never lost, and defaults apply.
 */
export async function loadUserSettings(dir: string, now: Date = new Date()): Promise<LoadedSettings> {
  const file = join(dir, SETTINGS_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { settings: EMPTY_SETTINGS, problem: null };
    throw e;
  }
  try {
    return { settings: userSettingsSchema.parse(JSON.parse(text)), problem: null };
  } catch (e) {
    const keptAt = `${file}.broken-${now.toISOString().replace(/[:.]/g, '-')}`;
    await rename(file, keptAt);
    return { settings: EMPTY_SETTINGS, problem: { file, keptAt, detail: describe(e) } };
  }
}

/** Writes the settings atomically: a temporary file in the same folder, then a rename over the old one. */
export async function saveUserSettings(dir: string, settings: UserSettings): Promise<void> {
  const valid = userSettingsSchema.parse(settings);
  await mkdir(dir, { recursive: true });
  await writeFileAtomic(join(dir, SETTINGS_FILE), `${JSON.stringify(valid, null, 2)}\n`);
}
