import { Injectable } from '@nestjs/common';
import { ListEngine, type ListCounts, type ListCriteria } from '../list/list-engine.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { RequestDatabase } from '../request/request-database.js';
import { INITIATIVE_LIST, type InitiativeFacetName } from './initiative-list.definition.js';
import type { InitiativeRow } from './initiative.entity.js';
import { INITIATIVE_COLUMNS, INITIATIVE_FIELD_COLUMNS, INITIATIVE_RECORD, toInitiative } from './initiative-row.mapper.js';
import type { PageInfo } from '../list/list.model.js';
import type { InitiativeOrder } from './initiative-list.definition.js';
import type { InitiativeEdge, InitiativeFacets } from './initiative-list.model.js';
import type { InitiativesArgs } from './initiative.inputs.js';

/** What the list was asked for, so the counts can run only when requested (and once). */
export interface InitiativeConnectionResult {
  edges: InitiativeEdge[];
  pageInfo: PageInfo;
  /** Internal: the criteria, for totalCount and facets. */
  criteria: ListCriteria<InitiativeFacetName>;
  /** Internal: the facets the query selects; only they are counted. */
  requestedFacets: ReadonlySet<string>;
  facetResult?: Promise<ListCounts<InitiativeFacetName>>;
}

const ENGINE = new ListEngine<InitiativeFacetName, InitiativeOrder>(INITIATIVE_LIST);

/** The register's list on the shared list engine; row-level security decides what is visible. */
@Injectable()
export class InitiativeSearchService {
  constructor(
    private readonly database: RequestDatabase,
    private readonly organizations: OrganizationService,
  ) {}

  /** A page of the register: `fields` (the node's selected GraphQL fields) narrows the columns read, `requestedFacets` the facets counted. */
  async page(
    args: InitiativesArgs,
    fields: ReadonlySet<string> | undefined,
    requestedFacets: ReadonlySet<string>,
    countsWanted = false,
  ): Promise<InitiativeConnectionResult> {
    // Archived rows are only ever their own organisation's (row-level security); here: asked for or not.
    const conditions = [args.filter?.includeArchived === true ? 'true' : 'i.archived_at IS NULL'];
    const manager = await this.database.manager();
    const columns = fields ? INITIATIVE_RECORD.selectFor('i', fields, INITIATIVE_FIELD_COLUMNS) : INITIATIVE_COLUMNS;
    // A narrowed row lacks the unselected columns; toInitiative computes only what GraphQL reads.
    // When the query also asks for counts, a search computes page and counts in one pass.
    const { page, counts } = await ENGINE.pageAndCounts<InitiativeRow>(
      manager,
      { ...args, conditions },
      await this.organizations.directory(),
      columns,
      countsWanted ? requestedFacets : null,
    );
    return {
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toInitiative(edge.row) })),
      pageInfo: page.pageInfo,
      criteria: page.criteria,
      requestedFacets,
      ...(counts ? { facetResult: Promise.resolve(counts) } : {}),
    };
  }

  /** Memoised per connection: totalCount and the selected facets share one statement. */
  facets(connection: InitiativeConnectionResult): Promise<{ totalCount: number; facets: InitiativeFacets }> {
    connection.facetResult ??= this.database
      .manager()
      .then(async (manager) => ENGINE.counts(manager, connection.criteria, await this.organizations.directory(), connection.requestedFacets));
    return connection.facetResult;
  }
}
