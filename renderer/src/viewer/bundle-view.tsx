import { levelOf } from '../../../electron/tray/tray-level.js';
import { finishedSteps } from '../model/steps.js';
import { EvidenceList } from '../parts/evidence-list.js';
import { StepList } from '../parts/step-list.js';
import { VerdictCard } from '../parts/verdict-card.js';
import { useTexts } from '../app-context.js';
import { BundleAbout } from './bundle-about.js';
import { HistoryTable } from './history-table.js';
import type { ShownBundle } from './open-bundle.js';
import { RawOutputs } from './raw-outputs.js';

/** One opened bundle, with the same parts the app shows after a check, then what only a bundle has. */
export function BundleView({ shown }: { shown: ShownBundle }) {
  const tx = useTexts();
  const { report } = shown.bundle;
  return (
    <div className="bundle-view" data-testid="bundle-view">
      <VerdictCard report={report} level={levelOf(report)} actions={false} />
      <section className="card" aria-labelledby="viewer-steps-title">
        <h2 id="viewer-steps-title">{tx.t('viewer.steps')}</h2>
        <StepList steps={finishedSteps(report)} labelledBy="viewer-steps-title" />
      </section>
      <EvidenceList report={report} />
      <RawOutputs raw={shown.bundle.raw} />
      <HistoryTable rows={shown.bundle.history} />
      <BundleAbout shown={shown} />
    </div>
  );
}
