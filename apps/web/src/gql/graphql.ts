/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: any; output: any; }
};

/** En administrativ händelse i en organisation (medlemskap, roller …). */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** t.ex. `member.invited`, `member.removed`, `role.granted`. */
  action: Scalars['String']['output'];
  /** Vem som gjorde ändringen (användarnamn). */
  actorUsername: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Vilken användare eller vad ändringen gällde, om det finns. */
  subject?: Maybe<Scalars['String']['output']>;
};

/** En ny organisation i portalen och i Keycloak. */
export type CreateOrganizationInput = {
  /** Organisationens e-postdomän, t.ex. linkoping.se. */
  domain: Scalars['String']['input'];
  kind: OrganizationKind;
  /** Kommunkod (fyra siffror) eller länskod (två siffror). */
  municipalityCode: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** Kortform (a–z, 0–9, bindestreck); blir alias i Keycloak. */
  slug: Scalars['String']['input'];
};

/** Bjud in en person till en organisation. */
export type InviteMemberInput = {
  /** E-postadress; personen får ett e-postmeddelande för att välja lösenord om hen är ny. */
  email: Scalars['String']['input'];
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Organisationens kortform; utan: den aktiva. Bara plattformsadministratörer kan välja en annan. */
  organization?: InputMaybe<Scalars['String']['input']>;
};

/** En text på portalens båda språk. */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  /** Engelska */
  en: Scalars['String']['output'];
  /** Svenska */
  sv: Scalars['String']['output'];
};

/** Den inloggade användaren. */
export type Me = {
  __typename?: 'Me';
  /** Den aktiva organisationen: den enda, eller den som valts med rubriken X-Organization. Tom för den som är medlem i flera och inte valt. */
  activeOrganization?: Maybe<Organization>;
  email?: Maybe<Scalars['String']['output']>;
  /** Användarens id i Keycloak (`sub`). */
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  /** Organisationer användaren är medlem i, i svensk bokstavsordning. */
  organizations: Array<Organization>;
  /** Roller i Keycloak: portal-user, org-admin, region-overseer, platform-admin. */
  roles: Array<Scalars['String']['output']>;
  username: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Skapar en organisation i portalen och i Keycloak (plattformsadministratörer). */
  createOrganization: Organization;
  /** Bjuder in en person: skapar kontot om det är nytt, lägger till i organisationen och skickar e-post. */
  inviteMember: OrganizationMember;
  /** Tar bort en medlem ur organisationen (kontot finns kvar). Svarar med användarens id. */
  removeMember: Scalars['ID']['output'];
  /** Ger eller tar bort rollen organisationsadministratör. */
  setOrganizationAdmin: OrganizationMember;
};


export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


