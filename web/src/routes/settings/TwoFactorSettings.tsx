import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../../api/types';
import { DisableTotpForm } from './DisableTotpForm';
import { RenewRecoveryCodesForm } from './RenewRecoveryCodesForm';
import { ReplaceTotpForm } from './ReplaceTotpForm';

/** Two-factor authentication: turn it on, or off (unless the country requires it), new recovery codes, a new app. */
export function TwoFactorSettings({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="settings-2fa" className="ecl-u-mb-2xl">
      <h2 className="ecl-u-type-heading-2" id="settings-2fa">
        {t('web.settings.twoFactor')}
      </h2>
      <p className="ecl-u-type-paragraph">{me.totpEnabled ? t('web.settings.totpOn') : t('web.settings.totpOff')}</p>
      {me.totpRequired && <p className="ecl-u-type-paragraph">{t('web.settings.totpRequired')}</p>}
      {!me.totpEnabled ? (
        <Link className="ecl-button ecl-button--primary" to="/settings/totp">
          {t('web.settings.enableTotp')}
        </Link>
      ) : (
        <>
          <RenewRecoveryCodesForm />
          <ReplaceTotpForm />
          {!me.totpRequired && <DisableTotpForm />}
        </>
      )}
    </section>
  );
}
