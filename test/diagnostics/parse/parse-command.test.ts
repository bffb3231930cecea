import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARSE_EXIT, parseCommand } from '../../../diagnostics/cli/pasted-output-command.js';
import { main } from '../../../diagnostics/cli/main.js';

function io(): { out: string[]; err: string[]; io: { stdout: (s: string) => void; stderr: (s: string) => void } } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (s) => out.push(s), stderr: (s) => err.push(s) } };
}

const FR_PING = 'test/fixtures/real/ping/win-fr-temps-space.txt';

describe('homeline parse', () => {
  it('is routed from the CLI and prints the facts as text', async () => {
    const r = io();
    expect(await main(['parse', FR_PING, '--lang', 'en'], r.io)).toBe(0);
    const text = r.out.join('');
    expect(text).toContain('Read as ping (recognised from the text), text decoded as utf-8.');
    expect(text).toContain('  transmitted: 4');
    expect(text).toContain('  rttMs: 0.5, 1, 0.5, 0.5');
    expect(text).toContain('Everything the parser looks for was read.');
  });

  it('speaks German and Swedish', async () => {
    const de = io();
    await parseCommand([FR_PING, '--lang', 'de'], de.io);
    expect(de.out.join('')).toContain('Gelesen als ping (am Text erkannt)');
    const sv = io();
    await parseCommand(['ping', FR_PING, '--lang', 'sv'], sv.io);
    expect(sv.out.join('')).toContain('Läst som ping (som angiven)');
  });

  it('lists what it could not read, and says loss is unknown without counts', async () => {
    const r = io();
    await parseCommand(['test/fixtures/real/ping/win-xx-no-counts.txt', '--lang', 'en'], r.io);
    const text = r.out.join('');
    expect(text).toContain('Not in the text or not readable:');
    expect(text).toContain('  - lossPct: not in the text');
    expect(text).toContain('  rttMs: 14, 15');
  });

  it('reads standard input with -', async () => {
    const r = io();
    const code = await parseCommand(['-', '--json'], r.io, async () => new Uint8Array(Buffer.from('Connected to 02:00:5e:10:00:01 (on wlan0)\n\tSSID: Home\n\tsignal: -60 dBm\n')));
    expect(code).toBe(PARSE_EXIT.ok);
    expect(JSON.parse(r.out.join(''))).toMatchObject({ kind: 'iw-link', detected: true, facts: { ssid: 'Home', signalDbm: -60, phyMode: null } });
  });

  it('says what to ask for when the paste is the airport tool, gone from macOS 14.4 on (written sample)', async () => {
    const r = io();
    const warning =
      'WARNING: The airport command line tool is deprecated and will be removed in a future release.\nFor diagnosing Wi-Fi related issues, use the Wireless Diagnostics app or wdutil command line tool.\n';
    expect(await parseCommand(['-', '--lang', 'en'], r.io, async () => new Uint8Array(Buffer.from(warning)))).toBe(PARSE_EXIT.unrecognised);
    expect(r.err.join('')).toContain('sudo wdutil info');
  });

  it('refuses bad input with a message that names what is wrong', async () => {
    const unknownKind = io();
    expect(await parseCommand(['arp', FR_PING, '--lang', 'en'], unknownKind.io)).toBe(PARSE_EXIT.usage);
    expect(unknownKind.err.join('')).toContain('Unknown kind "arp"');
    const missing = io();
    expect(await parseCommand(['/nonexistent/file.txt', '--lang', 'en'], missing.io)).toBe(PARSE_EXIT.usage);
    expect(missing.err.join('')).toContain('Cannot read /nonexistent/file.txt');
    const dir = mkdtempSync(path.join(tmpdir(), 'hl-parse-'));
    writeFileSync(path.join(dir, 'empty.txt'), '  \n');
    writeFileSync(path.join(dir, 'poem.txt'), 'Roses are red\nviolets are blue\n');
    const empty = io();
    expect(await parseCommand([path.join(dir, 'empty.txt'), '--lang', 'en'], empty.io)).toBe(PARSE_EXIT.usage);
    expect(empty.err.join('')).toContain('The input is empty');
    const poem = io();
    expect(await parseCommand([path.join(dir, 'poem.txt'), '--lang', 'en'], poem.io)).toBe(PARSE_EXIT.unrecognised);
    expect(poem.err.join('')).toContain('not an output Homeline knows');
    const usage = io();
    expect(await parseCommand(['--lang', 'en'], usage.io)).toBe(PARSE_EXIT.usage);
    expect(await parseCommand(['--bogus'], io().io)).toBe(PARSE_EXIT.usage);
  });
});
