import type { DefaultRoute } from './default-route.js';

/** Reads `ip -4 route show default`; with several default routes the lowest metric wins. */
export function parseLinuxDefaultRoute(stdout: string): DefaultRoute | null {
  let best: { route: DefaultRoute; metric: number } | null = null;
  for (const line of stdout.split('\n')) {
    const words = line.trim().split(/\s+/);
    if (words[0] !== 'default') continue;
    const after = (key: string): string | null => {
      const i = words.indexOf(key);
      return i >= 0 && i + 1 < words.length ? words[i + 1]! : null;
    };
    const metric = Number(after('metric') ?? '0');
    const route = { gateway: after('via'), interface: after('dev') };
    if (!best || metric < best.metric) best = { route, metric: Number.isFinite(metric) ? metric : 0 };
  }
  return best?.route ?? null;
}
