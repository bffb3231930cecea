import { useTexts } from '../app-context.js';
import type { CallTicks } from '../state/call-ticks.js';

/** The call page's "what I did" form: restart (with its time), cable, second device. */
export function CallTicksForm({ ticks, onChange }: { ticks: CallTicks; onChange: (next: CallTicks) => void }) {
  const tx = useTexts();
  const box = (key: 'restart' | 'cable' | 'secondDevice', label: string) => (
    <label>
      <input type="checkbox" data-testid={`isp-done-${key}`} checked={ticks[key]} onChange={(e) => onChange({ ...ticks, [key]: e.target.checked })} />{' '}
      <span>{label}</span>
    </label>
  );
  return (
    <section className="card no-print" aria-labelledby="isp-done" data-testid="isp-done">
      <h2 id="isp-done">{tx.t('ispConfirm.app.title')}</h2>
      <p className="muted">{tx.t('ispConfirm.app.hint')}</p>
      <ul className="checklist">
        <li className="with-time">
          {box('restart', tx.t('ispConfirm.app.restart'))}
          <input
            type="time"
            data-testid="isp-done-restart-time"
            aria-label={tx.t('ispConfirm.app.restartTime')}
            value={ticks.restartAt}
            onChange={(e) => onChange({ ...ticks, restartAt: e.target.value, restart: e.target.value !== '' || ticks.restart })}
          />
        </li>
        <li>{box('cable', tx.t('ispConfirm.app.cable'))}</li>
        <li>{box('secondDevice', tx.t('ispConfirm.app.secondDevice'))}</li>
      </ul>
    </section>
  );
}
