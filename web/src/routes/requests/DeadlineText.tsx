import { useTranslation } from 'react-i18next';
import type { RequestDeadline } from '../../api/requests';
import { daysUntil, deadlineDay } from './request-view';
import { useFormats } from './use-formats';

/**
 * A deadline: what it is for, its day in the reader's notation, how far away it is, and an
 * "Overdue" label in words (not colour alone) once it has passed.
 */
export function DeadlineText({ deadline, compact = false, now = new Date() }: { deadline: RequestDeadline; compact?: boolean; now?: Date }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const days = daysUntil(deadline.at, now);
  return (
    <span className="openimi-deadline">
      {deadline.overdue && <span className="ecl-label ecl-label--high ecl-u-mr-xs">{t('requests.deadline.overdue')}</span>}
      {!compact && <span>{t(`requests.deadline.kind.${deadline.kind}`)} </span>}
      <time dateTime={deadlineDay(deadline.at)}>{formats.day(deadline.at)}</time>
      <span className="openimi-deadline__relative"> ({formats.relativeDays(days)})</span>
    </span>
  );
}
