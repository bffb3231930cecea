import { useTexts } from '../app-context.js';

/** The honest state of a feature this version does not have: what it will do, and that it is not here. */
export function Unavailable({ message, hint }: { message: string; hint?: string }) {
  const tx = useTexts();
  return (
    <div className="card unavailable" data-testid="unavailable">
      <p className="badge">{tx.t('app.common.unavailableBadge')}</p>
      <p>{message}</p>
      {hint ? <p className="muted">{hint}</p> : null}
    </div>
  );
}
