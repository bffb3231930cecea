import { describe, expect, it } from 'vitest';
import { translator } from '../../../diagnostics/i18n/translator.js';
import { formatSummary } from '../../../diagnostics/report/summary.js';
import { terminalSafe } from '../../../diagnostics/report/terminal-safe.js';
import { emptyReport } from '../bundle/bundle-test-kit.js';

describe('terminalSafe', () => {
  it('removes escape sequences, C1 controls and bidi overrides, keeping line breaks, tabs and letters', () => {
    expect(terminalSafe('a\u001b[31mb\u009b2Jc\u0007\r\nd\te\u202eö')).toBe('a[31mb2Jc\nd\teö');
  });

  it('the summary `check` prints carries no control character from a network name', () => {
    const r = emptyReport({ verdict: { segment: 'wifi', headline: 'Weak Wi-Fi on \u001b]0;title\u0007Home', summary: 'x\u001b[2Ky' } });
    const out = formatSummary(r, translator('en'));
    expect(out).toContain('Weak Wi-Fi on ]0;titleHome');
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});
