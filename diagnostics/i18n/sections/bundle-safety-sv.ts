import type { bundleSafetyErrorsEn } from './bundle-safety-en.js';

export const bundleSafetyErrorsSv: Record<keyof typeof bundleSafetyErrorsEn, string> = {
  'file-too-large': '{{file}} är större än {{detail}}; Homeline öppnar den inte.',
  'too-many-entries': '{{file}} listar fler än {{detail}} filer; Homeline öppnar den inte.',
  'overlapping-entries': '{{file}} är manipulerad: flera av dess filer delar samma data ({{detail}}). Homeline öppnar den inte.',
  'duplicate-entry': '{{file}} innehåller {{detail}} mer än en gång; Homeline öppnar den inte.',
  'size-mismatch': '{{file}} är manipulerad eller skadad: {{detail}} packas inte upp till den storlek den anger.',
};
