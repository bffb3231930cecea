import { SpellWindow } from './spell-window.js';
import { TargetSilence } from './target-silence.js';
import { DEFAULT_THRESHOLDS, type MonitorThresholds } from './thresholds.js';
import { SEGMENT_ORDER, type MonitorEvent, type MonitorSegment, type MonitorTarget, type ProbeOutcome, type TargetRole } from './types.js';

/** A change the detector reports: an event began (live) or ended (final figures). */
export interface DetectorChange {
  readonly type: 'began' | 'ended';
  readonly event: MonitorEvent;
}

interface Run {
  readonly start: number;
  readonly targets: readonly string[];
  open: MonitorEvent | null;
}

/** A span whose lost probes belong to a drop-out already (ms since the epoch). */
interface Span {
  readonly start: number;
  readonly end: number;
}

interface Spell {
  start: number;
  lossPct: number;
  medianRttMs: number | null;
}

const SEGMENT_OF: Readonly<Record<TargetRole, MonitorSegment | null>> = {
  router: 'home',
  // The provider's first hop is a witness, not a judge: routers rate-limit echoes to themselves.
  'provider-hop': null,
  internet: 'isp',
  'vpn-gateway': 'vpn',
  'vpn-internal': 'vpn',
};

/** Closed drop-outs of earlier segments are kept this long to blame overlapping later ones on them. */
const RECENT_MS = 10 * 60_000;
/** A later segment that went silent up to this long before an earlier one is the earlier one's. */
const SAME_MOMENT_MS = 1500;
/** Closed events kept in memory; the store holds the rest. */
const MAX_KEPT = 500;
/** The provider hop's outcomes kept to tell whether it answered during a provider drop-out. */
const HOP_KEPT = 600;

/**
 * Turns probe outcomes into drop-outs and bad spells per segment, blamed on the first segment that
 * failed: the router (home) → the internet targets, all of them, while the router answers (isp) →
 * the company hosts, any of them, while the internet answers (vpn). Pure: time comes from the
 * outcomes and from tick(now).
 */
export class MonitorDetector {
  private readonly silence = new Map<string, TargetSilence>();
  private readonly bySegment = new Map<MonitorSegment, MonitorTarget[]>();
  private readonly runs = new Map<MonitorSegment, Run>();
  private readonly windows = new Map<MonitorSegment, SpellWindow>();
  private readonly spells = new Map<MonitorSegment, Spell>();
  private readonly recent: MonitorEvent[] = [];
  private readonly closed: MonitorEvent[] = [];
  private readonly hop: MonitorTarget | undefined;
  private readonly hopLog: { sentAt: number; ok: boolean }[] = [];
  /** Drop-outs' spans, kept one spell window long: a loss reported after its drop-out closed is still its. */
  private readonly excused: Span[] = [];
  private readonly inactive = new Set<string>();
  private readonly th: MonitorThresholds;

  constructor(
    targets: readonly MonitorTarget[],
    private readonly intervalMs: number,
    thresholds: Partial<MonitorThresholds> = {},
  ) {
    this.th = { ...DEFAULT_THRESHOLDS, ...thresholds };
    for (const t of targets) {
      this.silence.set(t.id, new TargetSilence());
      const seg = SEGMENT_OF[t.role];
      if (seg !== null) this.bySegment.set(seg, [...(this.bySegment.get(seg) ?? []), t]);
    }
    for (const seg of SEGMENT_ORDER) this.windows.set(seg, new SpellWindow(this.th.windowMs));
    this.hop = targets.find((t) => t.role === 'provider-hop');
  }

  /** Records one probe outcome; returns the events that began or ended because of it. */
  add(o: ProbeOutcome): DetectorChange[] {
    const s = this.silence.get(o.targetId);
    if (s === undefined || this.inactive.has(o.targetId)) return [];
    s.add(o.sentAt, o.rttMs !== null);
    if (o.targetId === this.hop?.id) this.logHop(o);
    const seg = [...this.bySegment].find(([, ts]) => ts.some((t) => t.id === o.targetId))?.[0];
    // ping reports a lost echo one interval after sending it, and another prober's answer may have
    // closed the drop-out in between: that late loss is the drop-out's too, not a bad spell's.
    const late = o.rttMs === null && this.excused.some((x) => o.sentAt >= x.start && o.sentAt <= x.end);
    if (seg !== undefined && !late) this.windows.get(seg)!.add(o);
    return this.evaluate(o.sentAt, o.sentAt);
  }

