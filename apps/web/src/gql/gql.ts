/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      username\n      name\n      roles\n      organizations {\n        id\n        slug\n        name\n        kind\n        municipalityCode\n      }\n      activeOrganization {\n        slug\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query OrganizationAuditLog {\n    organizationAuditLog(first: 20) {\n      id\n      action\n      actorUsername\n      subject\n      createdAt\n    }\n  }\n": typeof types.OrganizationAuditLogDocument,
    "\n  query OrganizationMembers {\n    organizationMembers {\n      id\n      username\n      email\n      name\n      isOrganizationAdmin\n    }\n  }\n": typeof types.OrganizationMembersDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      username\n      email\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation SetOrganizationAdmin($userId: ID!, $admin: Boolean!) {\n    setOrganizationAdmin(userId: $userId, admin: $admin) {\n      id\n      isOrganizationAdmin\n    }\n  }\n": typeof types.SetOrganizationAdminDocument,
    "\n  query Organizations {\n    organizations {\n      id\n      slug\n      name\n      kind\n      municipalityCode\n    }\n  }\n": typeof types.OrganizationsDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      username\n      name\n      roles\n      organizations {\n        id\n        slug\n        name\n        kind\n        municipalityCode\n      }\n      activeOrganization {\n        slug\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query OrganizationAuditLog {\n    organizationAuditLog(first: 20) {\n      id\n      action\n      actorUsername\n      subject\n      createdAt\n    }\n  }\n": types.OrganizationAuditLogDocument,
    "\n  query OrganizationMembers {\n    organizationMembers {\n      id\n      username\n      email\n      name\n      isOrganizationAdmin\n    }\n  }\n": types.OrganizationMembersDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      username\n      email\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation SetOrganizationAdmin($userId: ID!, $admin: Boolean!) {\n    setOrganizationAdmin(userId: $userId, admin: $admin) {\n      id\n      isOrganizationAdmin\n    }\n  }\n": types.SetOrganizationAdminDocument,
    "\n  query Organizations {\n    organizations {\n      id\n      slug\n      name\n      kind\n      municipalityCode\n    }\n  }\n": types.OrganizationsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      name\n      roles\n      organizations {\n        id\n        slug\n        name\n        kind\n        municipalityCode\n      }\n      activeOrganization {\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      username\n      name\n      roles\n      organizations {\n        id\n        slug\n        name\n        kind\n        municipalityCode\n      }\n      activeOrganization {\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationAuditLog {\n    organizationAuditLog(first: 20) {\n      id\n      action\n      actorUsername\n      subject\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query OrganizationAuditLog {\n    organizationAuditLog(first: 20) {\n      id\n      action\n      actorUsername\n      subject\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationMembers {\n    organizationMembers {\n      id\n      username\n      email\n      name\n      isOrganizationAdmin\n    }\n  }\n"): (typeof documents)["\n  query OrganizationMembers {\n    organizationMembers {\n      id\n      username\n      email\n      name\n      isOrganizationAdmin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      username\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      username\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrganizationAdmin($userId: ID!, $admin: Boolean!) {\n    setOrganizationAdmin(userId: $userId, admin: $admin) {\n      id\n      isOrganizationAdmin\n    }\n  }\n"): (typeof documents)["\n  mutation SetOrganizationAdmin($userId: ID!, $admin: Boolean!) {\n    setOrganizationAdmin(userId: $userId, admin: $admin) {\n      id\n      isOrganizationAdmin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organizations {\n    organizations {\n      id\n      slug\n      name\n      kind\n      municipalityCode\n    }\n  }\n"): (typeof documents)["\n  query Organizations {\n    organizations {\n      id\n      slug\n      name\n      kind\n      municipalityCode\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;