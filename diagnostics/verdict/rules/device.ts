import type { FindingDraft, Rule } from '../finding-draft.js';

/** The computer itself: an adapter up, an address, a default route. */
export const deviceRule: Rule = (e) => {
  const a = e.adapters;
  if (!a?.state || a.state === 'ok' || a.state === 'unknown') return [];
  const adapters = a.adapters ?? [];
  const nonLoop = adapters.filter((x) => x.kind !== 'loopback');
  const draft = (id: FindingDraft['id'], evidence: FindingDraft['evidence']): FindingDraft[] => [
    { id, segment: 'device', severity: 'problem', evidence },
  ];
  switch (a.state) {
    case 'no-adapter':
      return draft('device.no-adapter', [
        { key: 'noAdapter', vars: { adapters: nonLoop.map((x) => `${x.name}: ${x.up ? 'up' : 'down'}`).join(', ') || '—' } },
      ]);
    case 'no-address': {
      const up = nonLoop.filter((x) => x.up);
      const selfAssigned = up.find((x) => x.selfAssigned);
      if (selfAssigned) {
        const address = selfAssigned.ipv4.find((ip) => ip.startsWith('169.254.')) ?? '169.254.x.x';
        return draft('device.no-address', [{ key: 'selfAssigned', vars: { iface: selfAssigned.name, address } }]);
      }
      return draft('device.no-address', up.map((x) => ({ key: 'noAddress' as const, vars: { iface: x.name } })));
    }
    case 'no-route':
      return draft('device.no-default-route', [{ key: 'noRoute' }]);
  }
};
