import { readBundleFrom } from '../../../diagnostics/bundle/read-bundle.js';
import { blobSource } from '../../../diagnostics/bundle/zip/zip-source.js';
import { pickSha256 } from './pick-sha256.js';
import { answerOf, type UnzipAnswer } from './unzip-protocol.js';

// The viewer's worker: reads one chosen file with the same reader and limits as the CLI and the
// app, off the page's thread, so a crafted file can never freeze the tab. It inherits the page's
// CSP (connect-src 'none'): it can request nothing either.

interface WorkerScope {
  onmessage: ((e: MessageEvent<File>) => void) | null;
  postMessage(answer: UnzipAnswer): void;
}
const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (e) => {
  readBundleFrom(blobSource(e.data), { sha256: pickSha256(globalThis.crypto?.subtle) }).then(
    (bundle) => scope.postMessage({ ok: true, bundle }),
    (error: unknown) => scope.postMessage(answerOf(error)),
  );
};
