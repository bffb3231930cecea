/**
 * The one browser permission the UI needs: writing the ISP call script to the clipboard. Camera,
 * microphone, notifications from the page, geolocation and the rest are refused.
 */
export function allowPermission(permission: string): boolean {
  return permission === 'clipboard-sanitized-write';
}
