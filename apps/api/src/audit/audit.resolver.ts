import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '../auth/policy.decorator.js';
import { badUserInput } from '../graphql/portal-error.js';
import { requireActor } from '../request/actor.js';
import { AuditEventModel } from './audit-event.model.js';
import { AuditService } from './audit.service.js';

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @RequirePermission('organization:manage-members')
  @Query(() => [AuditEventModel], { description: 'Senaste administrativa händelserna i den aktiva organisationen.' })
  async organizationAuditLog(@Args('first', { type: () => Int, defaultValue: 20 }) first: number): Promise<AuditEventModel[]> {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw badUserInput('Ange mellan 1 och 100 händelser.', { first: 'Mellan 1 och 100.' });
    const { organization } = requireActor();
    return this.audit.latest(organization.id, first);
  }
}
