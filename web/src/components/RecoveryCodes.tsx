import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notification } from './Notification';

/** New recovery codes, shown once: the user copies or downloads them before going on. */
export function RecoveryCodes({ codes }: { codes: readonly string[] }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const text = codes.join('\n');

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  function download() {
    const url = URL.createObjectURL(new Blob([`${text}\n`], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'openimi-recovery-codes.txt';
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <section className="ecl-u-mb-l" aria-labelledby="recovery-codes-title">
      <h2 className="ecl-u-type-heading-2" id="recovery-codes-title">
        {t('web.recovery.title')}
      </h2>
      <Notification variant="warning" className="ecl-u-mb-m" title={t('web.recovery.warningTitle')}>
        {t('web.recovery.warning')}
      </Notification>
      <ol className="ecl-ordered-list openimi-codes">
        {codes.map((code) => (
          <li key={code} className="ecl-ordered-list__item">
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="openimi-actions">
        <button type="button" className="ecl-button ecl-button--secondary" onClick={() => void copy()}>
          {t('web.recovery.copy')}
        </button>
        <button type="button" className="ecl-button ecl-button--secondary" onClick={download}>
          {t('web.recovery.download')}
        </button>
      </div>
      <p role="status" className="ecl-u-type-paragraph-s ecl-u-mt-s">
        {copied ? t('web.recovery.copied') : ''}
      </p>
    </section>
  );
}
