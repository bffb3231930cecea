import { describe, expect, it } from 'vitest';
import { poolConnects, summariseConnects } from '../../../diagnostics/net/tcp/connect-loss.js';

describe('TCP handshake loss', () => {
  it('counts a handshake that needed a retransmission as one lost packet', () => {
    const s = summariseConnects('h', 443, '203.0.113.10', [
      { state: 'open', ms: 20 },
      { state: 'open', ms: 21 },
      { state: 'open', ms: 1021 },
      { state: 'timeout', ms: null },
    ]);
    expect(s).toMatchObject({ sent: 4, answered: 3, retransmitted: 1, lost: 2, lossPct: 50, avgMs: 20.5 });
  });

  it('counts a refusal as an answer and leaves never-answering hosts out of the pool', () => {
    const live = summariseConnects('a', 443, 'a', [{ state: 'refused', ms: 5 }, { state: 'refused', ms: 5 }]);
    const dead = summariseConnects('b', 443, 'b', [{ state: 'timeout', ms: null }]);
    expect(poolConnects([live, dead])).toMatchObject({ sent: 2, received: 2, lossPct: 0, avgRttMs: 5 });
    expect(poolConnects([dead])).toBeNull();
  });
});
