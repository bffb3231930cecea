import { afterEach, describe, expect, it } from 'vitest';
import { discoverNatBehaviour } from '../../../../diagnostics/net/stun/rfc5780.js';
import { startRfc5780Responder, type Rfc5780Options, type Rfc5780Responder } from '../../../support/rfc5780-responder.js';

// RFC 5780 §4.3/§4.4 on loopback (127.0.0.1 and 127.0.0.2): the responder plays the NAT's
// mapping (ports it reports) and filtering (answers it lets through), so each outcome of the
// decision tree can be reached.

let responder: Rfc5780Responder | undefined;
afterEach(async () => {
  await responder?.close();
  responder = undefined;
});

const run = async (o: Rfc5780Options = {}) => {
  responder = await startRfc5780Responder(o);
  return discoverNatBehaviour(responder.primary, { attempts: 2, retransmitMs: 100, signal: new AbortController().signal });
};

describe('RFC 5780 behaviour discovery', () => {
  it('finds endpoint-independent mapping and filtering where nothing translates or filters', async () => {
    const r = await run();
    expect(r).toMatchObject({ supported: true, mapping: 'endpoint-independent', filtering: 'endpoint-independent' });
    expect(r.otherAddress?.address).toBe('127.0.0.2');
  });

  it('tells address-dependent from address-and-port-dependent mapping', async () => {
    // Another port per destination IP only (sockets 0/2 on A, 1/3 on B).
    expect((await run({ mappedPort: (i, real) => real + (i % 2) })).mapping).toBe('address-dependent');
    await responder?.close();
    // Another port per destination IP and port.
    expect((await run({ mappedPort: (i, real) => real + i })).mapping).toBe('address-and-port-dependent');
  });

  it('tells the three filtering behaviours by which changed answers get through', async () => {
    // Only answers from the address asked (socket 0) pass: port- and address-dependent.
    expect((await run({ deliver: (i) => i === 0 })).filtering).toBe('address-and-port-dependent');
    await responder?.close();
    // Answers from the same IP pass (sockets 0 and 2).
    expect((await run({ deliver: (i) => i % 2 === 0 })).filtering).toBe('address-dependent');
  });

  it('says unsupported without OTHER-ADDRESS, and unknown when the server ignores CHANGE-REQUEST', async () => {
    expect(await run({ noOtherAddress: true })).toMatchObject({ supported: false, mapping: 'unknown', filtering: 'unknown' });
    await responder?.close();
    expect((await run({ ignoreChange: true })).filtering).toBe('unknown');
  });
});
