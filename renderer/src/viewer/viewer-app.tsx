import { useEffect, useState, type DragEvent } from 'react';
import { useTexts } from '../app-context.js';
import { useUi } from '../state/store.js';
import { BundleView } from './bundle-view.js';
import { LanguageSelect } from './language-select.js';
import { openBundleFile, unreadableMessage, type ShownBundle } from './open-bundle.js';
import { Brand } from '../parts/brand.js';

/** What the viewer shows: nothing yet, a file being read, a bundle, or why a file was refused. */
type ViewerState =
  | { readonly kind: 'empty' }
  | { readonly kind: 'reading'; readonly fileName: string }
  | { readonly kind: 'shown'; readonly shown: ShownBundle }
  | { readonly kind: 'failed'; readonly fileName: string; readonly error: unknown };

/** The whole viewer page: choose or drop a bundle, then read it. */
export function ViewerApp() {
  const tx = useTexts();
  const [state, setState] = useState<ViewerState>({ kind: 'empty' });
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    document.documentElement.lang = tx.lang;
    document.title = tx.t('viewer.title');
  }, [tx]);

  const open = (file: File | undefined): void => {
    if (!file) return;
    setState({ kind: 'reading', fileName: file.name });
    openBundleFile(file).then(
      (shown) => setState({ kind: 'shown', shown }),
      (error: unknown) => setState({ kind: 'failed', fileName: file.name, error }),
    );
  };
  // The whole page takes a dropped file; the browser must not navigate to it instead.
  const onDragOver = (e: DragEvent): void => {
    e.preventDefault();
    setDragging(true);
  };
  const onDrop = (e: DragEvent): void => {
    e.preventDefault();
    setDragging(false);
    open(e.dataTransfer.files[0]);
  };

  return (
    <div className={`shell viewer${dragging ? ' dragging' : ''}`} onDragOver={onDragOver} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
      <header className="topbar">
        <Brand title={tx.t('viewer.title')} />
        <LanguageSelect />
      </header>
      <main id="main" className="viewer-main" data-state={state.kind}>
        <section className="card hero no-print" aria-labelledby="viewer-title">
          <h1 id="viewer-title">{tx.t('viewer.title')}</h1>
          <p className="lead">{tx.t('viewer.intro')}</p>
          <p>
            <label className="file-choice">
              <span className="primary button-like">{tx.t('viewer.choose')}</span>
              <input
                type="file"
                accept=".homeline,application/zip"
                data-testid="bundle-input"
                className="visually-hidden"
                onChange={(e) => {
                  open(e.target.files?.[0]);
                  // Choosing the same file again must read it again.
                  e.target.value = '';
                }}
              />
            </label>{' '}
            <span className="muted">{dragging ? tx.t('viewer.dropHere') : tx.t('viewer.drop')}</span>
          </p>
        </section>
        {state.kind === 'reading' ? (
          <p className="card" role="status">
            {tx.t('viewer.reading', { file: state.fileName })}
          </p>
        ) : null}
        {state.kind === 'failed' ? (
          <p className="card alert" role="alert" data-testid="bundle-error">
            {unreadableMessage(tx, state.fileName, state.error)}
          </p>
        ) : null}
        {state.kind === 'shown' ? <BundleView key={state.shown.fileName + state.shown.bundle.manifest.createdAt} shown={state.shown} /> : null}
      </main>
    </div>
  );
}
