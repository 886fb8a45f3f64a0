import {
  EVIDENCE_LEVELS,
  METHOD_LIMITS as LIMITS,
  METHOD_RELATION_KINDS,
  METHOD_SOURCE_KINDS,
  METHOD_TEXT_FIELDS,
  TARGET_GROUPS,
  THEMES,
  type MethodTextField,
  type VisibilityCode,
} from '@portal/shared-domain';
import { codes, isUuid, person, text, texts, webAddress } from '../validation/field-checks.js';
import { FieldErrorCollector } from '../validation/field-error-collector.js';
import type { StoredEvidenceSource, StoredMethodRelation, StoredMethodRequirements, StoredMethodStep } from './method.entity.js';
import type { MethodInput } from './method.inputs.js';

/** A method as it is written to the database; also the shape compared for the history. */
export interface MethodValues extends Record<MethodTextField, string> {
  visibility: VisibilityCode;
  targetGroups: string[];
  themes: string[];
  steps: StoredMethodStep[];
  requirements: StoredMethodRequirements;
  evidenceLevel: string | null;
  evidenceSources: StoredEvidenceSource[];
  relations: StoredMethodRelation[];
  contactPerson: { name: string; email: string };
}

/**
 * Checks and normalises a method. Whether a related method exists and may be read is the
 * service's question (it needs the database); here only the shape. `selfId` is the method being
 * updated, which cannot relate to itself.
 */
export function validateMethod(input: MethodInput, selfId: string | null = null): MethodValues {
  const errors = new FieldErrorCollector();
  const textValues = texts(errors, METHOD_TEXT_FIELDS, input);

  const evidenceLevel = input.evidenceLevel?.trim() || null;
  if (evidenceLevel && !EVIDENCE_LEVELS.some((l) => l.code === evidenceLevel)) errors.add('evidenceLevel', 'Välj en evidensnivå ur listan.');

  if (input.steps.length > LIMITS.steps) errors.add('steps', `Högst ${LIMITS.steps} steg.`);
  const steps = input.steps.slice(0, LIMITS.steps).map((step, index) => ({
    title: text(errors, `steps.${index}.title`, step.title, 'Stegets rubrik', LIMITS.shortText, true),
    description: text(errors, `steps.${index}.description`, step.description, 'Stegets beskrivning', LIMITS.longText),
  }));

  const requirements: StoredMethodRequirements = {
    training: text(errors, 'requirements.training', input.requirements?.training, 'Texten om utbildning', LIMITS.longText),
    certification: text(errors, 'requirements.certification', input.requirements?.certification, 'Texten om certifiering', LIMITS.longText),
    staffing: text(errors, 'requirements.staffing', input.requirements?.staffing, 'Texten om bemanning', LIMITS.longText),
    indicativeCost: text(errors, 'requirements.indicativeCost', input.requirements?.indicativeCost, 'Texten om kostnad', LIMITS.longText),
  };

  if (input.evidenceSources.length > LIMITS.sources) errors.add('evidenceSources', `Högst ${LIMITS.sources} källor.`);
  const evidenceSources = input.evidenceSources.slice(0, LIMITS.sources).map((source, index) => {
    const field = `evidenceSources.${index}`;
    if (!METHOD_SOURCE_KINDS.some((k) => k.code === source.kind)) errors.add(`${field}.kind`, 'Välj vilken sorts källa det är.');
    const url = webAddress(errors, `${field}.url`, source.url, LIMITS.url);
    return { title: text(errors, `${field}.title`, source.title, 'Källans titel', LIMITS.shortText, true), url: url || null, kind: source.kind };
  });
  // A level with nothing to point at would be the portal's own grading, which Metodguiden's model rules out.
  if (evidenceLevel && evidenceSources.length === 0) errors.add('evidenceSources', 'Ange minst en källa för evidensnivån.');

  if (input.relations.length > LIMITS.relations) errors.add('relations', `Högst ${LIMITS.relations} relaterade metoder.`);
  const relations: StoredMethodRelation[] = [];
  input.relations.slice(0, LIMITS.relations).forEach((relation, index) => {
    const field = `relations.${index}`;
    if (!METHOD_RELATION_KINDS.some((k) => k.code === relation.kind)) errors.add(`${field}.kind`, 'Välj typ av relation.');
    const methodId = relation.methodId.trim();
    if (!isUuid(methodId)) errors.add(`${field}.methodId`, 'Den relaterade metoden finns inte, eller så har du inte tillgång till den.');
    else if (methodId === selfId) errors.add(`${field}.methodId`, 'En metod kan inte vara relaterad till sig själv.');
    else if (relations.some((r) => r.methodId === methodId && r.kind === relation.kind)) errors.add(`${field}.methodId`, 'Relationen finns redan med.');
    relations.push({ kind: relation.kind, methodId: methodId.toLowerCase() });
  });

  const values: MethodValues = {
    ...textValues,
    visibility: input.visibility,
    targetGroups: codes(errors, 'targetGroups', input.targetGroups, TARGET_GROUPS, 'målgrupp'),
    themes: codes(errors, 'themes', input.themes, THEMES, 'tema'),
    steps,
    requirements,
    evidenceLevel,
    evidenceSources,
    relations,
    contactPerson: person(errors, 'contactPerson', input.contactPerson, 'kontaktpersonen', LIMITS.shortText),
  };
  errors.throwIfAny();
  return values;
}
