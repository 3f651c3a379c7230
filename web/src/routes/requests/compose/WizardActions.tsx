import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../../components/Icon';
import { Notification } from '../../../components/Notification';
import { inboxHref } from '../inbox-params';

interface WizardActionsProps {
  /** Absent on the first step. */
  onBack?: () => void;
  /** Absent where everything is saved as it is chosen (the review has Send instead). */
  onSaveDraft?: () => void;
  busy: boolean;
  /** The primary button's text; it submits the step's form. */
  continueLabel?: string;
  /** Confirms the last Save draft, next to the button that was pressed. */
  saved?: boolean;
}

/** The buttons under each step: Continue (submits the step's form), Back, Save draft. */
export function WizardActions({ onBack, onSaveDraft, busy, continueLabel, saved }: WizardActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      <div role="status">
        {saved && (
          <Notification variant="success" className="ecl-u-mt-l openimi-narrow" title={t('requests.compose.saved.title')}>
            {t('requests.compose.saved.text')}{' '}
            <Link className="ecl-link openimi-text-link" to={inboxHref({ box: 'drafts' })}>
              {t('requests.compose.saved.drafts')}
            </Link>
          </Notification>
        )}
      </div>
      <div className="openimi-actions openimi-wizard-actions ecl-u-mt-l">
      <button type="submit" className="ecl-button ecl-button--primary" disabled={busy}>
        {continueLabel ?? t('requests.compose.action.continue')}
      </button>
      {onBack && (
        <button type="button" className="ecl-button ecl-button--secondary" onClick={onBack} disabled={busy}>
          <span className="ecl-button__container">
            <Icon name="corner-arrow" size="xs" transform="rotate-270" className="ecl-button__icon" />
            <span className="ecl-button__label">{t('requests.compose.action.back')}</span>
          </span>
        </button>
      )}
      {onSaveDraft && (
        <button type="button" className="ecl-button ecl-button--tertiary" onClick={onSaveDraft} disabled={busy}>
          {t('requests.compose.action.saveDraft')}
        </button>
      )}
      </div>
    </>
  );
}
