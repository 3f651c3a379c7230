import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { disableTotp } from '../../api/identity';
import { keys } from '../../api/queries';
import { CodeConfirmForm } from './CodeConfirmForm';

/** Turns two-step verification off, confirmed with a current code or a recovery code. */
export function DisableTotpForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const disable = useMutation({ mutationFn: disableTotp, onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.me }) });
  return <CodeConfirmForm id="disable-totp" title={t('web.settings.disableTotp')} submitLabel={t('web.settings.disableTotp')} mutation={disable} />;
}
