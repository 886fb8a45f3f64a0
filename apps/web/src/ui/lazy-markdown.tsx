import { useEffect, useMemo, useState } from 'react';

/**
 * User Markdown, sanitised by renderMarkdown (DOMPurify) right before it is inserted. The renderer
 * (marked and DOMPurify, about 27 KB gzip) loads when the text is first shown, not with the page,
 * so the pages that show Markdown stay within the page weight ceiling.
 */
export function LazyMarkdown({ source, className }: { readonly source: string; readonly className: string }) {
  const [render, setRender] = useState<((text: string) => string) | null>(null);
  useEffect(() => {
    let live = true;
    void import('./markdown').then((module) => {
      if (live) setRender(() => module.renderMarkdown);
    });
    return () => {
      live = false;
    };
  }, []);
  const html = useMemo(() => (render ? render(source) : null), [render, source]);
  if (html === null) return <div className={className} aria-busy="true" />;
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
