import { mediaLines } from '../../../diagnostics/report/media-summary.js';
import type { Report } from '../../../diagnostics/schema/report.js';
import { useTexts } from '../app-context.js';

/** Calls and Citrix: the call grade with its figures, the address the servers saw, Citrix EDT; nothing for older reports. */
export function RealtimeList({ report }: { report: Report }) {
  const tx = useTexts();
  const lines = mediaLines(report, tx);
  if (lines.length === 0) return null;
  return (
    <div className="realtime" data-testid="realtime">
      <h3>{tx.t('media.heading')}</h3>
      <ul>
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    </div>
  );
}
