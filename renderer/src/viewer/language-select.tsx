import { uiLangSchema, type UiLang } from '../../../electron/ipc/contract.js';
import { useTexts } from '../app-context.js';
import { useUi } from '../state/store.js';

/** Each language in its own name, so a reader who cannot read the current one finds theirs. */
const OWN_NAME: Readonly<Record<UiLang, string>> = { en: 'English', de: 'Deutsch', sv: 'Svenska' };

/** Switches the viewer's language (it starts with the browser's). */
export function LanguageSelect() {
  const tx = useTexts();
  return (
    <label className="lang-select">
      <span className="visually-hidden">{tx.t('viewer.language')}</span>
      <select
        value={tx.lang}
        data-testid="viewer-lang"
        aria-label={tx.t('viewer.language')}
        onChange={(e) => useUi.setState({ systemLang: uiLangSchema.parse(e.target.value) })}
      >
        {uiLangSchema.options.map((l) => (
          <option key={l} value={l} lang={l}>
            {OWN_NAME[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
