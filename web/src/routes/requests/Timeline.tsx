import { useTranslation } from 'react-i18next';
import type { ProcedureView } from '../../api/catalogue';
import type { TimelineEntry } from '../../api/requests';
import { FreeText } from './FreeText';
import { timelineParams, type TimelineNames } from './request-view';
import { useFormats } from './use-formats';

/** The standard reasons of a procedure by code, in the reader's language (all groups: reject, withdraw, close…). */
export function reasonLabels(procedure: ProcedureView | undefined): Map<string, string> {
  return new Map((procedure?.messages ?? []).flatMap((g) => g.items.map((i) => [i.code, i.text] as const)));
}

/**
 * What happened to the request, oldest first, as an ECL timeline: when, who for which authority,
 * a translated sentence, and the free text written with it, marked with its language.
 */
export function Timeline({ entries, procedure }: { entries: TimelineEntry[]; procedure: ProcedureView | undefined }) {
  const { t, i18n } = useTranslation();
  const formats = useFormats();
  const reasons = reasonLabels(procedure);
  const names: TimelineNames = { reason: (code) => reasons.get(code) ?? code, country: formats.country, day: formats.day };
  const sorted = [...entries].sort((a, b) => a.seq - b.seq);
  return (
    <section aria-labelledby="request-timeline" className="ecl-u-mb-2xl">
      <h2 className="ecl-u-type-heading-2" id="request-timeline">
        {t('requests.timeline.title')}
      </h2>
      <ol className="ecl-timeline openimi-timeline">
        {sorted.map((entry) => {
          const key = `requests.event.${entry.type}`;
          return (
            <li key={entry.seq} className="ecl-timeline__item">
              <div className="ecl-timeline__label">
                <time dateTime={entry.at}>{formats.dateTime(entry.at)}</time>
              </div>
              <div className="ecl-timeline__title">{i18n.exists(key) ? t(key, timelineParams(entry, names)) : t('requests.event.other', { type: entry.type })}</div>
              <div className="ecl-timeline__content">
                <p className="ecl-u-type-paragraph-s openimi-muted ecl-u-mv-none">
                  {entry.actor ? entry.actor.name : t('requests.timeline.system')}
                  {entry.authority
                    ? ` · ${entry.authority.name} (${formats.country(entry.authority.country)})`
                    : entry.side && entry.side !== 'requester' && entry.side !== 'receiver'
                      ? ` · ${t(`requests.side.${entry.side}`)}`
                      : ''}
                </p>
                {entry.text && (
                  <blockquote className="openimi-quote ecl-u-mt-xs">
                    <FreeText text={entry.text} language={entry.textLanguage} block />
                  </blockquote>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
