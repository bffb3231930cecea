import { useState } from 'react';
import { useTexts, useTransport } from '../app-context.js';

/** Hands bytes from the browser transport to the browser as a file download. */
function download(fileName: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/zip' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // The click has started the download; the URL is not needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "Save the report…": the desktop app asks where; in a browser it downloads. */
export function SaveBundle({ primary }: { primary: boolean }) {
  const tx = useTexts();
  const transport = useTransport();
  const [status, setStatus] = useState<{ kind: 'saved'; path: string } | { kind: 'downloaded'; file: string } | { kind: 'error'; message: string } | null>(null);
  const save = (): void => {
    transport.invoke('bundle.save', {}).then(
      (r) => {
        if (r.download) {
          download(r.download.fileName, r.download.base64);
          setStatus({ kind: 'downloaded', file: r.download.fileName });
        } else if (r.savedTo) setStatus({ kind: 'saved', path: r.savedTo });
        else setStatus(null); // the user cancelled the dialog
      },
      (e: unknown) => setStatus({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  };
  return (
    <div className="actions">
      <button type="button" className={primary ? 'primary' : 'secondary'} onClick={save} data-testid="save-bundle">
        {tx.t('app.helpdesk.save')}
      </button>
      <p role="status" className="muted">
        {status?.kind === 'saved'
          ? tx.t('app.helpdesk.savedTo', { path: status.path })
          : status?.kind === 'downloaded'
            ? tx.t('app.helpdesk.downloaded', { file: status.file })
            : status?.kind === 'error'
              ? tx.t('app.common.error', { message: status.message })
              : ''}
      </p>
    </div>
  );
}
