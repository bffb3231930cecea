import { useCallback, useEffect, useState } from 'react';
import type { ResponseOf, TicketPreview } from '../../../electron/ipc/contract.js';
import { useTexts, useTransport } from '../app-context.js';
import { OutboxList } from '../parts/outbox-list.js';
import { outboxStateLabel } from '../parts/outbox-state-label.js';
import { PageHeading } from '../parts/page-heading.js';
import { SaveBundle } from '../parts/save-bundle.js';
import { Unavailable } from '../parts/unavailable.js';
import { useUi } from '../state/store.js';

type Items = Extract<ResponseOf<'outbox.list'>, { available: true }>['items'];
type Loaded = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'error'; message: string } | { kind: 'ok'; preview: TicketPreview | null };

/**
 * Help desk: everything that would be sent for the last check (after redaction), a note, the
 * user's confirmation, then send (through the outbox); without a help desk, save the report.
 */
export function HelpdeskPage() {
  const tx = useTexts();
  const transport = useTransport();
  const report = useUi((s) => s.report);
  const [state, setState] = useState<Loaded>({ kind: 'loading' });
  const [items, setItems] = useState<Items>([]);
  const loadOutbox = useCallback(() => {
    transport.invoke('outbox.list', {}).then(
      (r) => setItems(r.available ? r.items : []),
      () => undefined, // the preview's error already tells the user the main process is in trouble
    );
  }, [transport]);
  useEffect(() => {
    transport.invoke('ticket.preview', {}).then(
      (r) => setState(r.available ? { kind: 'ok', preview: r.preview } : { kind: 'unavailable' }),
      (e: unknown) => setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    loadOutbox();
  }, [transport, report, loadOutbox]);
  return (
    <section aria-labelledby="helpdesk-title">
      <PageHeading id="helpdesk-title">{tx.t('app.helpdesk.title')}</PageHeading>
      <p className="lead">{tx.t('app.helpdesk.intro')}</p>
      {state.kind === 'loading' ? <p className="muted">{tx.t('app.common.loading')}</p> : null}
      {state.kind === 'unavailable' ? <Unavailable message={tx.t('app.helpdesk.unavailable')} hint={tx.t('app.helpdesk.unavailableHint')} /> : null}
      {state.kind === 'error' ? <p className="card alert" role="alert">{tx.t('app.common.error', { message: state.message })}</p> : null}
      {state.kind === 'ok' && state.preview === null ? <p className="card" data-testid="helpdesk-no-check">{tx.t('app.helpdesk.noCheck')}</p> : null}
      {state.kind === 'ok' && state.preview ? <PreviewAndSend preview={state.preview} onSent={loadOutbox} /> : null}
      {state.kind === 'ok' ? (
        <div className="card">
          <h2>{tx.t('app.helpdesk.outbox')}</h2>
          <OutboxList items={items} />
        </div>
      ) : null}
    </section>
  );
}

function PreviewAndSend({ preview, onSent }: { preview: TicketPreview; onSent: () => void }) {
  const tx = useTexts();
  const transport = useTransport();
  const [note, setNote] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<{ kind: 'done'; text: string } | { kind: 'error'; message: string } | null>(null);
  const send = (): void => {
    setSending(true);
    transport.invoke('ticket.send', { note }).then(
      (r) => {
        setSending(false);
        if (r.available) setResult({ kind: 'done', text: `${outboxStateLabel(tx, r.outbox.state)}: ${r.outbox.description}` });
        onSent();
      },
      (e: unknown) => {
        setSending(false);
        setResult({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
      },
    );
  };
  return (
    <div className="card" data-testid="ticket-preview">
      <h2>{tx.t('app.helpdesk.preview')}</h2>
      <p className="muted">{tx.t('app.helpdesk.previewIntro')}</p>
      {preview.helpDesk ? <p>{tx.t('app.helpdesk.to', { to: preview.to })}</p> : null}
      <h3>{tx.t('app.helpdesk.subject')}</h3>
      <p>{preview.subject}</p>
      <h3>{tx.t('app.helpdesk.message')}</h3>
      <pre className="preview-text">{preview.body}</pre>
      <h3>{tx.t('app.helpdesk.redacted')}</h3>
      {preview.redactions.length === 0 ? (
        <p className="muted">{tx.t('app.helpdesk.noRedactions')}</p>
      ) : (
        <ul data-testid="redactions">
          {preview.redactions.map((r) => (
            <li key={r.what}>{`${r.count} ${tx.t(`app.helpdesk.redactionKind.${r.what}`)}`}</li>
          ))}
        </ul>
      )}
      <h3>{tx.t('app.helpdesk.files', { count: preview.entries.length })}</h3>
      {preview.entries.map((e) => (
        <details key={e.path}>
          <summary>
            <code>{e.path}</code>
          </summary>
          <pre className="preview-text">{e.text}</pre>
        </details>
      ))}
      {preview.helpDesk ? (
        <>
          <div className="field">
            <label htmlFor="ticket-note">{tx.t('app.helpdesk.note')}</label>
            <textarea id="ticket-note" value={note} maxLength={4000} rows={3} onChange={(e) => setNote(e.target.value)} />
          </div>
          <div className="field check">
            <input id="ticket-confirm" type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
            <label htmlFor="ticket-confirm">{tx.t('app.helpdesk.confirm')}</label>
          </div>
          <div className="actions">
            <button type="button" className="primary" disabled={!confirmed || sending} onClick={send} data-testid="ticket-send">
              {sending ? tx.t('app.helpdesk.sending') : tx.t('app.helpdesk.send')}
            </button>
            <p role="status" className="muted">
              {result?.kind === 'done' ? result.text : result?.kind === 'error' ? tx.t('app.common.error', { message: result.message }) : ''}
            </p>
          </div>
        </>
      ) : (
        <>
          <p className="note" data-testid="no-helpdesk">
            {preview.helpDeskProblem ? tx.t('app.helpdesk.helpDeskProblem', { problem: preview.helpDeskProblem }) : tx.t('app.helpdesk.noHelpDesk')}
          </p>
          <SaveBundle primary />
        </>
      )}
      {preview.helpDesk ? <SaveBundle primary={false} /> : null}
    </div>
  );
}
