import { useState, type FormEvent } from 'react';
import type { SettingKey, Settings } from '../../../electron/ipc/contract.js';
import { useTexts, useTransport } from '../app-context.js';
import { PageHeading } from '../parts/page-heading.js';
import { useUi } from '../state/store.js';

/** A speed field's text as a number, null when empty, undefined when it is not a valid speed. */
export function parseSpeed(text: string): number | null | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) && n > 0 && n <= 100_000 ? n : undefined;
}

/** Settings: language (applies at once), the user's ISP and contract speeds, start and background checks. */
export function SettingsPage() {
  const tx = useTexts();
  const transport = useTransport();
  const { settings, settingsPersisted, settingsLocked, systemLang, setSettings } = useUi();
  const desktop = transport.kind === 'electron';
  const isLocked = (k: SettingKey): boolean => settingsLocked.includes(k);
  // A locked setting is shown with its value, disabled, and says who set it.
  const lockNote = (k: SettingKey, id: string) =>
    isLocked(k) ? <p id={`${id}-locked`} className="muted small">{tx.t('app.settings.locked')}</p> : null;
  const [customerNumber, setCustomerNumber] = useState(settings?.customerNumber ?? '');
  const [lineId, setLineId] = useState(settings?.lineId ?? '');
  const [ispName, setIspName] = useState(settings?.ispName ?? '');
  const [down, setDown] = useState(settings?.contractDownMbps?.toString() ?? '');
  const [up, setUp] = useState(settings?.contractUpMbps?.toString() ?? '');
  const [startAtLogin, setStartAtLogin] = useState(settings?.startAtLogin ?? false);
  const [background, setBackground] = useState(settings?.backgroundChecks ?? true);
  const [monitor, setMonitor] = useState(settings?.monitor ?? true);
  // Kept as data and worded at render time, so a language switch re-words it too.
  const [status, setStatus] = useState<{ kind: 'saved' } | { kind: 'error'; message: string } | null>(null);
  const save = (patch: Partial<Settings>): void => {
    transport.invoke('settings.set', patch).then(
      (r) => {
        setSettings(r.settings, r.persisted, r.locked);
        setStatus({ kind: 'saved' });
      },
      (e: unknown) => setStatus({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  };
  const downN = parseSpeed(down);
  const upN = parseSpeed(up);
  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    if (downN === undefined || upN === undefined) return;
    // Locked settings are left out: the main process refuses a change to them.
    save({
      ispName,
      contractDownMbps: downN,
      contractUpMbps: upN,
      customerNumber,
      lineId,
      ...(isLocked('startAtLogin') ? {} : { startAtLogin }),
      ...(isLocked('backgroundChecks') ? {} : { backgroundChecks: background }),
      ...(isLocked('monitor') ? {} : { monitor }),
    });
  };
  return (
    <section aria-labelledby="settings-title">
      <PageHeading id="settings-title">{tx.t('app.settings.title')}</PageHeading>
      <form className="card form" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="lang">{tx.t('app.settings.language')}</label>
          <select
            id="lang"
            value={settings?.lang ?? 'system'}
            onChange={(e) => save({ lang: e.target.value as Settings['lang'] })}
            disabled={isLocked('lang')}
            aria-describedby={isLocked('lang') ? 'lang-locked' : undefined}
            data-testid="lang-select"
          >
            <option value="system">{tx.t('app.settings.system', { lang: tx.t(`app.langName.${systemLang}`) })}</option>
            <option value="en" lang="en">English</option>
            <option value="de" lang="de">Deutsch</option>
            <option value="sv" lang="sv">Svenska</option>
          </select>
          {lockNote('lang', 'lang')}
        </div>
        <div className="field">
          <label htmlFor="isp">{tx.t('app.settings.ispName')}</label>
          <input id="isp" value={ispName} maxLength={80} onChange={(e) => setIspName(e.target.value)} aria-describedby="isp-hint" autoComplete="off" />
          <p id="isp-hint" className="muted small">{tx.t('app.settings.ispNameHint')}</p>
        </div>
        <div className="field-row">
          {(
            [
              ['down', down, setDown, downN, 'app.settings.contractDown'],
              ['up', up, setUp, upN, 'app.settings.contractUp'],
            ] as const
          ).map(([id, value, setValue, parsed, label]) => (
            <div className="field" key={id}>
              <label htmlFor={`speed-${id}`}>{tx.t(label)}</label>
              <input
                id={`speed-${id}`}
                inputMode="decimal"
                value={value}
                onChange={(e) => setValue(e.target.value)}
                aria-invalid={parsed === undefined}
                aria-describedby={parsed === undefined ? `speed-${id}-error` : undefined}
              />
              {parsed === undefined ? (
                <p id={`speed-${id}-error`} className="error small">{tx.t('app.settings.invalidNumber')}</p>
              ) : null}
            </div>
          ))}
        </div>
        {(
          [
            ['customer', customerNumber, setCustomerNumber, 'app.settings.customerNumber'],
            ['line', lineId, setLineId, 'app.settings.lineId'],
          ] as const
        ).map(([id, value, setValue, label]) => (
          <div className="field" key={id}>
            <label htmlFor={`${id}-id`}>{tx.t(label)}</label>
            <input id={`${id}-id`} value={value} maxLength={200} onChange={(e) => setValue(e.target.value)} aria-describedby="line-hint" autoComplete="off" />
          </div>
        ))}
        <p id="line-hint" className="muted small">{tx.t('app.settings.lineHint')}</p>
        {(
          [
            ['login', 'startAtLogin', startAtLogin, setStartAtLogin, 'app.settings.startAtLogin'],
            ['bg', 'backgroundChecks', background, setBackground, 'app.settings.backgroundChecks'],
            ['monitor', 'monitor', monitor, setMonitor, 'dropoutsApp.setting'],
          ] as const
        ).map(([id, key, checked, setChecked, label]) => (
          <div className="field check" key={id}>
            <input
              id={id}
              type="checkbox"
              checked={checked}
              disabled={!desktop || isLocked(key)}
              onChange={(e) => setChecked(e.target.checked)}
              aria-describedby={[desktop ? '' : 'desktop-only', isLocked(key) ? `${id}-locked` : ''].filter(Boolean).join(' ') || undefined}
            />
            <label htmlFor={id}>{tx.t(label)}</label>
            {lockNote(key, id)}
          </div>
        ))}
        {desktop ? null : <p id="desktop-only" className="muted small">{tx.t('app.settings.desktopOnly')}</p>}
        <div className="actions">
          <button type="submit" className="primary">{tx.t('app.settings.save')}</button>
          <p role="status" className="muted">
            {status?.kind === 'saved'
              ? tx.t('app.settings.saved')
              : status?.kind === 'error'
                ? tx.t('app.common.error', { message: status.message })
                : ''}
          </p>
        </div>
        {settingsPersisted ? null : <p className="note small">{tx.t('app.settings.notPersisted')}</p>}
      </form>
    </section>
  );
}
