/** Why a crafted or oversized bundle is refused before or while it is unpacked (bundle.error.*). */
export const bundleSafetyErrorsEn = {
  'file-too-large': '{{file}} is larger than {{detail}}; Homeline does not open it.',
  'too-many-entries': '{{file}} lists more than {{detail}} files; Homeline does not open it.',
  'overlapping-entries': '{{file}} was crafted: several of its files share the same data ({{detail}}). Homeline does not open it.',
  'duplicate-entry': '{{file}} holds {{detail}} more than once; Homeline does not open it.',
  'size-mismatch': '{{file}} was crafted or is damaged: {{detail}} does not unpack to the size it declares.',
} as const;
