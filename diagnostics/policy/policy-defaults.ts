import type { PolicyKey, PolicyValues } from './policy-schema.js';

/**
 * What applies when neither policy nor the user set a key. Undefined means "not configured"
 * (no help desk, built-in targets, no branding). Privacy defaults are the protective ones, and
 * everything that sends data anywhere is off.
 */
export const POLICY_DEFAULTS: { readonly [K in PolicyKey]: PolicyValues[K] | undefined } = {
  targets: undefined,
  helpDeskConnector: undefined,
  helpDeskBaseUrl: undefined,
  helpDeskEmail: undefined,
  helpDeskQueue: undefined,
  helpDeskRequestType: undefined,
  helpDeskCategories: undefined,
  redactionLevel: 'standard',
  ssidHandling: 'hash',
  backgroundCheckMinutes: 0,
  startAtLogin: true,
  monitorEnabled: true,
  monitorIntervalSeconds: 1,
  monitorOnPowerSaver: false,
  monitorOnMetered: false,
  language: 'auto',
  companyName: undefined,
  helpDeskPhone: undefined,
  helpDeskHours: undefined,
  userMayChange: undefined,
  fleetExportEnabled: false,
  fleetExportOtlpEndpoint: undefined,
  ooklaEnabled: false,
  ooklaLicenceAccepted: false,
  ooklaCliPath: undefined,
};
