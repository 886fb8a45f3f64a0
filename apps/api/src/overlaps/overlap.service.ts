import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  OVERLAP_BANDS,
  OVERLAP_LIMITS,
  PROJECT_KINDS,
  REGION_ORGANIZATIONS,
  TARGET_GROUPS,
  THEMES,
  overlapBandOf,
  type OverlapDecisionCode,
  type RelationKindCode,
} from '@portal/shared-domain';
import { AuditService } from '../audit/audit.service.js';
import { ChangeLogService } from '../change-log/change-log.service.js';
import { INITIATIVE_CHANGE_LOG } from '../initiatives/initiative-change-log.js';
import { relationChange } from '../initiatives/initiative-values.js';
import { badUserInput, notFound } from '../graphql/portal-error.js';
import type { InitiativeRow, StoredFundingLine } from '../initiatives/initiative.entity.js';
import { INITIATIVE_COLUMNS, toInitiative } from '../initiatives/initiative-row.mapper.js';
import { isValidDate } from '../initiatives/initiative.validation.js';
import { activeOrganization, requireActor } from '../request/actor.js';
import { RequestDatabase } from '../request/request-database.js';
import { sqlRows } from '../request/sql-rows.js';
import { FieldErrorCollector } from '../validation/field-error-collector.js';
import { codes, isUuid, text } from '../validation/field-checks.js';
import type { OverlapDecisionInput, OverlapDraftInput, OverlapPairsArgs } from './overlap.inputs.js';
import type { OverlapCandidate, OverlapDecision, OverlapPair, OverlapPairPage, OverlapReason } from './overlap.model.js';

/** A reason as the SQL function returns it (jsonb). */
interface StoredReason {
  code: string;
  values?: string[];
  months?: number;
  points: number;
}

interface DecisionColumns {
  decision: OverlapDecisionCode | null;
  note: string | null;
  decided_by_name: string | null;
  decided_at: Date | null;
  decision_linked: boolean;
}

type CandidateRow = InitiativeRow & DecisionColumns & { overlap_score: string; overlap_reasons: StoredReason[] };

const COORDINATED_RELATION: RelationKindCode = 'coordinated-with';

// `decision_linked`: a "Samordnas med" relation joins the pair (either direction; read under the relations' own policy).
const DECISION_COLUMNS = `d.decision, d.note, d.decided_by_name, d.decided_at,
  EXISTS (SELECT 1 FROM initiative_relation r WHERE r.kind = '${COORDINATED_RELATION}' AND r.from_id IN (d.a_id, d.b_id) AND r.to_id IN (d.a_id, d.b_id)) AS decision_linked`;

/** Candidates and the other initiative's row in one statement, with the Region's decision on the pair if any. */
const CANDIDATES_SQL = (subject: string) => `
  SELECT c.score AS overlap_score, c.reasons AS overlap_reasons, ${DECISION_COLUMNS}, ${INITIATIVE_COLUMNS}
    FROM app.overlap_candidates(${subject}) c
    JOIN initiative i ON i.id = c.id
    LEFT JOIN initiative_overlap_decision d ON d.a_id = least(c.id, $1::uuid) AND d.b_id = greatest(c.id, $1::uuid)
   ORDER BY c.score DESC, c.id`;

/**
 * A draft often has only a title yet: a similar title alone (up to 3 points) is worth showing
 * there, so the create form's panel goes lower than the radar's low band.
 */
const OVERLAP_DRAFT_MIN_SCORE = 2;

const DRAFT_SUBJECT = `
  (SELECT jsonb_build_object(
            'organizationId', $2::uuid, 'kind', $3::text, 'themes', $4::jsonb, 'targetGroups', $5::jsonb, 'occupations', $6::jsonb,
            'methodIds', $7::jsonb, 'startDate', $8::date, 'endDate', $9::date, 'programmes', '[]'::jsonb, 'funders', '[]'::jsonb,
            'municipalities', to_jsonb(f.municipalities), 'nearMunicipalities', to_jsonb(f.near_municipalities),
            'lexemes', to_jsonb(f.lexemes), 'titleLexemes', to_jsonb(f.title_lexemes), 'titleFolded', f.title_folded)
     FROM app.overlap_facts($2::uuid, $10, $11, $12, '[]'::jsonb, '[]'::jsonb) f), $13, false, ${OVERLAP_DRAFT_MIN_SCORE}`;

