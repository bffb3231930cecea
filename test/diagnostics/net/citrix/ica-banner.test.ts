import { describe, expect, it } from 'vitest';
import { ICA_DETECT, recogniseIca } from '../../../../diagnostics/net/citrix/ica-banner.js';

describe('ICA greeting recognition', () => {
  it('knows the ICA detect string as bytes and as an escaped banner, once or repeated', () => {
    expect(recogniseIca(ICA_DETECT)).toBe('ica');
    expect(recogniseIca(Uint8Array.of(...ICA_DETECT, ...ICA_DETECT, 0x7f, 0x7f))).toBe('ica');
    expect(recogniseIca('\\x7f\\x7fICA\\x00')).toBe('ica');
    expect(recogniseIca('\\x7f\\x7fICA\\x00\\x7f\\x7fICA\\x00')).toBe('ica');
  });

  it('tells other services and partial greetings apart', () => {
    expect(recogniseIca('SSH-2.0-OpenSSH_9.6\\x0d\\x0a')).toBe('other');
    expect(recogniseIca('HTTP/1.1 400 Bad Request')).toBe('other');
    expect(recogniseIca('\\x7f\\x7fIC')).toBe('other');
    expect(recogniseIca('\\x7f\\x7fICA\\x00garbage')).toBe('other');
    expect(recogniseIca('ICA')).toBe('other');
  });

  it('calls no bytes silent', () => {
    expect(recogniseIca(null)).toBe('silent');
    expect(recogniseIca(undefined)).toBe('silent');
    expect(recogniseIca('')).toBe('silent');
    expect(recogniseIca(new Uint8Array(0))).toBe('silent');
  });
});
