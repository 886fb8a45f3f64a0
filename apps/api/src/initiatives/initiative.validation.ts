import {
  FUNDER_TYPES,
  FUNDING_STATUSES,
  INITIATIVE_LIMITS as LIMITS,
  LIFECYCLE_STATUSES,
  PARTNER_ROLES,
  PROJECT_KINDS,
  TARGET_GROUPS,
  THEMES,
  AFTER_LIFE_STATUSES,
  RELATION_KINDS,
} from '@portal/shared-domain';
import { FieldErrorCollector } from '../validation/field-error-collector.js';
import { codes, isUuid, person as personOf, tags as tagsOf, text, webAddress } from '../validation/field-checks.js';
import type { StoredFundingLine, StoredParticipantPeriod, StoredPartner } from './initiative.entity.js';
import type { FollowUpInput, InitiativeInput, InitiativeRelationInput } from './initiative.inputs.js';
import type { VisibilityCode } from '@portal/shared-domain';

/** An initiative as it is written to the database; also the shape compared for the history. */
export interface InitiativeValues {
  title: string;
  summary: string;
  description: string;
  visibility: VisibilityCode;
  kind: string;
  status: string;
  startDate: string | null;
  endDate: string | null;
  contactPerson: { name: string; email: string };
  projectLeader: { name: string; email: string };
  partners: StoredPartner[];
  fundingLines: StoredFundingLine[];
  themes: string[];
  targetGroups: string[];
  occupations: string[];
  methods: string[];
  genderEquality: string;
  nonDiscrimination: string;
  accessibility: string;
  participants: StoredParticipantPeriod[];
  results: string;
  lessonsLearned: string;
  implementationOwner: string;
  implementationPlan: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && year <= 2200 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// Re-exported while features move to the shared kit (issue 9).
export { FieldErrorCollector };

function count(errors: FieldErrorCollector, field: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) errors.add(field, 'Antalet måste vara ett heltal, 0 eller mer.');
  else if (value > LIMITS.count) errors.add(field, `Antalet får vara högst ${LIMITS.count.toLocaleString('sv-SE')}.`);
  return value;
}

export const METHOD_NOT_LINKABLE = 'Metoden finns inte i metodbanken, eller så har du inte tillgång till den.';

/**
 * The bank methods asked for (`methodIds`), each one that `linkable` holds: the caller reads
 * them under row-level security, so a method the writer may not read answers like a missing one.
 */
function checkMethodIds(errors: FieldErrorCollector, ids: readonly string[] | null | undefined, linkable: ReadonlySet<string>): void {
  if (!ids) return;
  if (ids.length > LIMITS.methodLinks) errors.add('methodIds', `Högst ${LIMITS.methodLinks} metoder ur metodbanken.`);
  ids.slice(0, LIMITS.methodLinks).forEach((id, index) => {
    if (!linkable.has(id)) errors.add(`methodIds.${index}`, METHOD_NOT_LINKABLE);
  });
}

/** The distinct bank methods asked for, in order; null when the input leaves the links as they are. */
export function requestedMethodIds(input: Pick<InitiativeInput, 'methodIds'>): string[] | null {
  return input.methodIds ? [...new Set(input.methodIds)] : null;
}

/**
 * Checks and normalises an initiative. Organisation slugs of partners are resolved by the caller
 * (`resolveOrganization`), which returns the organisation's id and name or undefined; `linkable`
 * holds the requested bank methods the writer may link (none when not given).
 */
