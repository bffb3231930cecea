import { systemLang, translator, type Translator } from '../i18n/translator.js';
import { describeState, itemSummary } from '../tickets/outbox/describe-item.js';
import type { OutboxItem } from '../tickets/outbox/outbox-item.js';
import { OutboxStoreError } from '../tickets/outbox/outbox-store.js';
import { requeue, sendDue, sendItem, type OutboxDeps } from '../tickets/outbox/outbox.js';
import { langOf, outboxStoreFailure, TICKET_EXIT, ticketUsage as usage } from './ticket-command.js';
import { cliOutbox } from './ticket-runtime.js';
import type { CommandIo as Io } from './command-io.js';
import { parseCommandArgs } from './usage.js';
import { commandHelp } from './help-text.js';

/** `homeline outbox [list|send|retry [ID…]] [--json]`: the outbox for scripts, tests and the curious. */
export async function outboxCommand(argv: readonly string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed;
  try {
    parsed = parseCommandArgs('outbox', argv);
  } catch (e) {
    return usage(io, translator(systemLang(env)), e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  const t = translator(langOf(values.lang));
  const [action = 'list', ...ids] = positionals;
  if (values.help) {
    io.stdout(commandHelp('outbox', t));
    return TICKET_EXIT.sent;
  }
  if (action !== 'list' && action !== 'send' && action !== 'retry') return usage(io, t, `unknown outbox action "${action}" (list, send or retry).`);
  if (action !== 'retry' && ids.length > 0) return usage(io, t, `unexpected argument "${ids[0]}".`);
  const { deps } = cliOutbox(env);
  try {
    return await run(action, ids, deps, io, t, values.json ?? false);
  } catch (e) {
    if (e instanceof OutboxStoreError) return outboxStoreFailure(e, io, t);
    throw e;
  }
}

async function run(action: 'list' | 'send' | 'retry', ids: readonly string[], deps: OutboxDeps, io: Io, t: Translator, json: boolean): Promise<number> {
  switch (action) {
    case 'list': {
      const { items, broken } = await deps.store.list();
      for (const b of broken) io.stderr(`${t.t('tickets.cli.broken', { file: b.file, reason: b.reason })}\n`);
      if (json) io.stdout(`${JSON.stringify(items.map(itemSummary), null, 2)}\n`);
      else if (items.length === 0) io.stdout(`${t.t('tickets.cli.empty')}\n`);
      else printItems(items, io, t);
      return TICKET_EXIT.sent;
    }
    case 'send': {
      const attempted = await sendDue(deps);
      if (!json && attempted.length === 0) io.stdout(`${t.t('tickets.cli.nothingDue')}\n`);
      return finish(attempted, (await deps.store.list()).items, io, t, json);
    }
    case 'retry': {
      // Every named id must exist: a typo is an error naming it, never a silent "0 queued".
      const { items } = await deps.store.list();
      const unknown = ids.filter((id) => !items.some((i) => i.id === id));
      if (unknown.length > 0) {
        io.stderr(`${t.t('ticketOutbox.cli.unknownIds', { ids: unknown.join(', ') })}\n`);
        return TICKET_EXIT.usage;
      }
      for (const item of items.filter((i) => ids.includes(i.id) && i.state === 'sent')) {
        io.stdout(`${t.t('ticketOutbox.cli.alreadySentId', { id: item.id, receipt: item.receipt?.url ?? item.receipt?.id ?? '?' })}\n`);
      }
      const again = await requeue(deps, ids.length > 0 ? ids : undefined);
      io.stdout(`${t.t('tickets.cli.requeued', { count: again.length })}\n`);
      const done: OutboxItem[] = [];
      for (const item of again) {
        const after = await sendItem(deps, item.id);
        if (after) done.push(after);
      }
      const after = (await deps.store.list()).items;
      return finish(done, ids.length > 0 ? after.filter((i) => ids.includes(i.id)) : after, io, t, json);
    }
  }
}

function printItems(items: readonly OutboxItem[], io: Io, t: Translator): void {
  for (const item of items) io.stdout(`${item.id}  ${item.createdAt}  ${item.connectorName}  ${describeState(item, t)}\n    ${item.draft.subject}\n`);
}

/**
 * Prints the items just attempted and what the outbox (or the named items) holds now. The exit
 * code speaks for everything considered, not only for this run's attempts: 2 when an item cannot
 * be sent until the set-up is fixed, else 1 when one was refused or given up, else 75 while one
 * still waits or is not yet confirmed, else 0.
 */
function finish(attempted: readonly OutboxItem[], considered: readonly OutboxItem[], io: Io, t: Translator, json: boolean): number {
  if (json) io.stdout(`${JSON.stringify(attempted.map(itemSummary), null, 2)}\n`);
  else printItems(attempted, io, t);
  const failed = considered.filter((i) => i.state === 'failed');
  const waiting = considered.filter((i) => i.state !== 'failed' && i.state !== 'sent');
  if (!json) io.stdout(`${t.t('ticketOutbox.cli.summary', { sent: considered.length - failed.length - waiting.length, waiting: waiting.length, failed: failed.length })}\n`);
  if (failed.some((i) => i.problem === 'setup')) return TICKET_EXIT.usage;
  if (failed.length > 0) return TICKET_EXIT.failed;
  if (waiting.length > 0) return TICKET_EXIT.queued;
  return TICKET_EXIT.sent;
}
