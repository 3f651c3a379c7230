import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem';
import { Notification } from './Notification';

/**
 * Shows a failed call: the server's `detail` (already in the reader's language), or a
 * message of our own when the server could not be reached or said nothing useful.
 * `focus`: after a failed submit, move focus to the notice (an error summary), since the
 * submit button that had it is disabled while the call runs and focus falls to the page.
 */
export function ProblemNotice({ error, className = 'ecl-u-mb-l', focus = false }: { error: unknown; className?: string; focus?: boolean }) {
  const { t } = useTranslation();
  const notice = useRef<HTMLDivElement>(null);
  // After a failed submit at the bottom of a long form, bring the summary into view.
  useEffect(() => {
    if (!error) return;
    if (focus) notice.current?.focus({ preventScroll: true });
    notice.current?.scrollIntoView?.({ block: 'nearest' });
  }, [error, focus]);
  if (!error) return null;
  let title = t('web.error.title');
  let detail = t('web.error.unexpected');
  if (isApiError(error)) {
    if (error.code === 'network') detail = t('web.error.network');
    else if (error.detail) detail = error.detail;
    if (error.title) title = error.title;
  }
  return (
    <div ref={notice} tabIndex={focus ? -1 : undefined}>
      <Notification variant="error" role="alert" title={title} className={className}>
        {detail}
      </Notification>
    </div>
  );
}
