import { Injectable } from '@nestjs/common';
import { RequestDatabase } from '../request/request-database.js';
import { Organization } from './organization.entity.js';

/** The portal's organisations, read through the request's transaction like everything else. */
@Injectable()
export class OrganizationService {
  constructor(private readonly database: RequestDatabase) {}

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
