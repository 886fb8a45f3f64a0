import { MATERIAL_LIMITS } from '@portal/shared-domain';

/** Anything that runs SQL with parameters: the request's EntityManager, a pg client of the worker. */
export interface SqlQuery {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Recomputes `material.file_text` (the least-weighted part of its search vector, see
 * `app.material_derive()`) from the extracted text of the files its CURRENT version holds, in
 * the version's order. Call it after publishing a version and after a file's text is extracted.
 * Runs under the caller's row-level security: the material's organisation writes it.
 */
export async function refreshMaterialFileText(db: SqlQuery, materialId: string): Promise<void> {
  await db.query(
    `UPDATE material m SET file_text = coalesce((
        SELECT string_agg(f.text_content, E'\\n\\n' ORDER BY array_position(v.file_ids, f.id))
          FROM material_version v JOIN material_file f ON f.id = ANY (v.file_ids)
         WHERE v.material_id = m.id AND v.number = m.current_version AND f.text_status = 'done' AND f.text_content IS NOT NULL
      ), '')
      WHERE m.id = $1`,
    [materialId],
  );
}

/** What extraction made of a file: its text, or why there is none. */
export type ExtractedText = { readonly status: 'done'; readonly text: string } | { readonly status: 'none' };

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Whitespace folded and the result cut at MATERIAL_LIMITS.extractedChars: search needs words, not layout. */
export function tidyText(raw: string): string {
  const text = raw
    .replace(/\0/g, '')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
  return [...text.slice(0, MATERIAL_LIMITS.extractedChars * 2)].slice(0, MATERIAL_LIMITS.extractedChars).join('');
}

/**
 * The text of a PDF (pdfjs-dist's legacy build, which runs in Node 20, with evaluation off), a
 * Word document (mammoth) or a text file; other types have none. Throws on a broken file.
 */
export async function extractText(mediaType: string, data: Buffer): Promise<ExtractedText> {
  if (mediaType === 'text/plain') return { status: 'done', text: tidyText(data.toString('utf8')) };
  if (mediaType === DOCX) {
    const mammoth = await import('mammoth');
    const result = await mammoth.extractRawText({ buffer: data });
    return { status: 'done', text: tidyText(result.value) };
  }
  if (mediaType === 'application/pdf') return { status: 'done', text: await pdfText(data) };
  return { status: 'none' };
}

async function pdfText(data: Buffer): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const parts: string[] = [];
    let length = 0;
    for (let number = 1; number <= document.numPages && length < MATERIAL_LIMITS.extractedChars; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join('');
      parts.push(text);
      length += text.length;
      page.cleanup();
    }
    return tidyText(parts.join('\n'));
  } finally {
    await document.destroy();
  }
}
