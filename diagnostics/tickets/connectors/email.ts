import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CommandRunner, CommandSpec } from '../../platform/command.js';
import type { OsKind } from '../../platform/os-kind.js';
import type { Connector } from '../connector.js';
import type { ConnectorConfig } from '../connector-config.js';
import { atomicSafeName } from '../outbox/outbox-paths.js';
import { writeFileAtomic } from '../../platform/atomic-write.js';
import { buildEml } from '../eml.js';
import { PermanentSendError } from '../send-errors.js';
import type { TicketDraft, TicketReceipt } from '../ticket.js';

type Config = Extract<ConnectorConfig, { kind: 'email' }>;

/** The OS's "open this file with its default program" command, as data. */
export function openerCommand(os: OsKind, file: string): CommandSpec {
  switch (os) {
    case 'darwin':
      return { cmd: 'open', args: [file] };
    case 'win32':
      // explorer.exe hands the file to its registered program (Outlook for .eml) without a shell.
      return { cmd: 'explorer.exe', args: [file] };
    case 'linux':
      return { cmd: 'xdg-open', args: [file] };
  }
}

/**
 * Email: `mailto:` cannot carry an attachment, so the ticket becomes an `.eml` draft in
 * homelineDataDir()/mail/ that the user's mail program opens (X-Unsent: 1) for the user to send.
 * Idempotency: the file is named after the key, so a retry rewrites the same draft; a crash after
 * opening but before the outbox recorded it opens the same draft once more, never a second mail.
 */
export function emailConnector(config: Config, dataDir: string, os: OsKind, run: CommandRunner, now: () => Date = () => new Date()): Connector {
  return {
    kind: 'email',
    async file(d: TicketDraft): Promise<TicketReceipt> {
      const dir = join(dataDir, 'mail');
      await mkdir(dir, { recursive: true });
      const file = join(dir, `${atomicSafeName(d.idempotencyKey)}.eml`);
      await writeFileAtomic(file, buildEml(d, { to: config.to, ...(config.from ? { from: config.from } : {}) }, now()));
      if (config.open) {
        const out = await run(openerCommand(os, file));
        // explorer.exe exits 1 even when it opened the file; only a missing opener is a failure.
        if (out.spawnError !== undefined) {
          throw new PermanentSendError(`The mail draft is saved as ${file}, but no program could open it (${out.spawnError}).`);
        }
      }
      return { id: file, url: pathToFileURL(file).href };
    },
  };
}
