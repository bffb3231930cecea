import { build } from 'plist';
import { BUNDLE_ID } from '../../diagnostics/policy/identity.js';
import { POLICY_KEYS } from '../../diagnostics/policy/policy-keys.js';

// Fixed UUIDs keep the generated sample identical from run to run (the drift test compares it).
const PROFILE_UUID = '6F1C1B2E-7A34-4F0B-9A59-3C1D2E4F5A60';
const PAYLOAD_UUID = '0D8E6B5A-2C4F-4E3A-8B1D-7F9A0C2E4B61';

/**
 * A sample configuration profile: one app-domain payload for Homeline's bundle id with every key
 * and its example value, which macOS installs into /Library/Managed Preferences. IT edits the
 * values (or the UUIDs, for a second profile) and deploys it with Jamf, Intune or another MDM.
 */
export function buildMobileconfig(): string {
  const settings = Object.fromEntries(POLICY_KEYS.map((k) => [k.key, k.meta.example]));
  const profile = {
    PayloadContent: [
      {
        PayloadType: BUNDLE_ID,
        PayloadIdentifier: `${BUNDLE_ID}.policy`,
        PayloadUUID: PAYLOAD_UUID,
        PayloadVersion: 1,
        PayloadDisplayName: 'Homeline settings',
        ...settings,
      },
    ],
    PayloadDisplayName: 'Homeline (sample)',
    PayloadDescription: 'Managed settings for Homeline. Generated from diagnostics/policy/policy-schema.ts; edit the values before deploying.',
    PayloadIdentifier: `${BUNDLE_ID}.profile`,
    PayloadOrganization: 'Example GmbH',
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: PROFILE_UUID,
    PayloadVersion: 1,
  };
  return `${build(profile as Parameters<typeof build>[0])}\n`;
}
