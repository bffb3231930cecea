import { useTexts } from '../app-context.js';
import { PageHeading } from '../parts/page-heading.js';
import { Unavailable } from '../parts/unavailable.js';
import { useFeatures } from '../state/features.js';

// The pages whose stores other work brings (tickets and outbox, history, bundles). Each shows
// what it is for and, while the main process reports the feature missing, says so plainly.

/** Help desk: what would be sent, the redaction preview, send, and the outbox. */
export function HelpdeskPage() {
  const tx = useTexts();
  const features = useFeatures();
  return (
    <section aria-labelledby="helpdesk-title">
      <PageHeading id="helpdesk-title">{tx.t('app.helpdesk.title')}</PageHeading>
      <p className="lead">{tx.t('app.helpdesk.intro')}</p>
      {features?.tickets === false ? (
        <Unavailable message={tx.t('app.helpdesk.unavailable')} hint={tx.t('app.helpdesk.unavailableHint')} />
      ) : null}
    </section>
  );
}

/** History: loss, latency and speed over days. */
export function HistoryPage() {
  const tx = useTexts();
  const features = useFeatures();
  return (
    <section aria-labelledby="history-title">
      <PageHeading id="history-title">{tx.t('app.history.title')}</PageHeading>
      <p className="lead">{tx.t('app.history.intro')}</p>
      {features?.history === false ? <Unavailable message={tx.t('app.history.unavailable')} /> : null}
    </section>
  );
}

/** Opening a bundle file, for support agents. */
export function BundlePage() {
  const tx = useTexts();
  const features = useFeatures();
  return (
    <section aria-labelledby="bundle-title">
      <PageHeading id="bundle-title">{tx.t('app.bundle.title')}</PageHeading>
      <p className="lead">{tx.t('app.bundle.intro')}</p>
      <button type="button" className="secondary" disabled={features?.bundles !== true}>
        {tx.t('app.bundle.open')}
      </button>
      {features?.bundles === false ? <Unavailable message={tx.t('app.bundle.unavailable')} /> : null}
    </section>
  );
}
