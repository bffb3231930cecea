import { useTexts } from '../app-context.js';
import { PAGES, useUi } from '../state/store.js';
import { pageTitleKey } from './page-title.js';

/** The page menu: buttons (the app has no URLs to go to), the current one marked for screen readers. */
export function Nav() {
  const tx = useTexts();
  const page = useUi((s) => s.page);
  const setPage = useUi((s) => s.setPage);
  return (
    <nav aria-label={tx.t('app.navLabel')} className="nav no-print">
      <ul>
        {PAGES.map((p) => (
          <li key={p}>
            <button type="button" aria-current={p === page ? 'page' : undefined} onClick={() => setPage(p)} data-page={p}>
              {tx.t(pageTitleKey(p))}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
