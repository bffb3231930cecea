import type { Page } from '../state/store.js';

/** The text key of a page's name in the menu and the window title (the drop-outs page's lives in its own section). */
export function pageTitleKey(p: Page): string {
  return p === 'dropouts' ? 'dropoutsApp.nav' : `app.nav.${p}`;
}
