import type { EvidenceLevelCode, MethodSourceKindCode, MethodTextField, TargetGroupCode, ThemeCode, VisibilityCode } from '@portal/shared-domain';
import { readFileSync } from 'node:fs';
import type { MethodInput } from '../method.inputs.js';
import { methodTextInput } from '../method-values.js';

/**
 * Demo content for the method bank, loaded on first start (PORTAL_DEMO_DATA=on), from
 * apps/api/demo-data/methods.json and initiative-methods.json (see the README there): the
 * methods the Connect reports name, with their evidence as the reports state it, and which demo
 * initiatives use them.
 *
 * Only types are imported (no decorated classes), so the lists can be checked by a unit test.
 */

/** A method of demo-data/methods.json; its declared text fields (METHOD_TEXT_FIELDS) may be left out, as empty. */
interface DemoMethodFields extends Partial<Record<MethodTextField, string>> {
  key: string;
  owner: string;
  name: string;
  targetGroups: TargetGroupCode[];
  themes: ThemeCode[];
  /** The reports name components, not steps with descriptions: each becomes a step's title. */
  components: string[];
  requirements: { training: string; certification: string; staffing: string; indicativeCost: string };
  evidenceLevel: EvidenceLevelCode | null;
  evidenceSources: Array<{ title: string; url: string | null; kind: MethodSourceKindCode }>;
  related: Array<{ kind: string; to: string }>;
  contact: { name: string; email: string };
  visibility: VisibilityCode;
  sourceNote: string;
}

export interface DemoMethod {
  /** Stable key, used by the links and tests; not stored. */
  readonly key: string;
  /** Slug of the owning organisation (REGION_ORGANIZATIONS). */
  readonly owner: string;
  readonly input: MethodInput;
  /** Relations by demo key; resolved to ids once every method exists. */
  readonly related: ReadonlyArray<{ kind: string; to: string }>;
}

/** The data files sit beside the package's src/ and dist/, at the same depth from both. */
const METHODS_FILE = new URL('../../../demo-data/methods.json', import.meta.url);
const LINKS_FILE = new URL('../../../demo-data/initiative-methods.json', import.meta.url);

function input(fields: DemoMethodFields): MethodInput {
  return {
    ...methodTextInput((field) => fields[field] ?? ''),
    visibility: fields.visibility,
    targetGroups: fields.targetGroups,
    themes: fields.themes,
    steps: fields.components.map((title) => ({ title, description: '' })),
    requirements: { ...fields.requirements },
    evidenceLevel: fields.evidenceLevel,
    evidenceSources: fields.evidenceSources.map((s) => ({ title: s.title, url: s.url, kind: s.kind })),
    relations: [],
    contactPerson: fields.contact.name || fields.contact.email ? { ...fields.contact } : null,
  };
}

export const DEMO_METHODS: readonly DemoMethod[] = (JSON.parse(readFileSync(METHODS_FILE, 'utf8')) as DemoMethodFields[]).map((fields) => ({
  key: fields.key,
  owner: fields.owner,
  input: input(fields),
  related: fields.related ?? [],
}));

/**
 * Per demo initiative key: each free-text method string → a demo method key, or null for a
 * string that is not one of the bank's methods (it becomes a private method of the initiative's
 * organisation, named after the text).
 */
export const DEMO_INITIATIVE_METHODS: Readonly<Record<string, Readonly<Record<string, string | null>>>> = JSON.parse(
  readFileSync(LINKS_FILE, 'utf8'),
) as Record<string, Record<string, string | null>>;
