import { I18nextProvider, useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { ProcedureView } from '../../api/catalogue';
import { useProcedure } from '../../api/queries';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { ProblemNotice } from '../../components/ProblemNotice';
import { SelectField } from '../../components/SelectField';
import { useOptions } from '../../components/use-options';
import { useLanguageInstance } from '../../i18n/use-language-instance';
import { Item } from '../directory/AuthorityDetails';
import { eurLexUrl } from './eur-lex';
import { FormPreview } from './FormPreview';
import { joinList, workflowFacts } from './workflow-facts';

/**
 * One procedure: what it is for, its legal basis, who takes part, its deadlines and options,
 * then its question set as the form users fill in, in any of the 24 languages, and its
 * standard messages.
 */
export function ProcedurePage() {
  const { t, i18n } = useTranslation();
  const { code = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const lang = i18n.language;
  const previewLang = params.get('preview') || lang;
  const procedure = useProcedure(code, lang);
  const preview = useProcedure(code, previewLang);
  const previewI18n = useLanguageInstance(previewLang);
  const options = useOptions();

  if (procedure.isPending) return <Page title={t('web.catalogue.title')}><Loading /></Page>;
  if (procedure.isError) return <Page title={t('web.catalogue.title')}><ProblemNotice error={procedure.error} /></Page>;
  const p = procedure.data;

  return (
    <Page
      title={p.name}
      description={p.description}
      meta={
        <>
          <Link className="ecl-link" to="/catalogue">
            {t('web.catalogue.title')}
          </Link>
          {' › '}
          <Link className="ecl-link" to={`/catalogue/areas/${p.area.code}`}>
            {p.area.name}
          </Link>
        </>
      }
    >
      <h2 className="ecl-u-type-heading-2">{t('web.catalogue.facts')}</h2>
      <ProcedureFacts procedure={p} />

      <h2 className="ecl-u-type-heading-2" id="preview">
        {t('web.catalogue.preview')}
      </h2>
      <p className="ecl-u-type-paragraph">{t('web.catalogue.previewIntro')}</p>
      <div className="ecl-row">
        <div className="ecl-col-12 ecl-col-m-6">
          <SelectField
            id="preview-language"
            label={t('web.catalogue.previewLanguage')}
            options={options.uiLanguages}
            value={previewLang}
            onChange={(value) => setParams(value === lang ? {} : { preview: value }, { replace: true })}
          />
        </div>
      </div>
      {preview.isPending || !previewI18n ? (
        <Loading />
      ) : preview.isError ? (
        <ProblemNotice error={preview.error} />
      ) : (
        // The whole form speaks the preview's language, its own labels included; a new form for each
        // language, so nothing typed in one language is shown under the labels of another.
        <I18nextProvider i18n={previewI18n}>
          <FormPreview key={previewLang} sections={preview.data.sections} lang={preview.data.language} />
        </I18nextProvider>
      )}

      {p.messages.length > 0 && (
        <>
          <h2 className="ecl-u-type-heading-2">{t('web.catalogue.messages')}</h2>
          {p.messages.map((group) => (
            <section key={group.group} aria-labelledby={`messages-${group.group}`}>
              <h3 className="ecl-u-type-heading-4" id={`messages-${group.group}`}>
                {t(`web.messageGroup.${group.group}`)}
              </h3>
              <ul className="ecl-unordered-list">
                {group.items.map((m) => (
                  <li key={m.code} className="ecl-unordered-list__item">
                    {m.text}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </Page>
  );
}

function ProcedureFacts({ procedure: p }: { procedure: ProcedureView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const people = (kinds: readonly string[]) => joinList(kinds.map((k) => t(`web.participant.${k}`)), lang);
  return (
    <dl className="ecl-description-list ecl-description-list--horizontal">
      <Item term={t('web.catalogue.area')}>{p.area.name}</Item>
      <Item term={t('web.catalogue.workflowType')}>{t(`web.workflow.${p.workflow.type}`)}</Item>
      <Item term={t('web.catalogue.legalBasis')}>
        <ul className="openimi-plain-list">
          {p.legalBasis.map((b) => (
            <li key={b.legislation}>
              {b.celex ? (
                <a className="ecl-link openimi-text-link" href={eurLexUrl(b.celex, lang)} rel="noreferrer">
                  {b.name}
                </a>
              ) : (
                b.name
              )}
              {' — '}
              {[
                ...(b.articles.length > 0 ? [t('web.catalogue.articles', { count: b.articles.length, list: joinList(b.articles, lang) })] : []),
                ...b.annexes.map((number) => t('web.catalogue.annex', { number: number || 'none' })),
              ].join('; ')}
            </li>
          ))}
        </ul>
      </Item>
      <Item term={t('web.catalogue.senders')}>{people(p.participants.senders)}</Item>
      {p.participants.receivers.length > 0 && <Item term={t('web.catalogue.receivers')}>{people(p.participants.receivers)}</Item>}
      <Item term={t('web.participant.commission')}>{t(`web.commission.${p.participants.commission}`)}</Item>
      <Item term={t('web.catalogue.deadlines')}>
        {p.deadlines.length === 0 ? (
          t('web.catalogue.noDeadlines')
        ) : (
          <ul className="openimi-plain-list">
            {p.deadlines.map((d) => (
              <li key={d.kind}>
                {t(`web.deadline.${d.kind}`)}: {t('web.catalogue.days', { count: d.days })}
              </li>
            ))}
          </ul>
        )}
      </Item>
      <Item term={t('web.catalogue.options')}>
        <ul className="openimi-plain-list">
          {workflowFacts(p.workflow, t, lang).map((fact) => (
            <li key={fact}>{fact}</li>
          ))}
        </ul>
      </Item>
      <Item term={t('web.catalogue.retention')}>{t('web.catalogue.retentionMonths', { count: p.retentionMonths })}</Item>
      {p.professions.length > 0 && <Item term={t('web.field.professions')}>{p.professions.map((x) => x.name).join(', ')}</Item>}
      <Item term={t('web.catalogue.version')}>{p.version}</Item>
    </dl>
  );
}
