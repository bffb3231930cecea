import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRecording, ReplayError } from '../../diagnostics/platform/replay.js';
import { parseProfile, ProfileError } from '../../diagnostics/profile/load-profile.js';
import { reportSchema } from '../../diagnostics/schema/report.js';
import { fuzzAssert, fuzzAssertAsync } from '../support/fuzz/budget.js';

// Files that arrive from outside: a profile (IT, a ticket), a report or recording (a user's, fed
// back with --replay). Whatever they hold, reading them ends in a value or in the one documented
// error type whose message names the file; never a TypeError, never a hang.

const PROFILE_KEYS = {
  internet: ['pingTargets', 'dnsNames', 'publicResolvers', 'httpsUrls', 'captivePortalUrl'],
  throughput: ['downloadUrl', 'uploadUrl', 'minDownloadMbps', 'minUploadMbps'],
  vpn: ['gateways', 'internalDnsNames', 'internalHosts'],
  citrix: ['storefrontUrl', 'sessionHosts'],
} as const;

const hostile = fc.oneof(
  fc.anything(),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('http://[::1', 'https://x/\u0000', '198.51.100.10\r\nHost: evil', '<script>alert(1)</script>', '../../etc/passwd', '__proto__', -1, 1e308, Number.NaN),
  fc.array(fc.oneof(fc.string(), fc.record({ host: fc.string(), port: fc.oneof(fc.integer(), fc.string()) })), { maxLength: 4 }),
);

/** Objects shaped like a profile: the real section and field names with arbitrary values. */
const profileLike = fc.dictionary(
  fc.constantFrom(...Object.keys(PROFILE_KEYS), '__proto__', 'constructor', 'extra'),
  fc.oneof(
    hostile,
    fc.constantFrom(...Object.values(PROFILE_KEYS)).chain((fields) => fc.dictionary(fc.constantFrom(...fields, '__proto__'), hostile, { maxKeys: 5 })),
  ),
  { maxKeys: 5 },
);

function onlyProfileError(text: string): void {
  try {
    parseProfile(text, 'profile.json');
  } catch (e) {
    expect(e).toBeInstanceOf(ProfileError);
    expect((e as Error).message.startsWith('profile.json: ')).toBe(true);
  }
}

describe('profile parsing', () => {
  it('any text: a profile or a ProfileError naming the file', () => {
    fuzzAssert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), onlyProfileError), 300);
    fuzzAssert(fc.property(fc.jsonValue(), (v) => onlyProfileError(JSON.stringify(v) ?? '')), 300);
  });

  it('profile-shaped objects with hostile values: a profile or a ProfileError naming the field', () => {
    fuzzAssert(fc.property(profileLike, (p) => onlyProfileError(JSON.stringify(p) ?? '')), 500);
  });

  it('deep nesting does not blow the stack into an untyped error', () => {
    onlyProfileError(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    onlyProfileError(`{"internet":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_001)}`);
  });
});

describe('report and recording parsing', () => {
  const dir = process.env.HOMELINE_HOME ?? '';

  it('any JSON as a recording: commands or a ReplayError naming the file', async () => {
    expect(dir).not.toBe('');
    const file = join(dir, 'fuzz-recording.json');
    const recordingLike = fc.oneof(
      fc.jsonValue(),
      fc.record({ raw: fc.array(fc.dictionary(fc.constantFrom('cmd', 'args', 'stdout', 'stderr', 'exitCode'), fc.jsonValue()), { maxLength: 3 }) }),
      fc.record({ commands: fc.array(fc.record({ cmd: fc.string(), args: fc.array(fc.string()), stdout: fc.string({ unit: 'binary' }) }), { maxLength: 3 }) }),
    );
    await fuzzAssertAsync(
      fc.asyncProperty(fc.oneof(recordingLike.map((v) => JSON.stringify(v) ?? ''), fc.string({ unit: 'binary', maxLength: 200 })), async (text) => {
        await writeFile(file, text);
        try {
          const commands = await loadRecording(file);
          for (const c of commands) expect(typeof c.stdout).toBe('string');
        } catch (e) {
          expect(e).toBeInstanceOf(ReplayError);
          expect((e as Error).message.startsWith(`${file}: `)).toBe(true);
        }
      }),
      150,
    );
  });

  it('the report schema answers any JSON with a result, never a throw', () => {
    fuzzAssert(fc.property(fc.jsonValue(), (v) => void expect(typeof reportSchema.safeParse(v).success).toBe('boolean')), 300);
  });
});
