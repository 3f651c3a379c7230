import type { ReactNode } from 'react';
import { PageHeader } from './PageHeader';

interface PageProps {
  title: string;
  description?: ReactNode;
  meta?: ReactNode;
  /** The title's language when it is free text (`lang` on the h1), and what follows it (e.g. a language note). */
  titleLanguage?: string;
  titleNote?: ReactNode;
  children?: ReactNode;
}

/** A page: its header (h1, document title) and its content in the ECL container. */
export function Page({ title, description, meta, titleLanguage, titleNote, children }: PageProps) {
  return (
    <>
      <PageHeader title={title} description={description} meta={meta} titleLanguage={titleLanguage} titleNote={titleNote} />
      <div className="ecl-container openimi-page">{children}</div>
    </>
  );
}
