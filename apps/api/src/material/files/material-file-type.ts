import { fileTypeFromBuffer } from 'file-type';
import { MATERIAL_FILE_TYPES, MATERIAL_LIMITS, type Locale, type MaterialMediaType } from '@portal/shared-domain';

export type MaterialFileType = (typeof MATERIAL_FILE_TYPES)[number];

/** A refusal worded for the uploader, in both languages. */
export interface FileRefusal {
  readonly sv: string;
  readonly en: string;
}

export type TypeCheck = { readonly ok: true; readonly type: MaterialFileType } | { readonly ok: false; readonly refusal: FileRefusal };

const allowedList = (locale: Locale) => MATERIAL_FILE_TYPES.map((t) => `${t.label[locale]} (${t.extensions.map((e) => `.${e}`).join(', ')})`).join(', ');

/** "Tillåtna filtyper: PDF (.pdf), …" */
export function allowedTypesText(): FileRefusal {
  return { sv: `Tillåtna filtyper: ${allowedList('sv')}.`, en: `Allowed file types: ${allowedList('en')}.` };
}

const refuse = (sv: string, en: string): TypeCheck => {
  const allowed = allowedTypesText();
  return { ok: false, refusal: { sv: `${sv} ${allowed.sv}`, en: `${en} ${allowed.en}` } };
};

/** Names file-type gives types a portal file may never be, so the refusal can say what it saw. */
const KNOWN_REFUSED: Readonly<Record<string, FileRefusal>> = {
  'application/zip': { sv: 'en zip-fil', en: 'a zip archive' },
  'application/x-msdownload': { sv: 'ett Windows-program', en: 'a Windows program' },
  'application/x-elf': { sv: 'ett program', en: 'a program' },
  'application/x-mach-binary': { sv: 'ett program', en: 'a program' },
  'application/x-sh': { sv: 'ett skript', en: 'a script' },
  'application/javascript': { sv: 'ett skript', en: 'a script' },
  'text/html': { sv: 'en HTML-sida', en: 'an HTML page' },
  'image/svg+xml': { sv: 'en SVG-bild', en: 'an SVG image' },
  'application/xml': { sv: 'en XML-fil', en: 'an XML file' },
};

/**
 * Markup a browser would run as a page (HTML, SVG, XML with scripts): text by our own check, but
 * never accepted, whatever the name says.
 */
const MARKUP = /^(?:\uFEFF)?\s*<(?:!doctype\s|html[\s>]|head[\s>]|body[\s>]|script[\s>]|svg[\s>]|\?xml\s|iframe[\s>]|object[\s>])/i;

/**
 * Checks plain text across the whole file, piece by piece: valid UTF-8 (a character may span two
 * pieces) and no NUL byte, which no text file has and which binary formats almost all do.
 */
export class Utf8TextCheck {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private valid = true;

  push(piece: Buffer): void {
    if (!this.valid) return;
    if (piece.includes(0)) {
      this.valid = false;
      return;
    }
    try {
      this.decoder.decode(piece, { stream: true });
    } catch {
      this.valid = false;
    }
  }

  /** Whether everything pushed, and nothing cut off at the end, was UTF-8 text. */
  end(): boolean {
    if (!this.valid) return false;
    try {
      this.decoder.decode();
      return true;
    } catch {
      return false;
    }
  }
}

export const TEXT_TYPE = MATERIAL_FILE_TYPES.find((t) => t.mediaType === 'text/plain')!;

export function typeOf(mediaType: string): MaterialFileType | undefined {
  return MATERIAL_FILE_TYPES.find((t) => t.mediaType === mediaType);
}

/**
 * Recognises the file by its first bytes (up to 1 MiB: file-type reads an Office file's zip
 * directory entries there). Plain text is only a candidate here; the caller confirms it over the
 * whole file with Utf8TextCheck. The name's extension must be one the recognised type uses.
 */
