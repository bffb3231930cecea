import { z } from 'zod';
import { ispCallSchema, reportSchema, segmentSchema } from '../../diagnostics/schema/report.js';
import { ispConfirmationsSchema } from '../../diagnostics/report/isp-call-confirmations.js';

// The one contract between the main process and the UI: every channel with the schema of its
// request and response, and every event the main process pushes. Main (ipc-main-bridge.ts),
// preload and renderer, and the browser transport (browser/ui-server.ts) all derive from this
// file. It imports no Node built-in and no Electron, so the renderer bundles it as it is.

/** The languages of the UI (the engine's LANGS, repeated here so this file stays Node-free). */
export const uiLangSchema = z.enum(['en', 'de', 'sv']);
export type UiLang = z.infer<typeof uiLangSchema>;

/** What the tray icon shows: the last result, or that a check is running. */
export const trayLevelSchema = z.enum(['unknown', 'good', 'degraded', 'down']);
export type TrayLevel = z.infer<typeof trayLevelSchema>;

/** The pages the tray (its menu, a notification) can open in the window. */
export const trayPageSchema = z.enum(['check', 'isp', 'helpdesk', 'dropouts']);
export type TrayPage = z.infer<typeof trayPageSchema>;

/** A feature whose store or engine part does not exist in this version: the UI says so honestly. */
export const unavailableSchema = z.object({ available: z.literal(false), reason: z.literal('not-in-this-version') });
export type Unavailable = z.infer<typeof unavailableSchema>;

/** A response that is either the feature's data or the honest "not in this version". */
function orUnavailable<S extends z.ZodRawShape>(available: z.ZodObject<S>) {
  // Typed by the shape, not by ZodObject in general, so the answer's fields stay known to callers.
  return z.discriminatedUnion('available', [z.object({ ...available.shape, available: z.literal(true) }), unavailableSchema]);
}

const empty = z.object({}).strict();

