import type {
  ChangeEntryShape,
  ChangeParamShape,
  ChangeValueKind,
  ChangeValueShape,
  Localized,
  TermListName,
  TextFieldDefinitions,
} from '@portal/shared-domain';

/** A history value as codes and parameters (shapes shared with the web, which words them). */
export type ChangeParam = ChangeParamShape;
export type ChangeEntry = ChangeEntryShape;
export interface ChangeValue extends ChangeValueShape {
  readonly kind: ChangeValueKind;
}

/** How one field of an entity is stored in its history and shown. Declared once per field. */
export type FieldSpec =
  | { readonly kind: 'text' | 'date' | 'number' | 'boolean' | 'tags' }
  | { readonly kind: 'code' | 'codes'; readonly list: TermListName }
  | { readonly kind: 'entries'; readonly entries: (value: unknown) => ChangeEntry[] };

export interface FieldDefinition {
  readonly label: Localized;
  readonly spec: FieldSpec;
}

export type FieldDefinitions = Readonly<Record<string, FieldDefinition>>;

/** A record's declared text fields as history fields: their labels, shown as text. */
export function textHistoryFields(fields: TextFieldDefinitions): FieldDefinitions {
  return Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, { label: field.label, spec: { kind: 'text' } }]));
}

/** A stored value as codes and parameters, by its field's spec. Unknown shapes show as text. */
export function presentValue(spec: FieldSpec | undefined, value: unknown): ChangeValue | null {
  if (value === null || value === undefined) return null;
  switch (spec?.kind) {
    case 'code':
      return typeof value === 'string' ? { kind: 'code', list: spec.list, codes: [value] } : asText(value);
    case 'codes':
      return Array.isArray(value) ? { kind: 'codes', list: spec.list, codes: value.map(String) } : asText(value);
    case 'tags':
      return Array.isArray(value) ? { kind: 'tags', codes: value.map(String) } : asText(value);
    case 'entries':
      return Array.isArray(value) || (typeof value === 'object' && value !== null) ? { kind: 'entries', entries: spec.entries(value) } : asText(value);
    case 'boolean':
      return typeof value === 'boolean' ? { kind: 'boolean', text: String(value) } : asText(value);
    case 'number':
    case 'date':
      return typeof value === 'number' || typeof value === 'string' ? { kind: spec.kind, text: String(value) } : asText(value);
    default:
      return asText(value);
  }
}

function asText(value: unknown): ChangeValue {
  return { kind: 'text', text: typeof value === 'string' ? value : JSON.stringify(value) };
}

/** A parameter that is a code of a list. */
export const codeParam = (name: string, list: TermListName, code: unknown): ChangeParam => ({ name, list, code: typeof code === 'string' ? code : null });
export const textParam = (name: string, text: unknown): ChangeParam => ({ name, text: text === null || text === undefined ? null : String(text) });
export const numberParam = (name: string, value: unknown): ChangeParam => (typeof value === 'number' ? { name, number: value } : textParam(name, value));
