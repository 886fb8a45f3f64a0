import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Organization } from './organization.entity.js';

@Injectable()
export class OrganizationService {
  constructor(@InjectRepository(Organization) private readonly organizations: Repository<Organization>) {}

  /** All organisations in Swedish alphabetical order (Å, Ä, Ö last). */
  list(): Promise<Organization[]> {
    return this.organizations
      .createQueryBuilder('o')
      .orderBy(`o.name COLLATE "sv-SE-x-icu"`)
      .getMany();
  }

  /** The organisations with these slugs (unknown slugs are skipped), in Swedish order. */
  listBySlugs(slugs: readonly string[]): Promise<Organization[]> {
    if (slugs.length === 0) return Promise.resolve([]);
    return this.organizations
      .createQueryBuilder('o')
      .where('o.slug = ANY(:slugs)', { slugs: [...slugs] })
      .orderBy(`o.name COLLATE "sv-SE-x-icu"`)
      .getMany();
  }

  findBySlug(slug: string): Promise<Organization | null> {
    return this.organizations.findOne({ where: { slug } });
  }
}
