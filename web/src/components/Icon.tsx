import sprite from '@ecl/preset-ec/dist/images/icons/sprites/icons.svg?url';

export type IconName =
  | 'check' | 'close' | 'corner-arrow' | 'error' | 'global' | 'information' | 'log-in' | 'logged-in'
  | 'success' | 'warning' | 'hamburger' | 'plus' | 'trash' | 'edit' | 'external' | 'search' | 'settings';

interface IconProps {
  name: IconName;
  size?: '2xs' | 'xs' | 's' | 'm' | 'l' | 'xl';
  className?: string;
  transform?: 'rotate-90' | 'rotate-180' | 'rotate-270';
}

/** An ECL icon from the sprite; decorative (the text next to it says what it means). */
export function Icon({ name, size = 's', className = '', transform }: IconProps) {
  const classes = ['ecl-icon', `ecl-icon--${size}`, transform ? `ecl-icon--${transform}` : '', className].filter(Boolean).join(' ');
  const symbol = name === 'success' ? 'check-filled' : name;
  return (
    <svg className={classes} focusable="false" aria-hidden="true">
      <use href={`${sprite}#${symbol}`} />
    </svg>
  );
}
