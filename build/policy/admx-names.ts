import type { PolicyGroup } from '../../diagnostics/policy/policy-meta.js';

/** The ADMX namespace, the prefix and the file name shared by the ADMX and its ADML files. */
export const ADMX = {
  namespace: 'Homeline.Policies.Homeline',
  prefix: 'homeline',
  file: 'homeline',
  supportedOn: 'SUPPORTED_Homeline_0_1',
  rootCategory: 'Homeline',
} as const;

/** The ADMX category name of a template group. */
export function categoryName(group: PolicyGroup): string {
  return `Homeline_${group}`;
}

/** The ADML string id of an enum option. */
export function optionStringId(regName: string, option: string): string {
  return `${regName}_${option.replace(/[^A-Za-z0-9]/g, '_')}`;
}
