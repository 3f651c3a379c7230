import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../api/problem';

/**
 * The text shown under a field: our own translation of the error code when we have one
 * (`web.fieldError.<code>`), else the server's message. Client-side checks pass a string.
 */
export function useFieldMessage(): (error: FieldProblem | string | undefined) => string | undefined {
  const { t, i18n } = useTranslation();
  return (error) => {
    if (!error) return undefined;
    if (typeof error === 'string') return error;
    const key = `web.fieldError.${error.code}`;
    return i18n.exists(key) ? t(key) : error.message || t('web.fieldError.invalid');
  };
}
