import { useTranslation } from 'react-i18next';
import { useSystem } from '../api/queries';
import { Notification } from './Notification';

/** On a training environment, every page says so. */
export function TrainingBanner() {
  const { t } = useTranslation();
  const system = useSystem();
  if (!system.data?.training) return null;
  return (
    <div className="ecl-site-header__notification openimi-training" data-testid="training-banner">
      <div className="ecl-container">
        <Notification variant="warning" title={t('web.training.banner')} className="openimi-training__notice" />
      </div>
    </div>
  );
}
