import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { renewRecoveryCodes } from '../../api/identity';
import { RecoveryCodes } from '../../components/RecoveryCodes';
import { CodeConfirmForm } from './CodeConfirmForm';

/** A new set of recovery codes (the old ones stop working), confirmed with a current code. */
export function RenewRecoveryCodesForm() {
  const { t } = useTranslation();
  const renew = useMutation({ mutationFn: renewRecoveryCodes });
  if (renew.data) return <RecoveryCodes codes={renew.data.recoveryCodes} />;
  return (
    <CodeConfirmForm
      id="renew-codes"
      title={t('web.settings.newRecoveryCodes')}
      help={t('web.settings.newRecoveryCodesHelp')}
      submitLabel={t('web.settings.generateCodes')}
      mutation={renew}
    />
  );
}