/**
 * The overlap radar (docs/overlap-radar.md): candidates for one initiative or a draft, the
 * Region's pairs across organisations and its decisions. Everything runs in the request's
 * transaction, so row-level security decides which initiatives take part.
 */
@Injectable()
export class OverlapService {
  constructor(
    private readonly database: RequestDatabase,
    private readonly audit: AuditService,
    private readonly changeLog: ChangeLogService,
  ) {}

  /** The readable initiatives most likely to overlap this one. NOT_FOUND when it cannot be read. */
  async candidates(id: string, first: number): Promise<OverlapCandidate[]> {
    const limit = this.limit(first, OVERLAP_LIMITS.candidates);
    if (!isUuid(id)) throw notFound('Initiativet finns inte, eller så har du inte tillgång till det.');
    const manager = await this.database.manager();
    const subject: Array<{ subject: unknown }> = await sqlRows(manager, `SELECT app.overlap_subject_of($1) AS subject`, [id]);
    if (!subject[0]?.subject) throw notFound('Initiativet finns inte, eller så har du inte tillgång till det.');
    const rows: CandidateRow[] = await sqlRows(manager, CANDIDATES_SQL('$2::jsonb, $3, false'), [id, JSON.stringify(subject[0].subject), limit]);
    return this.toCandidates(manager, rows);
  }

  /** Initiatives like the one being filled in (the create form's "Liknande initiativ"); never blocks saving. */
  async similar(draft: OverlapDraftInput, first: number): Promise<OverlapCandidate[]> {
    const limit = this.limit(first, OVERLAP_LIMITS.candidates);
    const errors = new FieldErrorCollector();
    const title = text(errors, 'title', draft.title, 'Titel', OVERLAP_LIMITS.draftText);
    const summary = text(errors, 'summary', draft.summary, 'Sammanfattning', OVERLAP_LIMITS.draftText);
    const description = text(errors, 'description', draft.description, 'Beskrivning', OVERLAP_LIMITS.draftText);
    const themes = codes(errors, 'themes', draft.themes ?? [], THEMES, 'Tema');
    const targetGroups = codes(errors, 'targetGroups', draft.targetGroups ?? [], TARGET_GROUPS, 'Målgrupp');
    const kind = draft.kind ? codes(errors, 'kind', [draft.kind], PROJECT_KINDS, 'Typ av insats')[0] : undefined;
    const occupations = (draft.occupations ?? []).map((o) => o.trim().toLocaleLowerCase('sv')).filter(Boolean);
    const methodIds = (draft.methodIds ?? []).filter(isUuid);
    const startDate = draft.startDate?.trim() || null;
    const endDate = draft.endDate?.trim() || null;
    if (startDate && !isValidDate(startDate)) errors.add('startDate', 'Ange startdatum som ÅÅÅÅ-MM-DD, t.ex. 2021-02-01.');
    if (endDate && !isValidDate(endDate)) errors.add('endDate', 'Ange slutdatum som ÅÅÅÅ-MM-DD, t.ex. 2021-10-31.');
    errors.throwIfAny();
    // Nothing to compare yet: no candidates, and no statement.
    if (!title && !summary && !description && themes.length === 0 && targetGroups.length === 0 && methodIds.length === 0) return [];
    const manager = await this.database.manager();
    const rows: CandidateRow[] = await sqlRows(manager, CANDIDATES_SQL(DRAFT_SUBJECT), [
      null,
      activeOrganization()?.id ?? null,
      kind ?? null,
      JSON.stringify(themes),
      JSON.stringify(targetGroups),
      JSON.stringify(occupations),
      JSON.stringify(methodIds),
      startDate,
      endDate,
      title,
      summary,
      description,
      limit,
    ]);
    return this.toCandidates(manager, rows);
  }

