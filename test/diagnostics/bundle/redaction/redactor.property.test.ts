import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareBundle } from '../../../../diagnostics/bundle/prepare-bundle.js';
import { zipBundle } from '../../../../diagnostics/bundle/zip-bundle.js';
import { allFixtureFiles, containsToken, emptyReport, readFixture, unzipTexts } from '../bundle-test-kit.js';

const FIXTURES = allFixtureFiles().map(readFixture);

const octet = fc.integer({ min: 0, max: 255 });
const hexByte = octet.map((b) => b.toString(16).padStart(2, '0'));
/** A MAC as some tool prints it; never all-zero or broadcast (those stay on purpose). */
const mac = fc
  .tuple(fc.array(hexByte, { minLength: 6, maxLength: 6 }), fc.constantFrom(':', '-', '\\:'), fc.boolean())
  .filter(([b]) => !b.every((x) => x === '00') && !b.every((x) => x === 'ff'))
  .map(([b, sep, upper]) => (upper ? b.join(sep).toUpperCase() : b.join(sep)));
/** A public unicast IPv4 address (first octets outside every kept range). */
const publicV4 = fc
  .tuple(fc.integer({ min: 1, max: 223 }), octet, octet, octet)
  .filter(([a, b, c]) => ![0, 10, 127].includes(a) && !(a === 100 && b >= 64 && b < 128) && !(a === 169 && b === 254) && !(a === 172 && b >= 16 && b < 32) && !(a === 192 && (b === 168 || (b === 0 && (c === 0 || c === 2)))) && !(a === 198 && (b === 18 || b === 19 || (b === 51 && c === 100))) && !(a === 203 && b === 0 && c === 113))
  .map((o) => o.join('.'));
/** A global IPv6 address in 2000::/3, outside the documentation prefix, written in full. */
const publicV6 = fc
  .tuple(fc.integer({ min: 0x2000, max: 0x3fff }), fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 7, maxLength: 7 }))
  .filter(([g0, [g1]]) => !(g0 === 0x2001 && g1 === 0xdb8))
  .map(([g0, rest]) => [g0, ...rest].map((g) => g.toString(16)).join(':'));
/** A user or host name: letters first, then letters, digits or hyphens. */
const name = fc.stringMatching(/^[a-z][a-z0-9-]{3,11}[a-z0-9]$/);

describe('property: values inserted into real command output never survive in the bundle', () => {
  it('MACs, public IPv4/IPv6 addresses, user, host and home folder names', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: FIXTURES.length - 1 }),
        fc.array(fc.oneof(mac, publicV4, publicV6), { minLength: 1, maxLength: 6 }),
        name,
        name,
        fc.nat(),
        async (fixtureIndex, secrets, user, host, at) => {
          fc.pre(user !== host && !host.includes(user) && !user.includes(host));
          const lines = (FIXTURES[fixtureIndex] ?? '').split('\n');
          const insertAt = lines.length === 0 ? 0 : at % lines.length;
          const inserted = [`reply from ${secrets.join(' and ')} for ${user}@${host}.example.org in /home/${user}/work`];
          const stdout = [...lines.slice(0, insertAt), ...inserted, ...lines.slice(insertAt)].join('\n');
          const report = emptyReport({
            findings: [{ id: 'x', segment: 'isp', severity: 'problem', title: `Loss at ${secrets[0]}`, evidence: inserted, steps: [] }],
            raw: [{ probe: 'p', cmd: 'tool', args: [secrets[0] ?? ''], exitCode: 0, stdout, stderr: inserted[0] ?? '' }],
          });
          const prepared = await prepareBundle({
            report, history: [{ at: '2026-11-01T00:00:00Z', figures: { host: `${host}.example.org` } }], createdAt: new Date('2026-11-23T09:00:00Z'),
            app: { name: 'Homeline', version: '0.1.0' }, os: { platform: 'linux', release: '6.1', arch: 'x64' },
            redaction: { level: 'standard', ssid: 'hash' }, salt: 'property', identity: { userName: user, hostName: `${host}.example.org`, homeDir: `/home/${user}` },
          });
          for (const [entry, text] of unzipTexts(zipBundle(prepared))) {
            for (const s of [...secrets, user, host]) {
              if (containsToken(text, s, true)) throw new Error(`${s} survived in ${entry}`);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000); // 150 whole bundles: no speed target here (see test/bench/bundle-bench.ts), just room on a busy machine

  it('the check itself can fail: with redaction off the inserted values are found', async () => {
    const prepared = await prepareBundle({
      report: emptyReport({ raw: [{ probe: 'p', cmd: 'tool', args: [], exitCode: 0, stdout: 'from 8.8.4.4 3c:a0:67:5e:21:0b', stderr: '' }] }),
      createdAt: new Date('2026-11-23T09:00:00Z'), app: { name: 'Homeline', version: '0.1.0' }, os: { platform: 'linux', release: '6.1', arch: 'x64' },
      redaction: { level: 'off', ssid: 'keep' }, salt: 'x', identity: {},
    });
    const raw = [...unzipTexts(zipBundle(prepared))].find(([p]) => p.startsWith('raw/'))?.[1] ?? '';
    expect(containsToken(raw, '8.8.4.4')).toBe(true);
    expect(containsToken(raw, '3c:a0:67:5e:21:0b')).toBe(true);
  });
});
