/**
 * The UI's Content Security Policy: its own scripts and styles only, no eval, no inline script,
 * no plugins, no framing, no forms posting elsewhere. `connect-src 'self'` lets the browser
 * transport reach its own server and nothing else. The same policy is in renderer/index.html
 * (for file:// in Electron) and sent as a header by the browser transport; a test keeps them equal.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