  /** The Region's open pairs across organisations, highest first; keyset-paged by (score, a, b). */
  async pairs(args: OverlapPairsArgs): Promise<OverlapPairPage> {
    const limit = this.limit(args.first, OVERLAP_LIMITS.pageSize);
    const errors = new FieldErrorCollector();
    if (args.theme) codes(errors, 'theme', [args.theme], THEMES, 'Tema');
    if (args.organization && !REGION_ORGANIZATIONS.some((o) => o.slug === args.organization)) errors.add('organization', 'Okänd organisation.');
    const cursor = args.after ? decodeCursor(args.after) : null;
    if (args.after && !cursor) errors.add('after', 'Ogiltig markör. Börja om från första sidan.');
    if (args.fromYear != null && args.toYear != null && args.toYear < args.fromYear) errors.add('toYear', 'Till-året kan inte vara före från-året.');
    errors.throwIfAny();
    const minScore = OVERLAP_BANDS.find((b) => b.code === (args.band ?? 'low'))!.min;
    const from = args.fromYear != null ? `${args.fromYear}-01-01` : null;
    const to = args.toYear != null ? `${args.toYear}-12-31` : null;
    const manager = await this.database.manager();
    const rows: Array<DecisionColumns & { a_id: string; b_id: string; score: string; reasons: StoredReason[] }> = await sqlRows(
      manager,
      `SELECT o.a_id, o.b_id, o.score, o.reasons, ${DECISION_COLUMNS}
         FROM initiative_overlap o
         LEFT JOIN initiative_overlap_decision d ON d.a_id = o.a_id AND d.b_id = o.b_id
        WHERE o.score >= $1
          AND ($2 OR d.a_id IS NULL)
          AND ($3::text IS NULL OR o.themes @> ARRAY[$3::text])
          AND ($4::text IS NULL OR o.organization_ids @> ARRAY(SELECT g.id FROM organization g WHERE g.slug = $4))
          AND o.period && daterange($5::date, $6::date, '[]')
          AND ($7::numeric IS NULL OR o.score < $7 OR (o.score = $7 AND (o.a_id, o.b_id) > ($8::uuid, $9::uuid)))
          -- Related initiatives are no candidates; a decided pair stays listed with its decision (a "samordna" may have linked it).
          AND (d.a_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM initiative_relation r
                           WHERE (r.from_id = o.a_id AND r.to_id = o.b_id) OR (r.from_id = o.b_id AND r.to_id = o.a_id)))
        ORDER BY o.score DESC, o.a_id, o.b_id
        LIMIT $10`,
      [
        minScore,
        args.includeDecided,
        args.theme ?? null,
        args.organization ?? null,
        from,
        to,
        cursor?.score ?? null,
        cursor?.a ?? null,
        cursor?.b ?? null,
        limit + 1,
      ],
    );
    const page = rows.slice(0, limit);
    const initiatives = await this.initiatives(
      manager,
      page.flatMap((r) => [r.a_id, r.b_id]),
    );
    const methodNames = await this.methodNames(
      manager,
      page.flatMap((r) => r.reasons),
    );
    const pairs: OverlapPair[] = page.flatMap((row) => {
      const a = initiatives.get(row.a_id);
      const b = initiatives.get(row.b_id);
      // The pair's policy already requires both to be readable; a row read between the two statements may have gone.
      if (!a || !b) return [];
      const score = Number(row.score);
      return [{ a, b, score, band: overlapBandOf(score), reasons: this.reasons(row.reasons, methodNames, a.fundingLines ?? []), decision: toDecision(row) }];
    });
    const last = page.at(-1);
    return { pairs, nextCursor: rows.length > limit && last ? encodeCursor({ score: last.score, a: last.a_id, b: last.b_id }) : null };
  }

  /** Decisions on pairs that include this initiative (both ends readable), newest first. */
  async decisionsFor(id: string): Promise<Array<{ other: ReturnType<typeof toInitiative>; decision: OverlapDecision }>> {
    if (!isUuid(id)) return [];
    const manager = await this.database.manager();
    const rows: Array<InitiativeRow & DecisionColumns> = await sqlRows(
      manager,
      `SELECT ${DECISION_COLUMNS}, ${INITIATIVE_COLUMNS}
         FROM initiative_overlap_decision d
         JOIN initiative i ON i.id = CASE WHEN d.a_id = $1 THEN d.b_id ELSE d.a_id END
        WHERE d.a_id = $1 OR d.b_id = $1
        ORDER BY d.decided_at DESC`,
      [id],
    );
    return rows.map((row) => ({ other: toInitiative(row), decision: toDecision(row)! }));
  }

