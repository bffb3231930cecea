/**
 * Every network name in report data: values of any `ssid` field at any depth (the Wi-Fi probe's
 * link and its neighbours). Collected from the parsed data because no pattern can find a free-form
 * name in raw output; the literal is then masked wherever it appears.
 */
export function collectSsids(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const v of value) collectSsids(v, into);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (/^ssid$/i.test(k) && typeof v === 'string' && v.trim() !== '') into.add(v);
      else collectSsids(v, into);
    }
  }
  return into;
}
