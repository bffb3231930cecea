/** True for http: and https: URLs, the only ones Homeline hands to the user's browser. */
export function isExternalWebUrl(raw: string): boolean {
  try {
    const u = new URL(raw);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

/**
 * Whether the window may navigate to `target`: only within the app's own pages (the same file
 * folder or origin). Links to the web go to the user's browser instead (see `newWindowDecision`).
 */
export function mayNavigate(target: string, appUrlPrefix: string): boolean {
  return target.startsWith(appUrlPrefix) && !target.slice(appUrlPrefix.length).includes('..');
}

/** What to do with a request for a new window: never open one; hand web links to the browser. */
export function newWindowDecision(url: string): { readonly action: 'deny'; readonly openExternally: boolean } {
  return { action: 'deny', openExternally: isExternalWebUrl(url) };
}