  /** Called about once a second: opens drop-outs that have lasted long enough, judges bad spells. */
  tick(now: number): DetectorChange[] {
    for (const [id, s] of this.silence) if (!this.inactive.has(id)) s.watchdog(now, this.intervalMs, 3 * this.intervalMs + 1000);
    return [...this.evaluate(now, null), ...this.judgeSpells(now)];
  }

  /**
   * Starts or stops watching targets (the company hosts while the tunnel is down): an inactive
   * target's silence is nobody's drop-out. Returns what ended because of it.
   */
  setActive(ids: readonly string[], active: boolean, now: number): DetectorChange[] {
    for (const id of ids) {
      if (active) this.inactive.delete(id);
      else this.inactive.add(id);
      this.silence.get(id)?.reset();
    }
    return this.evaluate(now, null);
  }

  /** The machine slept or the clock jumped: what was open is dropped, not reported as an outage. */
  reset(): void {
    for (const s of this.silence.values()) s.reset();
    for (const w of this.windows.values()) w.clear();
    this.excused.length = 0;
    this.hopLog.length = 0;
    this.runs.clear();
    this.spells.clear();
  }

  /** Events that ended, oldest first (the last 500). */
  events(): readonly MonitorEvent[] {
    return this.closed;
  }

  /** Events going on now. */
  current(): MonitorEvent[] {
    const out: MonitorEvent[] = [];
    for (const r of this.runs.values()) if (r.open) out.push(r.open);
    for (const [segment, sp] of this.spells) out.push(this.spellEvent(segment, sp, null));
    return out;
  }

  private silentSince(seg: MonitorSegment): { since: number; targets: string[] } | null {
    const ts = (this.bySegment.get(seg) ?? []).filter((t) => !this.inactive.has(t.id));
    if (ts.length === 0) return null;
    const silent = ts.filter((t) => this.silence.get(t.id)!.silentSince !== null);
    const sinces = silent.map((t) => this.silence.get(t.id)!.silentSince!);
    // The internet is silent when every target is (one may just be down); the company path when any is.
    if (seg === 'isp' && silent.length < ts.length) return null;
    if (silent.length === 0) return null;
    return { since: seg === 'isp' ? Math.max(...sinces) : Math.min(...sinces), targets: silent.map((t) => t.id) };
  }

  /** True when an earlier segment is silent now, or was around [start, end]: the event is its. */
  private explainedEarlier(seg: MonitorSegment, start: number, end: number): boolean {
    for (const earlier of SEGMENT_ORDER.slice(0, SEGMENT_ORDER.indexOf(seg))) {
      const run = this.runs.get(earlier);
      if (run !== undefined && run.start <= end + SAME_MOMENT_MS) return true;
      if (this.recent.some((e) => e.segment === earlier && e.start <= end + SAME_MOMENT_MS && (e.end ?? end) >= start - SAME_MOMENT_MS)) return true;
    }
    return false;
  }

  private evaluate(now: number, causeSentAt: number | null): DetectorChange[] {
    const changes: DetectorChange[] = [];
    for (const seg of SEGMENT_ORDER) {
      const s = this.silentSince(seg);
      let run = this.runs.get(seg);
      if (run === undefined && s !== null) {
        run = { start: s.since, targets: s.targets, open: null };
        this.runs.set(seg, run);
      }
      if (run === undefined) continue;
      if (s === null) {
        this.runs.delete(seg);
        const end = causeSentAt ?? now;
        const explained = run.open === null && this.explainedEarlier(seg, run.start, end);
        if (end - run.start >= this.th.dropoutMs && !explained) {
          const e = this.dropout(seg, run, end);
          this.keep(e);
          this.forgetSpan(run.start, end);
          if (run.open === null) changes.push({ type: 'began', event: { ...e, end: null } });
          changes.push({ type: 'ended', event: e });
        } else if (explained) {
          // Part of an earlier segment's drop-out: its echoes may come back up to an interval
          // after the earlier segment's did, and those last losses are that drop-out's, not a spell's.
          this.forgetSpan(run.start, end);
        }
        continue;
      }
      if (run.open === null && now - run.start >= this.th.dropoutMs && !this.explainedEarlier(seg, run.start, now)) {
        run.open = this.dropout(seg, run, null, now);
        changes.push({ type: 'began', event: run.open });
      }
    }
    return changes;
  }

