import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName, languageName } from '../../i18n/names';
import { deadlineDay } from './request-view';

export interface Formats {
  language: string;
  /** A moment, date and time in the reader's time zone. */
  dateTime(iso: string): string;
  /** A calendar day (YYYY-MM-DD, or a deadline's instant) as that day, whatever the reader's time zone. */
  day(value: string): string;
  /** "in 3 days", "tomorrow", "2 days ago". */
  relativeDays(days: number): string;
  number(value: number): string;
  list(items: string[]): string;
  country(code: string): string;
  languageName(code: string): string;
}

/** Dates, numbers, lists, countries and languages in the interface language (Intl, so all 24 languages). */
export function useFormats(): Formats {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    const day = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
    const number = new Intl.NumberFormat(language);
    const list = new Intl.ListFormat(language, { type: 'conjunction' });
    return {
      language,
      dateTime: (iso) => {
        const date = new Date(iso);
        return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
      },
      day: (value) => {
        const date = new Date(`${deadlineDay(value)}T12:00:00Z`);
        return Number.isNaN(date.getTime()) ? value : day.format(date);
      },
      relativeDays: (days) => relative.format(days, 'day'),
      number: (value) => number.format(value),
      list: (items) => list.format(items),
      country: (code) => countryName(code, language),
      languageName: (code) => languageName(code, language),
    };
  }, [language]);
}
