import { isIP } from 'node:net';
import { intProp, powershellObjects, stringProp } from '../../platform/powershell.js';
import type { PingParse, PingReply } from './types.js';

// Echo results as JSON, one object per echo, read by property names and status numbers only:
// - echo-script.ts's rows from .NET Ping (Status, RoundtripTime, Address; Fault on a failed send),
// - Win32_PingStatus (Get-CimInstance, Windows PowerShell's Test-Connection): StatusCode,
//   ResponseTime, ProtocolAddress, PrimaryAddressResolutionStatus,
// - PowerShell 7's Test-Connection PingStatus: Status, Latency, Address, Reply.{Status,RoundtripTime,Address}.
// Status numbers are IP_STATUS / IPStatus (the same table in WMI and .NET): 0 success, 11010 timed
// out, 11013 TTL expired in transit… Enum names as ConvertTo-Json -EnumsAsStrings prints them are
// identifiers, not display words, and are read too. Known to read: Windows PowerShell 5.1 and
// PowerShell 7 output (written samples following the documented classes; no published capture found).

const REPLY = 0;
const UNREACHABLE = new Set([11002, 11003, 11004, 11005]);
const PACKET_TOO_BIG = 11009;
const TIMED_OUT = 11010;
const TTL_EXPIRED = new Set([11013, 11014]);
/** WSAHOST_NOT_FOUND / WSANO_DATA: the target name does not resolve. */
const HOST_NOT_FOUND = new Set([11001, 11004]);

const STATUS_NAMES: Readonly<Record<string, number>> = {
  Success: 0,
  DestinationNetworkUnreachable: 11002,
  DestinationHostUnreachable: 11003,
  DestinationProtocolUnreachable: 11004,
  DestinationPortUnreachable: 11005,
  DestinationProhibited: 11004,
  PacketTooBig: 11009,
  TimedOut: 11010,
  TtlExpired: 11013,
  TimeExceeded: 11013,
  TtlReassemblyTimeExceeded: 11014,
  BadDestination: 11018,
  DestinationUnreachable: 11040,
  GeneralFailure: 11050,
};

type Row = Record<string, unknown>;

/** A status as a number: numeric, or an IPStatus identifier; undefined when the row has none. */
function statusOf(row: Row, key: string): number | null | undefined {
  if (!(key in row)) return undefined;
  const v = row[key];
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && Object.hasOwn(STATUS_NAMES, v)) return STATUS_NAMES[v]!;
  return null;
}

function numberProp(row: Row, key: string): number | null {
  const v = row[key];
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null;
}

/** An address as printed; .NET prints 0.0.0.0 / :: where nobody answered. */
function addressProp(row: Row, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = stringProp(row, k);
    if (v !== null && isIP(v) !== 0 && v !== '0.0.0.0' && v !== '::') return v;
  }
  return null;
}

interface Echo {
  readonly status: number | null;
  readonly rttMs: number | null;
  readonly from: string | null;
  /** The send failed before any echo went out (socket error number). */
  readonly fault: number | null;
  /** Win32_PingStatus: the name did not resolve (a WinSock error number). */
  readonly resolution: number | null;
}

/** One row in any of the three shapes, or null when it is none of them. */
function echoOf(row: Row): Echo | null {
  const reply = typeof row.Reply === 'object' && row.Reply !== null && !Array.isArray(row.Reply) ? (row.Reply as Row) : null;
  if ('StatusCode' in row || 'ResponseTime' in row || 'PrimaryAddressResolutionStatus' in row) {
    return {
      status: statusOf(row, 'StatusCode') ?? null,
      rttMs: numberProp(row, 'ResponseTime'),
      from: addressProp(row, 'ProtocolAddress', 'IPV4Address', 'IPV6Address'),
      fault: null,
      resolution: intProp(row, 'PrimaryAddressResolutionStatus'),
    };
  }
  if ('Status' in row || 'Fault' in row) {
    return {
      status: statusOf(row, 'Status') ?? (reply ? (statusOf(reply, 'Status') ?? null) : null),
      rttMs: numberProp(row, 'RoundtripTime') ?? numberProp(row, 'Latency') ?? (reply ? numberProp(reply, 'RoundtripTime') : null),
      // PowerShell 7's top-level Address may be the destination's; the reply says who answered.
      from: (reply ? addressProp(reply, 'Address') : null) ?? addressProp(row, 'Address'),
      fault: intProp(row, 'Fault'),
      resolution: null,
    };
  }
  return null;
}

const EMPTY: PingParse = { transmitted: null, received: null, replies: [], ttlExceededFrom: [], unreachableFrom: [], fragNeeded: [], unknownHost: false, notes: [] };

/**
 * Reads echo JSON into the same shape as ping's text (one row = one echo sent). Output that is no
 * echo JSON gives no counts and a note, so the run counts as unreadable, never as silence. Never throws.
 */
export function parseEchoJson(stdout: string): PingParse {
  const rows = powershellObjects(stdout);
  const echoes = rows?.map(echoOf) ?? null;
  if (echoes === null || echoes.length === 0 || echoes.some((e) => e === null)) {
    const said = stdout.trim().split(/\r?\n/)[0]?.slice(0, 200) ?? '';
    return { ...EMPTY, notes: [echoes !== null && echoes.length === 0 ? 'the echo query printed no echoes' : `the echo query printed no echo results: ${JSON.stringify(said)}`] };
  }
  const replies: PingReply[] = [];
  const ttlExceededFrom = new Set<string>();
  const unreachableFrom = new Set<string>();
  const fragNeeded = new Map<string, null>();
  const notes = new Set<string>();
  let sent = 0;
  let unknownHost = false;
  echoes.forEach((e, i) => {
    const echo = e!;
    if ((echo.fault !== null && HOST_NOT_FOUND.has(echo.fault)) || (echo.resolution !== null && echo.resolution !== 0)) {
      // Nothing was sent: the name did not resolve.
      unknownHost = true;
      return;
    }
    if (echo.fault !== null || echo.status === null) {
      notes.add(echo.fault !== null ? `an echo could not be sent (error ${echo.fault})` : 'an echo result had no status');
      return;
    }
    sent += 1;
    if (echo.status === REPLY && echo.rttMs !== null) replies.push({ seq: i, rttMs: echo.rttMs === 0 ? 0.5 : echo.rttMs, from: echo.from ?? '' });
    else if (TTL_EXPIRED.has(echo.status) && echo.from) ttlExceededFrom.add(echo.from);
    else if (UNREACHABLE.has(echo.status) && echo.from) unreachableFrom.add(echo.from);
    else if (echo.status === PACKET_TOO_BIG && echo.from) fragNeeded.set(echo.from, null);
    else if (echo.status !== TIMED_OUT && echo.status !== REPLY) notes.add(`echo status ${echo.status}`);
  });
  return {
    transmitted: unknownHost && sent === 0 ? null : sent,
    received: replies.length,
    replies,
    ttlExceededFrom: [...ttlExceededFrom],
    unreachableFrom: [...unreachableFrom],
    fragNeeded: [...fragNeeded.keys()].map((from) => ({ from, mtu: null })),
    unknownHost,
    notes: [...notes],
  };
}
