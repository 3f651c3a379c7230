import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../api/queries';
import { useNotifications } from '../../api/requests';
import { Icon, type IconName } from '../../components/Icon';
import { takesPartInRequests } from './involvement';

/** ECL's sprite has a bell (`notification`, `notification-active`); Icon's list of names does not name them yet. */
const BELL = 'notification' as IconName;
const BELL_ACTIVE = 'notification-active' as IconName;

/** The header's link to the notifications, with the number of unread ones, for people who take part in requests. */
export function NotificationBell() {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.data || !takesPartInRequests(me.data)) return null;
  return <Bell label={t('requests.notifications.title')} unreadLabel={(count) => t('requests.notifications.bell', { count })} />;
}

function Bell({ label, unreadLabel }: { label: string; unreadLabel: (count: number) => string }) {
  const list = useNotifications();
  const unread = list.data?.unread ?? 0;
  return (
    <div className="ecl-site-header__login-container openimi-bell">
      <Link className="ecl-button ecl-button--tertiary ecl-site-header__login-toggle" to="/notifications" aria-label={unreadLabel(unread)} title={label}>
        <Icon name={unread > 0 ? BELL_ACTIVE : BELL} size="s" className="ecl-site-header__icon" />
        {unread > 0 && <span aria-hidden="true">{unread}</span>}
      </Link>
    </div>
  );
}