export type MutationRemoveMemberArgs = {
  organization?: InputMaybe<Scalars['String']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationSetOrganizationAdminArgs = {
  admin: Scalars['Boolean']['input'];
  organization?: InputMaybe<Scalars['String']['input']>;
  userId: Scalars['ID']['input'];
};

/** En organisation i portalen: en kommun eller regionen. */
export type Organization = {
  __typename?: 'Organization';
  id: Scalars['ID']['output'];
  kind: OrganizationKind;
  /** Kommunkod (fyra siffror) eller länskod (två siffror) enligt SCB. */
  municipalityCode: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Stabil kortform, t.ex. `linkoping`; samma som aliaset i Keycloak. */
  slug: Scalars['String']['output'];
};

/** Kommun eller region (vocabulary `organization-kind`). */
export type OrganizationKind =
  /** Kommun */
  | 'MUNICIPALITY'
  /** Region */
  | 'REGION';

/** En medlem i en organisation, som Keycloak känner den. */
export type OrganizationMember = {
  __typename?: 'OrganizationMember';
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Har rollen org-admin. */
  isOrganizationAdmin: Scalars['Boolean']['output'];
  name?: Maybe<Scalars['String']['output']>;
  username: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Den inloggade användaren, dess organisationer, roller och aktiva organisation. */
  me: Me;
  /** En organisation, efter sin kortform (slug). */
  organization: Organization;
  /** Senaste administrativa händelserna i den aktiva organisationen. */
  organizationAuditLog: Array<AuditEvent>;
  /** Medlemmarna i organisationen (för organisationsadministratörer). */
  organizationMembers: Array<OrganizationMember>;
  /** Portalens organisationer: kommunerna och regionen, i svensk bokstavsordning. */
  organizations: Array<Organization>;
  /** Vokabulärerna med sina begrepp. Utan `names`: alla. */
  vocabularies: Array<Vocabulary>;
};


export type QueryOrganizationArgs = {
  slug: Scalars['String']['input'];
};


export type QueryOrganizationAuditLogArgs = {
  first?: Scalars['Int']['input'];
};


export type QueryOrganizationMembersArgs = {
  organization?: InputMaybe<Scalars['String']['input']>;
};


export type QueryVocabulariesArgs = {
  names?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** En vokabulär: teman, målgrupper, typer av insatser, finansiärer … */
export type Vocabulary = {
  __typename?: 'Vocabulary';
  /** Vokabulärens namn, t.ex. `theme` eller `target-group`. */
  name: Scalars['String']['output'];
  terms: Array<VocabularyTerm>;
  title: LocalizedText;
};

/** Ett begrepp i en vokabulär, t.ex. ett tema eller en målgrupp. */
export type VocabularyTerm = {
  __typename?: 'VocabularyTerm';
  /** Falskt för begrepp som inte längre ska väljas för nya poster. */
  active: Scalars['Boolean']['output'];
  /** Stabil kod som lagras på posterna. */
  code: Scalars['String']['output'];
  label: LocalizedText;
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Me', id: string, username: string, name?: string | null, roles: Array<string>, organizations: Array<{ __typename?: 'Organization', id: string, slug: string, name: string, kind: OrganizationKind, municipalityCode: string }>, activeOrganization?: { __typename?: 'Organization', slug: string, name: string } | null } };

export type OrganizationAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationAuditLogQuery = { __typename?: 'Query', organizationAuditLog: Array<{ __typename?: 'AuditEvent', id: string, action: string, actorUsername: string, subject?: string | null, createdAt: any }> };

export type OrganizationMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationMembersQuery = { __typename?: 'Query', organizationMembers: Array<{ __typename?: 'OrganizationMember', id: string, username: string, email?: string | null, name?: string | null, isOrganizationAdmin: boolean }> };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { __typename?: 'Mutation', inviteMember: { __typename?: 'OrganizationMember', id: string, username: string, email?: string | null } };

export type RemoveMemberMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type RemoveMemberMutation = { __typename?: 'Mutation', removeMember: string };

export type SetOrganizationAdminMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  admin: Scalars['Boolean']['input'];
}>;


export type SetOrganizationAdminMutation = { __typename?: 'Mutation', setOrganizationAdmin: { __typename?: 'OrganizationMember', id: string, isOrganizationAdmin: boolean } };

export type OrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationsQuery = { __typename?: 'Query', organizations: Array<{ __typename?: 'Organization', id: string, slug: string, name: string, kind: OrganizationKind, municipalityCode: string }> };


export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const OrganizationAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationAuditLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationAuditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<OrganizationAuditLogQuery, OrganizationAuditLogQueryVariables>;
export const OrganizationMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isOrganizationAdmin"}}]}}]}}]} as unknown as DocumentNode<OrganizationMembersQuery, OrganizationMembersQueryVariables>;
export const InviteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const RemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}]}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const SetOrganizationAdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOrganizationAdmin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"admin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrganizationAdmin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"admin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"admin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isOrganizationAdmin"}}]}}]}}]} as unknown as DocumentNode<SetOrganizationAdminMutation, SetOrganizationAdminMutationVariables>;
export const OrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}}]}}]}}]} as unknown as DocumentNode<OrganizationsQuery, OrganizationsQueryVariables>;