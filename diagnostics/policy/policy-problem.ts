/**
 * Why a policy value or source was not applied, as a code and an optional detail (a zod message,
 * a system error, a registry type). The code becomes a sentence in the reader's language when the
 * issue is reported (policy.reason.* in the catalogs); the code stays in the data for the app.
 */
export type ProblemCode =
  | 'unknownKey'
  | 'invalidJson'
  | 'invalidValue'
  | 'notUserSetting'
  | 'inSubkey'
  | 'defaultValue'
  | 'unsupportedType'
  | 'unreadable'
  | 'missingFile'
  /** A file over MAX_CONFIG_BYTES, refused unread; `detail` is its size in bytes. */
  | 'tooLarge'
  | 'notDictionary'
  | 'setByPolicy'
  | 'notChangeable'
  | 'needs';

export interface PolicyProblem {
  readonly code: ProblemCode;
  readonly detail?: string;
}

/** A problem with a detail taken from an exception. */
export function problemFrom(code: ProblemCode, e: unknown): PolicyProblem {
  return { code, detail: e instanceof Error ? e.message : String(e) };
}
