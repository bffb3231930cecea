import { readBundleFrom, type OpenedBundle } from '../../../diagnostics/bundle/read-bundle.js';
import { blobSource } from '../../../diagnostics/bundle/zip/zip-source.js';
import { pickSha256 } from './pick-sha256.js';
import { bundleOf, type UnzipAnswer } from './unzip-protocol.js';
import UnzipWorker from './unzip-worker.ts?worker&inline';

/**
 * Reads a chosen file in a worker (a blob: worker, which the viewer's CSP allows and nothing else),
 * so the page stays responsive whatever the file holds. Where a browser refuses the worker, the
 * same reader runs on the page, yielding to it every few dozen milliseconds.
 */
export async function readInWorker(file: File): Promise<OpenedBundle> {
  let worker: Worker;
  try {
    worker = new UnzipWorker({ name: 'homeline-unzip' });
  } catch {
    return readOnPage(file);
  }
  try {
    const answer = await new Promise<UnzipAnswer | undefined>((resolve) => {
      worker.onmessage = (e: MessageEvent<UnzipAnswer>) => resolve(e.data);
      // A worker blocked by policy or broken by the browser reports an error event: read on the page.
      worker.onerror = () => resolve(undefined);
      worker.postMessage(file);
    });
    return answer ? bundleOf(answer) : await readOnPage(file);
  } finally {
    worker.terminate();
  }
}

function readOnPage(file: File): Promise<OpenedBundle> {
  let last = performance.now();
  const pause = async (): Promise<void> => {
    if (performance.now() - last < 40) return;
    await new Promise((r) => setTimeout(r, 0));
    last = performance.now();
  };
  return readBundleFrom(blobSource(file), { sha256: pickSha256(globalThis.crypto?.subtle), pause });
}
