import { useEffect, useState } from 'react';
import type { Report } from '../../../diagnostics/schema/report.js';
import { useTexts, useTransport } from '../app-context.js';
import { CallTicksForm } from '../parts/call-ticks-form.js';
import { PageHeading } from '../parts/page-heading.js';
import { confirmationsOf, ticksFor, useCallTicks } from '../state/call-ticks.js';
import { useUi } from '../state/store.js';

type Kit = NonNullable<Report['ispCall']>;

/**
 * The kit as the main process rebuilds it for what the user ticked (channel `isp.kit`): every tick
 * changes the script at once. Until the first answer, and when a call fails, the report's own kit
 * (which claims nothing) is shown; a refused tick (a restart after the check) says why.
 */
function useLiveKit(report: Report | null): { kit: Kit | undefined; error: string | null } {
  const tx = useTexts();
  const transport = useTransport();
  const check = report?.startedAt ?? '';
  const ticks = useCallTicks((s) => ticksFor(s, check));
  const key = JSON.stringify(confirmationsOf(ticks));
  const [live, setLive] = useState<{ for: string; kit: Kit | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const wanted = `${check}|${tx.lang}|${key}`;
  const hasKit = report?.ispCall !== undefined;
  useEffect(() => {
    if (!hasKit) return undefined;
    let current = true;
    transport.invoke('isp.kit', { check, confirmations: JSON.parse(key) as ReturnType<typeof confirmationsOf> }).then(
      (r) => {
        if (!current) return;
        setLive({ for: wanted, kit: r.kit });
        setError(null);
      },
      (e: unknown) => current && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      current = false;
    };
  }, [transport, hasKit, check, key, wanted]);
  const fresh = live !== null && live.for.startsWith(`${check}|`) ? live.kit : null;
  return { kit: fresh ?? report?.ispCall, error };
}

/** The ISP call kit: what was done and what to do before calling, what to say, copy and print. */
export function IspPage() {
  const tx = useTexts();
  const report = useUi((s) => s.report);
  const settings = useUi((s) => s.settings);
  const check = report?.startedAt ?? '';
  const ticks = useCallTicks((s) => ticksFor(s, check));
  const setTicks = useCallTicks((s) => s.set);
  const { kit, error } = useLiveKit(report);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = (text: string): void => {
    navigator.clipboard.writeText(text).then(
      () => setCopyState('copied'),
      () => setCopyState('failed'),
    );
  };
  const checklist: { text: string; confirm?: string; done?: boolean }[] =
    kit?.sections?.find((s) => s.id === 'checklist')?.items ?? kit?.checklist.map((text) => ({ text })) ?? [];
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
          <CallTicksForm ticks={ticks} onChange={(next) => setTicks(check, next)} />
          {error ? (
            <p className="card alert" role="alert" data-testid="isp-done-error">
              {error}
            </p>
          ) : null}
          <section className="card" aria-labelledby="isp-checklist">
            <h2 id="isp-checklist">{tx.t('app.isp.checklist')}</h2>
            <ul className="checklist" data-testid="isp-checklist">
              {checklist.map((item) => (
                <li key={item.text}>
                  <label>
                    {/* Confirmable steps show what the form above says; the others are the user's own reminders. */}
                    {item.confirm ? <input type="checkbox" checked={item.done === true} disabled /> : <input type="checkbox" />}{' '}
                    <span>{item.text}</span>
                  </label>
                </li>
              ))}
            </ul>
          </section>
          <section className="card" aria-labelledby="isp-script">
            <h2 id="isp-script">{tx.t('app.isp.script')}</h2>
            <div className="script" data-testid="isp-script" aria-live="polite">
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
