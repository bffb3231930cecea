import type { CommandSpec } from '../../platform/command.js';
import { powershellCommand } from '../../platform/powershell.js';
import { isPingTarget } from './command.js';
import type { PingOptions } from './types.js';

// Echoes on Windows from .NET's System.Net.NetworkInformation.Ping through PowerShell: one JSON row
// per echo with the IPStatus as a number (0 success, 11010 timed out, 11013 TTL expired…), the
// round trip in ms and the answering address. Nothing in it depends on the display language, and
// unlike ping.exe (one echo a second) it sends at any interval. Read by parse-echo-json.ts.

/** Extra time on top of the echoes' schedule: PowerShell's own work and a name to resolve. */
const MARGIN_MS = 3000;

/**
 * The one-line script sending `count` echoes `intervalMs` apart without waiting for each answer
 * (SendPingAsync, one Ping object per echo: one object takes one echo at a time). An echo whose
 * send failed (a name that does not resolve) is a row with `Fault`, the socket error number
 * (11001 host not found), instead of a Status. Throws a TypeError on a bad target or option.
 */
export function echoScript(o: PingOptions): string {
  if (!isPingTarget(o.target)) throw new TypeError(`not a ping target: ${JSON.stringify(o.target)}`);
  for (const [name, v] of Object.entries({ count: o.count, intervalMs: o.intervalMs, replyTimeoutMs: o.replyTimeoutMs, ttl: o.ttl ?? 128, payloadBytes: o.payloadBytes ?? 32 })) {
    if (!Number.isInteger(v) || v < 0 || v > 100_000) throw new TypeError(`echo ${name} out of range: ${v}`);
  }
  const fault = '$e = $_.Exception.GetBaseException(); $code = if ($e -is [System.Net.Sockets.SocketException]) { $e.ErrorCode } else { $e.HResult }; [pscustomobject]@{ Status = $null; Fault = $code }';
  return [
    `$o = New-Object System.Net.NetworkInformation.PingOptions(${o.ttl ?? 128}, $${o.dontFragment === true});`,
    `$b = New-Object byte[] ${o.payloadBytes ?? 32}; $t = @();`,
    `for ($i = 0; $i -lt ${o.count}; $i++) { if ($i -gt 0) { Start-Sleep -Milliseconds ${o.intervalMs} };`,
    `$t += (New-Object System.Net.NetworkInformation.Ping).SendPingAsync('${o.target}', ${o.replyTimeoutMs}, $b, $o) };`,
    'try { [void][System.Threading.Tasks.Task]::WaitAll([System.Threading.Tasks.Task[]]$t) } catch { };',
    `$rows = @($t | ForEach-Object { if ($_.IsFaulted) { ${fault} } else { $r = $_.Result;`,
    '[pscustomobject]@{ Status = [int]$r.Status; RoundtripTime = $r.RoundtripTime; Address = [string]$r.Address } } });',
    'ConvertTo-Json -InputObject $rows -Compress',
  ].join(' ');
}

/** The echo script as a command, with a timeout from its schedule like ping.exe's. */
export function echoCommand(o: PingOptions): CommandSpec {
  return powershellCommand(echoScript(o), (o.count - 1) * o.intervalMs + o.replyTimeoutMs + MARGIN_MS);
}

/** True for a command echoCommand made (its output is echo JSON, not ping.exe text). */
export function isEchoCommand(cmd: string, args: readonly string[]): boolean {
  return cmd.toLowerCase() === 'powershell.exe' && args.some((a) => a.includes('System.Net.NetworkInformation.Ping)'));
}
