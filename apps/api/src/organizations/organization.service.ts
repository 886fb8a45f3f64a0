import { Injectable } from '@nestjs/common';
import type { OrganizationDirectory } from '../list/list-engine.js';
import { RequestDatabase } from '../request/request-database.js';
import { RequestScoped } from '../request/request-scoped.js';
import { Organization } from './organization.entity.js';

interface Known {
  byId?: Promise<ReadonlyMap<string, Organization>>;
}

/** The portal's organisations, read through the request's transaction like everything else. */
@Injectable()
export class OrganizationService {
  // Every feature resolves owners and partners on each row; the list (a few dozen rows, not
  // tenant data) is read once per request, whichever feature asks first.
  private readonly known = new RequestScoped<Known>('OrganizationService', () => ({}));

  constructor(private readonly database: RequestDatabase) {}

  /** All organisations by id, read once per request. */
  byId(): Promise<ReadonlyMap<string, Organization>> {
    const known = this.known.get();
    known.byId ??= this.list().then((list) => new Map(list.map((o) => [o.id, o])));
    return known.byId;
  }

  /** One organisation that a stored row refers to (a foreign key, so it exists). */
  async get(id: string): Promise<Organization> {
    const organization = (await this.byId()).get(id);
    if (!organization) throw new Error(`Unknown organisation ${id}`);
    return organization;
  }

  /** The list engine's slug ⇄ id lookups (filters name organisations by slug). */
  async directory(): Promise<OrganizationDirectory> {
    const organizations = await this.byId();
    const bySlug = new Map([...organizations.values()].map((o) => [o.slug, o.id]));
    return { idOf: (slug) => bySlug.get(slug), slugOf: (id) => organizations.get(id)?.slug };
  }

  /** All organisations in Swedish alphabetical order (Å, Ä, Ö last). */
  async list(): Promise<Organization[]> {
    const manager = await this.database.manager();
    return manager.createQueryBuilder(Organization, 'o').orderBy(`o.name COLLATE "sv-SE-x-icu"`).getMany();
  }

  /** The organisations with these slugs (unknown slugs are skipped), in Swedish order. */
  async listBySlugs(slugs: readonly string[]): Promise<Organization[]> {
    if (slugs.length === 0) return [];
    const manager = await this.database.manager();
    return manager
      .createQueryBuilder(Organization, 'o')
      .where('o.slug = ANY(:slugs)', { slugs: [...slugs] })
      .orderBy(`o.name COLLATE "sv-SE-x-icu"`)
      .getMany();
  }

  async findBySlug(slug: string): Promise<Organization | null> {
    const manager = await this.database.manager();
    return manager.findOne(Organization, { where: { slug } });
  }
}