export function validateInitiative(
  input: InitiativeInput,
  resolveOrganization: (slug: string) => { id: string; name: string } | undefined,
  linkable: ReadonlySet<string> = new Set(),
): InitiativeValues {
  const errors = new FieldErrorCollector();
  const title = text(errors, 'title', input.title, 'Titeln', LIMITS.title, true);
  const summary = text(errors, 'summary', input.summary, 'Sammanfattningen', LIMITS.summary);
  const description = text(errors, 'description', input.description, 'Beskrivningen', LIMITS.longText);
  const kind = input.kind.trim();
  if (!PROJECT_KINDS.some((k) => k.code === kind)) errors.add('kind', 'Välj typ av insats.');
  const status = input.status.trim();
  if (!LIFECYCLE_STATUSES.some((s) => s.code === status)) errors.add('status', 'Välj status.');

  const startDate = input.startDate?.trim() || null;
  const endDate = input.endDate?.trim() || null;
  if (startDate && !isValidDate(startDate)) errors.add('startDate', 'Ange startdatum som ÅÅÅÅ-MM-DD, t.ex. 2021-02-01.');
  if (endDate && !isValidDate(endDate)) errors.add('endDate', 'Ange slutdatum som ÅÅÅÅ-MM-DD, t.ex. 2021-10-31.');
  if (startDate && endDate && isValidDate(startDate) && isValidDate(endDate) && endDate < startDate) {
    errors.add('endDate', 'Slutdatum kan inte vara före startdatum.');
  }
  if (status === 'completed' && !endDate) errors.add('endDate', 'Ange slutdatum för en avslutad insats; uppföljningarna räknas från det.');
  if (status === 'ongoing' && !startDate) errors.add('startDate', 'Ange startdatum för en pågående insats.');

  const contactPerson = personOf(errors, 'contactPerson', input.contactPerson, 'kontaktpersonen', LIMITS.shortText);
  const projectLeader = personOf(errors, 'projectLeader', input.projectLeader, 'projektledaren', LIMITS.shortText);

  if (input.partners.length > LIMITS.partners) errors.add('partners', `Högst ${LIMITS.partners} samverkansparter.`);
  const partners: StoredPartner[] = input.partners.slice(0, LIMITS.partners).map((p, index) => {
    const field = `partners.${index}`;
    if (!PARTNER_ROLES.some((r) => r.code === p.role)) errors.add(`${field}.role`, 'Välj partens roll.');
    const slug = p.organization?.trim();
    if (slug) {
      const organization = resolveOrganization(slug);
      if (!organization) {
        errors.add(`${field}.organization`, 'Organisationen finns inte i portalen.');
        return { role: p.role, organizationId: null, name: slug };
      }
      return { role: p.role, organizationId: organization.id, name: organization.name };
    }
    const name = text(errors, `${field}.name`, p.name, 'Partens namn', LIMITS.shortText, true);
    return { role: p.role, organizationId: null, name };
  });
  const partnerKeys = partners.map((p) => p.organizationId ?? p.name.toLocaleLowerCase('sv-SE'));
  partnerKeys.forEach((key, index) => {
    if (partnerKeys.indexOf(key) !== index) errors.add(`partners.${index}.name`, 'Parten finns redan med.');
  });

  if (input.fundingLines.length > LIMITS.fundingLines) errors.add('fundingLines', `Högst ${LIMITS.fundingLines} finansieringsrader.`);
  const fundingLines: StoredFundingLine[] = input.fundingLines.slice(0, LIMITS.fundingLines).map((f, index) => {
    const field = `fundingLines.${index}`;
    if (!FUNDER_TYPES.some((t) => t.code === f.funderType)) errors.add(`${field}.funderType`, 'Välj typ av finansiär.');
    if (!FUNDING_STATUSES.some((s) => s.code === f.status)) errors.add(`${field}.status`, 'Ange om pengarna är sökta eller beviljade.');
    const amount = f.amountSek ?? null;
    if (amount !== null) {
      if (!Number.isFinite(amount)) errors.add(`${field}.amountSek`, 'Ange beloppet i kronor.');
      else if (amount < 0) errors.add(`${field}.amountSek`, 'Beloppet kan inte vara negativt.');
      else if (amount > LIMITS.amountSek) errors.add(`${field}.amountSek`, 'Beloppet är orimligt stort. Ange det i kronor.');
    }
    return {
      funderType: f.funderType,
      funderName: text(errors, `${field}.funderName`, f.funderName, 'Finansiärens namn', LIMITS.shortText),
      registryNumber: text(errors, `${field}.registryNumber`, f.registryNumber, 'Diarienumret', 60),
      programmeArea: text(errors, `${field}.programmeArea`, f.programmeArea, 'Programområdet', 100),
      amountSek: amount === null || !Number.isFinite(amount) ? null : Math.round(amount),
      status: f.status,
    };
  });

  if (input.participants.length > LIMITS.participantPeriods) errors.add('participants', `Högst ${LIMITS.participantPeriods} perioder.`);
  const participants: StoredParticipantPeriod[] = input.participants.slice(0, LIMITS.participantPeriods).map((p, index) => {
    const field = `participants.${index}`;
    const period = text(errors, `${field}.period`, p.period, 'Perioden', 40, true);
    const values = {
      period,
      women: count(errors, `${field}.women`, p.women),
      men: count(errors, `${field}.men`, p.men),
      otherOrUnknown: count(errors, `${field}.otherOrUnknown`, p.otherOrUnknown),
      toWork: count(errors, `${field}.toWork`, p.toWork),
      toStudies: count(errors, `${field}.toStudies`, p.toStudies),
      otherOutcome: count(errors, `${field}.otherOutcome`, p.otherOutcome),
    };
    if (values.toWork + values.toStudies + values.otherOutcome > values.women + values.men + values.otherOrUnknown) {
      errors.add(`${field}.toWork`, 'Utfallen (arbete, studier, annat) kan inte vara fler än deltagarna.');
    }
    return values;
  });
  const periods = participants.map((p) => p.period);
  periods.forEach((period, index) => {
    if (period && periods.indexOf(period) !== index) errors.add(`participants.${index}.period`, 'Perioden finns redan med.');
  });

  // Checked with the rest, not after the save, so all errors come at once.
  checkMethodIds(errors, input.methodIds, linkable);

  const values: InitiativeValues = {
    title,
    summary,
    description,
    visibility: input.visibility,
    kind,
    status,
    startDate,
    endDate,
    contactPerson,
    projectLeader,
    partners,
    fundingLines,
    themes: codes(errors, 'themes', input.themes, THEMES, 'tema'),
    targetGroups: codes(errors, 'targetGroups', input.targetGroups, TARGET_GROUPS, 'målgrupp'),
    occupations: tagsOf(errors, 'occupations', input.occupations, 'yrken', LIMITS.tags),
    methods: tagsOf(errors, 'methods', input.methods, 'metoder', LIMITS.tags),
    genderEquality: text(errors, 'genderEquality', input.genderEquality, 'Texten om jämställdhet', LIMITS.longText),
    nonDiscrimination: text(errors, 'nonDiscrimination', input.nonDiscrimination, 'Texten om icke-diskriminering', LIMITS.longText),
    accessibility: text(errors, 'accessibility', input.accessibility, 'Texten om tillgänglighet', LIMITS.longText),
    participants,
    results: text(errors, 'results', input.results, 'Resultaten', LIMITS.longText),
    lessonsLearned: text(errors, 'lessonsLearned', input.lessonsLearned, 'Lärdomarna', LIMITS.longText),
    implementationOwner: text(errors, 'implementationOwner', input.implementationOwner, 'Förvaltaren', LIMITS.shortText),
    implementationPlan: text(errors, 'implementationPlan', input.implementationPlan, 'Implementeringsplanen', LIMITS.longText),
  };
  errors.throwIfAny();
  return values;
}

