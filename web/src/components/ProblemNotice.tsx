import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem';
import { Notification } from './Notification';

/**
 * Shows a failed call: the server's `detail` (already in the reader's language), or a
 * message of our own when the server could not be reached or said nothing useful.
 */
export function ProblemNotice({ error, className = 'ecl-u-mb-l' }: { error: unknown; className?: string }) {
  const { t } = useTranslation();
  const notice = useRef<HTMLDivElement>(null);
  // After a failed submit at the bottom of a long form, bring the summary into view.
  useEffect(() => {
    if (error) notice.current?.scrollIntoView?.({ block: 'nearest' });
  }, [error]);
  if (!error) return null;
  let title = t('web.error.title');
  let detail = t('web.error.unexpected');
  if (isApiError(error)) {
    if (error.code === 'network') detail = t('web.error.network');
    else if (error.detail) detail = error.detail;
    if (error.title) title = error.title;
  }
  return (
    <div ref={notice}>
      <Notification variant="error" role="alert" title={title} className={className}>
        {detail}
      </Notification>
    </div>
  );
}