  /**
   * Takes a drop-out's probes out of every spell window, and keeps its span so that losses reported
   * later are kept out too: a drop-out is not a bad spell as well.
   */
  private forgetSpan(start: number, end: number): void {
    const span = { start: start - this.intervalMs, end };
    for (const w of this.windows.values()) w.forget(span.start, span.end);
    this.excused.push(span);
  }

  private logHop(o: ProbeOutcome): void {
    this.hopLog.push({ sentAt: o.sentAt, ok: o.rttMs !== null });
    if (this.hopLog.length > HOP_KEPT) this.hopLog.splice(0, this.hopLog.length - HOP_KEPT);
  }

  /**
   * Whether the provider's first hop stayed silent over [start, end]: it answered no echo sent in
   * that span (bar the last interval, when the line may be back). Judged from the span itself, not
   * from the moment the drop-out opened: the hop's lost echoes are reported an interval late, so at
   * that moment its silence may not be known yet. Null with no hop, or no word from it in the span.
   */
  private hopSilentOver(start: number, end: number): boolean | null {
    if (this.hop === undefined) return null;
    const inSpan = this.hopLog.filter((h) => h.sentAt >= start && h.sentAt <= end - this.intervalMs);
    if (inSpan.some((h) => h.ok)) return false;
    if (inSpan.length > 0) return true;
    const since = this.silence.get(this.hop.id)!.silentSince;
    return since !== null && since <= end ? true : null;
  }

  /** A drop-out of `run`, ended at `end` (null: still going on at `now`). */
  private dropout(segment: MonitorSegment, run: Run, end: number | null, now = end ?? run.start): MonitorEvent {
    const providerHopSilent = segment === 'isp' ? this.hopSilentOver(run.start, end ?? now) : null;
    return { kind: 'dropout', segment, start: run.start, end, targets: run.targets, lossPct: 100, medianRttMs: null, providerHopSilent };
  }

  private keep(e: MonitorEvent): void {
    this.closed.push(e);
    if (this.closed.length > MAX_KEPT) this.closed.splice(0, this.closed.length - MAX_KEPT);
    if (e.kind === 'dropout') this.recent.push(e);
    const old = (e.end ?? e.start) - RECENT_MS;
    while (this.recent.length > 0 && (this.recent[0]!.end ?? 0) < old) this.recent.shift();
  }

  private spellEvent(segment: MonitorSegment, sp: Spell, end: number | null): MonitorEvent {
    const targets = (this.bySegment.get(segment) ?? []).map((t) => t.id);
    return { kind: 'bad-spell', segment, start: sp.start, end, targets, lossPct: Math.round(sp.lossPct * 10) / 10, medianRttMs: sp.medianRttMs, providerHopSilent: null };
  }

  private judgeSpells(now: number): DetectorChange[] {
    const changes: DetectorChange[] = [];
    let earlierBad = false;
    while (this.excused.length > 0 && this.excused[0]!.end < now - this.th.windowMs) this.excused.shift();
    for (const seg of SEGMENT_ORDER) {
      const w = this.windows.get(seg)!;
      w.trim(now);
      const f = w.figures();
      const limit = this.th.medianRttMs[seg];
      const bad =
        f.samples >= this.th.minSamples &&
        ((f.lossPct >= this.th.lossPct && f.lost >= this.th.minLost) || (f.medianRttMs !== null && f.medianRttMs > limit));
      // While anything is silent its loss may become a drop-out; an earlier segment's bad spell explains this one's.
      const blocked = earlierBad || this.runs.size > 0;
      const sp = this.spells.get(seg);
      if (bad && !blocked) {
        if (sp === undefined) {
          const started = { start: w.firstBad(limit) ?? now, lossPct: f.lossPct, medianRttMs: f.medianRttMs };
          this.spells.set(seg, started);
          changes.push({ type: 'began', event: this.spellEvent(seg, started, null) });
        } else {
          sp.lossPct = Math.max(sp.lossPct, f.lossPct);
          sp.medianRttMs = f.medianRttMs === null ? sp.medianRttMs : Math.max(sp.medianRttMs ?? 0, f.medianRttMs);
        }
      } else if (sp !== undefined && !bad) {
        this.spells.delete(seg);
        const e = this.spellEvent(seg, sp, Math.max(sp.start, w.lastBad(limit) ?? now));
        this.keep(e);
        changes.push({ type: 'ended', event: e });
      }
      earlierBad ||= bad;
    }
    return changes;
  }
}