  /** A region coordinator decides on a pair (again, if it had a decision); audited in their organisation's log. */
  async decide(input: OverlapDecisionInput): Promise<OverlapDecision> {
    const { principal, organization } = requireActor();
    const errors = new FieldErrorCollector();
    const note = text(errors, 'note', input.note, 'Anteckning', OVERLAP_LIMITS.note);
    if (input.initiativeId === input.otherInitiativeId) errors.add('otherInitiativeId', 'Välj två olika insatser.');
    if (input.link && input.decision !== 'coordinate') errors.add('link', 'Bara beslutet ”Samordna” kan länka insatserna.');
    errors.throwIfAny();
    const manager = await this.database.manager();
    const [a, b] = await this.readablePair(manager, input.initiativeId, input.otherInitiativeId);
    const name = principal.name ?? principal.username;
    const rows: Array<Omit<DecisionColumns, 'decision_linked'>> = await sqlRows(
      manager,
      `INSERT INTO initiative_overlap_decision (a_id, b_id, decision, note, decided_by_id, decided_by_name)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (a_id, b_id) DO UPDATE
         SET decision = EXCLUDED.decision, note = EXCLUDED.note, decided_by_id = EXCLUDED.decided_by_id,
             decided_by_name = EXCLUDED.decided_by_name, decided_at = now()
       RETURNING decision, note, decided_by_name, decided_at`,
      [a, b, input.decision, note, principal.userId, name],
    );
    const linked = input.link ? await this.link(manager, a, b, note) : await this.linked(manager, a, b);
    await this.audit.record({
      organizationId: organization.id,
      action: 'overlap.decided',
      details: { initiatives: [a, b], decision: input.decision, note, ...(input.link ? { linked } : {}) },
    });
    return toDecision({ ...rows[0]!, decision_linked: linked })!;
  }

  private async linked(manager: EntityManager, a: string, b: string): Promise<boolean> {
    const rows: unknown[] = await sqlRows(
      manager,
      `SELECT 1 FROM initiative_relation WHERE kind = $3 AND ((from_id = $1 AND to_id = $2) OR (from_id = $2 AND to_id = $1))`,
      [a, b, COORDINATED_RELATION],
    );
    return rows.length > 0;
  }

  /**
   * "Samordna" with a link: the relation "Samordnas med" from `a` (owned by `a`'s organisation, as
   * an owner's own relation would be) and an entry in both initiatives' history, written by the
   * coordinator. The policies of migration 1796310000000 allow exactly this after a `coordinate`
   * decision on the pair. Already linked: nothing new is written.
   */
  private async link(manager: EntityManager, a: string, b: string, note: string): Promise<boolean> {
    if (await this.linked(manager, a, b)) return true;
    const ends: Array<{ id: string; organization_id: string; version: number }> = await sqlRows(
      manager,
      `SELECT id, organization_id, version FROM initiative WHERE id = ANY($1::uuid[])`,
      [[a, b]],
    );
    const from = ends.find((row) => row.id === a)!;
    const to = ends.find((row) => row.id === b)!;
    // Two coordinators at once: the second finds the link made and writes no second history entry.
    const inserted: unknown[] = await sqlRows(
      manager,
      `INSERT INTO initiative_relation (organization_id, from_id, to_id, kind, note) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (from_id, to_id, kind) DO NOTHING RETURNING id`,
      [from.organization_id, a, b, COORDINATED_RELATION, note],
    );
    if (inserted.length === 0) return true;
    for (const [end, other, direction] of [
      [from, b, 'outgoing'],
      [to, a, 'incoming'],
    ] as const) {
      await this.changeLog.record(manager, INITIATIVE_CHANGE_LOG, {
        organizationId: end.organization_id,
        recordId: end.id,
        version: end.version,
        action: 'relation-added',
        changes: [relationChange(COORDINATED_RELATION, other, true, direction)],
      });
    }
    return true;
  }

  /** Takes a decision back: the pair is open again. False when it had none. */
  async reopen(initiativeId: string, otherInitiativeId: string): Promise<boolean> {
    const { organization } = requireActor();
    const manager = await this.database.manager();
    const [a, b] = await this.readablePair(manager, initiativeId, otherInitiativeId);
    const removed: Array<{ decision: string }> = await sqlRows(
      manager,
      `DELETE FROM initiative_overlap_decision WHERE a_id = $1 AND b_id = $2 RETURNING decision`,
      [a, b],
    );
    if (removed.length === 0) return false;
    await this.audit.record({ organizationId: organization.id, action: 'overlap.reopened', details: { initiatives: [a, b], decision: removed[0]!.decision } });
    return true;
  }

