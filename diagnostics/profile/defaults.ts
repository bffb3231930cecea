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
};
