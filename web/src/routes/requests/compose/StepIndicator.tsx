import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/Icon';
import { STEPS, type StepId } from './steps';

interface StepIndicatorProps {
  current: StepId;
  /** Steps the user may go to from here (those before the first incomplete one, and it). */
  reachable: (step: StepId) => boolean;
  done: (step: StepId) => boolean;
  onGo: (step: StepId) => void;
}

/**
 * The wizard's progress: the five steps in order, the current one marked for screen readers
 * (aria-current="step"), each done or reachable step a button to go back to it.
 */
export function StepIndicator({ current, reachable, done, onGo }: StepIndicatorProps) {
  const { t } = useTranslation();
  return (
    <nav className="openimi-steps ecl-u-mb-l" aria-label={t('requests.compose.steps.label')}>
      <ol className="openimi-steps__list">
        {STEPS.map((step, index) => {
          const isCurrent = step === current;
          const isDone = !isCurrent && done(step);
          const classes = ['openimi-steps__item', isCurrent ? 'openimi-steps__item--current' : '', isDone ? 'openimi-steps__item--done' : '']
            .filter(Boolean)
            .join(' ');
          const content = (
            <>
              <span className="openimi-steps__number" aria-hidden="true">
                {isDone ? <Icon name="check" size="xs" /> : index + 1}
              </span>
              <span className="openimi-steps__label">
                <span className="ecl-u-sr-only">{t('requests.compose.steps.position', { number: index + 1, total: STEPS.length })} </span>
                {t(`requests.compose.step.${step}`)}
                {isDone && <span className="ecl-u-sr-only"> ({t('requests.compose.steps.done')})</span>}
              </span>
            </>
          );
          return (
            <li key={step} className={classes}>
              {!isCurrent && reachable(step) ? (
                <button type="button" className="openimi-steps__button" onClick={() => onGo(step)}>
                  {content}
                </button>
              ) : (
                <span className="openimi-steps__static" aria-current={isCurrent ? 'step' : undefined}>
                  {content}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
