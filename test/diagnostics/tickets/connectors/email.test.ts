import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { emailConnector, openerCommand } from '../../../../diagnostics/tickets/connectors/email.js';
import type { CommandOutput, CommandSpec } from '../../../../diagnostics/platform/command.js';
import { PermanentSendError } from '../../../../diagnostics/tickets/send-errors.js';
import { sampleDraft } from '../sample-draft.js';

/** Splits a MIME message into its parts (enough for the one we write). */
function parts(eml: string, boundary: string): string[] {
  return eml.split(`--${boundary}`).slice(1, -1);
}

describe('email connector', () => {
  it('writes an .eml draft (X-Unsent: 1) with the bundle attached byte for byte, named after the key', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'homeline-mail-'));
    const draft = sampleDraft({ subject: 'Homeline: Störung beim Anbieter – Paketverlust' });
    const opened: CommandSpec[] = [];
    const run = async (spec: CommandSpec): Promise<CommandOutput> => {
      opened.push(spec);
      return { cmd: spec.cmd, args: spec.args, stdout: '', stderr: '', exitCode: 0, signal: null, timedOut: false, truncated: false, durationMs: 1 };
    };
    const connector = emailConnector({ kind: 'email', to: 'helpdesk@example.com', categories: {}, open: true }, dir, 'linux', run, () => new Date('2026-11-23T09:00:00Z'));
    const receipt = await connector.file(draft);
    const file = fileURLToPath(receipt.url!);
    expect(file).toBe(join(dir, 'mail', `${draft.idempotencyKey}.eml`));
    expect(opened).toEqual([{ cmd: 'xdg-open', args: [file] }]);
    const eml = readFileSync(file, 'latin1');
    const [head] = eml.split('\r\n\r\n');
    expect(head).toContain('X-Unsent: 1');
    expect(head).toContain('To: helpdesk@example.com');
    expect(head).toContain('Date: Mon, 23 Nov 2026 09:00:00 +0000');
    const subject = /Subject: (.*(?:\r\n .*)*)/.exec(head!)![1]!;
    const decoded = subject.split('\r\n ').map((w) => Buffer.from(/=\?UTF-8\?B\?(.*)\?=/.exec(w)![1]!, 'base64').toString('utf8')).join('');
    expect(decoded).toBe(draft.subject);
    const boundary = /boundary="([^"]+)"/.exec(head!)![1]!;
    const [text, attachment] = parts(eml, boundary);
    expect(Buffer.from(text!.split('\r\n\r\n')[1]!.replace(/\r\n/g, ''), 'base64').toString('utf8')).toContain(`Homeline-Ticket: ${draft.idempotencyKey}`);
    expect(attachment).toContain('Content-Disposition: attachment; filename="homeline-bundle.zip"');
    const bytes = Buffer.from(attachment!.split('\r\n\r\n')[1]!.replace(/\r\n/g, ''), 'base64');
    expect(bytes.equals(Buffer.from(draft.attachment.bytes))).toBe(true);
    expect(eml.split('\r\n').every((l) => l.length <= 998)).toBe(true);
  });

  it('keeps the draft and says so when no program can open it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'homeline-mail-'));
    const run = async (spec: CommandSpec): Promise<CommandOutput> => ({ cmd: spec.cmd, args: spec.args, stdout: '', stderr: '', exitCode: null, signal: null, timedOut: false, truncated: false, durationMs: 0, spawnError: 'spawn xdg-open ENOENT' });
    const err = await emailConnector({ kind: 'email', to: 'hd@example.com', categories: {}, open: true }, dir, 'linux', run).file(sampleDraft()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermanentSendError);
    expect((err as Error).message).toMatch(/saved as .*\.eml.*ENOENT/);
  });

  it('opens files with each OS’s own opener, never through a shell', () => {
    expect(openerCommand('darwin', '/x.eml')).toEqual({ cmd: 'open', args: ['/x.eml'] });
    expect(openerCommand('win32', 'C:\\x.eml')).toEqual({ cmd: 'explorer.exe', args: ['C:\\x.eml'] });
  });
});
