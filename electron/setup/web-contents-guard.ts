import { app, session, shell } from 'electron';
import { mayNavigate, newWindowDecision } from '../window/navigation-guard.js';
import { allowPermission } from '../window/permissions.js';

/**
 * Locks down every web page the app ever creates: no navigation away from the app, no new
 * windows (web links go to the user's browser), no <webview>, no permissions but the clipboard.
 */
export function setupWebContentsGuard(appUrlPrefix: string): void {
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!mayNavigate(url, appUrlPrefix)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!mayNavigate(url, appUrlPrefix)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (newWindowDecision(url).openExternally) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(allowPermission(permission)));
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => allowPermission(permission));
}
