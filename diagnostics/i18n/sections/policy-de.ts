import type { CatalogShape } from '../catalog-shape.js';
import type { policyEn } from './policy-en.js';

/** Texts of `homeline policy` and the policy warnings of `homeline check`, in German. */
export const policyDe: CatalogShape<typeof policyEn> = {
  title: 'Homeline-Einstellungen und verwaltete Richtlinie',
  sourcesTitle: 'Woher die verwaltete Richtlinie gelesen wird',
  sourceRead: '{{location}}: gelesen',
  sourceAbsent: '{{location}}: nicht vorhanden',
  sourceError: '{{location}}: konnte nicht gelesen werden: {{reason}}',
  noSources: 'Dieses System hat keinen Ort für verwaltete Richtlinien (HOMELINE_POLICY_FILE=none oder ein nicht unterstütztes Betriebssystem).',
  settingsTitle: 'Geltende Einstellungen',
  settingLine: '{{key}} = {{value}}  ({{origin}})',
  notSet: '(nicht gesetzt)',
  origin: {
    policy: 'Richtlinie: {{location}}, gesperrt',
    user: 'Ihre Einstellung',
    default: 'Standard',
    defaultLocked: 'Standard, per Richtlinie gesperrt',
    itOnly: 'Standard; nur per Richtlinie setzbar',
  },
  reason: {
    unknownKey: 'ist kein Homeline-Richtlinienschlüssel',
    invalidJson: 'ist kein gültiges JSON ({{detail}})',
    invalidValue: 'ist ungültig: {{detail}}',
    notUserSetting: 'nennt „{{detail}}“, das keine Einstellung ist, die Benutzer haben können',
    inSubkey: 'liegt in einem Unterschlüssel: gelesen werden nur Werte direkt unter dem Richtlinienschlüssel',
    defaultValue: 'ist der Standardwert des Schlüssels und keine Richtlinie',
    unsupportedType: 'hat den Typ {{detail}}, den keine Homeline-Richtlinie verwendet (REG_SZ, REG_DWORD oder REG_MULTI_SZ)',
    unreadable: 'konnte nicht gelesen werden ({{detail}})',
    missingFile: 'die Datei existiert nicht',
    notDictionary: 'enthält kein Verzeichnis von Richtlinienschlüsseln',
    setByPolicy: 'ist per Richtlinie gesetzt',
    notChangeable: 'darf von Benutzern nicht geändert werden',
    needs: 'bleibt aus: es fehlt {{detail}}',
  },
  issuesTitle: 'Ignorierte Richtlinienwerte',
  issueLine: '{{key}} in {{location}}: {{reason}}',
  noIssues: 'Keine Probleme in der verwalteten Richtlinie gefunden.',
  checkWarning: 'Verwaltete Richtlinie: {{key}} in {{location}} wurde ignoriert ({{reason}}).',
};
