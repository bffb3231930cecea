import type { CommandRunner } from '../command.js';
import { systemProfilerAirPortCommand, wdutilInfoCommand } from './command.js';
import { commandFailure } from '../command-failure.js';
import { mergeFacts } from './merge-facts.js';
import { parseSystemProfilerAirPort } from './parse-system-profiler.js';
import { parseWdutilInfo, WDUTIL_DENIED_NOTE } from './parse-wdutil.js';
import { emptyFacts, type WifiReading } from './types.js';

/**
 * macOS: system_profiler for the link and the networks around, then `wdutil info` for what
 * recent macOS leaves out of it (BSSID, sometimes RSSI). wdutil needs root; a refusal is a note.
 * `airport` is gone from recent macOS and is not used.
 */
export async function readWifiDarwin(run: CommandRunner, signal?: AbortSignal): Promise<WifiReading> {
  const sp = await run(systemProfilerAirPortCommand, signal);
  const spFailure = commandFailure(sp, { exitCodeFails: false });
  const reading: WifiReading =
    spFailure === null ? parseSystemProfilerAirPort(sp.stdout) : { facts: emptyFacts('unknown', [spFailure]), neighbours: [] };
  if (reading.facts.state === 'no-adapter' || reading.facts.state === 'disconnected') return reading;

  const wd = await run(wdutilInfoCommand, signal);
  const wdFailure = commandFailure(wd, { exitCodeFails: false });
  if (wdFailure !== null) return { ...reading, facts: { ...reading.facts, notes: [...reading.facts.notes, wdFailure] } };
  // The refusal may come on stdout or stderr depending on the macOS release; read both.
  const wdFacts = parseWdutilInfo(`${wd.stdout}\n${wd.stderr}`);
  if (wdFacts.state !== 'connected') {
    // Only the denial is worth telling; "wdutil printed nothing" adds nothing to a good reading.
    const extra = wdFacts.notes.filter((n) => n === WDUTIL_DENIED_NOTE || reading.facts.state === 'unknown');
    const facts = reading.facts.state === 'unknown' ? mergeFacts(reading.facts, wdFacts) : reading.facts;
    return { ...reading, facts: { ...facts, notes: [...new Set([...facts.notes, ...extra])] } };
  }
  return { ...reading, facts: mergeFacts(reading.facts, wdFacts) };
}
