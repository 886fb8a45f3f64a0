import type {
  AfterLifeStatusCode,
  FollowUpMilestoneCode,
  FunderTypeCode,
  FundingStatusCode,
  LifecycleStatusCode,
  PartnerRoleCode,
  ProjectKindCode,
  RelationKindCode,
  TargetGroupCode,
  ThemeCode,
  VisibilityCode,
} from '@portal/shared-domain';
import { readFileSync } from 'node:fs';
import type { InitiativeInput } from '../initiative.inputs.js';

/**
 * Demo content for the initiative register, loaded on first start (PORTAL_DEMO_DATA=on), from
 * apps/api/demo-data/initiatives.json (see the README there).
 *
 * Built from the facts in the Connect reports (shared/seeds): where a report gives a date, an
 * amount, a registry number or a count, it is used as given; everything else (most dates outside
 * Linköping, the follow-ups, the relations marked as demo) is illustration, and each description
 * says so. Amounts, registry numbers and contact people the reports do not give are left empty
 * rather than made up, so nothing official-looking is invented.
 *
 * Only types are imported (no decorated classes), so the list can be checked by a unit test.
 */

export interface DemoRelation {
  readonly kind: RelationKindCode;
  /** Demo key of the initiative at the other end; it must be readable by the owner of this one. */
  readonly to: string;
  readonly note: string;
}

export interface DemoFollowUp {
  readonly milestone: FollowUpMilestoneCode;
  readonly status: AfterLifeStatusCode;
  readonly livesOn: string;
  readonly ownerNow: string;
}

export interface DemoInitiative {
  /** Stable key, used by relations and tests; not stored. */
  readonly key: string;
  /** Slug of the owning organisation (REGION_ORGANIZATIONS). */
  readonly owner: string;
  readonly input: InitiativeInput;
  readonly relations: readonly DemoRelation[];
  /** Recorded follow-ups; the three due dates themselves come from the end date. */
  readonly followUps: readonly DemoFollowUp[];
}

interface DemoFields {
  key: string;
  owner: string;
  relations?: DemoRelation[];
  followUps?: DemoFollowUp[];
  title: string;
  summary: string;
  description: string;
  visibility: VisibilityCode;
  kind: ProjectKindCode;
  status: LifecycleStatusCode;
  startDate?: string;
  endDate?: string;
  partners?: Array<{ role: PartnerRoleCode; organization?: string; name?: string }>;
  fundingLines?: Array<{
    funderType: FunderTypeCode;
    funderName?: string;
    registryNumber?: string;
    programmeArea?: string;
    amountSek?: number;
    status: FundingStatusCode;
  }>;
  themes: ThemeCode[];
  targetGroups: TargetGroupCode[];
  occupations?: string[];
  methods?: string[];
  genderEquality?: string;
  nonDiscrimination?: string;
  accessibility?: string;
  participants?: Array<{ period: string; women: number; men: number; otherOrUnknown?: number; toWork?: number; toStudies?: number; otherOutcome?: number }>;
  results?: string;
  lessonsLearned?: string;
  implementationOwner?: string;
  implementationPlan?: string;
}

/** The full GraphQL input with the form's defaults, so every demo row goes through the same validation. */
function input(fields: DemoFields): InitiativeInput {
  return {
    title: fields.title,
    summary: fields.summary,
    description: fields.description,
    visibility: fields.visibility,
    kind: fields.kind,
    status: fields.status,
    startDate: fields.startDate ?? null,
    endDate: fields.endDate ?? null,
    contactPerson: null,
    projectLeader: null,
    partners: (fields.partners ?? []).map((p) => ({ role: p.role, organization: p.organization ?? null, name: p.name ?? null })),
    fundingLines: (fields.fundingLines ?? []).map((f) => ({
      funderType: f.funderType,
      funderName: f.funderName ?? null,
      registryNumber: f.registryNumber ?? null,
      programmeArea: f.programmeArea ?? null,
      amountSek: f.amountSek ?? null,
      status: f.status,
    })),
    themes: fields.themes,
    targetGroups: fields.targetGroups,
    occupations: fields.occupations ?? [],
    methods: fields.methods ?? [],
    genderEquality: fields.genderEquality ?? '',
    nonDiscrimination: fields.nonDiscrimination ?? '',
    accessibility: fields.accessibility ?? '',
    participants: (fields.participants ?? []).map((p) => ({
      period: p.period,
      women: p.women,
      men: p.men,
      otherOrUnknown: p.otherOrUnknown ?? 0,
      toWork: p.toWork ?? 0,
      toStudies: p.toStudies ?? 0,
      otherOutcome: p.otherOutcome ?? 0,
    })),
    results: fields.results ?? '',
    lessonsLearned: fields.lessonsLearned ?? '',
    implementationOwner: fields.implementationOwner ?? '',
    implementationPlan: fields.implementationPlan ?? '',
  };
}

/** The data file sits beside the package's src/ and dist/, at the same depth from both. */
const DATA_FILE = new URL('../../../demo-data/initiatives.json', import.meta.url);

/** Read once; the unit test checks every entry against the register's own validation. */
export const DEMO_INITIATIVES: readonly DemoInitiative[] = (JSON.parse(readFileSync(DATA_FILE, 'utf8')) as DemoFields[]).map((fields) => ({
  key: fields.key,
  owner: fields.owner,
  input: input(fields),
  relations: fields.relations ?? [],
  followUps: fields.followUps ?? [],
}));
