import type { PreparedBundle } from '../../diagnostics/bundle/prepare-bundle.js';
import { zipBundle } from '../../diagnostics/bundle/zip-bundle.js';
import { translator, type Lang } from '../../diagnostics/i18n/translator.js';
import type { Report } from '../../diagnostics/schema/report.js';
import type { ConnectorConfig } from '../../diagnostics/tickets/connector-config.js';
import { POLICY_CONNECTOR } from '../../diagnostics/tickets/connector-from-policy.js';
import { draftFromReport } from '../../diagnostics/tickets/draft-from-report.js';
import { describeState } from '../../diagnostics/tickets/outbox/describe-item.js';
import type { OutboxItem } from '../../diagnostics/tickets/outbox/outbox-item.js';
import type { OutboxDeps } from '../../diagnostics/tickets/outbox/outbox.js';
import { submitTicket } from '../../diagnostics/tickets/outbox/submit.js';
import { missingCredential } from '../../diagnostics/tickets/make-connector.js';
import type { SecretStore } from '../../diagnostics/tickets/secrets/secret-store.js';
import { bundleManifestSha256, destinationOf, ticketKey } from '../../diagnostics/tickets/ticket-key.js';
import type { TicketAttachment } from '../../diagnostics/tickets/ticket.js';
import type { TicketPreview } from '../ipc/contract.js';

// The help desk page's engine: the preview is the redacted bundle exactly as it will be sent, the
// send queues that same bundle in the outbox (durably, before any network) and tries once at
// once, as `homeline ticket` does. Without a help desk the bundle can still be saved.

/** The help desk managed policy names: its configuration, or why there is none usable. */
export type HelpDesk = { readonly config: ConnectorConfig } | { readonly config: null; readonly problem: string | null };

export interface HelpdeskPorts {
  /** The last finished check, null before the first. */
  readonly lastReport: () => Report | null;
  /** The redacted bundle of a report (prepareLocalBundle with policy's redaction and the history excerpt). */
  readonly prepare: (report: Report) => Promise<PreparedBundle>;
  /** The help desk from the managed policy (connectorFromPolicy), read each time: policy may change. */
  readonly helpDesk: () => Promise<HelpDesk>;
  readonly outbox: OutboxDeps;
  /** Where the help-desk credential is looked for before a ticket is queued. */
  readonly secrets: SecretStore;
}

/** A bundle ready to travel, and what it was made from. */
interface Made {
  readonly report: Report;
  readonly bundle: PreparedBundle;
  readonly attachment: TicketAttachment;
}

/** The bundle's file name: when the check ran, so several bundles sort by time. */
export function bundleFileName(report: Report): string {
  return `homeline-${report.startedAt.replace(/[:.]/g, '-')}.homeline`;
}

/** What redaction replaced, by kind, for the preview's summary (kinds with nothing replaced left out). */
function redactionsOf(b: PreparedBundle): TicketPreview['redactions'] {
  return Object.entries(b.manifest.redaction.replaced)
    .filter(([, count]) => count > 0)
    .map(([what, count]) => ({ what, count }));
}

/** The user's note above the generated description (the idempotency marker stays the last line). */
function withNote(description: string, note: string): string {
  return note.trim() === '' ? description : `${note.trim()}\n\n${description}`;
}

export class HelpdeskService {
  /** The bundle last shown, so what is sent is exactly what the user saw (same salt, same time). */
  private made: Made | null = null;

  constructor(private readonly ports: HelpdeskPorts) {}

  /** The bundle of the last check, made once per check. */
  private async current(): Promise<Made | null> {
    const report = this.ports.lastReport();
    if (!report) return null;
    if (this.made?.report !== report) {
      const bundle = await this.ports.prepare(report);
      this.made = { report, bundle, attachment: { fileName: bundleFileName(report), contentType: 'application/zip', bytes: zipBundle(bundle) } };
    }
    return this.made;
  }

  /** What would be sent for the last check, null before any check. */
  async preview(): Promise<TicketPreview | null> {
    const made = await this.current();
    if (!made) return null;
    const desk = await this.ports.helpDesk();
    // The ticket speaks the report's language: it is the user's verdict, read by the help desk.
    const draft = draftFromReport(made.report, made.attachment, 'preview', translator(made.report.lang), desk.config?.categories);
    return {
      helpDesk: desk.config !== null,
      helpDeskProblem: desk.config === null ? desk.problem : null,
      to: desk.config ? destinationOf(desk.config) : '',
      subject: draft.subject,
      // The marker line is bookkeeping for retries, not something the user needs to read.
      body: draft.description.split('\n').slice(0, -1).join('\n').trimEnd(),
      fileName: made.attachment.fileName,
      redactions: redactionsOf(made.bundle),
      entries: made.bundle.entries.map((e) => ({ path: e.path, mediaType: e.mediaType, text: e.text })),
    };
  }

  /**
   * Queues the ticket for the last check and tries to send it; the item as it stands afterwards.
   * The key is this bundle at this help desk, so a second click (or a click after a crash) finds
   * the same outbox item and never files a second ticket. A missing credential is a set-up error
   * thrown before anything is queued: the help desk was never contacted.
   */
  async send(note: string): Promise<OutboxItem> {
    const made = await this.current();
    if (!made) throw new Error('there is no check to send yet: run a check first');
    const desk = await this.ports.helpDesk();
    if (!desk.config) throw new Error(desk.problem ?? 'no help desk is configured: save the bundle and send it yourself');
    if (desk.config.kind !== 'email') {
      const secret = desk.config.secret ?? POLICY_CONNECTOR;
      if ((await this.ports.secrets.get(secret)) === undefined) throw new Error(missingCredential(POLICY_CONNECTOR, secret));
    }
    const id = ticketKey(bundleManifestSha256(made.attachment.bytes), desk.config);
    const draft = draftFromReport(made.report, made.attachment, id, translator(made.report.lang), desk.config.categories);
    const submitted = await submitTicket(this.ports.outbox, POLICY_CONNECTOR, desk.config, { ...draft, description: withNote(draft.description, note) });
    // Undefined: another Homeline holds the item right now; it stays queued and is sent from there.
    const item = submitted.item ?? (await this.ports.outbox.store.get(id));
    if (!item) throw new Error(`the outbox has no item ${id} after queueing it`);
    return item;
  }

  /** The zipped bundle of the last check, for saving. */
  async bundle(): Promise<TicketAttachment | null> {
    return (await this.current())?.attachment ?? null;
  }

  /** Every outbox item, oldest first, worded in `lang`. */
  async list(lang: Lang): Promise<{ id: string; createdAt: string; subject: string; state: OutboxItem['state']; description: string; error?: string }[]> {
    const t = translator(lang);
    const { items } = await this.ports.outbox.store.list();
    return items.map((i) => ({
      id: i.id,
      createdAt: i.createdAt,
      subject: i.draft.subject,
      state: i.state,
      description: describeState(i, t),
      ...(i.lastError ? { error: i.lastError } : {}),
    }));
  }
}
