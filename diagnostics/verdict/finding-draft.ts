import type { en } from '../i18n/catalog-en.js';
import type { Vars } from '../i18n/translator.js';
import type { Segment, Severity, Witness } from '../schema/report.js';

/** A line of evidence: a catalog key and the measured values it cites. */
export interface EvidenceLine {
  readonly key: keyof (typeof en)['evidence'];
  readonly vars?: Vars;
}

/** The finding ids that have texts in the catalog: `segment-group.name`. */
export type FindingId = {
  [G in keyof (typeof en)['finding']]: `${G & string}.${keyof (typeof en)['finding'][G] & string}`;
}[keyof (typeof en)['finding']];

/** A finding before it is put into words: rules produce these, language-free and easy to test. */
export interface FindingDraft {
  readonly id: FindingId;
  /** `unknown` for a finding without a proven owner: witnesses that contradict each other (`unsure.*`), or a fault seen without its owner (`media.*`, info only). */
  readonly segment: Exclude<Segment, 'none'>;
  readonly severity: Severity;
  readonly evidence: readonly EvidenceLine[];
  /** The kinds of evidence that agree on this finding; absent where the rule does not weigh witnesses. */
  readonly witnesses?: readonly Witness[];
}

/** One rule: reads the evidence, returns the findings it is sure of (often none). */
export type Rule = (e: import('./evidence.js').Evidence) => readonly FindingDraft[];
