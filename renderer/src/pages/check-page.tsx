import { useState } from 'react';
import { useTexts, useTransport } from '../app-context.js';
import { EvidenceList } from '../parts/evidence-list.js';
import { PageHeading } from '../parts/page-heading.js';
import { StepList } from '../parts/step-list.js';
import { VerdictCard } from '../parts/verdict-card.js';
import { liveSteps, reportSteps } from '../model/steps.js';
import { useUi } from '../state/store.js';

/** The home page: the big button, the live progress per step, then the result. */
export function CheckPage() {
  const tx = useTexts();
  const transport = useTransport();
  const { phase, progress, report, level, error } = useUi();
  const [quick, setQuick] = useState(true);
  const running = phase === 'running';
  const run = (): void => {
    // Progress and the result arrive as events; a failure is also an event, so nothing to do here.
    transport.invoke('check.run', { quick }).catch(() => undefined);
  };
  const steps = running || !report ? liveSteps(progress) : reportSteps(report);
  return (
    <>
      <section className="card hero" aria-labelledby="check-title">
        <PageHeading id="check-title">{tx.t('app.check.title')}</PageHeading>
        <p className="lead">{tx.t('app.check.intro')}</p>
        <div className="hero-actions">
          <button type="button" className="primary big" onClick={run} disabled={running} aria-describedby="check-title" data-testid="run-check">
            {running ? tx.t('app.check.running') : report ? tx.t('app.check.again') : tx.t('app.check.start')}
          </button>
          <label className="toggle">
            <input type="checkbox" checked={quick} onChange={(e) => setQuick(e.target.checked)} disabled={running} />
            {tx.t('app.check.quick')}
          </label>
        </div>
        {report && !running ? (
          <p className="muted small">
            {tx.t('app.check.checkedAt', { time: tx.time(report.startedAt), seconds: report.durationMs / 1000 })}
          </p>
        ) : null}
      </section>
      {phase === 'failed' && error ? (
        <p className="card alert" role="alert">
          {tx.t('app.check.failed', { message: error })}
        </p>
      ) : null}
      {report && !running ? <VerdictCard report={report} level={level} /> : null}
      {running || report ? (
        <section className="card" aria-labelledby="steps-title" aria-busy={running}>
          <h2 id="steps-title">{running ? tx.t('app.check.progressLabel') : tx.t('app.result.steps')}</h2>
          <StepList steps={steps} labelledBy="steps-title" />
        </section>
      ) : null}
      {report && !running ? <EvidenceList report={report} /> : null}
      {/* Screen readers hear the verdict when a check ends, wherever their focus is. */}
      <p className="visually-hidden" aria-live="polite">
        {phase === 'done' && report ? report.verdict.headline : ''}
      </p>
    </>
  );
}
