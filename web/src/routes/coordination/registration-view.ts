import type { AuthorityName } from '../../api/types';

/** The name to show: the one in the reader's language if there is one, else the first. */
export function displayName(names: readonly AuthorityName[], language: string): AuthorityName {
  return names.find((n) => n.language === language) ?? names[0] ?? { language: '', name: '' };
}

/** A date in the reader's language, or an empty string when there is none. */
export function formatDate(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}
