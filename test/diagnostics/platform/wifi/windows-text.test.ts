import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairWindowsText } from '../../../../diagnostics/platform/wifi/windows-text.js';

describe('repairWindowsText', () => {
  it('repairs netsh names read as latin1 from CP850 or UTF-8, and leaves others alone', () => {
    expect(repairWindowsText('M\u0081ller')).toBe('Müller');
    expect(repairWindowsText('\u008fkesson')).toBe('Åkesson');
    expect(repairWindowsText('SjÃ¶stugan')).toBe('Sjöstugan');
    expect(repairWindowsText('Müller')).toBe('Müller'); // Windows-1252 already reads right
    expect(repairWindowsText('Café ☕')).toBe('Café ☕');
    fc.assert(fc.property(fc.string(), (s) => typeof repairWindowsText(s) === 'string'));
  });
});
