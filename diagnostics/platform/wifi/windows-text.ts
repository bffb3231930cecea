import { repairLatin1Reading } from '../console-text/decode.js';

/**
 * Undoes the runner's latin1 reading of a value netsh or ipconfig printed (a network or adapter
 * name), so a technician reads "Müller", not "M\u0081ller": UTF-8 (chcp 65001), the OEM code
 * pages 437/850/852/858/865/866 and ANSI 1252 are told apart by which decoding reads as words.
 */
export function repairWindowsText(value: string): string {
  return repairLatin1Reading(value);
}
