import { graphql } from '../gql';

export const auditLogQuery = graphql(`
  query OrganizationAuditLog {
    organizationAuditLog(first: 20) {
      id
      action
      actorUsername
      subject
      createdAt
    }
  }
`);
