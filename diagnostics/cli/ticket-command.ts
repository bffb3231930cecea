import { isLang, systemLang, translator, type Lang, type Translator } from '../i18n/translator.js';
import { ConnectorConfigError, loadConnector, type ConnectorConfig } from '../tickets/connector-config.js';
import { connectorFromPolicy, POLICY_CONNECTOR, PolicyConnectorError } from '../tickets/connector-from-policy.js';
import { loadEffectiveConfig } from '../config/effective-config.js';
import { draftFromReport } from '../tickets/draft-from-report.js';
import { BundleError } from '../bundle/bundle-error.js';
import { BundleReadError, loadBundle } from '../tickets/load-bundle.js';
import { failureOf, type Failure } from '../tickets/outbox/describe-item.js';
import type { OutboxItem } from '../tickets/outbox/outbox-item.js';
import { DamagedOutboxItemError, OutboxStoreError } from '../tickets/outbox/outbox-store.js';
import { submitTicket } from '../tickets/outbox/submit.js';
import { defaultSecretFile } from '../tickets/secrets/cli-secret-store.js';
import { SecretStoreError, type SecretStore } from '../tickets/secrets/secret-store.js';
import { bundleManifestSha256, ticketKey } from '../tickets/ticket-key.js';
import { cliOutbox, defaultConnectorFile } from './ticket-runtime.js';
import type { CommandIo as Io } from './command-io.js';
import { parseCommandArgs } from './usage.js';
import { commandHelp, synopsis } from './help-text.js';

/**
 * Exit codes of `homeline ticket` and `homeline outbox`; 75 is sysexits' EX_TEMPFAIL ("try later").
 * 0 sent; 1 the help desk refused it, or Homeline gave up after 7 days; 2 usage or set-up (nothing
 * was sent: a missing credential, a bad address, an outbox folder that cannot be written); 75 still
 * waiting, queued or sent but not yet confirmed.
 */
export const TICKET_EXIT = { sent: 0, failed: 1, usage: 2, queued: 75 } as const;

/** Parses `--lang` for the ticket commands; falls back to the system language. */
export function langOf(value: string | undefined): Lang {
  return value !== undefined && isLang(value) ? value : systemLang();
}

/** `homeline ticket --bundle FILE --to CONNECTOR [--config FILE]`: queue the ticket durably, then try to send it. */
export async function ticketCommand(argv: readonly string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let values;
  try {
    ({ values } = parseCommandArgs('ticket', argv));
  } catch (e) {
    return ticketUsage(io, translator(systemLang(env)), e instanceof Error ? e.message : String(e));
  }
  const t = translator(langOf(values.lang));
  if (values.help) {
    io.stdout(commandHelp('ticket', t));
    return TICKET_EXIT.sent;
  }
  if (!values.bundle) return ticketUsage(io, t, t.t('cliUsage.ticketNeedsBundle'));
  const { deps, dataDir, secrets } = cliOutbox(env);
  let config;
  let bundle;
  // Without --config and --to (or with --to helpdesk) the managed policy's help desk applies.
  const usePolicy = values.config === undefined && (values.to === undefined || values.to === POLICY_CONNECTOR);
  let fromPolicy: ConnectorConfig | null = null;
  try {
    fromPolicy = usePolicy ? connectorFromPolicy((await loadEffectiveConfig(t.lang, env)).effective.settings) : null;
  } catch (e) {
    if (!(e instanceof PolicyConnectorError)) throw e;
    io.stderr(`${t.t('cli.usageError', { message: e.message })}\n`);
    return TICKET_EXIT.usage;
  }
  if (!fromPolicy && !values.to) return ticketUsage(io, t, t.t('cliUsage.ticketNeedsTo'));
  const to = fromPolicy ? POLICY_CONNECTOR : values.to!;
  try {
    config = fromPolicy ?? (await loadConnector(values.config ?? defaultConnectorFile(dataDir), to));
    bundle = await loadBundle(values.bundle);
  } catch (e) {
    if (e instanceof BundleError) io.stderr(`${t.t(`bundle.error.${e.reason}`, { file: values.bundle, detail: e.detail })}\n`);
    else if (e instanceof BundleReadError) io.stderr(`${t.t('bundle.cli.readFailed', { path: e.file, message: e.reason })}\n`);
    else if (e instanceof ConnectorConfigError) io.stderr(`${e.message}\n`);
    else throw e;
    return TICKET_EXIT.usage;
  }
  // The credential is the user's to set up before anything is queued or sent: missing, or in a
  // file others can read, is a set-up error (exit 2), never "the help desk did not accept".
  const secretName = config.kind === 'email' ? undefined : (config.secret ?? to);
  const secretProblem = await checkSecret(secrets, secretName);
  if (secretProblem === 'missing') {
    io.stderr(`${t.t('ticketOutbox.cli.missingCredential', { name: to, file: defaultSecretFile(dataDir, secretName!) })}\n`);
    return TICKET_EXIT.usage;
  }
  if (secretProblem) {
    io.stderr(`${t.t(`tickets.secrets.${secretProblem.textKey}`, secretProblem.vars)}\n`);
    return TICKET_EXIT.usage;
  }
  // The ticket speaks the report's language: it is the user's verdict, read by the help desk.
  const body = translator(bundle.report.lang);
  const attachment = { fileName: bundle.fileName, contentType: 'application/zip', bytes: bundle.bytes };
  // The key is this bundle at this help desk: running `ticket` again never files a second ticket.
  const key = ticketKey(bundleManifestSha256(bundle.bytes), config);
  const draft = draftFromReport(bundle.report, attachment, key, body, config.categories);
  let submitted;
  try {
    submitted = await submitTicket(deps, to, config, draft);
  } catch (e) {
    if (e instanceof DamagedOutboxItemError) {
      // The outbox holds this bundle's ticket in a file it cannot read: a person must look first.
      io.stderr(`${t.t('tickets.cli.broken', { file: e.file, reason: e.message })}\n`);
      return TICKET_EXIT.usage;
    }
    if (!(e instanceof OutboxStoreError)) throw e;
    return outboxStoreFailure(e, io, t, values.bundle);
  }
  switch (submitted.kind) {
    case 'already-sent':
      io.stdout(`${t.t('ticketOutbox.cli.alreadySent', { id: submitted.item.receipt?.id ?? submitted.item.id })}\n`);
      if (submitted.item.receipt?.url) io.stdout(`${t.t('tickets.cli.openAt', { url: submitted.item.receipt.url })}\n`);
      return TICKET_EXIT.sent;
    case 'waiting':
      io.stderr(`${t.t('ticketOutbox.cli.alreadyQueued', { createdAt: submitted.item.createdAt })}\n`);
      io.stderr(`${t.t('ticketOutbox.cli.waitRetryAfter', { when: submitted.item.notBefore ?? submitted.item.nextAttemptAt })}\n`);
      return TICKET_EXIT.queued;
    case 'attempted':
      if (!submitted.fresh && submitted.item?.state !== 'sent') io.stderr(`${t.t('ticketOutbox.cli.alreadyQueued', { createdAt: submitted.found.createdAt })}\n`);
      return reportOutcome(submitted.item, io, t);
  }
}

