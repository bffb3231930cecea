import { useState } from 'react';
import { useTexts } from '../app-context.js';
import { PageHeading } from '../parts/page-heading.js';
import { useUi } from '../state/store.js';

/** The ISP call kit: what to do before calling, what to say, copy and print. */
export function IspPage() {
  const tx = useTexts();
  const report = useUi((s) => s.report);
  const settings = useUi((s) => s.settings);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const kit = report?.ispCall;
  const copy = (text: string): void => {
    navigator.clipboard.writeText(text).then(
      () => setCopyState('copied'),
      () => setCopyState('failed'),
    );
  };
  return (
    <section aria-labelledby="isp-title" className="isp-kit">
      <PageHeading id="isp-title">{tx.t('app.isp.title')}</PageHeading>
      {!report ? <p className="card">{tx.t('app.isp.noReport')}</p> : null}
      {report && !kit ? <p className="card">{tx.t('app.isp.notIsp')}</p> : null}
      {report && kit ? (
        <>
          <p className="lead">{tx.t('app.isp.intro')}</p>
          <p className="muted">{tx.t('app.isp.measuredAt', { time: tx.dateTime(report.startedAt) })}</p>
          <div className="card verdict verdict-degraded">
            <h2>{report.verdict.headline}</h2>
            <p>{report.verdict.summary}</p>
          </div>
          <section className="card" aria-labelledby="isp-line" data-testid="isp-line">
            <h2 id="isp-line">{tx.t('app.isp.yourLine')}</h2>
            {settings?.ispName ? <p>{tx.t('app.isp.provider', { name: settings.ispName })}</p> : null}
            {settings?.contractDownMbps ? <p>{tx.t('app.isp.contractDown', { speed: settings.contractDownMbps })}</p> : null}
            {settings?.contractUpMbps ? <p>{tx.t('app.isp.contractUp', { speed: settings.contractUpMbps })}</p> : null}
            {!settings?.ispName && !settings?.contractDownMbps ? <p className="muted">{tx.t('app.isp.addInSettings')}</p> : null}
          </section>
          <section className="card" aria-labelledby="isp-checklist">
            <h2 id="isp-checklist">{tx.t('app.isp.checklist')}</h2>
            <ul className="checklist" data-testid="isp-checklist">
              {kit.checklist.map((item) => (
                <li key={item}>
                  <label>
                    <input type="checkbox" /> <span>{item}</span>
                  </label>
                </li>
              ))}
            </ul>
          </section>
          <section className="card" aria-labelledby="isp-script">
            <h2 id="isp-script">{tx.t('app.isp.script')}</h2>
            <div className="script" data-testid="isp-script">
              {kit.script.split('\n').filter((l) => l.trim() !== '').map((line) => (
                <p key={line}>{line}</p>
              ))}
            </div>
            <div className="actions no-print">
              <button type="button" className="primary" onClick={() => copy(kit.script)}>
                {tx.t('app.isp.copy')}
              </button>
              <button type="button" className="secondary" onClick={() => window.print()}>
                {tx.t('app.isp.print')}
              </button>
            </div>
            <p role="status" className="muted">
              {copyState === 'copied' ? tx.t('app.isp.copied') : copyState === 'failed' ? tx.t('app.isp.copyFailed') : ''}
            </p>
          </section>
        </>
      ) : null}
    </section>
  );
}
