import type { Translator } from '../i18n/translator.js';
import { checkAgainst, parseDoneList, type ConfirmationError, type IspConfirmations } from '../report/isp-call-confirmations.js';
import { callDate } from '../report/isp-call-sentences.js';
import { confirmedFor, CONFIRMATIONS_FILE, loadConfirmations, saveConfirmations, type ConfirmationsFile } from '../settings/isp-confirmations-file.js';
import { join } from 'node:path';

interface Io {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
}

const errorText = (e: ConfirmationError, t: Translator): string => t.t(`ispConfirm.errors.${e.key}`, e.vars);

/**
 * What the kit for the check that started at `checkedAt` may claim the user did. With `--done`
 * the list is checked (a clear error, in the user's language, and nothing saved when any item is
 * wrong), then kept for this check. Without it, what was confirmed for this same check is used;
 * a confirmation for an older check is not, and the user hears so. Null: a usage error was printed.
 */
export async function kitConfirmations(dir: string, checkedAt: Date, done: string | undefined, t: Translator, io: Io): Promise<IspConfirmations | null> {
  const when = callDate({ checkedAt }, t, 'long');
  if (done !== undefined) {
    const parsed = parseDoneList(done);
    const checked = parsed.ok ? checkAgainst(parsed.value, checkedAt) : parsed;
    if (!checked.ok) {
      io.stderr(`${t.t('cli.usageError', { message: errorText(checked.error, t) })}\n`);
      return null;
    }
    await saveConfirmations(dir, checkedAt, checked.value);
    io.stderr(`${t.t(Object.keys(checked.value).length > 0 ? 'ispConfirm.saved' : 'ispConfirm.cleared', { date: when })}\n`);
    return checked.value;
  }
  let file: ConfirmationsFile | null;
  try {
    file = await loadConfirmations(dir);
  } catch (e) {
    // The file stays as it is (nothing the user typed is lost); the kit just claims none of it.
    io.stderr(`${t.t('ispConfirm.unreadable', { file: join(dir, CONFIRMATIONS_FILE), detail: e instanceof Error ? e.message : String(e) })}\n`);
    return {};
  }
  const confirmed = confirmedFor(file, checkedAt);
  if (file !== null && confirmed !== file.confirmed) io.stderr(`${t.t('ispConfirm.stale', { date: callDate({ checkedAt: new Date(file.checkStartedAt) }, t, 'long') })}\n`);
  return confirmed;
}
