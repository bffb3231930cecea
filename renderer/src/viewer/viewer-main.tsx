import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { navigatorLang } from '../i18n/texts.js';
import { useUi } from '../state/store.js';
import { ViewerApp } from './viewer-app.js';
import '../styles.css';
import './viewer.css';

// The web viewer's entry: no transport and no main process, only the file the user opens. The
// shared parts read the language from the app's store, so the viewer sets it there.
useUi.setState({ systemLang: navigatorLang(navigator.languages) ?? 'en' });

const root = document.getElementById('root');
if (!root) throw new Error('homeline-viewer.html has no #root');
createRoot(root).render(
  <StrictMode>
    <ViewerApp />
  </StrictMode>,
);
