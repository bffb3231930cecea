import type { Report } from '../../../diagnostics/schema/report.js';
import { useTexts } from '../app-context.js';
import { RealtimeList } from './realtime-list.js';

/** The evidence behind the result: each finding's measurements, then every probe, behind expanders. */
export function EvidenceList({ report }: { report: Report }) {
  const tx = useTexts();
  return (
    <section className="evidence" aria-labelledby="evidence-title">
      <h2 id="evidence-title">{tx.t('app.result.evidence')}</h2>
      <p className="muted">{tx.t('app.result.evidenceHint')}</p>
      <RealtimeList report={report} />
      {report.findings.map((f) => (
        <details key={f.id} className={`expander sev-${f.severity}`}>
          <summary>
            <span className={`tag tag-${f.severity}`}>{tx.t(`app.result.severity.${f.severity}`)}</span> {f.title}
          </summary>
          <ul>
            {f.evidence.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </details>
      ))}
      <details className="expander">
        <summary>{tx.t('app.result.measurements')}</summary>
        <table className="probes">
          <tbody>
            {report.probes.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <code>{p.id}</code>
                </th>
                <td className={`probe-${p.status}`}>{tx.t(`app.result.probeStatus.${p.status}`)}</td>
                <td className="num">{tx.t('app.result.duration', { ms: p.durationMs })}</td>
                <td className="muted">{p.error ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
