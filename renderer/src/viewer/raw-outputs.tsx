import type { OpenedBundle } from '../../../diagnostics/bundle/read-bundle.js';
import { useTexts } from '../app-context.js';

/** The bundle's raw/ entries, one expander each, shown as the text they are (React escapes it). */
export function RawOutputs({ raw }: { raw: OpenedBundle['raw'] }) {
  const tx = useTexts();
  return (
    <section className="evidence raw-outputs" aria-labelledby="raw-title" data-testid="raw-outputs">
      <h2 id="raw-title">{tx.t('viewer.raw')}</h2>
      {raw.length === 0 ? <p className="muted">{tx.t('viewer.rawNone')}</p> : <p className="muted">{tx.t('viewer.rawHint')}</p>}
      {raw.map((r) => (
        <details key={r.path} className="expander" data-path={r.path}>
          <summary>
            <code>{r.path.replace(/^raw\//, '')}</code>
          </summary>
          <pre className="raw-text">{r.text}</pre>
        </details>
      ))}
    </section>
  );
}
