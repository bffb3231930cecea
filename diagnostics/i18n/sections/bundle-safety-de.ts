import type { bundleSafetyErrorsEn } from './bundle-safety-en.js';

export const bundleSafetyErrorsDe: Record<keyof typeof bundleSafetyErrorsEn, string> = {
  'file-too-large': '{{file}} ist größer als {{detail}}; Homeline öffnet es nicht.',
  'too-many-entries': '{{file}} listet mehr als {{detail}} Dateien; Homeline öffnet es nicht.',
  'overlapping-entries': '{{file}} wurde manipuliert: mehrere seiner Dateien teilen sich dieselben Daten ({{detail}}). Homeline öffnet es nicht.',
  'duplicate-entry': '{{file}} enthält {{detail}} mehr als einmal; Homeline öffnet es nicht.',
  'size-mismatch': '{{file}} wurde manipuliert oder ist beschädigt: {{detail}} entpackt sich nicht zu der angegebenen Größe.',
};
