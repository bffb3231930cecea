import { useEffect, useRef } from 'react';
import type { Report } from '../../../diagnostics/schema/report.js';
import type { TrayLevel } from '../../../electron/ipc/contract.js';
import { useTexts } from '../app-context.js';
import { finishedSteps } from '../model/steps.js';
import { EvidenceList } from './evidence-list.js';
import { StepList } from './step-list.js';
import { VerdictCard } from './verdict-card.js';

/**
 * The quick check taken when a drop-out began, opened from its row: the same verdict, steps and
 * evidence the Check page shows. Focus moves to its heading so a keyboard or screen-reader user
 * lands on what they opened; Close hands focus back to the row's button (the page does that).
 */
export function SnapshotReport({ report, level, onClose }: { report: Report; level: TrayLevel; onClose: () => void }) {
  const tx = useTexts();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [report]);
  const steps = finishedSteps(report);
  return (
    <section className="card snapshot-report" aria-labelledby="snapshot-title" data-testid="snapshot-report">
      <h2 id="snapshot-title" tabIndex={-1} ref={heading}>
        {tx.t('dropoutSnapshot.title', { time: tx.dateTime(report.startedAt) })}
      </h2>
      <p className="muted">{tx.t('dropoutSnapshot.intro')}</p>
      <VerdictCard report={report} level={level} actions={false} />
      <section className="card" aria-labelledby="snapshot-steps-title">
        <h3 id="snapshot-steps-title">{tx.t('app.result.steps')}</h3>
        <StepList steps={steps} labelledBy="snapshot-steps-title" />
      </section>
      <EvidenceList report={report} />
      <button type="button" onClick={onClose} data-testid="snapshot-close">
        {tx.t('dropoutSnapshot.close')}
      </button>
    </section>
  );
}