  /** Both ids, ordered as the pair tables store them; NOT_FOUND unless the caller may read both. */
  private async readablePair(manager: EntityManager, first: string, second: string): Promise<[string, string]> {
    const missing = () => notFound('Insatserna finns inte, eller så har du inte tillgång till båda.');
    if (!isUuid(first) || !isUuid(second)) throw missing();
    if (first === second) throw badUserInput('Välj två olika insatser.', { otherInitiativeId: 'Välj två olika insatser.' });
    const rows: Array<{ id: string }> = await sqlRows(manager, `SELECT s.id FROM initiative_search s WHERE s.id = ANY($1::uuid[]) AND s.archived_at IS NULL`, [
      [first, second],
    ]);
    if (rows.length !== 2) throw missing();
    return first < second ? [first, second] : [second, first];
  }

  private limit(first: number, max: number): number {
    if (!Number.isInteger(first) || first < 1 || first > max) throw badUserInput(`Ange ett antal mellan 1 och ${max}.`, { first: `Mellan 1 och ${max}.` });
    return first;
  }

  private async initiatives(manager: EntityManager, ids: readonly string[]) {
    if (ids.length === 0) return new Map<string, ReturnType<typeof toInitiative>>();
    const rows: InitiativeRow[] = await sqlRows(manager, `SELECT ${INITIATIVE_COLUMNS} FROM initiative i WHERE i.id = ANY($1::uuid[])`, [[...new Set(ids)]]);
    return new Map(rows.map((row) => [row.id, toInitiative(row)]));
  }

  /** Names of the shared methods the reader may read (one statement, only when a reason names methods). */
  private async methodNames(manager: EntityManager, reasons: readonly StoredReason[]): Promise<Map<string, string>> {
    const ids = [...new Set(reasons.filter((r) => r.code === 'methods').flatMap((r) => r.values ?? []))];
    if (ids.length === 0) return new Map();
    const rows: Array<{ id: string; name: string }> = await sqlRows(manager, `SELECT m.id, m.name FROM method m WHERE m.id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  private reasons(stored: readonly StoredReason[], methodNames: ReadonlyMap<string, string>, fundingLines: readonly StoredFundingLine[]): OverlapReason[] {
    return stored.map((reason) => {
      const values = reason.values ?? [];
      return {
        code: reason.code,
        // A method the reader may not read still counts, but is not named.
        values:
          reason.code === 'methods'
            ? values.flatMap((id) => methodNames.get(id) ?? [])
            : reason.code === 'same-programme' || reason.code === 'same-funder'
              ? values.map((key) => asWritten(key, reason.code === 'same-programme' ? 'programmeArea' : 'funderName', fundingLines))
              : values,
        months: reason.months ?? null,
        points: Number(reason.points),
      };
    });
  }

  private async toCandidates(manager: EntityManager, rows: readonly CandidateRow[]): Promise<OverlapCandidate[]> {
    const methodNames = await this.methodNames(
      manager,
      rows.flatMap((r) => r.overlap_reasons),
    );
    return rows.map((row) => {
      const score = Number(row.overlap_score);
      return {
        initiative: toInitiative(row),
        score,
        band: overlapBandOf(score),
        reasons: this.reasons(row.overlap_reasons, methodNames, row.fundingLines ?? []),
        decision: toDecision(row),
      };
    });
  }
}

/** How the SQL folds a name (app.fold: unaccent and lower case), near enough to match it back. */
function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** `funderType|folded name` back to `funderType|name as the initiative writes it`. */
function asWritten(key: string, field: 'programmeArea' | 'funderName', lines: readonly StoredFundingLine[]): string {
  const [type = '', folded = ''] = key.split('|');
  const line = lines.find((l) => l.funderType === type && fold(l[field] ?? '') === folded);
  return `${type}|${line?.[field] ?? folded}`;
}

function toDecision(row: DecisionColumns): OverlapDecision | null {
  if (!row.decision) return null;
  return { decision: row.decision, note: row.note ?? '', decidedByName: row.decided_by_name ?? '', decidedAt: row.decided_at!, linked: row.decision_linked };
}

interface PairCursor {
  score: string;
  a: string;
  b: string;
}

function encodeCursor(cursor: PairCursor): string {
  return Buffer.from(JSON.stringify([cursor.score, cursor.a, cursor.b])).toString('base64url');
}

function decodeCursor(value: string): PairCursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 3) return null;
    const [score, a, b] = parsed as unknown[];
    if (typeof score !== 'string' || !/^\d{1,4}(\.\d{1,2})?$/.test(score) || typeof a !== 'string' || typeof b !== 'string' || !isUuid(a) || !isUuid(b))
      return null;
    return { score, a, b };
  } catch {
    return null;
  }
}
