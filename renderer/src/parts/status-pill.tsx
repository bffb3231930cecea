import type { TrayLevel } from '../../../electron/ipc/contract.js';
import { useTexts } from '../app-context.js';

/** The same status the tray icon shows: a coloured dot and a word, never colour alone. */
export function StatusPill({ level, checking }: { level: TrayLevel; checking: boolean }) {
  const tx = useTexts();
  const shown = checking ? 'checking' : level;
  return (
    <p className={`pill pill-${shown}`} data-testid="status-pill">
      <span className="dot" aria-hidden="true" />
      {tx.t(`app.level.${shown}`)}
    </p>
  );
}
