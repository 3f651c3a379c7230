import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

export type NotificationVariant = 'info' | 'success' | 'warning' | 'error';

const ICONS: Record<NotificationVariant, IconName> = { info: 'information', success: 'success', warning: 'warning', error: 'error' };

interface NotificationProps {
  variant: NotificationVariant;
  title?: ReactNode;
  children?: ReactNode;
  /** `alert` for errors that follow an action, so screen readers announce them. */
  role?: 'alert' | 'status';
  className?: string;
}

/** ECL notification: errors, confirmations, warnings. */
export function Notification({ variant, title, children, role, className = '' }: NotificationProps) {
  return (
    <div className={`ecl-notification ecl-notification--${variant} ${className}`} role={role}>
      {variant === 'warning' && <span className="ecl-notification__icon-background" aria-hidden="true" />}
      <Icon name={ICONS[variant]} size="l" className="ecl-notification__icon" />
      <div className="ecl-notification__content">
        {title && <div className="ecl-notification__title">{title}</div>}
        {children && <div className="ecl-notification__description">{children}</div>}
      </div>
    </div>
  );
}