/** The credential's problem: a store that refused it, 'missing', or undefined when it is there (or none is needed). */
async function checkSecret(secrets: SecretStore, name: string | undefined): Promise<SecretStoreError | 'missing' | undefined> {
  if (name === undefined) return undefined;
  try {
    return (await secrets.get(name)) === undefined ? 'missing' : undefined;
  } catch (e) {
    if (e instanceof SecretStoreError) return e;
    throw e;
  }
}

/** Prints what happened to one item and returns the matching exit code. */
export function reportOutcome(item: OutboxItem | undefined, io: Io, t: Translator): number {
  if (!item) {
    io.stderr(`${t.t('tickets.cli.busy')}\n`);
    return TICKET_EXIT.queued;
  }
  switch (item.state) {
    case 'sent':
      if (item.connector.kind === 'email') {
        io.stdout(`${t.t('tickets.cli.emailDraft', { file: item.receipt?.id ?? '?' })}\n`);
        return TICKET_EXIT.sent;
      }
      io.stdout(`${t.t('tickets.cli.sent', { id: item.receipt?.id ?? item.id })}\n`);
      if (item.receipt?.url) io.stdout(`${t.t('tickets.cli.openAt', { url: item.receipt.url })}\n`);
      return TICKET_EXIT.sent;
    case 'queued':
    case 'sending':
      io.stderr(`${t.t('tickets.cli.queued', { reason: item.lastError ?? '?', when: item.nextAttemptAt })}\n`);
      return TICKET_EXIT.queued;
    case 'unconfirmed':
      io.stderr(`${t.t('ticketOutbox.cli.unconfirmed', { reason: item.lastError ?? '?', when: item.nextAttemptAt })}\n`);
      return TICKET_EXIT.queued;
    case 'failed':
      io.stderr(`${t.t(FAILED_TEXT[failureOf(item)], { reason: item.lastError ?? '?', id: item.id })}\n`);
      return item.problem === 'setup' ? TICKET_EXIT.usage : TICKET_EXIT.failed;
  }
}

/** What a failed item's outcome says: "not accepted" only when the help desk said no. */
const FAILED_TEXT: Record<Failure, string> = {
  setup: 'ticketOutbox.cli.setup',
  'maybe-filed': 'ticketOutbox.cli.maybeFiled',
  'gave-up': 'ticketOutbox.cli.gaveUp',
  internal: 'tickets.cli.failed',
  refused: 'tickets.cli.failed',
};

/** An outbox folder that cannot be read or written, in a sentence that says what was kept; exit 2. */
export function outboxStoreFailure(e: OutboxStoreError, io: Io, t: Translator, bundle = '?'): number {
  const text = e.afterQueued ? 'ticketOutbox.cli.outboxUnwritableAfter' : e.operation === 'read' ? 'ticketOutbox.cli.outboxUnreadable' : 'ticketOutbox.cli.outboxUnwritable';
  io.stderr(`${t.t(text, { dir: e.dir, code: e.code, bundle })}\n`);
  return TICKET_EXIT.usage;
}

/** Prints a usage error with the synopsis; exit 2. */
export function ticketUsage(io: Io, t: Translator, message: string): number {
  const usage = t.t('cliHelp.label.usage');
  io.stderr(`${t.t('tickets.cli.usageError', { message })}\n${usage} ${synopsis('ticket')}\n${' '.repeat(usage.length)} ${synopsis('outbox')}\n`);
  return TICKET_EXIT.usage;
}