export async function checkFileType(head: Buffer, name: string): Promise<TypeCheck> {
  const detected = await fileTypeFromBuffer(head);
  let type: MaterialFileType | undefined;
  if (detected) {
    type = typeOf(detected.mime as MaterialMediaType);
    if (!type) {
      const what = KNOWN_REFUSED[detected.mime] ?? { sv: `en fil av typen ${detected.mime}`, en: `a file of type ${detected.mime}` };
      return refuse(`Filens innehåll är ${what.sv}, och sådana filer kan inte laddas upp.`, `The file's content is ${what.en}, which cannot be uploaded.`);
    }
  } else {
    const sample = head.subarray(0, Math.min(head.length, 4096)).toString('utf8');
    if (!textHeadValid(head)) {
      return refuse(
        'Filens typ gick inte att känna igen. Textfiler måste vara UTF-8-kodade.',
        'The file type could not be recognised. Text files must be UTF-8 encoded.',
      );
    }
    if (MARKUP.test(sample)) {
      return refuse(
        'Filen innehåller HTML, SVG eller XML, som inte kan laddas upp eftersom en webbläsare kan köra den som en sida.',
        'The file contains HTML, SVG or XML, which cannot be uploaded because a browser may run it as a page.',
      );
    }
    type = TEXT_TYPE;
  }
  const extension = extensionOf(name);
  if (!extension || !(type.extensions as readonly string[]).includes(extension)) {
    const ending = extension ? `.${extension}` : null;
    const expected = type.extensions.map((e) => `.${e}`).join(' eller ');
    return {
      ok: false,
      refusal: ending
        ? {
            sv: `Filens innehåll är ${articleSv(type.label.sv)}, men namnet slutar på ${ending}. Byt namn så att det slutar på ${expected}.`,
            en: `The file's content is ${articleEn(type.label.en)}, but its name ends in ${ending}. Rename it to end in ${expected.replace(' eller ', ' or ')}.`,
          }
        : {
            sv: `Filens innehåll är ${articleSv(type.label.sv)}, men namnet saknar filändelse. Byt namn så att det slutar på ${expected}.`,
            en: `The file's content is ${articleEn(type.label.en)}, but its name has no extension. Rename it to end in ${expected.replace(' eller ', ' or ')}.`,
          },
    };
  }
  return { ok: true, type };
}

/** The first bytes are text: no NUL, and valid UTF-8 except possibly a character cut at the end. */
function textHeadValid(head: Buffer): boolean {
  if (head.includes(0)) return false;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    decoder.decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** "en PNG-bild", "ett Word-dokument", "en PDF". */
function articleSv(label: string): string {
  return /(dokument|kalkylblad|text)$/i.test(label) && !/^Textfil$/i.test(label) ? `ett ${label}` : `en ${label}`;
}

function articleEn(label: string): string {
  return /^[AEIOU]/i.test(label) ? `an ${label}` : `a ${label}`;
}

export function extensionOf(name: string): string | undefined {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(name);
  return match?.[1]?.toLowerCase();
}

/**
 * A file name as stored and offered on download: trimmed, at most MATERIAL_LIMITS.fileName
 * characters, no path separators and no control characters. Returns the name or the refusal.
 */
export function checkFileName(raw: string | undefined): { ok: true; name: string } | { ok: false; refusal: FileRefusal } {
  const name = (raw ?? '').normalize('NFC').trim();
  if (!name) return { ok: false, refusal: { sv: 'Filen behöver ett namn (?name=…).', en: 'The file needs a name (?name=…).' } };
  if ([...name].length > MATERIAL_LIMITS.fileName) {
    return {
      ok: false,
      refusal: {
        sv: `Filnamnet får vara högst ${MATERIAL_LIMITS.fileName} tecken.`,
        en: `The file name may be at most ${MATERIAL_LIMITS.fileName} characters.`,
      },
    };
  }
  // eslint-disable-next-line no-control-regex
  if (/[/\\\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(name) || name === '.' || name === '..') {
    return {
      ok: false,
      refusal: { sv: 'Filnamnet får inte innehålla snedstreck eller styrtecken.', en: 'The file name may not contain slashes or control characters.' },
    };
  }
  return { ok: true, name };
}