export function validateRelation(input: InitiativeRelationInput): InitiativeRelationInput {
  const errors = new FieldErrorCollector();
  if (!RELATION_KINDS.some((k) => k.code === input.kind)) errors.add('kind', 'Välj typ av relation.');
  if (input.fromId === input.toId) errors.add('toId', 'En insats kan inte ha en relation till sig själv.');
  const note = text(errors, 'note', input.note, 'Anteckningen', 2000);
  errors.throwIfAny();
  return { ...input, note };
}

export function validateFollowUp(input: FollowUpInput): FollowUpInput {
  const errors = new FieldErrorCollector();
  if (!AFTER_LIFE_STATUSES.some((s) => s.code === input.status)) errors.add('status', 'Välj vad som hände med resultatet.');
  const livesOn = text(errors, 'livesOn', input.livesOn, 'Texten om vad som lever kvar', LIMITS.longText);
  const ownerNow = text(errors, 'ownerNow', input.ownerNow, 'Ägaren', LIMITS.shortText);
  const evidenceUrl = webAddress(errors, 'evidenceUrl', input.evidenceUrl);
  errors.throwIfAny();
  return { status: input.status, livesOn, ownerNow, evidenceUrl };
}

// Re-exported: the initiative register's callers import it from here.
export { isUuid };
