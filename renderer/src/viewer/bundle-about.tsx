import { useTexts } from '../app-context.js';
import type { ShownBundle } from './open-bundle.js';

/** Where the bundle came from: the file, when and by which Homeline on which system, what was redacted. */
export function BundleAbout({ shown }: { shown: ShownBundle }) {
  const tx = useTexts();
  const { manifest, report } = shown.bundle;
  const r = manifest.redaction;
  return (
    <section className="card" aria-labelledby="about-title" data-testid="bundle-about">
      <h2 id="about-title">{tx.t('viewer.about')}</h2>
      <dl className="about">
        <dt>{tx.t('viewer.file')}</dt>
        <dd data-testid="about-file">
          <code>{shown.fileName}</code>
        </dd>
        <dt>{tx.t('viewer.written')}</dt>
        <dd>
          {tx.dateTime(manifest.createdAt)} ·{' '}
          {tx.t('viewer.software', { version: manifest.app.version, os: manifest.os.platform, release: manifest.os.release, arch: manifest.os.arch })}
        </dd>
        <dt>{tx.t('viewer.checkedLabel')}</dt>
        <dd>{tx.t('viewer.checked', { date: tx.dateTime(report.startedAt), seconds: report.durationMs / 1000 })}</dd>
        <dt>{tx.t('viewer.redaction')}</dt>
        <dd>{r.level === 'off' ? tx.t('viewer.notRedacted') : tx.t('viewer.redacted', r.replaced)}</dd>
      </dl>
    </section>
  );
}
