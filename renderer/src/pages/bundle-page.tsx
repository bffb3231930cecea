import { useState, type ChangeEvent } from 'react';
import type { ResponseOf } from '../../../electron/ipc/contract.js';
import { useTexts, useTransport } from '../app-context.js';
import { EvidenceList } from '../parts/evidence-list.js';
import { PageHeading } from '../parts/page-heading.js';
import { StepList } from '../parts/step-list.js';
import { VerdictCard } from '../parts/verdict-card.js';
import { reportSteps } from '../model/steps.js';

type Opened = NonNullable<Extract<ResponseOf<'bundle.open'>, { available: true }>['opened']>;
type State = { kind: 'idle' } | { kind: 'reading' } | { kind: 'error'; message: string } | { kind: 'opened'; opened: Opened };

/** Bytes as base64, in chunks: String.fromCharCode takes only so many arguments at once. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Open a report: a support agent opens a bundle a user sent and sees its verdict, steps and
 * evidence with the same parts as the Check page. The desktop app shows its file dialog; in a
 * browser the page reads the chosen file and sends its bytes.
 */
export function BundlePage() {
  const tx = useTexts();
  const transport = useTransport();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const open = (request: Parameters<typeof transport.invoke<'bundle.open'>>[1]): void => {
    setState({ kind: 'reading' });
    transport.invoke('bundle.open', request).then(
      (r) => setState(r.available && r.opened ? { kind: 'opened', opened: r.opened } : { kind: 'idle' }),
      (e: unknown) => setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  };
  const onFile = (e: ChangeEvent<HTMLInputElement>): void => {
    const file = e.target.files?.[0];
    if (!file) return;
    setState({ kind: 'reading' });
    file.arrayBuffer().then(
      (buf) => open({ upload: { fileName: file.name, base64: toBase64(new Uint8Array(buf)) } }),
      (err: unknown) => setState({ kind: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
  };
  return (
    <section aria-labelledby="bundle-title">
      <PageHeading id="bundle-title">{tx.t('app.bundle.title')}</PageHeading>
      <p className="lead">{tx.t('app.bundle.intro')}</p>
      <div className="card">
        {transport.kind === 'electron' ? (
          <button type="button" className="primary" onClick={() => open({})} disabled={state.kind === 'reading'} data-testid="bundle-choose">
            {tx.t('app.bundle.open')}
          </button>
        ) : (
          <div className="field">
            <label htmlFor="bundle-file">{tx.t('app.bundle.chooseLabel')}</label>
            <input id="bundle-file" type="file" accept=".homeline,.zip,application/zip" onChange={onFile} disabled={state.kind === 'reading'} data-testid="bundle-file" />
          </div>
        )}
        <p role="status" className="muted">
          {state.kind === 'reading'
            ? tx.t('app.bundle.reading')
            : state.kind === 'opened'
              ? tx.t('app.bundle.opened', { file: state.opened.fileName, time: tx.dateTime(state.opened.report.startedAt) })
              : ''}
        </p>
        {state.kind === 'error' ? (
          <p className="alert" role="alert" data-testid="bundle-error">
            {tx.t('app.bundle.cannotOpen', { message: state.message })}
          </p>
        ) : null}
      </div>
      {state.kind === 'opened' ? (
        <div data-testid="bundle-report">
          <VerdictCard report={state.opened.report} level={state.opened.level} actions={false} />
          <section className="card" aria-labelledby="bundle-steps-title">
            <h2 id="bundle-steps-title">{tx.t('app.result.steps')}</h2>
            <StepList steps={reportSteps(state.opened.report)} labelledBy="bundle-steps-title" />
          </section>
          <EvidenceList report={state.opened.report} />
        </div>
      ) : null}
    </section>
  );
}
