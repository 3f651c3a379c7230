import type { ReactNode } from 'react';
import { PageHeader } from './PageHeader';

interface PageProps {
  title: string;
  description?: ReactNode;
  meta?: ReactNode;
  children?: ReactNode;
}

/** A page: its header (h1, document title) and its content in the ECL container. */
export function Page({ title, description, meta, children }: PageProps) {
  return (
    <>
      <PageHeader title={title} description={description} meta={meta} />
      <div className="ecl-container openimi-page">{children}</div>
    </>
  );
}
