import { createHash } from 'node:crypto';
import type { Report } from '../../schema/report.js';
import { checkFigures, wifiBand, type FigureName } from '../figures.js';

/**
 * One check's figures as an OTLP `ExportMetricsServiceRequest`, JSON encoding (OTLP/HTTP,
 * `POST /v1/metrics`, `Content-Type: application/json`): 64-bit integers and nanosecond times as
 * decimal strings, enums as numbers, attributes as KeyValue lists.
 *
 * Metric names (all data points carry `homeline.verdict.segment` and `homeline.wifi.band`):
 *
 * | name                             | type                 | unit   | value                              |
 * | -------------------------------- | -------------------- | ------ | ---------------------------------- |
 * | homeline.check.count             | sum, delta, monotone | 1      | 1 per check                        |
 * | homeline.check.duration          | gauge                | ms     | how long the check took            |
 * | homeline.finding.count           | sum, delta, monotone | 1      | 1 per finding, + `homeline.finding.id`, `.segment`, `.severity` |
 * | homeline.gateway.loss            | gauge                | %      | loss to the home router            |
 * | homeline.gateway.rtt             | gauge                | ms     | mean round trip to the router      |
 * | homeline.internet.loss           | gauge                | %      | pooled loss to the internet targets|
 * | homeline.internet.rtt            | gauge                | ms     | mean round trip to the targets     |
 * | homeline.internet.jitter         | gauge                | ms     | mean jitter to the targets         |
 * | homeline.dns.lookup.duration     | gauge                | ms     | median lookup time, system resolvers |
 * | homeline.wifi.signal             | gauge                | dBm    | signal of the joined network       |
 * | homeline.throughput.download     | gauge                | Mbit/s | download speed, when measured      |
 * | homeline.throughput.upload       | gauge                | Mbit/s | upload speed, when measured        |
 * | homeline.load.latency_increase   | gauge                | ms     | extra round trip while the line is busy |
 *
 * Resource: `service.name` = homeline, `service.version`, `os.type` (windows, darwin, linux), and
 * `service.instance.id` only as a SHA-256 hash of the install id. What is never sent, by
 * construction: raw command output, free text (titles, evidence), addresses, MACs, SSIDs, user or
 * host names. Only numbers and values from fixed vocabularies leave the machine; a finding id
 * that is not of the `group.name` form is sent as `other`.
 */

export interface PayloadContext {
  readonly serviceVersion: string;
  /** A stable random id of this installation; only its hash is sent. */
  readonly installId?: string;
}

type AnyValue = { stringValue: string } | { intValue: string } | { doubleValue: number } | { boolValue: boolean };
interface KeyValue {
  readonly key: string;
  readonly value: AnyValue;
}
interface NumberDataPoint {
  readonly attributes: readonly KeyValue[];
  readonly startTimeUnixNano: string;
  readonly timeUnixNano: string;
  readonly asDouble?: number;
  readonly asInt?: string;
}
type Metric =
  | { readonly name: string; readonly description: string; readonly unit: string; readonly gauge: { readonly dataPoints: readonly NumberDataPoint[] } }
  | {
      readonly name: string;
      readonly description: string;
      readonly unit: string;
      readonly sum: { readonly dataPoints: readonly NumberDataPoint[]; readonly aggregationTemporality: 1; readonly isMonotonic: true };
    };

/** The request body, typed to the OTLP JSON mapping. */
export interface ExportMetricsServiceRequest {
  readonly resourceMetrics: readonly {
    readonly resource: { readonly attributes: readonly KeyValue[] };
    readonly scopeMetrics: readonly { readonly scope: { readonly name: string; readonly version: string }; readonly metrics: readonly Metric[] }[];
  }[];
}

