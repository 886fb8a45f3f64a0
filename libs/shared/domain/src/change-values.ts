import type { Locale, Localized } from './localized.js';
import { TERM_LISTS, isTermListName, type TermListName } from './term-lists.js';

/**
 * A value in a record's history, as the API sends it: codes and parameters, never a sentence, so
 * that each reader gets it worded in their language. `formatChangeValue` is that wording, shared
 * by the web and the tests.
 */
export interface ChangeParamShape {
  readonly name: string;
  readonly text?: string | null;
  readonly list?: string | null;
  readonly code?: string | null;
  readonly number?: number | null;
}

export interface ChangeEntryShape {
  readonly message: string;
  readonly params: readonly ChangeParamShape[];
}

export type ChangeValueKind = 'text' | 'date' | 'number' | 'boolean' | 'code' | 'codes' | 'tags' | 'entries';

export interface ChangeValueShape {
  readonly kind: string;
  readonly text?: string | null;
  readonly list?: string | null;
  readonly codes?: readonly string[] | null;
  readonly entries?: readonly ChangeEntryShape[] | null;
}

const WORDS = {
  yes: { sv: 'Ja', en: 'Yes' },
  no: { sv: 'Nej', en: 'No' },
  unreadable: { sv: 'ett initiativ du inte har behörighet att se', en: 'an initiative you are not allowed to see' },
  unreadableMethod: { sv: 'en metod du inte har behörighet att se', en: 'a method you are not allowed to see' },
  relation: { sv: 'Relation', en: 'Relation' },
  registryNumber: { sv: 'dnr', en: 'reg. no.' },
  currency: { sv: 'kr', en: 'SEK' },
  women: { sv: 'kvinnor', en: 'women' },
  men: { sv: 'män', en: 'men' },
  otherOrUnknown: { sv: 'annat/okänt', en: 'other/unknown' },
} as const satisfies Record<string, Localized>;

const NUMBER_LOCALE: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

/** A code's label in the locale; the code itself when the list or code is unknown. */
export function termLabelOf(list: string | null | undefined, code: string, locale: Locale): string {
  if (!list || !isTermListName(list)) return code;
  const terms = TERM_LISTS[list as TermListName] as readonly { code: string; label: Localized }[];
  return terms.find((term) => term.code === code)?.label[locale] ?? code;
}

function paramText(param: ChangeParamShape | undefined, locale: Locale): string {
  if (!param) return '';
  if (param.code) return termLabelOf(param.list, param.code, locale);
  if (typeof param.number === 'number') return param.number.toLocaleString(NUMBER_LOCALE[locale]);
  return param.text ?? '';
}

function formatEntry(entry: ChangeEntryShape, locale: Locale): string {
  const get = (name: string) => entry.params.find((p) => p.name === name);
  const text = (name: string) => paramText(get(name), locale);
  switch (entry.message) {
    case 'person':
      return [text('name'), text('email') && `<${text('email')}>`].filter(Boolean).join(' ');
    case 'partner':
      return `${text('name')} (${text('role').toLocaleLowerCase(NUMBER_LOCALE[locale])})`;
    case 'fundingLine': {
      const registry = text('registryNumber');
      const amount = text('amountSek');
      return [
        text('funderType'),
        text('funderName'),
        registry && `${WORDS.registryNumber[locale]} ${registry}`,
        amount && `${amount} ${WORDS.currency[locale]}`,
        text('status').toLocaleLowerCase(NUMBER_LOCALE[locale]),
      ]
        .filter(Boolean)
        .join(', ');
    }
    case 'participantPeriod':
      return `${text('period')}: ${text('women')} ${WORDS.women[locale]}, ${text('men')} ${WORDS.men[locale]}, ${text('otherOrUnknown')} ${WORDS.otherOrUnknown[locale]}`;
    case 'relation': {
      const kind = get('kind');
      const term = RELATION_TERMS.find((t) => t.code === kind?.code);
      const label = term ? (text('direction') === 'incoming' ? term.incoming[locale] : term.label[locale]) : WORDS.relation[locale];
      return `${label}: ${get('title')?.text ?? WORDS.unreadable[locale]}`;
    }
    case 'followUp':
      return `${text('milestone')}: ${text('status')}`;
    case 'methodLink':
      // The name is filled in by the API only when the reader may read the method now.
      return get('name')?.text ?? WORDS.unreadableMethod[locale];
    case 'methodRelation': {
      // The name is filled in by the API only when the reader may read the other method now.
      const name = get('name')?.text;
      return `${text('kind') || WORDS.relation[locale]}: ${name ?? WORDS.unreadableMethod[locale]}`;
    }
    default:
      return entry.params
        .map((p) => paramText(p, locale))
        .filter(Boolean)
        .join(', ');
  }
}

const RELATION_TERMS = TERM_LISTS['relation-kind'];

/** The value worded for a reader in `locale`; null when there was none. */
export function formatChangeValue(value: ChangeValueShape | null | undefined, locale: Locale): string | null {
  if (!value) return null;
  switch (value.kind) {
    case 'code':
    case 'codes':
      return (value.codes ?? []).map((code) => termLabelOf(value.list, code, locale)).join(', ');
    case 'tags':
      return (value.codes ?? []).join(', ');
    case 'boolean':
      return value.text === 'true' ? WORDS.yes[locale] : WORDS.no[locale];
    case 'number':
      return value.text ? Number(value.text).toLocaleString(NUMBER_LOCALE[locale]) : null;
    case 'entries':
      return (value.entries ?? []).map((entry) => formatEntry(entry, locale)).join('; ');
    default:
      return value.text ?? null;
  }
}
