import type { Profile } from '../schema/profile.js';

/**
 * Public targets used when neither a profile nor a policy names any: well-known anycast resolvers
 * and connectivity-check endpoints that operating systems themselves use. Tests never reach these:
 * test/setup.ts sets HOMELINE_NO_BUILTIN_TARGETS and the loader then refuses to fall back here.
 */
export const BUILTIN_PROFILE: Profile = {
  internet: {
    pingTargets: ['1.1.1.1', '9.9.9.9'],
    dnsNames: ['www.microsoft.com', 'www.wikipedia.org'],
    publicResolvers: ['1.1.1.1', '9.9.9.9'],
    httpsUrls: ['https://www.microsoft.com/', 'https://www.wikipedia.org/'],
    captivePortalUrl: 'http://connectivitycheck.gstatic.com/generate_204',
  },
  // The public STUN services of conferencing providers, so a check without a profile tests the
  // path real calls take (issue #19): Google's (Meet, WebRTC) and Cloudflare's (Realtime/Calls),
  // two networks apart. Microsoft runs no public STUN service: Teams relays are TURN servers
  // behind credentials, so none is named here; a company puts its own relays in its profile.
  media: {
    stunServers: [
      { host: 'stun.l.google.com', port: 19302 },
      { host: 'stun.cloudflare.com', port: 3478 },
    ],
  },
};
