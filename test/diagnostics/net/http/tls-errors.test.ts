import { describe, expect, it } from 'vitest';
import { describeTlsCode } from '../../../../diagnostics/net/http/tls-errors.js';

describe('describeTlsCode', () => {
  it('explains the certificate codes a report names', () => {
    expect(describeTlsCode('CERT_HAS_EXPIRED')).toBe('the server certificate has expired');
    expect(describeTlsCode('CERT_NOT_YET_VALID')).toMatch(/clock/);
    expect(describeTlsCode('ERR_TLS_CERT_ALTNAME_INVALID')).toMatch(/host name/);
  });
  it('falls back to the given text, then to the code', () => {
    expect(describeTlsCode('SOMETHING_NEW', 'openssl said so')).toBe('openssl said so');
    expect(describeTlsCode('SOMETHING_NEW')).toBe('the TLS connection failed (SOMETHING_NEW)');
  });
});
