import { basicAuth } from './http.js';
import { PermanentSendError } from './send-errors.js';

/** How a help desk wants its credential presented. */
export type AuthScheme = 'basic' | 'bearer' | 'token' | 'apikey';

/**
 * The Authorization header for a credential from the secret store. basic: "user:password";
 * bearer: an OAuth access token; token: Request Tracker's auth token; apikey: Freshservice's API
 * key, sent as Basic with the password "X" as its documentation says.
 */
export function authHeader(scheme: AuthScheme, secret: string): string {
  switch (scheme) {
    case 'basic': {
      const colon = secret.indexOf(':');
      if (colon < 1) throw new PermanentSendError('The help-desk credential must be "user:password" for Basic authentication.');
      return basicAuth(secret.slice(0, colon), secret.slice(colon + 1));
    }
    case 'bearer':
      return `Bearer ${secret}`;
    case 'token':
      return `token ${secret}`;
    case 'apikey':
      return basicAuth(secret, 'X');
  }
}
