import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { replaceTotp } from '../../api/identity';
import { CodeConfirmForm } from './CodeConfirmForm';

/**
 * A new phone, or a lost one: confirmed with a code or a recovery code, the old app is
 * removed, every session ends, and the user goes straight to setting up the new app.
 */
export function ReplaceTotpForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const replace = useMutation({
    mutationFn: replaceTotp,
    onSuccess: () => {
      queryClient.clear();
      void navigate('/totp-enrol?reason=replace', { replace: true });
    },
  });
  return (
    <CodeConfirmForm
      id="replace-totp"
      title={t('web.settings.replaceTotp')}
      help={t('web.settings.replaceTotpHelp')}
      submitLabel={t('web.settings.replaceTotp')}
      mutation={replace}
    />
  );
}
