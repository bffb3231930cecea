import { runCommand } from '../../diagnostics/platform/command.js';

// `npm run audit:deps`: known advisories in the production dependencies, as far as the registry's
// audit service answers. Exit 0: audited, nothing high or critical. Exit 1: advisories found (they
// are listed). Exit 3: NOT AUDITED, because the audit service did not answer (offline, or a
// registry mirror without the audit endpoint, which answers 405). An outage is never a pass;
// .ci/run decides what it does with exit 3.

/** What `npm audit --json` says in the parts we read. */
interface AuditJson {
  readonly error?: { readonly code?: string; readonly summary?: string; readonly detail?: string };
  /** Set when the audit request itself failed ("405 Method Not Allowed - POST …"). */
  readonly message?: string;
  readonly statusCode?: number;
  readonly metadata?: { readonly vulnerabilities?: Readonly<Record<string, number>> };
  readonly vulnerabilities?: Readonly<Record<string, { readonly severity?: string; readonly via?: readonly unknown[] }>>;
}

const out = await runCommand({
  cmd: 'npm',
  args: ['audit', '--omit=dev', '--audit-level=high', '--json', '--audit=true'],
  timeoutMs: 120_000,
  maxOutputBytes: 32 * 1024 * 1024,
});

let report: AuditJson | null = null;
try {
  report = JSON.parse(out.stdout) as AuditJson;
} catch {
  report = null;
}
const counts = report?.metadata?.vulnerabilities;
if (out.spawnError !== undefined || out.timedOut || report === null || report.error !== undefined || counts === undefined) {
  const why =
    out.spawnError ??
    (out.timedOut ? 'npm audit timed out' : report?.message || report?.error?.summary || report?.error?.code || out.stderr.trim().split('\n').pop() || 'no audit report');
  console.error(`dependency audit NOT RUN: the registry's audit service did not answer (${why}). Production dependencies are unaudited.`);
  process.exit(3);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
  if (v.severity === 'high' || v.severity === 'critical') console.error(`advisory: ${name} (${v.severity})`);
}
console.log(`dependency audit: ${JSON.stringify(counts)}`);
process.exit(serious > 0 ? 1 : 0);
