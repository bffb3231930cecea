import { useTexts } from '../app-context.js';
import { STEPS, type Step, type StepState } from '../model/steps.js';

const MARK: Readonly<Record<StepState, string>> = {
  waiting: '',
  running: '',
  ok: '✓',
  warning: '!',
  problem: '✕',
  skipped: '–',
  unclear: '?',
};

/** The six parts of the connection with their state: live progress during a check, the checklist after. */
export function StepList({ steps, labelledBy }: { steps: Record<Step, StepState>; labelledBy: string }) {
  const tx = useTexts();
  const settled = STEPS.filter((s) => steps[s] !== 'waiting' && steps[s] !== 'running').length;
  return (
    <>
      <ol className="steps" aria-labelledby={labelledBy}>
        {STEPS.map((s) => (
          <li key={s} className={`step step-${steps[s]}`} data-step={s} data-state={steps[s]}>
            <span className="step-mark" aria-hidden="true">
              {MARK[steps[s]]}
            </span>
            <span className="step-name">{tx.t(`app.step.${s}`)}</span>
            <span className="step-state">{tx.t(`app.stepState.${steps[s]}`)}</span>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {tx.t('app.check.progressDone', { done: settled, total: STEPS.length })}
      </p>
    </>
  );
}
