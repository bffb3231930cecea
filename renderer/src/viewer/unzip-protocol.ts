import { BundleError, type BundleErrorReason } from '../../../diagnostics/bundle/bundle-error.js';
import type { OpenedBundle } from '../../../diagnostics/bundle/read-bundle.js';

/** What the unzip worker answers: the checked bundle, or why the file was refused. */
export type UnzipAnswer =
  | { readonly ok: true; readonly bundle: OpenedBundle }
  | { readonly ok: false; readonly reason?: BundleErrorReason; readonly detail?: string; readonly message: string };

/** An error as it crosses to the page (a BundleError keeps its reason for the catalog). */
export function answerOf(e: unknown): UnzipAnswer {
  if (e instanceof BundleError) return { ok: false, reason: e.reason, detail: e.detail, message: e.message };
  return { ok: false, message: e instanceof Error ? e.message : String(e) };
}

/** The answer's bundle, or its error thrown again as the page's own BundleError. */
export function bundleOf(a: UnzipAnswer): OpenedBundle {
  if (a.ok) return a.bundle;
  throw a.reason ? new BundleError(a.reason, a.message, a.detail) : new Error(a.message);
}
