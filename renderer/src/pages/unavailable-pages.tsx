import type { ReactNode } from 'react';
import { useTexts } from '../app-context.js';
import { PageHeading } from '../parts/page-heading.js';
import { Unavailable } from '../parts/unavailable.js';
import { useFeatures, type Features } from '../state/features.js';

// The pages whose stores other work brings (bundles). Each shows
// what it is for and, while the main process reports the feature missing, says so plainly.

/** One such page: title, what it is for, and the "not in this version" card when the feature is off. */
function FeaturePage(p: { area: 'bundle'; feature: keyof Features; hint?: string; children?: ReactNode }) {
  const tx = useTexts();
  const features = useFeatures();
  return (
    <section aria-labelledby={`${p.area}-title`}>
      <PageHeading id={`${p.area}-title`}>{tx.t(`app.${p.area}.title`)}</PageHeading>
      <p className="lead">{tx.t(`app.${p.area}.intro`)}</p>
      {p.children}
      {features?.[p.feature] === false ? (
        <Unavailable message={tx.t(`app.${p.area}.unavailable`)} {...(p.hint ? { hint: p.hint } : {})} />
      ) : null}
    </section>
  );
}

/** Opening a bundle file, for support agents. */
export function BundlePage() {
  const tx = useTexts();
  const features = useFeatures();
  return (
    <FeaturePage area="bundle" feature="bundles">
      <p>
        <button type="button" className="secondary" disabled={features?.bundles !== true}>
          {tx.t('app.bundle.open')}
        </button>
      </p>
    </FeaturePage>
  );
}
