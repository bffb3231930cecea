import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/window/csp.js';
import { isExternalWebUrl, mayNavigate, newWindowDecision } from '../../../electron/window/navigation-guard.js';
import { allowPermission } from '../../../electron/window/permissions.js';
import { mainWindowOptions } from '../../../electron/window/window-options.js';
import { repoRoot } from '../../lab/repo-root.js';

const APP = 'file:///opt/homeline/resources/app/dist/renderer/';

describe('the main window', () => {
  it('keeps every security switch on, explicitly', () => {
    const o = mainWindowOptions({ preload: '/app/dist/electron/preload.cjs', devTools: false, dark: false });
    expect(o.webPreferences).toEqual({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
    expect(o.show).toBe(false);
  });

  it('matches its first paint to the theme, so dark mode does not flash white', () => {
    expect(mainWindowOptions({ preload: 'p', devTools: false, dark: true }).backgroundColor).not.toBe(
      mainWindowOptions({ preload: 'p', devTools: false, dark: false }).backgroundColor,
    );
  });
});

describe('navigation and links', () => {
  it('allows navigation only within the app', () => {
    expect(mayNavigate(`${APP}index.html`, APP)).toBe(true);
    expect(mayNavigate('https://example.com/', APP)).toBe(false);
    expect(mayNavigate('file:///etc/passwd', APP)).toBe(false);
    expect(mayNavigate(`${APP}../../secret.html`, APP)).toBe(false);
  });

  it('never opens a window; hands only http(s) links to the browser', () => {
    expect(newWindowDecision('https://www.example.com/status')).toEqual({ action: 'deny', openExternally: true });
    expect(newWindowDecision('http://router.local/')).toEqual({ action: 'deny', openExternally: true });
    for (const bad of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'ms-settings:network', 'https://user:pw@example.com/', 'not a url']) {
      expect(newWindowDecision(bad), bad).toEqual({ action: 'deny', openExternally: false });
      expect(isExternalWebUrl(bad), bad).toBe(false);
    }
  });

  it('grants the clipboard write and nothing else', () => {
    expect(allowPermission('clipboard-sanitized-write')).toBe(true);
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fileSystem']) expect(allowPermission(p), p).toBe(false);
  });
});

describe('the content security policy', () => {
  it('allows only the app’s own files: no inline or eval script, no framing', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('is the same in renderer/index.html (less frame-ancestors, which a meta tag cannot carry)', () => {
    const html = readFileSync(join(repoRoot(), 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    const expected = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');
    expect(meta).toBe(expected);
  });
});
