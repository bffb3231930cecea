import { useEffect } from 'react';
import { TransportContext, useTexts } from './app-context.js';
import { Nav } from './parts/nav.js';
import { StatusPill } from './parts/status-pill.js';
import { CheckPage } from './pages/check-page.js';
import { IspPage } from './pages/isp-page.js';
import { SettingsPage } from './pages/settings-page.js';
import { HistoryPage } from './pages/history-page.js';
import { DropoutsPage } from './pages/dropouts-page.js';
import { pageTitleKey } from './parts/page-title.js';
import { HelpdeskPage } from './pages/helpdesk-page.js';
import { BundlePage } from './pages/bundle-page.js';
import { setFeatures } from './state/features.js';
import { useUi, type Page } from './state/store.js';
import type { Transport } from './transport/transport.js';
import { Brand } from './parts/brand.js';

const PAGE_VIEW: Readonly<Record<Page, () => React.JSX.Element>> = {
  check: CheckPage,
  isp: IspPage,
  helpdesk: HelpdeskPage,
  dropouts: DropoutsPage,
  history: HistoryPage,
  bundle: BundlePage,
  settings: SettingsPage,
};

/** Loads what the main process knows (info, settings, last check) and listens to its events. */
function useMainProcess(transport: Transport): void {
  useEffect(() => {
    const ui = useUi.getState();
    const off = transport.onEvent(ui.apply);
    void (async () => {
      const [info, settings, last, pending] = await Promise.all([
        transport.invoke('app.info', {}),
        transport.invoke('settings.get', {}),
        transport.invoke('check.last', {}),
        transport.invoke('window.pendingPage', {}),
      ]);
      ui.setInfo({ version: info.version, systemLang: info.systemLang, transport: info.transport });
      setFeatures(info.features);
      ui.setSettings(settings.settings, settings.persisted, settings.locked);
      ui.setLast(last.report, last.level, last.running);
      if (pending.page) ui.setPage(pending.page);
    })().catch((e: unknown) => ui.setLoadError(e instanceof Error ? e.message : String(e)));
    return off;
  }, [transport]);
}

function Shell() {
  const tx = useTexts();
  const page = useUi((s) => s.page);
  const level = useUi((s) => s.level);
  const checking = useUi((s) => s.phase === 'running');
  const version = useUi((s) => s.version);
  const loadError = useUi((s) => s.loadError);
  useEffect(() => {
    document.documentElement.lang = tx.lang;
    document.title = `${tx.t(pageTitleKey(page))} – Homeline`;
  }, [tx, page]);
  const View = PAGE_VIEW[page];
  return (
    <div className="shell">
      <a className="skip" href="#main">
        {tx.t('app.skipToContent')}
      </a>
      <header className="topbar no-print">
        <Brand title={tx.t('app.name')} />
        <StatusPill level={level} checking={checking} />
      </header>
      <div className="layout">
        <Nav />
        <main id="main" tabIndex={-1} data-page={page}>
          {loadError ? (
            <p className="card alert" role="alert">
              {tx.t('app.common.error', { message: loadError })}
            </p>
          ) : null}
          <View key={page} />
        </main>
      </div>
      <footer className="footer no-print">{version ? tx.t('app.common.footer', { version }) : null}</footer>
    </div>
  );
}

/** The whole UI, given the transport to the main process. */
export function App({ transport }: { transport: Transport }) {
  useMainProcess(transport);
  return (
    <TransportContext.Provider value={transport}>
      <Shell />
    </TransportContext.Provider>
  );
}
