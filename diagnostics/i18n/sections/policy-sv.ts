import type { CatalogShape } from '../catalog-shape.js';
import type { policyEn } from './policy-en.js';

/** Texts of `homeline policy` and the policy warnings of `homeline check`, in Swedish. */
export const policySv: CatalogShape<typeof policyEn> = {
  title: 'Homelines inställningar och hanterade policy',
  sourcesTitle: 'Var den hanterade policyn läses',
  sourceRead: '{{location}}: läst',
  sourceAbsent: '{{location}}: finns inte',
  sourceError: '{{location}}: kunde inte läsas: {{reason}}',
  noSources: 'Det här systemet har ingen plats för hanterad policy (HOMELINE_POLICY_FILE=none eller ett operativsystem som inte stöds).',
  settingsTitle: 'Inställningar som gäller',
  settingLine: '{{key}} = {{value}}  ({{origin}})',
  notSet: '(inte satt)',
  origin: {
    policy: 'policy: {{location}}, låst',
    user: 'din inställning',
    default: 'standard',
    defaultLocked: 'standard, låst av policyn',
    itOnly: 'standard; bara policyn kan sätta den',
  },
  reason: {
    unknownKey: 'är ingen policynyckel för Homeline',
    invalidJson: 'är inte giltig JSON ({{detail}})',
    invalidValue: 'är ogiltigt: {{detail}}',
    notUserSetting: 'nämner ”{{detail}}”, som inte är en inställning användare kan ha',
    inSubkey: 'ligger i en undernyckel: bara värden direkt under policynyckeln läses',
    defaultValue: 'är nyckelns standardvärde, som inte är någon policy',
    unsupportedType: 'har typen {{detail}}, som ingen Homeline-policy använder (REG_SZ, REG_DWORD eller REG_MULTI_SZ)',
    unreadable: 'kunde inte läsas ({{detail}})',
    missingFile: 'filen finns inte',
    notDictionary: 'innehåller ingen ordlista med policynycklar',
    setByPolicy: 'är satt av policyn',
    notChangeable: 'får inte ändras av användare',
    needs: 'förblir av: den behöver {{detail}}',
  },
  issuesTitle: 'Ignorerade policyvärden',
  issueLine: '{{key}} i {{location}}: {{reason}}',
  noIssues: 'Inga problem i den hanterade policyn.',
  checkWarning: 'Hanterad policy: {{key}} i {{location}} ignorerades ({{reason}}).',
};
