import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { isLang, systemLang, translator, type Lang, type Translator } from '../i18n/translator.js';
import { ConnectorConfigError, loadConnector, type ConnectorConfig } from '../tickets/connector-config.js';
import { connectorFromPolicy, POLICY_CONNECTOR, PolicyConnectorError } from '../tickets/connector-from-policy.js';
import { loadEffectiveConfig } from '../config/effective-config.js';
import { draftFromReport } from '../tickets/draft-from-report.js';
import { BundleError } from '../bundle/bundle-error.js';
import { BundleReadError, loadBundle } from '../tickets/load-bundle.js';
import type { OutboxItem } from '../tickets/outbox/outbox-item.js';
import { SecretStoreError, type SecretStore } from '../tickets/secrets/secret-store.js';
import { enqueue, sendItem } from '../tickets/outbox/outbox.js';
import { cliOutbox, defaultConnectorFile } from './ticket-runtime.js';
import type { CommandIo as Io } from './command-io.js';

/** Exit codes of `homeline ticket` and `homeline outbox`; 75 is sysexits' EX_TEMPFAIL ("try later"). */
export const TICKET_EXIT = { sent: 0, failed: 1, usage: 2, queued: 75 } as const;

/** Parses `--lang` for the ticket commands; falls back to the system language. */
export function langOf(value: string | undefined): Lang {
  return value !== undefined && isLang(value) ? value : systemLang();
}

/** `homeline ticket --bundle FILE --to CONNECTOR [--config FILE]`: queue the ticket durably, then try to send it. */
export async function ticketCommand(argv: readonly string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      options: { bundle: { type: 'string' }, to: { type: 'string' }, config: { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (e) {
    return ticketUsage(io, translator(systemLang(env)), e instanceof Error ? e.message : String(e));
  }
  const t = translator(langOf(values.lang));
  if (values.help) {
    io.stdout(`${t.list('tickets.cli.help').join('\n')}\n`);
    return TICKET_EXIT.sent;
  }
  if (!values.bundle) return ticketUsage(io, t, '--bundle FILE is required.');
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
  if (!fromPolicy && !values.to) return ticketUsage(io, t, '--to CONNECTOR is required (the managed policy names no help desk).');
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
  // A credential file others can read is the user's to fix before anything is queued or sent.
  const secretProblem = await checkSecret(secrets, config.kind === 'email' ? undefined : (config.secret ?? to));
  if (secretProblem) {
    io.stderr(`${t.t(`tickets.secrets.${secretProblem.textKey}`, secretProblem.vars)}\n`);
    return TICKET_EXIT.usage;
  }
  // The ticket speaks the report's language: it is the user's verdict, read by the help desk.
  const body = translator(bundle.report.lang);
  const attachment = { fileName: bundle.fileName, contentType: 'application/zip', bytes: bundle.bytes };
  const draft = draftFromReport(bundle.report, attachment, randomUUID(), body, config.categories);
  const queued = await enqueue(deps, to, config, draft);
  const after = await sendItem(deps, queued.id);
  return reportOutcome(after, io, t);
}

async function checkSecret(secrets: SecretStore, name: string | undefined): Promise<SecretStoreError | undefined> {
  if (name === undefined) return undefined;
  try {
    await secrets.get(name);
    return undefined;
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
    case 'failed':
      io.stderr(`${t.t('tickets.cli.failed', { reason: item.lastError ?? '?', id: item.id })}\n`);
      return TICKET_EXIT.failed;
  }
}

/** Prints a usage error with the synopsis; exit 2. */
export function ticketUsage(io: Io, t: Translator, message: string): number {
  io.stderr(`${t.t('tickets.cli.usageError', { message })}\n${t.list('tickets.cli.help').slice(0, 2).join('\n')}\n`);
  return TICKET_EXIT.usage;
}
