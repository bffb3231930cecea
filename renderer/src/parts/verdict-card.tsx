import type { Report } from '../../../diagnostics/schema/report.js';
import type { TrayLevel } from '../../../electron/ipc/contract.js';
import { useTexts } from '../app-context.js';
import { useUi } from '../state/store.js';

/** Segments the help desk has to handle (the user cannot fix them at home). */
const HELPDESK_SEGMENTS: ReadonlySet<string> = new Set(['vpn', 'citrix', 'device', 'unknown']);

/** Which kinds of evidence agreed, in plain words: how solid the verdict is. */
function WitnessLine({ witnesses }: { witnesses: readonly string[] }) {
  const tx = useTexts();
  if (witnesses.length === 0) return null;
  const names = witnesses.map((w) => tx.t(`witness.${w}`));
  const list = names.reduce((acc, n) => tx.t('witness.and', { first: acc, second: n }));
  return (
    <p className="witnesses" data-testid="verdict-witnesses">
      {tx.t(witnesses.length === 1 ? 'witness.single' : 'witness.agreed', { list })}
    </p>
  );
}

/**
 * The result in plain words: headline, one sentence, who owns it, what to do next. The web viewer
 * passes `actions={false}`: a help desk reading a bundle has no provider to call or ticket to file.
 */
export function VerdictCard({ report, level, actions = true }: { report: Report; level: TrayLevel; actions?: boolean }) {
  const tx = useTexts();
  const setPage = useUi((s) => s.setPage);
  const top = report.findings.find((f) => f.severity === 'problem') ?? report.findings.find((f) => f.severity === 'warning');
  const segment = report.verdict.segment;
  return (
    <section className={`card verdict verdict-${level}`} aria-labelledby="verdict-headline" data-testid="verdict" data-segment={segment}>
      <p className="eyebrow">{tx.t(`app.level.${level}`)}</p>
      <h2 id="verdict-headline">{report.verdict.headline}</h2>
      <p className="lead">{report.verdict.summary}</p>
      <WitnessLine witnesses={report.verdict.witnesses ?? []} />
      {segment !== 'none' && segment !== 'unknown' ? (
        <p className="owner">{tx.t('app.result.owner', { owner: tx.t(`segment.${segment}`) })}</p>
      ) : null}
      {top && top.steps.length > 0 ? (
        <>
          <h3>{tx.t('app.result.whatToDo')}</h3>
          <ol className="todo">
            {top.steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </>
      ) : (
        <p>{tx.t('app.result.nothingToDo')}</p>
      )}
      {actions ? (
      <div className="actions">
        {report.ispCall ? (
          <button type="button" className="primary" onClick={() => setPage('isp')}>
            {tx.t('app.result.callIsp')}
          </button>
        ) : null}
        {HELPDESK_SEGMENTS.has(segment) ? (
          <button type="button" className="secondary" onClick={() => setPage('helpdesk')}>
            {tx.t('app.result.contactHelpdesk')}
          </button>
        ) : null}
      </div>
      ) : null}
    </section>
  );
}
