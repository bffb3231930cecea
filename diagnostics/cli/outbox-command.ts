import { parseArgs } from 'node:util';
import { systemLang, translator, type Translator } from '../i18n/translator.js';
import { describeState, itemSummary } from '../tickets/outbox/describe-item.js';
import type { OutboxItem } from '../tickets/outbox/outbox-item.js';
import { requeue, sendDue, sendItem } from '../tickets/outbox/outbox.js';
import { langOf, TICKET_EXIT, ticketUsage as usage } from './ticket-command.js';
import { cliOutbox } from './ticket-runtime.js';
import type { CommandIo as Io } from './command-io.js';

/** `homeline outbox [list|send|retry [ID…]] [--json]`: the outbox for scripts, tests and the curious. */
export async function outboxCommand(argv: readonly string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    return usage(io, translator(systemLang(env)), e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  const t = translator(langOf(values.lang));
  const [action = 'list', ...ids] = positionals;
  if (values.help) {
    io.stdout(`${t.list('tickets.cli.help').join('\n')}\n`);
    return TICKET_EXIT.sent;
  }
  const { deps } = cliOutbox(env);
  switch (action) {
    case 'list': {
      if (ids.length > 0) return usage(io, t, `unexpected argument "${ids[0]}".`);
      const { items, broken } = await deps.store.list();
      for (const b of broken) io.stderr(`${t.t('tickets.cli.broken', { file: b.file, reason: b.reason })}\n`);
      if (values.json) io.stdout(`${JSON.stringify(items.map(itemSummary), null, 2)}\n`);
      else if (items.length === 0) io.stdout(`${t.t('tickets.cli.empty')}\n`);
      else printItems(items, io, t);
      return TICKET_EXIT.sent;
    }
    case 'send': {
      if (ids.length > 0) return usage(io, t, `unexpected argument "${ids[0]}".`);
      return finish(await sendDue(deps), io, t, values.json ?? false);
    }
    case 'retry': {
      const again = await requeue(deps, ids.length > 0 ? ids : undefined);
      io.stdout(`${t.t('tickets.cli.requeued', { count: again.length })}\n`);
      const done: OutboxItem[] = [];
      for (const item of again) {
        const after = await sendItem(deps, item.id);
        if (after) done.push(after);
      }
      return finish(done, io, t, values.json ?? false);
    }
    default:
      return usage(io, t, `unknown outbox action "${action}" (list, send or retry).`);
  }
}

function printItems(items: readonly OutboxItem[], io: Io, t: Translator): void {
  for (const item of items) io.stdout(`${item.id}  ${item.createdAt}  ${item.connectorName}  ${describeState(item, t)}\n    ${item.draft.subject}\n`);
}

/** Prints the items just attempted; exit 1 if any failed, 75 if any still waits, else 0. */
function finish(items: readonly OutboxItem[], io: Io, t: Translator, json: boolean): number {
  if (json) io.stdout(`${JSON.stringify(items.map(itemSummary), null, 2)}\n`);
  else if (items.length === 0) io.stdout(`${t.t('tickets.cli.nothingDue')}\n`);
  else printItems(items, io, t);
  if (items.some((i) => i.state === 'failed')) return TICKET_EXIT.failed;
  if (items.some((i) => i.state !== 'sent')) return TICKET_EXIT.queued;
  return TICKET_EXIT.sent;
}