const FIGURE_METRIC: Readonly<Record<FigureName, { name: string; unit: string; description: string }>> = {
  gatewayLossPct: { name: 'homeline.gateway.loss', unit: '%', description: 'Packet loss to the home router' },
  gatewayRttMs: { name: 'homeline.gateway.rtt', unit: 'ms', description: 'Mean round trip to the home router' },
  internetLossPct: { name: 'homeline.internet.loss', unit: '%', description: 'Pooled packet loss to the internet targets' },
  internetRttMs: { name: 'homeline.internet.rtt', unit: 'ms', description: 'Mean round trip to the internet targets' },
  jitterMs: { name: 'homeline.internet.jitter', unit: 'ms', description: 'Mean jitter to the internet targets' },
  dnsMs: { name: 'homeline.dns.lookup.duration', unit: 'ms', description: 'Median name lookup time through the system resolvers' },
  wifiSignalDbm: { name: 'homeline.wifi.signal', unit: 'dBm', description: 'Signal strength of the joined Wi-Fi network' },
  downloadMbps: { name: 'homeline.throughput.download', unit: 'Mbit/s', description: 'Download speed' },
  uploadMbps: { name: 'homeline.throughput.upload', unit: 'Mbit/s', description: 'Upload speed' },
  loadIncreaseMs: { name: 'homeline.load.latency_increase', unit: 'ms', description: 'Extra round trip while the line is busy (bufferbloat)' },
};

const OS_TYPE: Readonly<Record<string, string>> = { win32: 'windows', darwin: 'darwin', linux: 'linux' };
const FINDING_ID = /^[a-z]+(?:-[a-z]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/;

const str = (key: string, value: string): KeyValue => ({ key, value: { stringValue: value } });
/** Nanoseconds since the epoch as the decimal string OTLP JSON wants (beyond 2^53, so BigInt). */
const nanos = (ms: number): string => (BigInt(Math.round(ms)) * 1_000_000n).toString();

/** The install id as it may leave the machine: a SHA-256 hash, never the id itself. */
export const installHash = (installId: string): string => createHash('sha256').update(`homeline-install:${installId}`).digest('hex').slice(0, 32);

/** Builds the OTLP JSON request for one finished check. */
export function checkMetricsPayload(report: Report, ctx: PayloadContext): ExportMetricsServiceRequest {
  const startMs = Date.parse(report.startedAt);
  const point = { startTimeUnixNano: nanos(startMs), timeUnixNano: nanos(startMs + report.durationMs) };
  const common = [str('homeline.verdict.segment', report.verdict.segment), str('homeline.wifi.band', wifiBand(report))];
  const gauge = (m: { name: string; unit: string; description: string }, value: number): Metric => ({ ...m, gauge: { dataPoints: [{ attributes: common, ...point, asDouble: value }] } });
  const count = (name: string, description: string, points: readonly (readonly KeyValue[])[]): Metric => ({
    name,
    description,
    unit: '1',
    sum: { aggregationTemporality: 1, isMonotonic: true, dataPoints: points.map((extra) => ({ attributes: [...common, ...extra], ...point, asInt: '1' })) },
  });
  const metrics: Metric[] = [
    count('homeline.check.count', 'Checks run', [[]]),
    gauge({ name: 'homeline.check.duration', unit: 'ms', description: 'How long the check took' }, report.durationMs),
    ...Object.entries(checkFigures(report)).map(([name, value]) => gauge(FIGURE_METRIC[name as FigureName], value)),
  ];
  if (report.findings.length > 0) {
    metrics.push(
      count(
        'homeline.finding.count',
        'Findings, by id',
        report.findings.map((f) => [str('homeline.finding.id', FINDING_ID.test(f.id) ? f.id : 'other'), str('homeline.finding.segment', f.segment), str('homeline.finding.severity', f.severity)]),
      ),
    );
  }
  const resource = [
    str('service.name', 'homeline'),
    str('service.version', ctx.serviceVersion),
    str('os.type', OS_TYPE[report.platform.os] ?? 'other'),
    ...(ctx.installId ? [str('service.instance.id', installHash(ctx.installId))] : []),
  ];
  return { resourceMetrics: [{ resource: { attributes: resource }, scopeMetrics: [{ scope: { name: 'homeline.check', version: ctx.serviceVersion }, metrics }] }] };
}
