/** Plain-English lines for the certificate and handshake codes a home worker's report is likely to show. */
const MESSAGES: Readonly<Record<string, string>> = {
  CERT_HAS_EXPIRED: 'the server certificate has expired',
  CERT_NOT_YET_VALID: 'the server certificate is not valid yet (check this computer\'s clock)',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the server certificate does not cover this host name',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the server certificate is self-signed and not trusted',
  SELF_SIGNED_CERT_IN_CHAIN: 'the certificate chain ends in a root that is not trusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the server certificate\'s issuer is unknown (missing intermediate or untrusted CA)',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the issuer of the server certificate is not in the trust store',
  UNABLE_TO_GET_ISSUER_CERT: 'the issuer certificate of the chain could not be found',
  CERT_REVOKED: 'the server certificate has been revoked',
  CERT_SIGNATURE_FAILURE: 'the server certificate\'s signature is invalid',
  CERT_UNTRUSTED: 'the server certificate is not trusted for this purpose',
  INVALID_PURPOSE: 'the server certificate is not meant for a web server',
  HOSTNAME_MISMATCH: 'the server certificate does not cover this host name',
  ERR_SSL_WRONG_VERSION_NUMBER: 'the server did not answer with TLS (plain HTTP on a TLS port?)',
  ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE: 'the server refused the TLS handshake',
  ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION: 'the server and this computer share no TLS version',
  ECONNRESET: 'the connection was reset during the TLS handshake',
};

/** A one-line explanation for a TLS verification or handshake code, falling back to the code itself. */
export function describeTlsCode(code: string, fallback?: string): string {
  return MESSAGES[code] ?? fallback ?? `the TLS connection failed (${code})`;
}
