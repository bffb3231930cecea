import { describe, expect, it } from 'vitest';
import { parseInvocation, UsageError } from '../../../diagnostics/cli/args.js';

describe('history and ISP command lines', () => {
  it('turns recording off for one check with --no-history', () => {
    expect(parseInvocation(['check', '--no-history'])).toMatchObject({ command: 'check', history: false });
  });

  it('parses history, isp set, show and kit, with the command after options too', () => {
    expect(parseInvocation(['history'])).toEqual({ command: 'history', days: 14, json: false });
    expect(parseInvocation(['--lang', 'de', 'history', '--days', '30', '--json'])).toEqual({ command: 'history', days: 30, json: true, lang: 'de' });
    expect(parseInvocation(['isp', 'set', '--name', 'Telekom', '--contract-down', '100', '--contract-up', '40', '--customer', 'K-1', '--line', 'L-9'])).toEqual({
      command: 'isp-set', name: 'Telekom', contractDownMbps: 100, contractUpMbps: 40, customerNumber: 'K-1', lineId: 'L-9',
    });
    expect(parseInvocation(['isp', 'show', '--lang', 'sv'])).toEqual({ command: 'isp-show', lang: 'sv' });
    expect(parseInvocation(['isp', 'kit'])).toEqual({ command: 'isp-kit', format: 'text' });
    expect(parseInvocation(['isp', 'kit', '--format', 'pdf', '--out', 'kit.pdf'])).toEqual({ command: 'isp-kit', format: 'pdf', out: 'kit.pdf' });
    // What --done says is checked by the command, in the user's language (history-commands.test.ts).
    expect(parseInvocation(['isp', 'kit', '--done', 'restart=19:40,cable'])).toEqual({ command: 'isp-kit', format: 'text', done: 'restart=19:40,cable' });
  });

  it.each([
    [['isp'], /"isp" needs set, show or kit/],
    [['isp', 'call'], /not "call"/],
    [['history', '--days', 'two'], /--days must be a positive number, not "two"/],
    [['history', '--days', '1.5'], /whole number/],
    [['isp', 'set'], /needs at least one of/],
    [['isp', 'set', '--contract-down=-3'], /--contract-down must be a positive number/],
    [['isp', 'set', '--name', ' '], /--name needs a value/],
    [['isp', 'set', '--name', 'n'.repeat(201)], /^--name may be at most 200 characters long, not 201\.$/],
    [['isp', 'set', '--customer', 'c'.repeat(300)], /^--customer may be at most 200 characters long, not 300\.$/],
    [['isp', 'set', '--contract-down', '1e12'], /^--contract-down must be a speed in Mbit\/s above 0 and at most 100000, not 1000000000000\.$/],
    [['isp', 'set', '--contract-up', '100001'], /^--contract-up must be a speed in Mbit\/s above 0 and at most 100000, not 100001\.$/],
    [['isp', 'set', '--name', 'a', '--name', 'b'], /^--name is given more than once; give it once\.$/],
    [['isp', 'kit', '--format', 'docx'], /--format must be text, html or pdf/],
    [['isp', 'show', '--done', 'cable'], /--done is not an option of "isp show"/],
    [['isp', 'kit', '--format', 'pdf'], /--format pdf needs --out FILE/],
    [['isp', 'show', '--days', '3'], /--days is not an option of "isp show"/],
    [['history', '--name', 'x'], /--name is not an option of "history"/],
    [['history', 'extra'], /unexpected argument "extra"/],
    [['history', '--colour'], /colour/],
  ])('rejects %j with a clear message', (argv, message) => {
    expect(() => parseInvocation(argv)).toThrow(UsageError);
    expect(() => parseInvocation(argv)).toThrow(message);
  });
});
