import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMarkNotificationRead, useNotifications, type NotificationView } from '../../api/requests';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { ProblemNotice } from '../../components/ProblemNotice';
import { notificationParams } from './notification-params';
import { useFormats } from './use-formats';

/** What happened on the user's requests that needs them, newest first; read and unread marked in words. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const list = useNotifications();
  const mark = useMarkNotificationRead();
  return (
    <Page title={t('requests.notifications.title')} description={t('requests.notifications.intro')}>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ProblemNotice error={list.error} />
      ) : (
        <>
          <div className="openimi-actions ecl-u-mb-l">
            <p className="ecl-u-type-paragraph ecl-u-mv-none" role="status">
              {t('requests.notifications.unread', { count: list.data.unread })}
            </p>
            {list.data.unread > 0 && (
              <button type="button" className="ecl-button ecl-button--secondary" onClick={() => mark.mutate('all')} disabled={mark.isPending}>
                {t('requests.notifications.markAll')}
              </button>
            )}
          </div>
          <ProblemNotice error={mark.error} />
          {list.data.items.length === 0 ? (
            <p className="ecl-u-type-paragraph">{t('requests.notifications.empty')}</p>
          ) : (
            <ul className="openimi-plain-list openimi-notifications">
              {list.data.items.map((n) => (
                <NotificationItem key={n.id} notification={n} onRead={() => mark.mutate(n.id)} busy={mark.isPending} />
              ))}
            </ul>
          )}
        </>
      )}
    </Page>
  );
}

function NotificationItem({ notification: n, onRead, busy }: { notification: NotificationView; onRead: () => void; busy: boolean }) {
  const { t, i18n } = useTranslation();
  const formats = useFormats();
  const key = `requests.notification.${n.kind}`;
  const sentence = i18n.exists(key) ? t(key, notificationParams(n.params, formats.day)) : t('requests.notification.other', { kind: n.kind });
  const unread = !n.readAt;
  return (
    <li className={`openimi-notification${unread ? ' openimi-notification--unread' : ''}`}>
      <div className="openimi-actions">
        {unread && <span className="ecl-label ecl-label--highlight">{t('requests.notifications.new')}</span>}
        <time className="ecl-u-type-paragraph-s openimi-muted" dateTime={n.createdAt}>
          {formats.dateTime(n.createdAt)}
        </time>
      </div>
      <p className={`ecl-u-type-paragraph ecl-u-mv-xs${unread ? ' openimi-strong' : ''}`}>{sentence}</p>
      <div className="openimi-actions">
        {n.request && (
          <Link className="ecl-link ecl-link--standalone" to={`/requests/${encodeURIComponent(n.request.id)}`} onClick={unread ? onRead : undefined}>
            {t('requests.notifications.open', { reference: n.request.reference })}
          </Link>
        )}
        {unread && (
          <button type="button" className="ecl-button ecl-button--ghost" onClick={onRead} disabled={busy}>
            {t('requests.notifications.markRead')}
          </button>
        )}
      </div>
    </li>
  );
}
