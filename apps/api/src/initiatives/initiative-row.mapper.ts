import { SMALL_COUNT_THRESHOLD } from '@portal/shared-domain';
import { currentRequestContext } from '../request/request-context.js';
import type { StoredFundingLine, StoredParticipantPeriod, StoredPartner } from './initiative.entity.js';
import type { VisibilityCode } from '@portal/shared-domain';
import { type Initiative, type ParticipantCount, type ParticipantPeriod } from './initiative.model.js';

/** The columns every initiative query selects (table alias `i`), in the shape of `InitiativeSqlRow`. */
export const INITIATIVE_COLUMNS = `
  i.id, i.organization_id, i.visibility, i.title, i.summary, i.description, i.kind, i.status,
  i.start_date::text AS start_date, i.end_date::text AS end_date,
  i.contact_name, i.contact_email, i.leader_name, i.leader_email,
  i.themes, i.target_groups, i.occupations, i.methods, i.partners, i.funding, i.participants,
  i.gender_equality, i.non_discrimination, i.accessibility, i.results, i.lessons_learned,
  i.implementation_owner, i.implementation_plan, i.is_demo, i.version, i.archived_at, i.created_at, i.updated_at`;

export interface InitiativeSqlRow {
  id: string;
  organization_id: string;
  visibility: string;
  title: string;
  summary: string;
  description: string;
  kind: string;
  status: string;
  start_date: string | null;
  end_date: string | null;
  contact_name: string;
  contact_email: string;
  leader_name: string;
  leader_email: string;
  themes: string[];
  target_groups: string[];
  occupations: string[];
  methods: string[];
  partners: StoredPartner[];
  funding: StoredFundingLine[];
  participants: StoredParticipantPeriod[];
  gender_equality: string;
  non_discrimination: string;
  accessibility: string;
  results: string;
  lessons_learned: string;
  implementation_owner: string;
  implementation_plan: string;
  is_demo: boolean;
  version: number;
  archived_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** One count as a reader outside the owning organisation may see it: under the threshold it is "<5". */
export function maskCount(value: number, exact: boolean): ParticipantCount {
  if (exact || value === 0 || value >= SMALL_COUNT_THRESHOLD) return { value, display: String(value) };
  return { value: null, display: `<${SMALL_COUNT_THRESHOLD}` };
}

/** Small counts could point at individuals; only the owning organisation sees them exactly. */
export function maskParticipants(periods: readonly StoredParticipantPeriod[], exact: boolean): ParticipantPeriod[] {
  return periods.map((p) => {
    const women = maskCount(p.women, exact);
    const men = maskCount(p.men, exact);
    const otherOrUnknown = maskCount(p.otherOrUnknown, exact);
    // An exact total next to one hidden part would give the hidden part away by subtraction.
    const anyHidden = [women, men, otherOrUnknown].some((c) => c.value === null);
    const total = anyHidden ? { value: null, display: 'dolt' } : maskCount(p.women + p.men + p.otherOrUnknown, exact);
    return {
      period: p.period,
      women,
      men,
      otherOrUnknown,
      total,
      toWork: maskCount(p.toWork, exact),
      toStudies: maskCount(p.toStudies, exact),
      otherOutcome: maskCount(p.otherOutcome, exact),
    };
  });
}

/**
 * The one masking rule per field: the field resolver and the history both go through it, so a
 * stored before/after value is never shown more exactly than the field itself. Add new masked
 * fields here.
 */
export const FIELD_MASKS = {
  participants: (stored: readonly StoredParticipantPeriod[], exact: boolean): ParticipantPeriod[] => maskParticipants(stored, exact),
} as const;

/** Only a signed-in member of the owning organisation reads masked fields exactly. */
export function readsExactly(organizationId: string): boolean {
  const context = currentRequestContext();
  return context?.principal !== undefined && context.activeOrganization?.id === organizationId;
}

/** A stored value of `field` as this reader may see it (unchanged for fields without a mask). */
export function maskFieldValue(field: string, value: unknown, exact: boolean): unknown {
  if (value === null || value === undefined || !Object.prototype.hasOwnProperty.call(FIELD_MASKS, field)) return value;
  const mask = FIELD_MASKS[field as keyof typeof FIELD_MASKS] as (stored: unknown, exact: boolean) => unknown;
  return mask(value, exact);
}

const person = (name: string, email: string) => (name || email ? { name, email } : null);

export function toInitiative(row: InitiativeSqlRow): Initiative {
  const own = readsExactly(row.organization_id);
  return {
    id: row.id,
    organizationId: row.organization_id,
    visibility: row.visibility as VisibilityCode,
    title: row.title,
    summary: row.summary,
    description: row.description,
    kind: row.kind,
    status: row.status,
    startDate: row.start_date,
    endDate: row.end_date,
    contactPerson: person(row.contact_name, row.contact_email),
    projectLeader: person(row.leader_name, row.leader_email),
    storedPartners: row.partners,
    fundingLines: row.funding.map((f) => ({ ...f })),
    totalFundingSek: row.funding.reduce((sum, f) => sum + (f.amountSek ?? 0), 0),
    themes: row.themes,
    targetGroups: row.target_groups,
    occupations: row.occupations,
    methods: row.methods,
    horizontalPrinciples: { genderEquality: row.gender_equality, nonDiscrimination: row.non_discrimination, accessibility: row.accessibility },
    participants: FIELD_MASKS.participants(row.participants, own),
    results: row.results,
    lessonsLearned: row.lessons_learned,
    implementationOwner: row.implementation_owner,
    implementationPlan: row.implementation_plan,
    version: row.version,
    archived: row.archived_at !== null,
    isDemo: row.is_demo,
    canEdit: own,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