/** The user's own settings. Speeds in Mbit/s; `lang: 'system'` follows the operating system. */
export const settingsSchema = z.object({
  lang: z.enum(['system', ...uiLangSchema.options]),
  ispName: z.string().trim().max(80),
  contractDownMbps: z.number().positive().max(100_000).nullable(),
  contractUpMbps: z.number().positive().max(100_000).nullable(),
  /** The customer number and line id the ISP knows the user by; the call kit cites them. */
  customerNumber: z.string().trim().max(200),
  lineId: z.string().trim().max(200),
  startAtLogin: z.boolean(),
  backgroundChecks: z.boolean(),
  /** The connection monitor while the app runs (drop-outs into history); policy key monitorEnabled. */
  monitor: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

/** A setting's name, for the list of those managed policy locks. */
export const settingKeySchema = settingsSchema.keyof();
export type SettingKey = z.infer<typeof settingKeySchema>;

/**
 * Settings, whether they survive a restart, and which of them managed policy locks (the UI shows
 * those read-only; a change to one is refused).
 */
const settingsResult = z.object({ settings: settingsSchema, persisted: z.boolean(), locked: z.array(settingKeySchema) });

/** One past check, as the history chart needs it. */
export const historyEntrySchema = z.object({
  startedAt: z.iso.datetime(),
  segment: segmentSchema,
  lossPct: z.number().min(0).max(100).nullable(),
  latencyMs: z.number().nonnegative().nullable(),
  downMbps: z.number().nonnegative().nullable(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** The connection monitor right now (electron/monitor/monitor-state.ts). */
export const monitorStateSchema = z.object({
  status: z.enum(['off', 'starting', 'watching', 'paused', 'unavailable']),
  paused: z.enum(['power-saver', 'metered', 'woke-up']).nullable(),
  since: z.iso.datetime().nullable(),
  dropoutsNow: z.number().int().nonnegative(),
  /**
   * What target discovery noted for this watch (diagnostics/monitor/discover-targets.ts): no
   * gateway, no internet target, no provider hop, ping unusable (with why, naming the tool).
   * Optional: absent when there is nothing to say (and from older main processes).
   */
  notes: z
    .array(z.object({ id: z.enum(['no-gateway', 'no-internet-target', 'no-provider-hop', 'ping-unusable']), reason: z.string().max(500).optional() }))
    .max(8)
    .optional(),
});
export type MonitorStateView = z.infer<typeof monitorStateSchema>;

/** One drop-out or bad spell on the timeline, with the verdict of the quick check taken as it began. */
export const timelineEventSchema = z.object({
  kind: z.enum(['dropout', 'bad-spell']),
  /** The first part that stopped answering: home network, provider, VPN. */
  segment: z.enum(['home', 'isp', 'vpn']),
  start: z.iso.datetime(),
  end: z.iso.datetime(),
  seconds: z.number().nonnegative(),
  lossPct: z.number().min(0).max(100),
  medianRttMs: z.number().nonnegative().nullable(),
  providerHopSilent: z.boolean().nullable(),
  /** The snapshot's verdict; null when no snapshot was taken (rate limit, check failed). */
  snapshot: z.object({ headline: z.string(), summary: z.string(), segment: segmentSchema, startedAt: z.iso.datetime() }).nullable(),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

/** One file of the bundle exactly as it will be sent (bundle/prepare-bundle.ts BundleEntry). */
export const bundleEntrySchema = z.object({ path: z.string(), mediaType: z.string(), text: z.string() });

/**
 * What a ticket to the help desk would contain, after redaction: the ticket's text and every
 * file of the attached bundle. `helpDesk` false: policy names no help desk (or names one that
 * cannot be used, said in `helpDeskProblem`); the UI then offers to save the bundle instead.
 */
export const ticketPreviewSchema = z.object({
  helpDesk: z.boolean(),
  helpDeskProblem: z.string().nullable(),
  /** Where it goes, as the user can recognise it (an address or a help desk's URL); '' without one. */
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  fileName: z.string(),
  redactions: z.array(z.object({ what: z.string(), count: z.number().int().nonnegative() })),
  entries: z.array(bundleEntrySchema),
});
export type TicketPreview = z.infer<typeof ticketPreviewSchema>;

/** One ticket in the outbox, with its state worded for the user. */
export const outboxItemSchema = z.object({
  id: z.string().min(1),
  createdAt: z.iso.datetime(),
  subject: z.string(),
  state: z.enum(['queued', 'sending', 'unconfirmed', 'sent', 'failed']),
  /** The state in words, in the UI's language ("sent as INC0012345", "will retry at …"). */
  description: z.string(),
  error: z.string().optional(),
});

/** The largest bundle the browser transport takes as an upload (base64 of 24 MiB). */
export const MAX_BUNDLE_BASE64 = Math.ceil((24 * 1024 * 1024) / 3) * 4;

/** Every request channel: its request and response schema. */
export const CHANNELS = {
  'app.info': {
    request: empty,
    response: z.object({
      version: z.string(),
      systemLang: uiLangSchema,
      transport: z.enum(['electron', 'browser']),
      /** Which optional features this build has, so the UI can say "not in this version" up front. */
      features: z.object({ history: z.boolean(), tickets: z.boolean(), bundles: z.boolean() }),
    }),
  },
  /** Runs a check (or joins the one already running) and answers with its report. */
  'check.run': { request: z.object({ quick: z.boolean() }).strict(), response: z.object({ report: reportSchema }) },
  /** The last finished report, whether a check runs now, and the tray's level. */
  'check.last': {
    request: empty,
    response: z.object({ report: reportSchema.nullable(), running: z.boolean(), level: trayLevelSchema }),
  },
  'settings.get': { request: empty, response: settingsResult },
  'settings.set': { request: settingsSchema.partial().strict(), response: settingsResult },
  'history.list': {
    request: z.object({ days: z.number().int().min(1).max(366) }).strict(),
    /** kept false: the history file could not be opened, so only this run's checks are here. */
    response: orUnavailable(z.object({ entries: z.array(historyEntrySchema), kept: z.boolean() })),
  },
  /**
   * The monitor's drop-outs and bad spells of the last `days` days (1: the last 24 hours, 7: the
   * week), oldest first, and the monitor's state now. kept false: history is in memory only.
   */
  'monitor.timeline': {
    request: z.object({ days: z.union([z.literal(1), z.literal(7)]) }).strict(),
    response: orUnavailable(z.object({ events: z.array(timelineEventSchema), state: monitorStateSchema, kept: z.boolean() })),
  },
  /**
   * The quick check taken when the event that began at `start` began (its snapshot), as a report
   * the Check page's parts show; `raw` is empty, since history keeps snapshots without command
   * output. snapshot null: no event of the last 7 days began then, or it has no snapshot.
   */
  'monitor.snapshot': {
    request: z.object({ start: z.iso.datetime() }).strict(),
    response: orUnavailable(z.object({ snapshot: z.object({ report: reportSchema, level: trayLevelSchema }).nullable() })),
  },
  /** The redacted bundle of the last check and the ticket around it; null before any check. */
  'ticket.preview': { request: empty, response: orUnavailable(z.object({ preview: ticketPreviewSchema.nullable() })) },
  /** Queues the previewed ticket (plus the user's note) in the outbox and tries to send it at once. */
  'ticket.send': {
    request: z.object({ note: z.string().max(4000) }).strict(),
    response: orUnavailable(z.object({ outbox: outboxItemSchema })),
  },
  'outbox.list': { request: empty, response: orUnavailable(z.object({ items: z.array(outboxItemSchema) })) },
  /**
   * Saves the last check's redacted bundle: the desktop app asks where (savedTo: the path, null if
   * the user cancelled); the browser transport answers the bytes for the page to download.
   */
  'bundle.save': {
    request: empty,
    response: z.object({ savedTo: z.string().nullable(), download: z.object({ fileName: z.string(), base64: z.string() }).nullable() }),
  },
  /**
   * Opens a bundle file and answers with its report: without `upload` the desktop app shows its
   * file dialog (opened: null when the user cancelled); the browser transport sends the chosen
   * file's bytes. A file that is not a usable bundle fails with a message naming what is wrong.
   */
  'bundle.open': {
    request: z.object({ upload: z.object({ fileName: z.string().min(1).max(255), base64: z.base64().max(MAX_BUNDLE_BASE64) }).optional() }).strict(),
    response: orUnavailable(z.object({ opened: z.object({ fileName: z.string(), report: reportSchema, level: trayLevelSchema }).nullable() })),
  },
  /**
   * The call kit of the last check, rebuilt with what the user ticked on the call page (restart
   * time, cable, second device) and their line details: the script claims exactly those. `check`
   * is the `startedAt` of the check the ticks were made for; null: that is not the last check (a
   * newer one finished), or it is not the provider's. A restart after the check is refused.
   */
  'isp.kit': {
    request: z.object({ check: z.iso.datetime(), confirmations: ispConfirmationsSchema }).strict(),
    response: z.object({ kit: ispCallSchema.nullable() }),
  },
  /** The page the tray asked for while the window was still loading (taken once), else null. */
  'window.pendingPage': { request: empty, response: z.object({ page: trayPageSchema.nullable() }) },
  /** Opens an http(s) link in the user's browser; anything else is refused. */
  'link.open': { request: z.object({ url: z.url({ protocol: /^https?$/ }) }).strict(), response: z.object({ opened: z.boolean() }) },
} as const;

export type Channel = keyof typeof CHANNELS;
export type RequestOf<C extends Channel> = z.infer<(typeof CHANNELS)[C]['request']>;
export type ResponseOf<C extends Channel> = z.infer<(typeof CHANNELS)[C]['response']>;

/** Narrows an untrusted channel name. */
export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(CHANNELS, name);
}

/** What the main process pushes to the UI while checks run. */
export const appEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('check-started'), quick: z.boolean(), background: z.boolean() }),
  z.object({ type: z.literal('probe-started'), id: z.string() }),
  z.object({
    type: z.literal('probe-finished'),
    id: z.string(),
    status: z.enum(['ok', 'warn', 'fail', 'skipped', 'error']),
  }),
  z.object({ type: z.literal('check-finished'), report: reportSchema, level: trayLevelSchema }),
  z.object({ type: z.literal('check-failed'), message: z.string() }),
  /** The tray menu asked the window to show a page. */
  z.object({ type: z.literal('navigate'), page: trayPageSchema }),
  /** The connection monitor changed state (started, paused, a drop-out began or ended). */
  z.object({ type: z.literal('monitor-state'), state: monitorStateSchema }),
]);
export type AppEvent = z.infer<typeof appEventSchema>;

/** Why a call failed, as data the UI can show. */
export const invokeErrorSchema = z.object({
  code: z.enum(['unknown-channel', 'bad-request', 'forbidden', 'failed']),
  message: z.string(),
});
export type InvokeError = z.infer<typeof invokeErrorSchema>;

/** What every call answers over any transport: the response, or an error. */
export type InvokeResult<C extends Channel = Channel> =
  | { readonly ok: true; readonly value: ResponseOf<C> }
  | { readonly ok: false; readonly error: InvokeError };

/** The shape of an answer on the wire, before the response itself is checked against its channel. */
export const invokeResultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: invokeErrorSchema }),
]);

/** The names of the two Electron IPC channels that carry the whole contract. */
export const IPC = { invoke: 'homeline:invoke', event: 'homeline:event' } as const;
