import type { ReactNode, Ref } from 'react';
import { useDocumentTitle } from './use-document-title';

interface PageProps {
  /** Shown in the tab title and, unless `heading` is given, as the page's h1. */
  readonly title: string;
  readonly heading?: string;
  readonly headingRef?: Ref<HTMLHeadingElement>;
  readonly children?: ReactNode;
}

/** A page in the main content area: one h1 and a matching document title. */
export function Page({ title, heading, headingRef, children }: PageProps) {
  useDocumentTitle(title);
  return (
    <div className="page">
      <h1 ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {heading ?? title}
      </h1>
      {children}
    </div>
  );
}
