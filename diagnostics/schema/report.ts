import { z } from 'zod';

/** Who owns a problem: the contract's `verdict.segment` values, in path order from the user outwards. */
export const SEGMENTS = ['device', 'wifi', 'home-network', 'isp', 'vpn', 'citrix'] as const;
export const segmentSchema = z.enum(['none', ...SEGMENTS, 'unknown']);
export type Segment = z.infer<typeof segmentSchema>;

/**
 * The kinds of evidence a verdict rests on: ping, timed TCP connections, HTTPS requests and DNS
 * lookups. `verdict.witnesses` lists those that agreed (one alone is not proof of a fault).
 */
export const WITNESSES = ['icmp', 'tcp', 'https', 'dns'] as const;
export const witnessSchema = z.enum(WITNESSES);
export type Witness = z.infer<typeof witnessSchema>;

export const severitySchema = z.enum(['problem', 'warning', 'info']);
export type Severity = z.infer<typeof severitySchema>;

export const probeStatusSchema = z.enum(['ok', 'warn', 'fail', 'skipped', 'error']);
export type ProbeStatus = z.infer<typeof probeStatusSchema>;

export const findingSchema = z.object({
  id: z.string().min(1),
  segment: segmentSchema,
  severity: severitySchema,
  title: z.string(),
  evidence: z.array(z.string()),
  steps: z.array(z.string()),
});
export type Finding = z.infer<typeof findingSchema>;

export const probeResultSchema = z.object({
  id: z.string().min(1),
  status: probeStatusSchema,
  durationMs: z.number().nonnegative(),
  data: z.record(z.string(), z.unknown()),
  error: z.string().optional(),
});
export type ProbeResultRecord = z.infer<typeof probeResultSchema>;

/** Raw command output kept for the help desk (the bundle carries it; redaction applies). */
export const rawOutputSchema = z.object({
  probe: z.string(),
  cmd: z.string(),
  args: z.array(z.string()),
  exitCode: z.number().nullable(),
  stdout: z.string(),
  stderr: z.string(),
});
export type RawOutput = z.infer<typeof rawOutputSchema>;

const hour = z.number().int().min(0).max(23);
const patternCounts = { badDays: z.number().int().nonnegative(), days: z.number().int().positive(), lossMinPct: z.number().min(0).max(100), lossMaxPct: z.number().min(0).max(100) };
/** A recurring loss pattern from the history (history/patterns.ts HistoryPattern). */
export const historyPatternSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('time-of-day'), fromHour: hour, toHour: hour, ...patternCounts }),
  z.object({ kind: z.literal('weekday'), weekday: z.number().int().min(0).max(6), ...patternCounts }),
]);

/** The ISP call kit: `checklist` and `script` are the contract; the rest lays it out for print. */
export const ispCallSchema = z.object({
  checklist: z.array(z.string()),
  script: z.string(),
  title: z.string().optional(),
  measuredAt: z.string().optional(),
  provider: z.string().optional(),
  sections: z
    .array(
      z.object({
        id: z.enum(['checklist', 'facts', 'questions', 'answers']),
        title: z.string(),
        items: z.array(
          z.object({
            cue: z.string().optional(),
            text: z.string(),
            /** A checklist item the user can confirm (restart, cable, second device), and whether they did. */
            confirm: z.enum(['restart', 'cable', 'secondDevice']).optional(),
            done: z.boolean().optional(),
          }),
        ),
      }),
    )
    .optional(),
  /** The history patterns the script cites (history/patterns.ts), so the kit can be rebuilt from the report. */
  patterns: z.array(historyPatternSchema).optional(),
});

/** One drop-out or bad spell of the connection monitor, as a report and a bundle carry it. */
export const monitorEventSchema = z.object({
  kind: z.enum(['dropout', 'bad-spell']),
  segment: z.enum(['home', 'isp', 'vpn']),
  start: z.iso.datetime(),
  end: z.iso.datetime(),
  seconds: z.number().nonnegative(),
  /** The monitored targets that were silent or bad (router, provider-hop, internet-1, vpn-gateway, …). */
  targets: z.array(z.string()),
  lossPct: z.number().min(0).max(100),
  medianRttMs: z.number().nonnegative().nullable(),
  /** For a provider drop-out: whether the provider's first router was silent too (null: not known). */
  providerHopSilent: z.boolean().nullable(),
  /** The quick check taken when the event began, in short (the full report stays in the history). */
  snapshot: z
    .object({ startedAt: z.iso.datetime(), segment: segmentSchema, headline: z.string(), findingIds: z.array(z.string()) })
    .optional(),
});

export const reportSchema = z.object({
  schemaVersion: z.literal(1),
  startedAt: z.iso.datetime(),
  durationMs: z.number().nonnegative(),
  lang: z.enum(['en', 'de', 'sv']),
  quick: z.boolean(),
  platform: z.object({ os: z.string(), release: z.string(), arch: z.string() }),
  verdict: z.object({
    segment: segmentSchema,
    headline: z.string(),
    summary: z.string(),
    /** Which kinds of evidence agreed on the verdict (absent in reports from before they were recorded). */
    witnesses: z.array(witnessSchema).optional(),
  }),
  findings: z.array(findingSchema),
  probes: z.array(probeResultSchema),
  ispCall: ispCallSchema.optional(),
  raw: z.array(rawOutputSchema),
  /** The connection monitor's events of the days before the check (newest 500 of 7 days), from history. */
  monitorEvents: z.array(monitorEventSchema).optional(),
});
/** The report that `homeline check --json` writes: the outside contract, version 1. */
export type Report = z.infer<typeof reportSchema>;
