import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { keys } from '../../api/queries';
import { Page } from '../../components/Page';
import { TotpEnrolment } from '../auth/TotpEnrolment';

/** From the settings: turn on two-factor authentication. */
export function EnableTotpPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  async function done() {
    await queryClient.invalidateQueries({ queryKey: keys.me });
    void navigate('/settings');
  }

  return (
    <Page title={t('web.settings.enableTotp')} description={t('web.totp.settingsIntro')}>
      <TotpEnrolment onDone={() => void done()} doneLabel={t('web.totp.backToSettings')} />
    </Page>
  );
}
