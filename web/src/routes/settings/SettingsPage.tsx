import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/queries';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { PasswordSettings } from './PasswordSettings';
import { ProfileSettings } from './ProfileSettings';
import { TwoFactorSettings } from './TwoFactorSettings';

/** The user's own settings: name and language, password, two-factor authentication. */
export function SettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Page title={t('web.settings.title')}>
      {!me.data ? (
        <Loading />
      ) : (
        <div className="openimi-narrow">
          <ProfileSettings me={me.data} />
          <PasswordSettings />
          <TwoFactorSettings me={me.data} />
        </div>
      )}
    </Page>
  );
}
