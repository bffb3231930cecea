import type { ResponseOf } from '../../../electron/ipc/contract.js';
import { useTexts } from '../app-context.js';
import { outboxStateLabel } from './outbox-state-label.js';

type Item = Extract<ResponseOf<'outbox.list'>, { available: true }>['items'][number];

/** The tickets sent (or waiting) from this computer, newest first, each with its state in words. */
export function OutboxList({ items }: { items: readonly Item[] }) {
  const tx = useTexts();
  if (items.length === 0) return <p className="muted">{tx.t('app.helpdesk.outboxEmpty')}</p>;
  return (
    <ul className="outbox" data-testid="outbox">
      {[...items].reverse().map((i) => (
        <li key={i.id} data-state={i.state}>
          <strong>{outboxStateLabel(tx, i.state)}</strong> – {i.subject}
          <br />
          <span className="muted small">
            <time dateTime={i.createdAt}>{tx.dateTime(i.createdAt)}</time> · {i.description}
          </span>
        </li>
      ))}
    </ul>
  );
}
