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

/** En åtgärd som någon ska göra; följer med till nästa möte tills den är klar. */
export type ActionItem = {
  __typename?: 'ActionItem';
  /** Du får ändra status: ordförande, sekreterare eller den som äger åtgärden. */
  canUpdate: Scalars['Boolean']['output'];
  doneAt?: Maybe<Scalars['DateTime']['output']>;
  dueDate?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  meetingId?: Maybe<Scalars['ID']['output']>;
  ownerName: Scalars['String']['output'];
  ownerUserId?: Maybe<Scalars['ID']['output']>;
  /** `open` eller `done`. */
  status: Scalars['String']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** En åtgärd från ett möte. */
export type ActionItemInput = {
  dueDate?: InputMaybe<Scalars['String']['input']>;
  ownerName?: Scalars['String']['input'];
  /** Medlemmen som äger åtgärden (får markera den klar). */
  ownerUserId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

/** En punkt på dagordningen. */
export type AgendaItem = {
  __typename?: 'AgendaItem';
  durationMinutes?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  links: Array<AgendaLink>;
  position: Scalars['Int']['output'];
  presenter: Scalars['String']['output'];
  /** Lokal starttid HH:MM eller tomt. */
  startsAt: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** En dagordningspunkt. */
export type AgendaItemInput = {
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  links?: Array<AgendaLinkInput>;
  presenter?: Scalars['String']['input'];
  startsAt?: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

/** En post som en dagordningspunkt handlar om; bara de du får läsa visas. */
export type AgendaLink = {
  __typename?: 'AgendaLink';
  id: Scalars['ID']['output'];
  /** `initiative` eller `method`. */
  kind: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type AgendaLinkInput = {
  id: Scalars['ID']['input'];
  /** `initiative` eller `method`. */
  kind: Scalars['String']['input'];
};

/** Någon som var med på mötet. */
export type Attendee = {
  __typename?: 'Attendee';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  organizationName: Scalars['String']['output'];
  userId?: Maybe<Scalars['ID']['output']>;
};

/** Någon som var med: en medlem (userId) eller en gäst. */
export type AttendeeInput = {
  name: Scalars['String']['input'];
  organizationName?: Scalars['String']['input'];
  userId?: InputMaybe<Scalars['ID']['input']>;
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

/** En kalenderprenumeration: ett nätverks möten, eller alla dina nätverks. */
export type CalendarSubscription = {
  __typename?: 'CalendarSubscription';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Tomt: alla dina nätverks möten. */
  network?: Maybe<NetworkRef>;
};

/** En post i en lista (en samverkanspart, en finansieringsrad …): vilken formulering och dess värden. */
export type ChangeEntry = {
  __typename?: 'ChangeEntry';
  /** Formuleringens namn, t.ex. `partner`, `fundingLine`, `participantPeriod`, `person`, `relation`. */
  message: Scalars['String']['output'];
  params: Array<ChangeParam>;
};

/** Ett värde i en historikpost: en text, en kod ur en lista eller ett tal. */
export type ChangeParam = {
  __typename?: 'ChangeParam';
  code?: Maybe<Scalars['String']['output']>;
  /** Listan koden hör till (vokabulär eller fast lista, t.ex. `theme`, `visibility`). */
  list?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  number?: Maybe<Scalars['Float']['output']>;
  text?: Maybe<Scalars['String']['output']>;
};

/** Ett värde före eller efter en ändring, som koder och parametrar: klienten formulerar det på läsarens språk. */
export type ChangeValue = {
  __typename?: 'ChangeValue';
  codes?: Maybe<Array<Scalars['String']['output']>>;
  entries?: Maybe<Array<ChangeEntry>>;
  /** text, date, number, boolean, code, codes, tags eller entries. */
  kind: Scalars['String']['output'];
  list?: Maybe<Scalars['String']['output']>;
  text?: Maybe<Scalars['String']['output']>;
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

/** Ett beslut på ett möte; numret sätts i tur och ordning per nätverk och år. */
export type DecisionInput = {
  /** Beslutsdatum; utan det mötets datum. */
  decidedOn?: InputMaybe<Scalars['String']['input']>;
  meetingId: Scalars['ID']['input'];
  responsible?: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

/** En källa till metodens evidensnivå. Portalen bedömer aldrig själv. */
export type EvidenceSource = {
  __typename?: 'EvidenceSource';
  /** Kod ur METHOD_SOURCE_KINDS: metodguiden, sbu, research, evaluation, local-follow-up. */
  kind: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Länk (https://…), om källan har en. */
  url?: Maybe<Scalars['String']['output']>;
};

export type EvidenceSourceInput = {
  /** Kod ur METHOD_SOURCE_KINDS. */
  kind: Scalars['String']['input'];
  title: Scalars['String']['input'];
  /** https://… */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Ett värde i ett filter och hur många träffar det ger. */
export type FacetCount = {
  __typename?: 'FacetCount';
  count: Scalars['Int']['output'];
  /** Koden (för organisation: kortformen, för startår: året). */
  value: Scalars['String']['output'];
};

/** Ett fält som ändrades: värdet före och efter. */
export type FieldChange = {
  __typename?: 'FieldChange';
  after?: Maybe<ChangeValue>;
  before?: Maybe<ChangeValue>;
  field: Scalars['String']['output'];
};

/** En uppföljning efter projektslut: vad som lever kvar. */
export type FollowUp = {
  __typename?: 'FollowUp';
  canRecord: Scalars['Boolean']['output'];
  /** ÅÅÅÅ-MM-DD */
  dueDate: Scalars['String']['output'];
  evidenceUrl: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  livesOn: Scalars['String']['output'];
  /** 6-months, 1-year eller 2-years. */
  milestone: Scalars['String']['output'];
  /** Förfallen och inte gjord. */
  overdue: Scalars['Boolean']['output'];
  ownerNow: Scalars['String']['output'];
  recordedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Kod ur vokabulären after-life-status; null tills den är gjord. */
  status?: Maybe<Scalars['String']['output']>;
};

export type FollowUpInput = {
  /** Länk (https://…) till underlag. */
  evidenceUrl?: Scalars['String']['input'];
  livesOn?: Scalars['String']['input'];
  ownerNow?: Scalars['String']['input'];
  /** Kod ur vokabulären after-life-status. */
  status: Scalars['String']['input'];
};

/** En uppföljning med sin insats, för listor. */
export type FollowUpWithInitiative = {
  __typename?: 'FollowUpWithInitiative';
  canRecord: Scalars['Boolean']['output'];
  /** ÅÅÅÅ-MM-DD */
  dueDate: Scalars['String']['output'];
  evidenceUrl: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  initiative: Initiative;
  livesOn: Scalars['String']['output'];
  /** 6-months, 1-year eller 2-years. */
  milestone: Scalars['String']['output'];
  /** Förfallen och inte gjord. */
  overdue: Scalars['Boolean']['output'];
  ownerNow: Scalars['String']['output'];
  recordedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Kod ur vokabulären after-life-status; null tills den är gjord. */
  status?: Maybe<Scalars['String']['output']>;
};

/** En finansieringsrad. */
export type FundingLine = {
  __typename?: 'FundingLine';
  /** Belopp i kronor. */
  amountSek?: Maybe<Scalars['Float']['output']>;
  funderName: Scalars['String']['output'];
  /** Kod ur vokabulären funder-type. */
  funderType: Scalars['String']['output'];
  /** Programområde, t.ex. PO1. */
  programmeArea: Scalars['String']['output'];
  /** Diarienummer, t.ex. 2020/00694. */
  registryNumber: Scalars['String']['output'];
  /** applied (sökt) eller granted (beviljad). */
  status: Scalars['String']['output'];
};

export type FundingLineInput = {
  amountSek?: InputMaybe<Scalars['Float']['input']>;
  funderName?: InputMaybe<Scalars['String']['input']>;
  funderType: Scalars['String']['input'];
  programmeArea?: InputMaybe<Scalars['String']['input']>;
  registryNumber?: InputMaybe<Scalars['String']['input']>;
  status?: Scalars['String']['input'];
};

/** En post i en posts historik: vem, när, vilken version och vilka fält. */
export type HistoryEntry = {
  __typename?: 'HistoryEntry';
  /** created, updated, archived, restored och postens egna (t.ex. relation-added). */
  action: Scalars['String']['output'];
  actorName: Scalars['String']['output'];
  changes: Array<FieldChange>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

/** Hur insatsen arbetar med de horisontella principerna. */
export type HorizontalPrinciples = {
  __typename?: 'HorizontalPrinciples';
  accessibility: Scalars['String']['output'];
  genderEquality: Scalars['String']['output'];
  nonDiscrimination: Scalars['String']['output'];
};

/** En insats: projekt, pilot eller ordinarie satsning, oavsett finansiär. */
export type Initiative = {
  __typename?: 'Initiative';
  /** Arkiverad: syns bara för den egna organisationen. */
  archived: Scalars['Boolean']['output'];
  /** Om den inloggade får ändra posten (den tillhör den aktiva organisationen). */
  canEdit: Scalars['Boolean']['output'];
  contactPerson?: Maybe<Person>;
  createdAt: Scalars['DateTime']['output'];
  /** Markdown; saneras när den visas. */
  description: Scalars['String']['output'];
  /** ÅÅÅÅ-MM-DD */
  endDate?: Maybe<Scalars['String']['output']>;
  /** Uppföljningarna efter projektslut (+6 mån, +1 år, +2 år). */
  followUps: Array<FollowUp>;
  fundingLines: Array<FundingLine>;
  horizontalPrinciples: HorizontalPrinciples;
  id: Scalars['ID']['output'];
  /** Vem som äger resultatet efter projektet (förvaltare). */
  implementationOwner: Scalars['String']['output'];
  /** Hur resultatet förs vidare. */
  implementationPlan: Scalars['String']['output'];
  /** Demoinnehåll, inte verkliga uppgifter. */
  isDemo: Scalars['Boolean']['output'];
  /** Kod ur vokabulären project-kind. */
  kind: Scalars['String']['output'];
  lessonsLearned: Scalars['String']['output'];
  /** Material som insatsen tagit fram (det du får se). */
  material: Array<Material>;
  /** Metoderna ur metodbanken som insatsen använder (de du får se). */
  methodRefs: Array<Method>;
  /** Andra metoder (fritext): de som inte finns i metodbanken. Metodbankens metoder finns i methodRefs. */
  methods: Array<Scalars['String']['output']>;
  /** Yrken som insatsen riktar sig mot (fria taggar). */
  occupations: Array<Scalars['String']['output']>;
  /** Ägarorganisationen. */
  organization: Organization;
  participants: Array<ParticipantPeriod>;
  partners: Array<Partner>;
  /** Hela pärlbandet: föregångare och efterföljare i flera led. */
  pearlString: PearlString;
  projectLeader?: Maybe<Person>;
  /** Relationer åt båda hållen (det du får se). */
  relations: Array<InitiativeRelation>;
  results: Scalars['String']['output'];
  /** Nätverk som insatsen är delad med (synligt för ägaren och för nätverkens medlemmar). */
  sharedWithNetworks: Array<NetworkRef>;
  /** ÅÅÅÅ-MM-DD */
  startDate?: Maybe<Scalars['String']['output']>;
  /** Kod ur vokabulären lifecycle-status. */
  status: Scalars['String']['output'];
  summary: Scalars['String']['output'];
  /** Koder ur vokabulären target-group. */
  targetGroups: Array<Scalars['String']['output']>;
  /** Koder ur vokabulären theme. */
  themes: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** Summan av alla finansieringsrader i kronor. */
  totalFundingSek: Scalars['Float']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Ökar vid varje ändring; skickas med vid uppdatering. */
  version: Scalars['Int']['output'];
  visibility: Visibility;
};

/** En sida av registret. */
export type InitiativeConnection = {
  __typename?: 'InitiativeConnection';
  edges: Array<InitiativeEdge>;
  facets: InitiativeFacets;
  pageInfo: PageInfo;
  /** Antal träffar med alla filter. */
  totalCount: Scalars['Int']['output'];
};

export type InitiativeEdge = {
  __typename?: 'InitiativeEdge';
  cursor: Scalars['String']['output'];
  node: Initiative;
};

/** Antal träffar per filtervärde. Varje filter räknas med de andra filtren tillämpade men inte sig självt, så att alternativen syns. */
export type InitiativeFacets = {
  __typename?: 'InitiativeFacets';
  funderType: Array<FacetCount>;
  kind: Array<FacetCount>;
  organization: Array<FacetCount>;
  startYear: Array<FacetCount>;
  status: Array<FacetCount>;
  targetGroup: Array<FacetCount>;
  theme: Array<FacetCount>;
};

/** Filter för registret; inom ett filter räcker ett av värdena, mellan filter måste alla stämma. */
export type InitiativeFilter = {
  funderTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Ta med arkiverade insatser (bara den egna organisationens). */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Organisationernas kortformer. */
  organizations?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Organisationer (kortformer) som äger insatsen eller är samverkanspart i den. Räknas inte bland facetterna. */
  participants?: InputMaybe<Array<Scalars['String']['input']>>;
  startYears?: InputMaybe<Array<Scalars['Int']['input']>>;
  statuses?: InputMaybe<Array<Scalars['String']['input']>>;
  targetGroups?: InputMaybe<Array<Scalars['String']['input']>>;
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Alla uppgifter om en insats. Vid uppdatering ersätter den helt det som fanns. */
export type InitiativeInput = {
  accessibility?: Scalars['String']['input'];
  contactPerson?: InputMaybe<PersonInput>;
  /** Markdown. */
  description?: Scalars['String']['input'];
  /** ÅÅÅÅ-MM-DD */
  endDate?: InputMaybe<Scalars['String']['input']>;
  fundingLines?: Array<FundingLineInput>;
  genderEquality?: Scalars['String']['input'];
  implementationOwner?: Scalars['String']['input'];
  implementationPlan?: Scalars['String']['input'];
  kind: Scalars['String']['input'];
  lessonsLearned?: Scalars['String']['input'];
  /** Metoderna ur metodbanken (som du får se) som insatsen använder; ersätter de kopplingar du ser. Utelämnat vid uppdatering: kopplingarna lämnas som de är. */
  methodIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Andra metoder (fritext): sådana som inte finns i metodbanken. */
  methods?: Array<Scalars['String']['input']>;
  nonDiscrimination?: Scalars['String']['input'];
  occupations?: Array<Scalars['String']['input']>;
  participants?: Array<ParticipantPeriodInput>;
  partners?: Array<PartnerInput>;
  projectLeader?: InputMaybe<PersonInput>;
  results?: Scalars['String']['input'];
  /** ÅÅÅÅ-MM-DD */
  startDate?: InputMaybe<Scalars['String']['input']>;
  status: Scalars['String']['input'];
  summary?: Scalars['String']['input'];
  targetGroups?: Array<Scalars['String']['input']>;
  themes?: Array<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  visibility?: Visibility;
};

/** Sortering. RELEVANCE gäller med sökord (annars senast ändrade först). */
export type InitiativeOrder =
  | 'RELEVANCE'
  | 'START_DATE_ASC'
  | 'START_DATE_DESC'
  | 'TITLE'
  | 'UPDATED_DESC';

/** En relation mellan två insatser, sedd från en av dem. */
export type InitiativeRelation = {
  __typename?: 'InitiativeRelation';
  /** Organisationen som lade till relationen (ägaren av insatsen i dess `from`-ände). */
  addedBy: Organization;
  /** Om den inloggade får ta bort relationen: den aktiva organisationen äger någon av insatserna i dess ändar. */
  canRemove: Scalars['Boolean']['output'];
  direction: RelationDirection;
  id: Scalars['ID']['output'];
  /** builds-on, successor-of, part-of eller coordinated-with, läst från `from` till `to`. */
  kind: Scalars['String']['output'];
  /** Vad som fördes vidare. */
  note: Scalars['String']['output'];
  /** Insatsen i andra änden. */
  other: Initiative;
};

export type InitiativeRelationInput = {
  /** Insatsen som bygger på/efterföljer/ingår i (din organisations). */
  fromId: Scalars['ID']['input'];
  /** builds-on, successor-of, part-of eller coordinated-with (åt båda hållen). */
  kind: Scalars['String']['input'];
  /** Vad som fördes vidare. */
  note?: Scalars['String']['input'];
  toId: Scalars['ID']['input'];
};

/** Var en inbjudan till en organisation står. */
export type InvitationStatus =
  /** Godtagen: personen är medlem (ett nytt konto läggs till direkt). */
  | 'ACCEPTED'
  /** Avböjd av den inbjudna. */
  | 'DECLINED'
  /** Väntar på svar från den inbjudna. */
  | 'PENDING'
  /** Återkallad av organisationen. */
  | 'WITHDRAWN';

/** Bjud in en person till en organisation. */
export type InviteMemberInput = {
  /** E-postadress; personen får ett e-postmeddelande för att välja lösenord om hen är ny. */
  email: Scalars['String']['input'];
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Organisationens kortform; utan: den aktiva. Bara plattformsadministratörer kan välja en annan. */
  organization?: InputMaybe<Scalars['String']['input']>;
};

/** Bjud in en person till nätverket med e-post. Saknar personen konto skapas ett och hen får välja lösenord. */
export type InviteNetworkMemberInput = {
  email: Scalars['String']['input'];
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Språket i inbjudan och i nätverkets e-post till personen: `sv` eller `en`. Tomt: personens eget språk i Keycloak om det finns, annars ditt. Ett nytt konto får samma språk. */
  locale?: InputMaybe<Scalars['String']['input']>;
  networkId: Scalars['ID']['input'];
  /** `chair`, `secretary` eller `member`. */
  role?: Scalars['String']['input'];
};

/** En text på portalens båda språk. */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  /** Engelska */
  en: Scalars['String']['output'];
  /** Svenska */
  sv: Scalars['String']['output'];
};

/** Vad en avregistreringslänk stoppade: den här sortens e-post skickas inte längre till adressen. */
export type MailStop = {
  __typename?: 'MailStop';
  /** Adressen som inte längre får e-post av det här slaget (med små bokstäver). */
  email: Scalars['String']['output'];
  /** Vad som stoppades, som kod: network-invitations, meetings, minutes eller follow-up-reminders (orden finns i MAIL_TOPICS i @portal/shared-domain). */
  topic: Scalars['String']['output'];
};

/** Ett material: mall, stödmaterial, strategiskt dokument, processkarta, rapport, presentation eller annat, med versioner. */
export type Material = {
  __typename?: 'Material';
  /** "Anpassningar: Motala, Kinda": organisationer som gjort lokala varianter. */
  adaptations: Array<MaterialAdaptation>;
  /** "Anpassad från …": originalet, om du får se det. */
  adaptedFrom?: Maybe<MaterialRef>;
  /** Arkiverad: syns bara för den egna organisationen. */
  archived: Scalars['Boolean']['output'];
  /** Koder ur MATERIAL_AUDIENCES. */
  audiences: Array<Scalars['String']['output']>;
  /** Om den inloggade får ändra posten (den tillhör den aktiva organisationen). */
  canEdit: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Aktuell version; det listor och länkar visar. */
  currentVersion?: Maybe<MaterialVersion>;
  /** Aktuell version (0 innan några filer publicerats). */
  currentVersionNumber: Scalars['Int']['output'];
  /** Markdown; saneras när den visas. */
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Insatser som tagit fram materialet (de du får se). */
  initiatives: Array<Initiative>;
  /** Om materialet är en lokal anpassning (även när originalet inte syns för dig). */
  isAdaptation: Scalars['Boolean']['output'];
  /** Demoinnehåll, inte verkliga uppgifter. */
  isDemo: Scalars['Boolean']['output'];
  /** Kod ur MATERIAL_KINDS. */
  kind: Scalars['String']['output'];
  /** Kod ur MATERIAL_LANGUAGES. */
  language: Scalars['String']['output'];
  lastReviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Villkor för användning: kod ur MATERIAL_LICENCES. */
  licence: Scalars['String']['output'];
  /** Metoder materialet hör till (de du får se). */
  methods: Array<Method>;
  /** Nästa granskning (ÅÅÅÅ-MM-DD). */
  nextReviewOn?: Maybe<Scalars['String']['output']>;
  organization: Organization;
  /** "Originalet har ändrats": för anpassningens egen organisation, när originalet fått nya versioner. */
  originalChange?: Maybe<MaterialOriginalChange>;
  /** Ansvarig persons e-post; påminnelser om granskning går hit. */
  responsibleEmail: Scalars['String']['output'];
  /** Ansvarig person (namn). */
  responsibleName: Scalars['String']['output'];
  /** Granskningscykel i månader. */
  reviewCycleMonths?: Maybe<Scalars['Int']['output']>;
  /** Kod ur MATERIAL_REVIEW_STATUSES, räknad i dag (svensk tid): current, review-due, expired, not-yet-valid. */
  reviewStatus: Scalars['String']['output'];
  /** Nätverk som materialet är delat med (synligt för ägaren och för nätverkens medlemmar). */
  sharedWithNetworks: Array<NetworkRef>;
  summary: Scalars['String']['output'];
  /** Koder ur vokabulären theme. */
  themes: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Giltig från (ÅÅÅÅ-MM-DD). */
  validFrom?: Maybe<Scalars['String']['output']>;
  /** Giltig till (ÅÅÅÅ-MM-DD). */
  validTo?: Maybe<Scalars['String']['output']>;
  /** Ökar vid varje ändring; skickas med vid uppdatering. */
  version: Scalars['Int']['output'];
  /** Alla versioner, nyast först; äldre versioner går att ladda ned. */
  versions: Array<MaterialVersion>;
  visibility: Visibility;
};

/** En organisation som har gjort en lokal anpassning av materialet. Själva anpassningen syns bara om du får se den. */
export type MaterialAdaptation = {
  __typename?: 'MaterialAdaptation';
  createdAt: Scalars['DateTime']['output'];
  /** Anpassningen, om du får se den. */
  material?: Maybe<MaterialRef>;
  organization: Organization;
};

/** En sida av materialregistret. */
export type MaterialConnection = {
  __typename?: 'MaterialConnection';
  edges: Array<MaterialEdge>;
  facets: MaterialFacets;
  pageInfo: PageInfo;
  /** Antal träffar med alla filter. */
  totalCount: Scalars['Int']['output'];
};

export type MaterialEdge = {
  __typename?: 'MaterialEdge';
  cursor: Scalars['String']['output'];
  node: Material;
};

/** Antal material per filtervärde. Varje filter räknas med de andra filtren tillämpade men inte sig självt, så att alternativen syns. */
export type MaterialFacets = {
  __typename?: 'MaterialFacets';
  hasAdaptations: Array<FacetCount>;
  kind: Array<FacetCount>;
  organization: Array<FacetCount>;
  reviewStatus: Array<FacetCount>;
  theme: Array<FacetCount>;
};

/** En fil i en version av ett material. Laddas ned eller förhandsgranskas bara genom portalen (createMaterialFileLink). */
export type MaterialFile = {
  __typename?: 'MaterialFile';
  /** Om filen kan laddas ned nu (skannad och ren, eller ingen skanner konfigurerad). */
  available: Scalars['Boolean']['output'];
  /** Om du kan be om en ny virussökning nu (rescanMaterialFile): sökningen misslyckades och filen är din organisations. */
  canRescan: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Filtypen som innehållet kändes igen som (inte vad namnet säger). */
  mediaType: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Om filen kan förhandsgranskas i webbläsaren (PDF och bilder). */
  previewable: Scalars['Boolean']['output'];
  /** Virusskanning: not-scanned, pending, clean, infected eller failed. */
  scanStatus: Scalars['String']['output'];
  /** Storlek i byte. */
  sizeBytes: Scalars['Int']['output'];
  /** Om texten i filen är sökbar (utläst ur PDF, Word eller text). */
  textIndexed: Scalars['Boolean']['output'];
};

/** En kortlivad länk för att ladda ned eller förhandsgranska en fil, bara för dig. */
export type MaterialFileLink = {
  __typename?: 'MaterialFileLink';
  expiresAt: Scalars['DateTime']['output'];
  /** Relativ adress; fungerar till expiresAt. */
  url: Scalars['String']['output'];
};

/** Filter för materialregistret; inom ett filter räcker ett av värdena, mellan filter måste alla stämma. */
export type MaterialFilter = {
  hasAdaptations?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Ta med arkiverade material (bara den egna organisationens). */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Organisationernas kortformer. */
  organizations?: InputMaybe<Array<Scalars['String']['input']>>;
  reviewStatuses?: InputMaybe<Array<Scalars['String']['input']>>;
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Alla uppgifter om ett material (utom filerna). Vid uppdatering ersätter den helt det som fanns. */
export type MaterialInput = {
  audiences?: Array<Scalars['String']['input']>;
  /** Markdown. */
  description?: Scalars['String']['input'];
  /** Insatser som tagit fram materialet (som du får se). */
  initiativeIds?: Array<Scalars['ID']['input']>;
  /** Kod ur MATERIAL_KINDS. */
  kind: Scalars['String']['input'];
  language?: Scalars['String']['input'];
  licence?: Scalars['String']['input'];
  /** Metoder materialet hör till (som du får se). */
  methodIds?: Array<Scalars['ID']['input']>;
  /** ÅÅÅÅ-MM-DD. Tomt med en cykel: i dag plus cykeln. */
  nextReviewOn?: InputMaybe<Scalars['String']['input']>;
  /** Tomt: den som skapar materialet. */
  responsibleEmail?: Scalars['String']['input'];
  /** Tomt: den som skapar materialet. */
  responsibleName?: Scalars['String']['input'];
  /** Granskningscykel i månader (6, 12, 24 eller 36). */
  reviewCycleMonths?: InputMaybe<Scalars['Int']['input']>;
  summary?: Scalars['String']['input'];
  themes?: Array<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  /** ÅÅÅÅ-MM-DD. */
  validFrom?: InputMaybe<Scalars['String']['input']>;
  /** ÅÅÅÅ-MM-DD. */
  validTo?: InputMaybe<Scalars['String']['input']>;
  visibility?: Visibility;
};

/** Sortering. RELEVANCE gäller med sökord (annars titel i bokstavsordning). NEXT_REVIEW: närmast förestående granskning först. */
export type MaterialOrder =
  | 'NEXT_REVIEW'
  | 'RELEVANCE'
  | 'TITLE'
  | 'UPDATED_DESC';

/** Originalet har fått nya versioner sedan anpassningen (eller sedan det senast markerades som hanterat). */
export type MaterialOriginalChange = {
  __typename?: 'MaterialOriginalChange';
  /** Originalets aktuella version. */
  currentVersion: Scalars['Int']['output'];
  /** De nya versionerna, nyast först, med ändringsnoteringar och filer. */
  newVersions: Array<MaterialVersion>;
  original: MaterialRef;
  /** Originalets version som anpassningen bygger på eller senast hanterade. */
  seenVersion: Scalars['Int']['output'];
};

/** Ett material som du får se, kort (för länkar: "Anpassad från …"). */
export type MaterialRef = {
  __typename?: 'MaterialRef';
  /** Aktuell version (0 innan några filer publicerats). */
  currentVersionNumber: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Kod ur MATERIAL_KINDS. */
  kind: Scalars['String']['output'];
  organization: Organization;
  title: Scalars['String']['output'];
};

/** "Att granska": material med försenad granskning eller passerad giltighet, och anpassningar vars original har ändrats. */
export type MaterialReviews = {
  __typename?: 'MaterialReviews';
  /** Den aktiva organisationens. */
  organization: Array<Material>;
  /** Organisationens anpassningar vars original har fått en ny version. */
  originalChanged: Array<Material>;
  /** Där du är ansvarig person (din e-postadress). */
  responsible: Array<Material>;
};

/** En publicerad version av ett material: nummer, ändringsnotering, vem och när, och dess filer. */
export type MaterialVersion = {
  __typename?: 'MaterialVersion';
  createdAt: Scalars['DateTime']['output'];
  createdByName: Scalars['String']['output'];
  files: Array<MaterialFile>;
  id: Scalars['ID']['output'];
  /** Vad som ändrades. */
  note: Scalars['String']['output'];
  number: Scalars['Int']['output'];
};

/** En ny version: alla filer den ska ha, i ordning (filer från förra versionen och nyuppladdade), och vad som ändrats. */
export type MaterialVersionInput = {
  /** Filernas id: uppladdade med POST /api/material-files, eller filer i materialets aktuella version. */
  fileIds: Array<Scalars['ID']['input']>;
  note?: Scalars['String']['input'];
};

/** Den inloggade användaren. */
export type Me = {
  __typename?: 'Me';
  /** Den aktiva organisationen: den enda, eller den som valts med rubriken X-Organization. Tom för den som är medlem i flera och inte valt. */
  activeOrganization?: Maybe<Organization>;
  /** Kortformerna för de organisationer användaren administrerar (en Keycloak-grupp per organisation). */
  administeredOrganizations: Array<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  /** Användarens id i Keycloak (`sub`). */
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  /** Organisationer användaren är medlem i, i svensk bokstavsordning. */
  organizations: Array<Organization>;
  /** Roller i Keycloak: portal-user, region-overseer, platform-admin. */
  roles: Array<Scalars['String']['output']>;
  username: Scalars['String']['output'];
};

/** Ett möte i ett nätverk: enstaka eller ett tillfälle i en serie. */
export type Meeting = {
  __typename?: 'Meeting';
  /** Åtgärder som bestämdes på mötet. */
  actionItems: Array<ActionItem>;
  agenda: Array<AgendaItem>;
  /** Vilka som var med (när mötet är genomfört). */
  attendance: Array<Attendee>;
  /** Du planerar mötet (ordförande eller sekreterare). */
  canPlan: Scalars['Boolean']['output'];
  /** Öppna åtgärder från tidigare möten, att följa upp på det här. */
  carriedActionItems: Array<ActionItem>;
  /** Beslut som fattades på mötet. */
  decisions: Array<NetworkDecision>;
  /** Flyttat eller ändrat på egen hand: en ändring av serien rör det inte. */
  detached: Scalars['Boolean']['output'];
  /** Lokal sluttid HH:MM. */
  endTime: Scalars['String']['output'];
  endsAt: Scalars['DateTime']['output'];
  /** Mötet som .ics-fil (METHOD:PUBLISH) för ”Lägg till i kalendern”. */
  icsFile: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Lokalt datum (Europe/Stockholm), ÅÅÅÅ-MM-DD. */
  localDate: Scalars['String']['output'];
  location: Scalars['String']['output'];
  /** Protokollet: publicerat för medlemmar, även utkast för ordförande och sekreterare. */
  minutes?: Maybe<MeetingMinutes>;
  network: NetworkRef;
  networkId: Scalars['ID']['output'];
  onlineUrl: Scalars['String']['output'];
  /** iCalendar SEQUENCE: ökar vid varje ändring kalendern ska se. */
  sequence: Scalars['Int']['output'];
  seriesId?: Maybe<Scalars['ID']['output']>;
  /** Lokal starttid HH:MM. */
  startTime: Scalars['String']['output'];
  startsAt: Scalars['DateTime']['output'];
  /** `planned`, `held` eller `cancelled`. */
  status: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

/** Ett enstaka möte, eller ändringar av ett möte (flytta ett tillfälle i en serie). Lokala tider. */
export type MeetingInput = {
  date: Scalars['String']['input'];
  endTime: Scalars['String']['input'];
  location?: Scalars['String']['input'];
  onlineUrl?: Scalars['String']['input'];
  startTime: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

/** Mötets protokoll (Markdown). Utkast syns bara för ordförande och sekreterare. */
export type MeetingMinutes = {
  __typename?: 'MeetingMinutes';
  body: Scalars['String']['output'];
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** `draft` eller `published`. */
  status: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  updatedByName: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** Upprepningen (MeetingRecurrence i @portal/shared-domain). */
export type MeetingRecurrenceInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  frequency: Scalars['String']['input'];
  interval?: Scalars['Int']['input'];
  monthDay?: InputMaybe<Scalars['Int']['input']>;
  setPosition?: InputMaybe<Scalars['Int']['input']>;
  until?: InputMaybe<Scalars['String']['input']>;
  weekday?: InputMaybe<Scalars['String']['input']>;
};

/** En upprepning som ordföranden valt, t.ex. andra tisdagen varje månad (se MeetingRecurrence i @portal/shared-domain). */
export type MeetingRecurrenceModel = {
  __typename?: 'MeetingRecurrenceModel';
  count?: Maybe<Scalars['Int']['output']>;
  /** `weekly` eller `monthly`. */
  frequency: Scalars['String']['output'];
  interval: Scalars['Int']['output'];
  monthDay?: Maybe<Scalars['Int']['output']>;
  /** 1–4, eller -1 för sista. */
  setPosition?: Maybe<Scalars['Int']['output']>;
  until?: Maybe<Scalars['String']['output']>;
  /** MO, TU, WE, TH eller FR. */
  weekday?: Maybe<Scalars['String']['output']>;
};

/** En mötesserie: återkommande möten på samma lokala tid (Europe/Stockholm, även över sommartid). */
export type MeetingSeries = {
  __typename?: 'MeetingSeries';
  /** Upprepningen i ord på svenska, t.ex. ”Andra tisdagen varje månad”. */
  description: Scalars['String']['output'];
  endTime: Scalars['String']['output'];
  ended: Scalars['Boolean']['output'];
  firstDate: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  location: Scalars['String']['output'];
  networkId: Scalars['ID']['output'];
  onlineUrl: Scalars['String']['output'];
  recurrence: MeetingRecurrenceModel;
  /** RRULE utan DTSTART, t.ex. FREQ=MONTHLY;INTERVAL=1;BYDAY=TU;BYSETPOS=2. */
  rrule: Scalars['String']['output'];
  startTime: Scalars['String']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** En mötesserie. Tider är lokala (Europe/Stockholm), HH:MM. */
export type MeetingSeriesInput = {
  endTime: Scalars['String']['input'];
  firstDate: Scalars['String']['input'];
  location?: Scalars['String']['input'];
  networkId: Scalars['ID']['input'];
  onlineUrl?: Scalars['String']['input'];
  recurrence: MeetingRecurrenceInput;
  startTime: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

/** En metod i metodbanken: vad den är, hur den görs, vad den kräver och vilken evidens källorna anger. */
export type Method = {
  __typename?: 'Method';
  /** Arkiverad: syns bara för den egna organisationen. */
  archived: Scalars['Boolean']['output'];
  /** Om den inloggade får ändra posten (den tillhör den aktiva organisationen). */
  canEdit: Scalars['Boolean']['output'];
  contactPerson?: Maybe<Person>;
  createdAt: Scalars['DateTime']['output'];
  /** Markdown; saneras när den visas. */
  description: Scalars['String']['output'];
  /** Kod ur vokabulären evidence-level, som källorna anger den; null när den inte är angiven. */
  evidenceLevel?: Maybe<Scalars['String']['output']>;
  evidenceSources: Array<EvidenceSource>;
  id: Scalars['ID']['output'];
  /** Demoinnehåll, inte verkliga uppgifter. */
  isDemo: Scalars['Boolean']['output'];
  /** Material som hör till metoden (det du får se). */
  material: Array<Material>;
  name: Scalars['String']['output'];
  /** Ägarorganisationen. */
  organization: Organization;
  /** Organisationer som använder metoden, med kontaktpersoner: fråga dem. */
  organizationsUsing: Array<MethodUser>;
  /** Samlade utfall (arbete, studier) för insatserna som använder metoden. */
  outcomes: MethodOutcomes;
  /** Problemet metoden möter. */
  problem: Scalars['String']['output'];
  /** Relaterade metoder åt båda hållen (variant av, ingår i); bara de du får se. */
  relations: Array<MethodRelation>;
  requirements: MethodRequirements;
  /** Nätverk som metoden är delad med (synligt för ägaren och för nätverkens medlemmar). */
  sharedWithNetworks: Array<NetworkRef>;
  /** Hur metoden genomförs, i ordning. */
  steps: Array<MethodStep>;
  summary: Scalars['String']['output'];
  /** Koder ur vokabulären target-group. */
  targetGroups: Array<Scalars['String']['output']>;
  /** Koder ur vokabulären theme. */
  themes: Array<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Insatser som använder metoden (de du får se), nyast först. */
  usedBy: Array<MethodUse>;
  /** Ökar vid varje ändring; skickas med vid uppdatering. */
  version: Scalars['Int']['output'];
  visibility: Visibility;
};

/** En sida av metodbanken. */
export type MethodConnection = {
  __typename?: 'MethodConnection';
  edges: Array<MethodEdge>;
  facets: MethodFacets;
  pageInfo: PageInfo;
  /** Antal träffar med alla filter. */
  totalCount: Scalars['Int']['output'];
};

export type MethodEdge = {
  __typename?: 'MethodEdge';
  cursor: Scalars['String']['output'];
  node: Method;
};

/** Antal metoder per filtervärde. Varje filter räknas med de andra filtren tillämpade men inte sig självt, så att alternativen syns. */
export type MethodFacets = {
  __typename?: 'MethodFacets';
  evidenceLevel: Array<FacetCount>;
  organization: Array<FacetCount>;
  targetGroup: Array<FacetCount>;
  theme: Array<FacetCount>;
  usingOrganization: Array<FacetCount>;
};

/** Filter för metodbanken; inom ett filter räcker ett av värdena, mellan filter måste alla stämma. */
export type MethodFilter = {
  evidenceLevels?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Ta med arkiverade metoder (bara den egna organisationens). */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Organisationernas kortformer. */
  organizations?: InputMaybe<Array<Scalars['String']['input']>>;
  targetGroups?: InputMaybe<Array<Scalars['String']['input']>>;
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Organisationernas kortformer. */
  usingOrganizations?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Alla uppgifter om en metod. Vid uppdatering ersätter den helt det som fanns. */
export type MethodInput = {
  contactPerson?: InputMaybe<PersonInput>;
  /** Markdown. */
  description?: Scalars['String']['input'];
  /** Kod ur vokabulären evidence-level, som källorna anger den. */
  evidenceLevel?: InputMaybe<Scalars['String']['input']>;
  evidenceSources?: Array<EvidenceSourceInput>;
  name: Scalars['String']['input'];
  problem?: Scalars['String']['input'];
  relations?: Array<MethodRelationInput>;
  requirements?: InputMaybe<MethodRequirementsInput>;
  steps?: Array<MethodStepInput>;
  summary?: Scalars['String']['input'];
  targetGroups?: Array<Scalars['String']['input']>;
  themes?: Array<Scalars['String']['input']>;
  visibility?: Visibility;
};

/** Sortering. RELEVANCE gäller med sökord (annars namn i bokstavsordning). */
export type MethodOrder =
  | 'NAME'
  | 'RELEVANCE'
  | 'UPDATED_DESC';

/** Samlade utfall för insatser som använder metoden (de du får se). Små tal maskeras som i registret. */
export type MethodOutcomes = {
  __typename?: 'MethodOutcomes';
  /** Antal insatser som räknats. */
  initiativeCount: Scalars['Int']['output'];
  /** Deltagare totalt. */
  participants: ParticipantCount;
  /** Gick till studier. */
  toStudies: ParticipantCount;
  /** Gick till arbete. */
  toWork: ParticipantCount;
};

/** En relation mellan två metoder, sedd från en av dem. Bara metoder du får se. */
export type MethodRelation = {
  __typename?: 'MethodRelation';
  /** OUTGOING: den här metoden är variant av / ingår i den andra. INCOMING: tvärtom. */
  direction: RelationDirection;
  /** variant-of eller part-of, läst från metoden som har relationen till den andra. */
  kind: Scalars['String']['output'];
  /** Metoden i andra änden. */
  other: Method;
};

/** En relation från den här metoden till en annan som du får se. */
export type MethodRelationInput = {
  /** variant-of eller part-of. */
  kind: Scalars['String']['input'];
  methodId: Scalars['ID']['input'];
};

/** Vad metoden kräver. Tomt där inget är känt. */
export type MethodRequirements = {
  __typename?: 'MethodRequirements';
  /** Certifiering eller licens. */
  certification: Scalars['String']['output'];
  /** Ungefärlig kostnad, som text. */
  indicativeCost: Scalars['String']['output'];
  /** Bemanning. */
  staffing: Scalars['String']['output'];
  /** Utbildning. */
  training: Scalars['String']['output'];
};

export type MethodRequirementsInput = {
  certification?: Scalars['String']['input'];
  indicativeCost?: Scalars['String']['input'];
  staffing?: Scalars['String']['input'];
  training?: Scalars['String']['input'];
};

/** Ett steg (eller en komponent) i hur metoden genomförs. */
export type MethodStep = {
  __typename?: 'MethodStep';
  description: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type MethodStepInput = {
  description?: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

/** En insats som använder metoden. */
export type MethodUse = {
  __typename?: 'MethodUse';
  /** Vad som levde vidare: status (after-life-status) i insatsens senast gjorda uppföljning; null om ingen är gjord. */
  afterLifeStatus?: Maybe<Scalars['String']['output']>;
  initiative: Initiative;
};

/** En organisation som använder metoden i insatser du får se ("fråga dem"). */
export type MethodUser = {
  __typename?: 'MethodUser';
  /** Kontaktpersonerna för de insatserna, där de är angivna. */
  contacts: Array<Person>;
  /** Antal insatser (som du får se) där organisationen använder metoden. */
  initiativeCount: Scalars['Int']['output'];
  organization: Organization;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Tackar ja till en egen inbjudan: du blir medlem. Logga in på nytt eller förnya sessionen för att arbeta i organisationen. */
  acceptInvitation: OrganizationInvitation;
  /** Markerar att originalets ändringar är hanterade för den här anpassningen. */
  acknowledgeMaterialOriginalChange: Material;
  /** Anpassa för min kommun: kopierar materialet (med aktuella filer) till den aktiva organisationen som en privat lokal variant. */
  adaptMaterial: Material;
  /** Lägger till en åtgärd från mötet. */
  addActionItem: ActionItem;
  /** Kopplar en av din organisations insatser till en annan (bygger på, efterföljer, ingår i). */
  addInitiativeRelation: InitiativeRelation;
  /** För in ett beslut; det får nästa nummer för nätverket och året. */
  addNetworkDecision: NetworkDecision;
  /** Arkiverar en insats: den försvinner ur registret men finns kvar och kan återställas. */
  archiveInitiative: Initiative;
  /** Arkiverar ett material: det försvinner ur registret men finns kvar och kan återställas. */
  archiveMaterial: Material;
  /** Arkiverar en metod: den försvinner ur metodbanken men finns kvar och kan återställas. */
  archiveMethod: Method;
  /** Ställer in ett möte; kalendrarna får det som inställt. */
  cancelMeeting: Meeting;
  /** Ändrar en medlems roll (ordförande). Nätverket behåller alltid minst en ordförande. */
  changeNetworkMemberRole: NetworkMember;
  /** Skapar en prenumerationsadress: för ett nätverk, eller utan nätverk för alla dina nätverks möten. */
  createCalendarSubscription: NewCalendarSubscription;
  /** Registrerar en insats i den aktiva organisationen. */
  createInitiative: Initiative;
  /** Lägger till ett material i den aktiva organisationens namn; med `files` blir de version 1 (filerna laddas först upp med POST /api/material-files). */
  createMaterial: Material;
  /** En länk (giltig några minuter, bara för dig) för att ladda ned en fil du får se, eller med preview förhandsgranska en PDF eller bild. Utan inloggning: filer i publikt material. */
  createMaterialFileLink: MaterialFileLink;
  /** Planerar ett enstaka möte. */
  createMeeting: Meeting;
  /** Planerar en mötesserie (ordförande, sekreterare). Tillfällena läggs upp två år framåt och medlemmarna får en kallelse. */
  createMeetingSeries: MeetingSeries;
  /** Lägger till en metod i den aktiva organisationens namn. */
  createMethod: Method;
  /** Skapar ett nätverk med den aktiva organisationen som värd; du blir dess ordförande. */
  createNetwork: Network;
  /** Skapar en organisation i portalen och i Keycloak (plattformsadministratörer). */
  createOrganization: Organization;
  /** Godkänner eller avslår en ansökan (ordförande). */
  decideNetworkRequest: Network;
  /** Beslutar om ett par (samordna, redan samordnade, ingen överlappning, slå ihop). Ersätter ett tidigare beslut. */
  decideOverlap: OverlapDecision;
  /** Tackar nej till en egen inbjudan. */
  declineInvitation: OrganizationInvitation;
  /** Avslutar en serie: dess kommande tillfällen ställs in. */
  endMeetingSeries: MeetingSeries;
  /** Markerar mötet som genomfört och sparar vilka som var med. */
  holdMeeting: Meeting;
  /** Bjuder in en person. Ett nytt konto skapas, läggs till direkt och får e-post (status ACCEPTED); en person som redan har ett konto får en inbjudan att tacka ja eller nej till (status PENDING). */
  inviteMember: OrganizationInvitation;
  /** Bjuder in en person med e-post (ordförande). Utan konto skapas ett i inloggningstjänsten. */
  inviteNetworkMember: NetworkMember;
  /** Lämnar nätverket. Den sista ordföranden utser en ny först. */
  leaveNetwork: Network;
  /** Kopplar en metod (som du får se) till en av din organisations insatser. Redan kopplad: inget händer. */
  linkInitiativeMethod: Initiative;
  /** Markerar att materialet är granskat i dag; nästa granskning blir en cykel fram. */
  markMaterialReviewed: Material;
  /** Publicerar en ny version med de här filerna och en ändringsnotering. `version` är materialets (CONFLICT annars). */
  publishMaterialVersion: Material;
  /** Publicerar protokollet för medlemmarna, som får ett mejl. */
  publishMeetingMinutes: MeetingMinutes;
  /** Registrerar en uppföljning: vad som lever kvar, vem som äger det nu och underlag. */
  recordFollowUp: FollowUp;
  /** Tar bort en relation. Det får ägarna av insatserna i båda ändar: den som lade till den och den den lades till på. */
  removeInitiativeRelation: Scalars['Boolean']['output'];
  /** Tar bort en medlem ur organisationen (kontot finns kvar) och loggar ut personen. Gäller från nästa anrop. Svarar med användarens id. */
  removeMember: Scalars['ID']['output'];
  /** Tar bort en medlem eller drar tillbaka en inbjudan (ordförande). Åtkomsten upphör vid personens nästa anrop. */
  removeNetworkMember: Network;
  /** Öppnar ett beslutat par igen. False om paret inte hade något beslut. */
  reopenOverlap: Scalars['Boolean']['output'];
  /** Ansöker om att gå med i ett öppet nätverk; en ordförande godkänner. */
  requestToJoinNetwork: Network;
  /** Ber virusskyddet söka igenom en fil igen nu, när sökningen misslyckades (skannern nere, tidsgräns, för stor fil), även sedan köns nya försök tagit slut. Bara ägarorganisationen. */
  rescanMaterialFile: MaterialFile;
  /** Svarar på din inbjudan: gå med (med din aktiva organisation) eller tacka nej. */
  respondToNetworkInvitation: Network;
  /** Återställer en arkiverad insats. */
  restoreInitiative: Initiative;
  /** Återställer ett arkiverat material. */
  restoreMaterial: Material;
  /** Återställer en arkiverad metod. */
  restoreMethod: Method;
  /** Tar bort en prenumeration: adressen slutar fungera direkt. */
  revokeCalendarSubscription: Scalars['Boolean']['output'];
  /** Sparar protokollet (Markdown). `version` är den du läste, eller tomt för ett nytt. */
  saveMeetingMinutes: MeetingMinutes;
  /** Markerar en åtgärd klar (`done`) eller pågående (`open`): den som äger den, ordförande eller sekreterare. */
  setActionItemStatus: ActionItem;
  /** Sätter mötets dagordning i den givna ordningen. */
  setMeetingAgenda: Meeting;
  /** Ger eller tar bort administratörsrätten i just den här organisationen. Gäller från nästa anrop. */
  setOrganizationAdmin: OrganizationMember;
  /** Delar en insats eller metod med ett nätverk du är med i (ägarorganisationen). Med synligheten NETWORK läser nätverkets medlemmar den. Svarar med nätverken posten nu är delad med. */
  shareWithNetwork: Array<NetworkRef>;
  /** Avslutar en sorts e-post till en adress, med token från länken i ett brev (ingen inloggning behövs). En ogiltig eller ändrad token ger BAD_USER_INPUT på fältet token. */
  stopMail: MailStop;
  /** Tar bort en metod från en av din organisations insatser. */
  unlinkInitiativeMethod: Initiative;
  /** Slutar dela en post med ett nätverk (ägarorganisationen). */
  unshareFromNetwork: Array<NetworkRef>;
  /** Ändrar en åtgärd (ordförande, sekreterare). */
  updateActionItem: ActionItem;
  /** Ändrar en insats. `version` är den du läste: har någon annan ändrat sedan dess blir det CONFLICT och inget skrivs över. */
  updateInitiative: Initiative;
  /** Ändrar ett materials uppgifter. `version` är den du läste: annars CONFLICT. */
  updateMaterial: Material;
  /** Flyttar eller ändrar ett möte; i en serie blir det ett undantag. Medlemmarna får en uppdaterad kallelse. */
  updateMeeting: Meeting;
  /** Ändrar en serie. Tillfällen som ändrats var för sig, genomförda och passerade rörs inte. */
  updateMeetingSeries: MeetingSeries;
  /** Ändrar en metod. `version` är den du läste: har någon annan ändrat sedan dess blir det CONFLICT och inget skrivs över. */
  updateMethod: Method;
  /** Ändrar ett nätverk (ordförande). `version` är den du läste; annars CONFLICT. */
  updateNetwork: Network;
  /** Rättar ett besluts text, ansvarig eller datum; numret står kvar. */
  updateNetworkDecision: NetworkDecision;
  /** Återkallar en inbjudan som väntar på svar. */
  withdrawInvitation: OrganizationInvitation;
};


export type MutationAcceptInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAcknowledgeMaterialOriginalChangeArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationAdaptMaterialArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddActionItemArgs = {
  input: ActionItemInput;
  meetingId: Scalars['ID']['input'];
};


export type MutationAddInitiativeRelationArgs = {
  input: InitiativeRelationInput;
};


export type MutationAddNetworkDecisionArgs = {
  input: DecisionInput;
};


export type MutationArchiveInitiativeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveMaterialArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveMethodArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelMeetingArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationChangeNetworkMemberRoleArgs = {
  memberId: Scalars['ID']['input'];
  role: Scalars['String']['input'];
};


export type MutationCreateCalendarSubscriptionArgs = {
  networkId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationCreateInitiativeArgs = {
  input: InitiativeInput;
};


export type MutationCreateMaterialArgs = {
  files?: InputMaybe<MaterialVersionInput>;
  input: MaterialInput;
};


export type MutationCreateMaterialFileLinkArgs = {
  fileId: Scalars['ID']['input'];
  preview?: Scalars['Boolean']['input'];
};


export type MutationCreateMeetingArgs = {
  input: MeetingInput;
  networkId: Scalars['ID']['input'];
};


export type MutationCreateMeetingSeriesArgs = {
  input: MeetingSeriesInput;
};


export type MutationCreateMethodArgs = {
  input: MethodInput;
};


export type MutationCreateNetworkArgs = {
  input: NetworkInput;
};


export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


export type MutationDecideNetworkRequestArgs = {
  approve: Scalars['Boolean']['input'];
  memberId: Scalars['ID']['input'];
};


export type MutationDecideOverlapArgs = {
  input: OverlapDecisionInput;
};


export type MutationDeclineInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEndMeetingSeriesArgs = {
  id: Scalars['ID']['input'];
};


export type MutationHoldMeetingArgs = {
  attendees: Array<AttendeeInput>;
  meetingId: Scalars['ID']['input'];
};


export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


export type MutationInviteNetworkMemberArgs = {
  input: InviteNetworkMemberInput;
};


export type MutationLeaveNetworkArgs = {
  networkId: Scalars['ID']['input'];
};


export type MutationLinkInitiativeMethodArgs = {
  initiativeId: Scalars['ID']['input'];
  methodId: Scalars['ID']['input'];
};


export type MutationMarkMaterialReviewedArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationPublishMaterialVersionArgs = {
  id: Scalars['ID']['input'];
  input: MaterialVersionInput;
  version: Scalars['Int']['input'];
};


export type MutationPublishMeetingMinutesArgs = {
  meetingId: Scalars['ID']['input'];
};


export type MutationRecordFollowUpArgs = {
  id: Scalars['ID']['input'];
  input: FollowUpInput;
};


export type MutationRemoveInitiativeRelationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveMemberArgs = {
  organization?: InputMaybe<Scalars['String']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationRemoveNetworkMemberArgs = {
  memberId: Scalars['ID']['input'];
};


export type MutationReopenOverlapArgs = {
  initiativeId: Scalars['ID']['input'];
  otherInitiativeId: Scalars['ID']['input'];
};


export type MutationRequestToJoinNetworkArgs = {
  networkId: Scalars['ID']['input'];
};


export type MutationRescanMaterialFileArgs = {
  fileId: Scalars['ID']['input'];
};


export type MutationRespondToNetworkInvitationArgs = {
  accept: Scalars['Boolean']['input'];
  networkId: Scalars['ID']['input'];
};


export type MutationRestoreInitiativeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreMaterialArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreMethodArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeCalendarSubscriptionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveMeetingMinutesArgs = {
  body: Scalars['String']['input'];
  meetingId: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSetActionItemStatusArgs = {
  id: Scalars['ID']['input'];
  status: Scalars['String']['input'];
};


export type MutationSetMeetingAgendaArgs = {
  items: Array<AgendaItemInput>;
  meetingId: Scalars['ID']['input'];
};


export type MutationSetOrganizationAdminArgs = {
  admin: Scalars['Boolean']['input'];
  organization?: InputMaybe<Scalars['String']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationShareWithNetworkArgs = {
  input: NetworkShareInput;
};


export type MutationStopMailArgs = {
  token: Scalars['String']['input'];
};


export type MutationUnlinkInitiativeMethodArgs = {
  initiativeId: Scalars['ID']['input'];
  methodId: Scalars['ID']['input'];
};


export type MutationUnshareFromNetworkArgs = {
  input: NetworkShareInput;
};


export type MutationUpdateActionItemArgs = {
  id: Scalars['ID']['input'];
  input: ActionItemInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateInitiativeArgs = {
  id: Scalars['ID']['input'];
  input: InitiativeInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateMaterialArgs = {
  id: Scalars['ID']['input'];
  input: MaterialInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateMeetingArgs = {
  id: Scalars['ID']['input'];
  input: MeetingInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateMeetingSeriesArgs = {
  id: Scalars['ID']['input'];
  input: MeetingSeriesInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateMethodArgs = {
  id: Scalars['ID']['input'];
  input: MethodInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateNetworkArgs = {
  id: Scalars['ID']['input'];
  input: NetworkInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateNetworkDecisionArgs = {
  id: Scalars['ID']['input'];
  input: DecisionInput;
};


export type MutationWithdrawInvitationArgs = {
  id: Scalars['ID']['input'];
  organization?: InputMaybe<Scalars['String']['input']>;
};

/** Ett nätverk mellan kommunerna och Regionen: regionalt, delregionalt/kluster, lokal arbetsgrupp eller efter en utbildning. */
export type Network = {
  __typename?: 'Network';
  /** `open` (alla inloggade kan ansöka) eller `invitation` (genom inbjudan). */
  admission: Scalars['String']['output'];
  /** Du är ordförande: du bjuder in, godkänner, ändrar roller och tar bort medlemmar. */
  canManage: Scalars['Boolean']['output'];
  /** Du är ordförande eller sekreterare: du planerar möten och skriver protokoll. */
  canPlan: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Beslutsloggen, senaste först. */
  decisions: Array<NetworkDecision>;
  /** Vad som hänt i nätverket, nyast först (högst 200). Bara för medlemmar. */
  events: Array<NetworkEvent>;
  /** Organisationen som är värd för nätverket. */
  hostOrganization: Organization;
  id: Scalars['ID']['output'];
  isDemo: Scalars['Boolean']['output'];
  /** `hr`, `labour-market`, `supervisors`, `theme` eller `other`. */
  kind: Scalars['String']['output'];
  /** `regional`, `subregional`, `local` eller `after-training`. */
  level: Scalars['String']['output'];
  /** Material som delats med nätverket (det du får se). */
  material: Array<Material>;
  /** Nätverkets mötesserier. */
  meetingSeries: Array<MeetingSeries>;
  /** Antal aktiva medlemmar; 0 för den som inte är medlem (medlemmarna syns bara för medlemmar). */
  memberCount: Scalars['Int']['output'];
  /** Aktiva medlemmar (ordförande, sekreterare, medlemmar). Tomt för den som inte är medlem. */
  members: Array<NetworkMember>;
  /** Din roll om du är medlem, annars tomt. */
  myRole?: Maybe<Scalars['String']['output']>;
  /** Ditt medlemskap: `invited`, `requested`, `active` eller tomt. */
  myStatus?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Öppna åtgärder, efter förfallodag. */
  openActionItems: Array<ActionItem>;
  parent?: Maybe<NetworkRef>;
  /** Tidigare möten, senast först (högst 20). */
  pastMeetings: Array<Meeting>;
  /** Inbjudna som inte svarat och de som ansökt: bara för ordförande. */
  pendingMembers: Array<NetworkMember>;
  purpose: Scalars['String']['output'];
  /** Insatser och metoder som delats med nätverket och som du får läsa. */
  shared: Array<SharedRecord>;
  /** Kommande möten, närmast först (högst 20). Bara för medlemmar. */
  upcomingMeetings: Array<Meeting>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

/** Ett beslut, numrerat per nätverk och år. */
export type NetworkDecision = {
  __typename?: 'NetworkDecision';
  decidedOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Beslutets beteckning, t.ex. ”2027:3”. */
  label: Scalars['String']['output'];
  meetingId?: Maybe<Scalars['ID']['output']>;
  number: Scalars['Int']['output'];
  responsible: Scalars['String']['output'];
  text: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** Något som hänt i nätverket: medlemmar, roller, ändringar, publicerade protokoll. */
export type NetworkEvent = {
  __typename?: 'NetworkEvent';
  /** t.ex. `network.created`, `member.invited`, `member.joined`, `member.role-changed`, `member.removed`, `member.left`. */
  action: Scalars['String']['output'];
  actorName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  subject: Scalars['String']['output'];
};

/** Ett nätverks uppgifter. Koderna finns i `@portal/shared-domain` (NETWORK_LEVELS, NETWORK_KINDS, NETWORK_ADMISSIONS). */
export type NetworkInput = {
  admission?: Scalars['String']['input'];
  kind: Scalars['String']['input'];
  level: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** Överordnat nätverk (regionalt → kluster → lokal grupp). */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  purpose?: Scalars['String']['input'];
};

/** En person i ett nätverk, från vilken organisation som helst. */
export type NetworkMember = {
  __typename?: 'NetworkMember';
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  /** Visas bara för nätverkets ordförande och personen själv. */
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Organisationen personen kom med; saknas för en inbjuden utan organisation. */
  organization?: Maybe<Organization>;
  /** `chair` (ordförande), `secretary` (sekreterare) eller `member` (medlem). */
  role: Scalars['String']['output'];
  /** `invited` (väntar på svar), `requested` (har ansökt) eller `active`. */
  status: Scalars['String']['output'];
  /** Personens användar-id (Keycloak `sub`). */
  userId: Scalars['ID']['output'];
};

/** Ett nätverk kort: namn och id (t.ex. överordnat nätverk, eller där en post är delad). */
export type NetworkRef = {
  __typename?: 'NetworkRef';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Dela en insats, metod eller ett material med ett nätverk (bara ägarorganisationen, och bara med nätverk du är med i). */
export type NetworkShareInput = {
  networkId: Scalars['ID']['input'];
  recordId: Scalars['ID']['input'];
  /** `initiative`, `method` eller `material`. */
  recordKind: Scalars['String']['input'];
};

/** En ny prenumeration med sin adress. Adressen visas bara nu; den som har den kan läsa mötena. */
export type NewCalendarSubscription = {
  __typename?: 'NewCalendarSubscription';
  /** Sökvägen till flödet, t.ex. /kalender/<nyckel>.ics; lägg till portalens adress framför. */
  path: Scalars['String']['output'];
  subscription: CalendarSubscription;
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

/** En inbjudan till en organisation. En person som redan har ett konto blir medlem först när hen tackar ja. */
export type OrganizationInvitation = {
  __typename?: 'OrganizationInvitation';
  createdAt: Scalars['DateTime']['output'];
  /** När inbjudan besvarades eller återkallades. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** E-postadressen inbjudan gäller. */
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Vem som bjöd in (användarnamn). */
  invitedByUsername: Scalars['String']['output'];
  /** Organisationen som bjuder in. */
  organization: Organization;
  status: InvitationStatus;
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
  /** Administrerar just den här organisationen (Keycloak-gruppen `/org-admins/<kortform>`). */
  isOrganizationAdmin: Scalars['Boolean']['output'];
  name?: Maybe<Scalars['String']['output']>;
  username: Scalars['String']['output'];
};

/** Hur troligt det är att två insatser överlappar: hög, medel eller låg. */
export type OverlapBand =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** En insats som kan överlappa en annan, med band och skäl. */
export type OverlapCandidate = {
  __typename?: 'OverlapCandidate';
  band: OverlapBand;
  /** Regionens beslut om paret, om det finns. */
  decision?: Maybe<OverlapDecision>;
  initiative: Initiative;
  reasons: Array<OverlapReason>;
  score: Scalars['Float']['output'];
};

/** Regionens beslut om ett par, med vem som beslutade och när. */
export type OverlapDecision = {
  __typename?: 'OverlapDecision';
  decidedAt: Scalars['DateTime']['output'];
  decidedByName: Scalars['String']['output'];
  decision: OverlapDecisionKind;
  /** Om relationen ”Samordnas med” länkar de två insatserna (i någon riktning). */
  linked: Scalars['Boolean']['output'];
  note: Scalars['String']['output'];
};

/** Regionens beslut om ett par som insatsen ingår i, med den andra insatsen. */
export type OverlapDecisionEntry = {
  __typename?: 'OverlapDecisionEntry';
  decision: OverlapDecision;
  other: Initiative;
};

export type OverlapDecisionInput = {
  decision: OverlapDecisionKind;
  initiativeId: Scalars['ID']['input'];
  /** Bara med beslutet samordna: länka insatserna med relationen ”Samordnas med” och skriv det i båda insatsernas historik. */
  link?: Scalars['Boolean']['input'];
  note?: Scalars['String']['input'];
  otherInitiativeId: Scalars['ID']['input'];
};

/** Regionens beslut om ett par: samordna, redan samordnade, ingen överlappning, slå ihop. */
export type OverlapDecisionKind =
  | 'ALREADY_COORDINATED'
  | 'COORDINATE'
  | 'MERGE'
  | 'NO_OVERLAP';

/** Det som hittills är ifyllt i ett nytt initiativ; allt får saknas. */
export type OverlapDraftInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** ÅÅÅÅ-MM-DD */
  endDate?: InputMaybe<Scalars['String']['input']>;
  /** Typ av insats (kod). */
  kind?: InputMaybe<Scalars['String']['input']>;
  methodIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  occupations?: InputMaybe<Array<Scalars['String']['input']>>;
  /** ÅÅÅÅ-MM-DD */
  startDate?: InputMaybe<Scalars['String']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  targetGroups?: InputMaybe<Array<Scalars['String']['input']>>;
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Ett möjligt överlappande par av insatser i olika organisationer. */
export type OverlapPair = {
  __typename?: 'OverlapPair';
  a: Initiative;
  b: Initiative;
  band: OverlapBand;
  /** Regionens beslut om paret, om det finns. */
  decision?: Maybe<OverlapDecision>;
  reasons: Array<OverlapReason>;
  score: Scalars['Float']['output'];
};

export type OverlapPairPage = {
  __typename?: 'OverlapPairPage';
  /** Markör för nästa sida; null på sista sidan. */
  nextCursor?: Maybe<Scalars['String']['output']>;
  pairs: Array<OverlapPair>;
};

/** Ett skäl till att två insatser kan överlappa, som kod och värden (webben formulerar texten). */
export type OverlapReason = {
  __typename?: 'OverlapReason';
  /** target-groups, concurrent, same-kind, neighbouring-kind, same-programme, same-funder, themes, occupations, methods, similar-text, same-municipality, neighbouring-municipality. */
  code: Scalars['String']['output'];
  /** Antal månader samtidigt (för concurrent). */
  months?: Maybe<Scalars['Int']['output']>;
  /** Skälets del av poängen. */
  points: Scalars['Float']['output'];
  /** Gemensamma koder: målgrupper, teman, yrken, metod-id, kommunkoder, typ; program som "esf-plus|po2", finansiärer som "state-grant|namn". */
  values: Array<Scalars['String']['output']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Ett antal. Under 5 visas det som "<5" för den som inte tillhör ägarorganisationen. */
export type ParticipantCount = {
  __typename?: 'ParticipantCount';
  /** Det som ska visas: talet, "<5", eller "dolt" för en summa vars delar är dolda. */
  display: Scalars['String']['output'];
  /** Exakt antal; null när det är dolt. */
  value?: Maybe<Scalars['Int']['output']>;
};

/** Deltagare under en period, som summor. Aldrig enskilda personer. */
export type ParticipantPeriod = {
  __typename?: 'ParticipantPeriod';
  men: ParticipantCount;
  /** Annat eller okänt kön. */
  otherOrUnknown: ParticipantCount;
  /** Annat utfall. */
  otherOutcome: ParticipantCount;
  /** Perioden, t.ex. "2021" eller "2021-H1". */
  period: Scalars['String']['output'];
  /** Gick till studier. */
  toStudies: ParticipantCount;
  /** Gick till arbete. */
  toWork: ParticipantCount;
  total: ParticipantCount;
  women: ParticipantCount;
};

export type ParticipantPeriodInput = {
  men?: Scalars['Int']['input'];
  otherOrUnknown?: Scalars['Int']['input'];
  otherOutcome?: Scalars['Int']['input'];
  period: Scalars['String']['input'];
  toStudies?: Scalars['Int']['input'];
  toWork?: Scalars['Int']['input'];
  women?: Scalars['Int']['input'];
};

/** En samverkanspart: en organisation i portalen eller en namngiven extern part. */
export type Partner = {
  __typename?: 'Partner';
  /** Partens namn (för en organisation i portalen: dess namn). */
  name: Scalars['String']['output'];
  /** Satt när parten är en organisation i portalen. */
  organization?: Maybe<Organization>;
  /** Kod ur PARTNER_ROLES: lead, partner, financier, other. */
  role: Scalars['String']['output'];
};

/** En samverkanspart: ange `organization` (kortform) för en organisation i portalen, annars `name`. */
export type PartnerInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  organization?: InputMaybe<Scalars['String']['input']>;
  role: Scalars['String']['input'];
};

/** Pärlbandet: föregångare (äldst först), insatsen själv och efterföljare. */
export type PearlString = {
  __typename?: 'PearlString';
  predecessors: Array<Initiative>;
  successors: Array<Initiative>;
};

/** En person med namn och e-post (kontaktperson, projektledare). */
export type Person = {
  __typename?: 'Person';
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type PersonInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** Dina kalenderprenumerationer (adresserna visas bara när de skapas). */
  calendarSubscriptions: Array<CalendarSubscription>;
  /** En insats. NOT_FOUND både när den saknas och när du inte får se den. */
  initiative: Initiative;
  /** Insatsens historik, nyast först: vem, när, vilka fält, före och efter. */
  initiativeHistory: Array<HistoryEntry>;
  /** Regionens beslut om par som insatsen ingår i (bara par där du får se båda insatserna). */
  initiativeOverlapDecisions: Array<OverlapDecisionEntry>;
  /** Möjlig överlappning: de insatser du får se som troligast överlappar denna, med band och skäl. NOT_FOUND om du inte får se insatsen. */
  initiativeOverlaps: Array<OverlapCandidate>;
  /** Registret: sök, filtrera och bläddra (markörbaserat). Utan inloggning syns bara publika insatser. */
  initiatives: InitiativeConnection;
  /** Ett material. NOT_FOUND både när det saknas och när du inte får se det. */
  material: Material;
  /** Materialets historik, nyast först: uppgifter, versioner, granskningar. */
  materialHistory: Array<HistoryEntry>;
  /** "Att granska" för dig och din aktiva organisation. */
  materialReviews: MaterialReviews;
  /** Materialregistret: sök (även i texten i PDF- och Word-filer), filtrera och bläddra. Utan inloggning syns bara publikt material. */
  materials: MaterialConnection;
  /** Den inloggade användaren, dess organisationer, roller och aktiva organisation. */
  me: Me;
  /** Ett möte (för nätverkets medlemmar). NOT_FOUND annars. */
  meeting: Meeting;
  /** En metod. NOT_FOUND både när den saknas och när du inte får se den. */
  method: Method;
  /** Metodens historik, nyast först: vem, när, vilka fält, före och efter. */
  methodHistory: Array<HistoryEntry>;
  /** Metodbanken: sök, filtrera och bläddra (markörbaserat). Utan inloggning syns bara publika metoder. */
  methods: MethodConnection;
  /** Uppföljningar som är förfallna eller förfaller inom 60 dagar, för den aktiva organisationens insatser. */
  myFollowUps: Array<FollowUpWithInitiative>;
  /** Inbjudningar till den inloggade som väntar på svar. */
  myInvitations: Array<OrganizationInvitation>;
  /** Ett nätverk. NOT_FOUND när det saknas. */
  network: Network;
  /** Alla nätverk, efter namn (trädet byggs av `parent`). `myStatus` visar dina egna, och inbjudningar. */
  networks: Array<Network>;
  /** En organisation, efter sin kortform (slug). */
  organization: Organization;
  /** Senaste administrativa händelserna i den aktiva organisationen. */
  organizationAuditLog: Array<AuditEvent>;
  /** Inbjudningar som väntar på svar (för organisationens administratörer). */
  organizationInvitations: Array<OrganizationInvitation>;
  /** Medlemmarna i organisationen (för organisationens administratörer). */
  organizationMembers: Array<OrganizationMember>;
  /** Portalens organisationer: kommunerna och regionen, i svensk bokstavsordning. */
  organizations: Array<Organization>;
  /** Förfallna uppföljningar i hela regionen (det som är synligt för regionen). */
  overdueFollowUps: Array<FollowUpWithInitiative>;
  /** Regionens lista: möjligt överlappande par i olika organisationer, högst först. */
  overlapPairs: OverlapPairPage;
  /** Regionöversikten: antal, medel, täckning, deltagare och vad som levde vidare, över de insatser du får läsa. Utan inloggning räknas bara publika insatser. Deltagarantal maskeras som i registret. */
  regionOverview: RegionOverview;
  /** Liknande initiativ till det som fylls i (formuläret för ett nytt initiativ). */
  similarInitiatives: Array<OverlapCandidate>;
  /** Vokabulärerna med sina begrepp. Utan `names`: alla. */
  vocabularies: Array<Vocabulary>;
};


export type QueryInitiativeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInitiativeHistoryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInitiativeOverlapDecisionsArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInitiativeOverlapsArgs = {
  first?: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type QueryInitiativesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InitiativeFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: InputMaybe<InitiativeOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMaterialArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMaterialHistoryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMaterialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MaterialFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: InputMaybe<MaterialOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMethodArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMethodHistoryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMethodsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MethodFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: InputMaybe<MethodOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNetworkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationArgs = {
  slug: Scalars['String']['input'];
};


export type QueryOrganizationAuditLogArgs = {
  first?: Scalars['Int']['input'];
};


export type QueryOrganizationInvitationsArgs = {
  organization?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOrganizationMembersArgs = {
  organization?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOverlapPairsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  band?: InputMaybe<OverlapBand>;
  first?: Scalars['Int']['input'];
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  includeDecided?: Scalars['Boolean']['input'];
  organization?: InputMaybe<Scalars['String']['input']>;
  theme?: InputMaybe<Scalars['String']['input']>;
  toYear?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRegionOverviewArgs = {
  filter?: InputMaybe<RegionOverviewFilter>;
};


export type QuerySimilarInitiativesArgs = {
  draft: OverlapDraftInput;
  first?: Scalars['Int']['input'];
};


export type QueryVocabulariesArgs = {
  names?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Vad som levde vidare två år efter slutet: antal avslutade insatser med ett visst utfall. */
export type RegionAfterLifeCount = {
  __typename?: 'RegionAfterLifeCount';
  count: Scalars['Int']['output'];
  /** Grupp: typ av finansiär eller typ av insats (koden); tom för alla. En insats med flera finansiärer räknas hos var och en. */
  group: Scalars['String']['output'];
  /** Utfallet i 2-årsuppföljningen (vokabulären `after-life-status`), `not-recorded` när den har förfallit utan att vara registrerad, `not-due` när den inte har förfallit ännu. */
  status: Scalars['String']['output'];
};

/** En cell i täckningsmatrisen: ett tema eller en målgrupp i en organisation. Celler med 0 saknas (luckor). */
export type RegionCoverageCell = {
  __typename?: 'RegionCoverageCell';
  /** Insatser där organisationen är ägare eller samverkanspart. */
  count: Scalars['Int']['output'];
  /** Organisationens kortform. */
  organization: Scalars['String']['output'];
  /** Temats eller målgruppens kod. */
  term: Scalars['String']['output'];
};

/** Uppföljningar av avslutade insatser. */
export type RegionFollowUpFigures = {
  __typename?: 'RegionFollowUpFigures';
  /** Förfallna uppföljningar (6 månader, 1 år, 2 år) av avslutade insatser. */
  dueCount: Scalars['Int']['output'];
  /** Av dem: registrerade. */
  dueRecordedCount: Scalars['Int']['output'];
  /** Avslutade insatser. */
  endedCount: Scalars['Int']['output'];
  /** Avslutade insatser med minst en registrerad uppföljning. */
  endedWithFollowUpCount: Scalars['Int']['output'];
};

/** Beviljade medel från en typ av finansiär. */
export type RegionFunding = {
  __typename?: 'RegionFunding';
  /** Summan av beviljade finansieringsrader (kr). */
  amountSek: Scalars['Float']['output'];
  /** Kod i vokabulären `funder-type`. */
  funderType: Scalars['String']['output'];
  /** Insatser med minst en sådan rad. */
  initiativeCount: Scalars['Int']['output'];
};

/** Beviljade medel ett år (insatsens startår) från en typ av finansiär. */
export type RegionFundingYear = {
  __typename?: 'RegionFundingYear';
  amountSek: Scalars['Float']['output'];
  funderType: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** Deltagare efter kön, summerade. Små tal döljs som i registret ("<5", "dolt"). */
export type RegionGenderCounts = {
  __typename?: 'RegionGenderCounts';
  men: ParticipantCount;
  /** Annat eller okänt kön. */
  otherOrUnknown: ParticipantCount;
  /** Summan; "dolt" när en av delarna inte visas exakt. */
  total: ParticipantCount;
  women: ParticipantCount;
};

/** En organisation (kommun eller regionen) och hur många insatser den deltar i. */
export type RegionOrganizationFigures = {
  __typename?: 'RegionOrganizationFigures';
  /** Insatser där organisationen är ägare eller samverkanspart. */
  initiativeCount: Scalars['Int']['output'];
  /** `municipality` eller `region`. */
  kind: Scalars['String']['output'];
  /** Kommunkod (fyra siffror) eller länskod (två). */
  municipalityCode: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Insatser som organisationen äger. */
  ownedCount: Scalars['Int']['output'];
  /** Deltagare i insatser som organisationen äger. */
  participants: RegionGenderCounts;
  /** Organisationens kortform, t.ex. `linkoping`. */
  slug: Scalars['String']['output'];
};

/** Regionöversikten: summor över alla insatser du får läsa (radnivåskyddet avgör), med de filter som getts. */
export type RegionOverview = {
  __typename?: 'RegionOverview';
  /** Alla avslutade insatser (`group` tom). */
  afterLife: Array<RegionAfterLifeCount>;
  /** Per typ av finansiär. */
  afterLifeByFunderType: Array<RegionAfterLifeCount>;
  /** Per typ av insats. */
  afterLifeByKind: Array<RegionAfterLifeCount>;
  followUps: RegionFollowUpFigures;
  fundingByFunderType: Array<RegionFunding>;
  /** Per startår; insatser utan startdatum ingår inte. */
  fundingByYear: Array<RegionFundingYear>;
  initiativeCount: Scalars['Int']['output'];
  /** Alla organisationer i portalen, även de utan insatser. */
  organizations: Array<RegionOrganizationFigures>;
  /** Deltagare i alla insatserna. */
  participants: RegionGenderCounts;
  /** Pågående insatser. */
  runningCount: Scalars['Int']['output'];
  targetGroupCoverage: Array<RegionCoverageCell>;
  themeCoverage: Array<RegionCoverageCell>;
  themes: Array<RegionThemeFigures>;
};

/** Filter för regionöversikten; utelämnade fält filtrerar inte. */
export type RegionOverviewFilter = {
  /** Insatser som pågår någon gång från och med detta år. */
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  /** Typer av finansiär (koder); medlen räknas då bara från de typerna. */
  funderTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Typer av insats (koder). */
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Ägarorganisationer (kortformer). */
  organizations?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Målgrupper (koder). */
  targetGroups?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Teman (koder): insatser med minst ett av dem. */
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Insatser som har startat senast detta år. */
  toYear?: InputMaybe<Scalars['Int']['input']>;
};

/** Insatser och beviljade medel inom ett tema. */
export type RegionThemeFigures = {
  __typename?: 'RegionThemeFigures';
  /** Beviljade medel för insatserna med temat (en insats med flera teman räknas i vart och ett). */
  amountSek: Scalars['Float']['output'];
  initiativeCount: Scalars['Int']['output'];
  /** Kod i vokabulären `theme`. */
  theme: Scalars['String']['output'];
};

/** OUTGOING: denna insats bygger på/efterföljer/ingår i den andra. INCOMING: tvärtom. */
export type RelationDirection =
  | 'INCOMING'
  | 'OUTGOING';

/** En post som delats med nätverket och som du får läsa. */
export type SharedRecord = {
  __typename?: 'SharedRecord';
  id: Scalars['ID']['output'];
  /** `initiative` eller `method`. */
  kind: Scalars['String']['output'];
  organization: Organization;
  sharedAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
};

/** Vem som får läsa posten. */
export type Visibility =
  /** Min organisation och valda nätverk */
  | 'NETWORK'
  /** Bara min organisation */
  | 'PRIVATE'
  /** Alla, även utan inloggning */
  | 'PUBLIC'
  /** Alla inloggade i regionen */
  | 'REGION';

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


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Me', id: string, username: string, name?: string | null, roles: Array<string>, administeredOrganizations: Array<string>, organizations: Array<{ __typename?: 'Organization', id: string, slug: string, name: string, kind: OrganizationKind, municipalityCode: string }>, activeOrganization?: { __typename?: 'Organization', slug: string, name: string } | null } };

export type InitiativePageDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InitiativePageDetailQuery = { __typename?: 'Query', initiative: { __typename?: 'Initiative', id: string, title: string, summary: string, description: string, visibility: Visibility, kind: string, status: string, startDate?: string | null, endDate?: string | null, isDemo: boolean, archived: boolean, canEdit: boolean, createdAt: any, updatedAt: any, totalFundingSek: number, themes: Array<string>, targetGroups: Array<string>, occupations: Array<string>, methods: Array<string>, results: string, lessonsLearned: string, implementationOwner: string, implementationPlan: string, organization: { __typename?: 'Organization', slug: string, name: string }, contactPerson?: { __typename?: 'Person', name: string, email: string } | null, projectLeader?: { __typename?: 'Person', name: string, email: string } | null, partners: Array<{ __typename?: 'Partner', name: string, role: string, organization?: { __typename?: 'Organization', slug: string, name: string } | null }>, fundingLines: Array<{ __typename?: 'FundingLine', funderType: string, funderName: string, registryNumber: string, programmeArea: string, amountSek?: number | null, status: string }>, methodRefs: Array<{ __typename?: 'Method', id: string, name: string }>, horizontalPrinciples: { __typename?: 'HorizontalPrinciples', genderEquality: string, nonDiscrimination: string, accessibility: string }, participants: Array<{ __typename?: 'ParticipantPeriod', period: string, women: { __typename?: 'ParticipantCount', display: string }, men: { __typename?: 'ParticipantCount', display: string }, otherOrUnknown: { __typename?: 'ParticipantCount', display: string }, total: { __typename?: 'ParticipantCount', display: string }, toWork: { __typename?: 'ParticipantCount', display: string }, toStudies: { __typename?: 'ParticipantCount', display: string }, otherOutcome: { __typename?: 'ParticipantCount', display: string } }>, relations: Array<{ __typename?: 'InitiativeRelation', id: string, kind: string, direction: RelationDirection, note: string, canRemove: boolean, addedBy: { __typename?: 'Organization', slug: string, name: string }, other: { __typename?: 'Initiative', id: string, title: string, startDate?: string | null, endDate?: string | null } }>, pearlString: { __typename?: 'PearlString', predecessors: Array<{ __typename?: 'Initiative', id: string, title: string, startDate?: string | null, endDate?: string | null }>, successors: Array<{ __typename?: 'Initiative', id: string, title: string, startDate?: string | null, endDate?: string | null }> }, followUps: Array<{ __typename?: 'FollowUp', id: string, milestone: string, dueDate: string, status?: string | null, overdue: boolean, livesOn: string, ownerNow: string, evidenceUrl: string, recordedAt?: any | null }> } };

export type InitiativePageHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InitiativePageHistoryQuery = { __typename?: 'Query', initiativeHistory: Array<{ __typename?: 'HistoryEntry', id: string, action: string, actorName: string, createdAt: any, version: number, changes: Array<{ __typename?: 'FieldChange', field: string, before?: { __typename?: 'ChangeValue', kind: string, text?: string | null, list?: string | null, codes?: Array<string> | null, entries?: Array<{ __typename?: 'ChangeEntry', message: string, params: Array<{ __typename?: 'ChangeParam', name: string, text?: string | null, list?: string | null, code?: string | null, number?: number | null }> }> | null } | null, after?: { __typename?: 'ChangeValue', kind: string, text?: string | null, list?: string | null, codes?: Array<string> | null, entries?: Array<{ __typename?: 'ChangeEntry', message: string, params: Array<{ __typename?: 'ChangeParam', name: string, text?: string | null, list?: string | null, code?: string | null, number?: number | null }> }> | null } | null }> }> };

export type RemoveInitiativeRelationFromPageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveInitiativeRelationFromPageMutation = { __typename?: 'Mutation', removeInitiativeRelation: boolean };

export type InitiativeMethodChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type InitiativeMethodChoicesQuery = { __typename?: 'Query', methods: { __typename?: 'MethodConnection', edges: Array<{ __typename?: 'MethodEdge', node: { __typename?: 'Method', id: string, name: string } }> } };

export type LinkInitiativeMethodMutationVariables = Exact<{
  initiativeId: Scalars['ID']['input'];
  methodId: Scalars['ID']['input'];
}>;


export type LinkInitiativeMethodMutation = { __typename?: 'Mutation', linkInitiativeMethod: { __typename?: 'Initiative', id: string, methodRefs: Array<{ __typename?: 'Method', id: string, name: string }> } };

export type UnlinkInitiativeMethodMutationVariables = Exact<{
  initiativeId: Scalars['ID']['input'];
  methodId: Scalars['ID']['input'];
}>;


export type UnlinkInitiativeMethodMutation = { __typename?: 'Mutation', unlinkInitiativeMethod: { __typename?: 'Initiative', id: string, methodRefs: Array<{ __typename?: 'Method', id: string, name: string }> } };

export type MyFollowUpsListQueryVariables = Exact<{ [key: string]: never; }>;


export type MyFollowUpsListQuery = { __typename?: 'Query', myFollowUps: Array<{ __typename?: 'FollowUpWithInitiative', id: string, milestone: string, dueDate: string, overdue: boolean, canRecord: boolean, initiative: { __typename?: 'Initiative', id: string, title: string } }> };

export type RecordFollowUpFromListMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: FollowUpInput;
}>;


export type RecordFollowUpFromListMutation = { __typename?: 'Mutation', recordFollowUp: { __typename?: 'FollowUp', id: string, status?: string | null, recordedAt?: any | null } };

export type RegionOverdueFollowUpsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionOverdueFollowUpsQuery = { __typename?: 'Query', overdueFollowUps: Array<{ __typename?: 'FollowUpWithInitiative', id: string, milestone: string, dueDate: string, initiative: { __typename?: 'Initiative', id: string, title: string, organization: { __typename?: 'Organization', name: string } } }> };

export type InitiativeFormFieldsFragment = { __typename?: 'Initiative', id: string, version: number, canEdit: boolean, archived: boolean, title: string, summary: string, description: string, kind: string, status: string, startDate?: string | null, endDate?: string | null, visibility: Visibility, themes: Array<string>, targetGroups: Array<string>, occupations: Array<string>, methods: Array<string>, results: string, lessonsLearned: string, implementationOwner: string, implementationPlan: string, contactPerson?: { __typename?: 'Person', name: string, email: string } | null, projectLeader?: { __typename?: 'Person', name: string, email: string } | null, partners: Array<{ __typename?: 'Partner', role: string, name: string, organization?: { __typename?: 'Organization', slug: string } | null }>, fundingLines: Array<{ __typename?: 'FundingLine', funderType: string, funderName: string, registryNumber: string, programmeArea: string, amountSek?: number | null, status: string }>, methodRefs: Array<{ __typename?: 'Method', id: string, name: string }>, horizontalPrinciples: { __typename?: 'HorizontalPrinciples', genderEquality: string, nonDiscrimination: string, accessibility: string }, participants: Array<{ __typename?: 'ParticipantPeriod', period: string, women: { __typename?: 'ParticipantCount', value?: number | null }, men: { __typename?: 'ParticipantCount', value?: number | null }, otherOrUnknown: { __typename?: 'ParticipantCount', value?: number | null }, toWork: { __typename?: 'ParticipantCount', value?: number | null }, toStudies: { __typename?: 'ParticipantCount', value?: number | null }, otherOutcome: { __typename?: 'ParticipantCount', value?: number | null } }> };

export type InitiativeForEditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InitiativeForEditQuery = { __typename?: 'Query', initiative: { __typename?: 'Initiative', id: string, version: number, canEdit: boolean, archived: boolean, title: string, summary: string, description: string, kind: string, status: string, startDate?: string | null, endDate?: string | null, visibility: Visibility, themes: Array<string>, targetGroups: Array<string>, occupations: Array<string>, methods: Array<string>, results: string, lessonsLearned: string, implementationOwner: string, implementationPlan: string, contactPerson?: { __typename?: 'Person', name: string, email: string } | null, projectLeader?: { __typename?: 'Person', name: string, email: string } | null, partners: Array<{ __typename?: 'Partner', role: string, name: string, organization?: { __typename?: 'Organization', slug: string } | null }>, fundingLines: Array<{ __typename?: 'FundingLine', funderType: string, funderName: string, registryNumber: string, programmeArea: string, amountSek?: number | null, status: string }>, methodRefs: Array<{ __typename?: 'Method', id: string, name: string }>, horizontalPrinciples: { __typename?: 'HorizontalPrinciples', genderEquality: string, nonDiscrimination: string, accessibility: string }, participants: Array<{ __typename?: 'ParticipantPeriod', period: string, women: { __typename?: 'ParticipantCount', value?: number | null }, men: { __typename?: 'ParticipantCount', value?: number | null }, otherOrUnknown: { __typename?: 'ParticipantCount', value?: number | null }, toWork: { __typename?: 'ParticipantCount', value?: number | null }, toStudies: { __typename?: 'ParticipantCount', value?: number | null }, otherOutcome: { __typename?: 'ParticipantCount', value?: number | null } }> } };

export type InitiativeFormRelationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InitiativeFormRelationsQuery = { __typename?: 'Query', initiative: { __typename?: 'Initiative', id: string, relations: Array<{ __typename?: 'InitiativeRelation', id: string, kind: string, direction: RelationDirection, note: string, canRemove: boolean, addedBy: { __typename?: 'Organization', slug: string, name: string }, other: { __typename?: 'Initiative', id: string, title: string } }> } };

export type InitiativeFormMeQueryVariables = Exact<{ [key: string]: never; }>;


export type InitiativeFormMeQuery = { __typename?: 'Query', me: { __typename?: 'Me', id: string, name?: string | null, email?: string | null, username: string, activeOrganization?: { __typename?: 'Organization', slug: string, name: string } | null } };

export type InitiativeFormOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type InitiativeFormOrganizationsQuery = { __typename?: 'Query', organizations: Array<{ __typename?: 'Organization', id: string, slug: string, name: string }> };

export type CreateInitiativeFromFormMutationVariables = Exact<{
  input: InitiativeInput;
}>;


export type CreateInitiativeFromFormMutation = { __typename?: 'Mutation', createInitiative: { __typename?: 'Initiative', id: string, version: number } };

export type UpdateInitiativeFromFormMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: InitiativeInput;
}>;


export type UpdateInitiativeFromFormMutation = { __typename?: 'Mutation', updateInitiative: { __typename?: 'Initiative', id: string, version: number } };

export type ArchiveInitiativeFromFormMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveInitiativeFromFormMutation = { __typename?: 'Mutation', archiveInitiative: { __typename?: 'Initiative', id: string, version: number, canEdit: boolean, archived: boolean, title: string, summary: string, description: string, kind: string, status: string, startDate?: string | null, endDate?: string | null, visibility: Visibility, themes: Array<string>, targetGroups: Array<string>, occupations: Array<string>, methods: Array<string>, results: string, lessonsLearned: string, implementationOwner: string, implementationPlan: string, contactPerson?: { __typename?: 'Person', name: string, email: string } | null, projectLeader?: { __typename?: 'Person', name: string, email: string } | null, partners: Array<{ __typename?: 'Partner', role: string, name: string, organization?: { __typename?: 'Organization', slug: string } | null }>, fundingLines: Array<{ __typename?: 'FundingLine', funderType: string, funderName: string, registryNumber: string, programmeArea: string, amountSek?: number | null, status: string }>, methodRefs: Array<{ __typename?: 'Method', id: string, name: string }>, horizontalPrinciples: { __typename?: 'HorizontalPrinciples', genderEquality: string, nonDiscrimination: string, accessibility: string }, participants: Array<{ __typename?: 'ParticipantPeriod', period: string, women: { __typename?: 'ParticipantCount', value?: number | null }, men: { __typename?: 'ParticipantCount', value?: number | null }, otherOrUnknown: { __typename?: 'ParticipantCount', value?: number | null }, toWork: { __typename?: 'ParticipantCount', value?: number | null }, toStudies: { __typename?: 'ParticipantCount', value?: number | null }, otherOutcome: { __typename?: 'ParticipantCount', value?: number | null } }> } };

export type RestoreInitiativeFromFormMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestoreInitiativeFromFormMutation = { __typename?: 'Mutation', restoreInitiative: { __typename?: 'Initiative', id: string, version: number, canEdit: boolean, archived: boolean, title: string, summary: string, description: string, kind: string, status: string, startDate?: string | null, endDate?: string | null, visibility: Visibility, themes: Array<string>, targetGroups: Array<string>, occupations: Array<string>, methods: Array<string>, results: string, lessonsLearned: string, implementationOwner: string, implementationPlan: string, contactPerson?: { __typename?: 'Person', name: string, email: string } | null, projectLeader?: { __typename?: 'Person', name: string, email: string } | null, partners: Array<{ __typename?: 'Partner', role: string, name: string, organization?: { __typename?: 'Organization', slug: string } | null }>, fundingLines: Array<{ __typename?: 'FundingLine', funderType: string, funderName: string, registryNumber: string, programmeArea: string, amountSek?: number | null, status: string }>, methodRefs: Array<{ __typename?: 'Method', id: string, name: string }>, horizontalPrinciples: { __typename?: 'HorizontalPrinciples', genderEquality: string, nonDiscrimination: string, accessibility: string }, participants: Array<{ __typename?: 'ParticipantPeriod', period: string, women: { __typename?: 'ParticipantCount', value?: number | null }, men: { __typename?: 'ParticipantCount', value?: number | null }, otherOrUnknown: { __typename?: 'ParticipantCount', value?: number | null }, toWork: { __typename?: 'ParticipantCount', value?: number | null }, toStudies: { __typename?: 'ParticipantCount', value?: number | null }, otherOutcome: { __typename?: 'ParticipantCount', value?: number | null } }> } };

export type InitiativeRelationTargetsQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type InitiativeRelationTargetsQuery = { __typename?: 'Query', initiatives: { __typename?: 'InitiativeConnection', edges: Array<{ __typename?: 'InitiativeEdge', node: { __typename?: 'Initiative', id: string, title: string, organization: { __typename?: 'Organization', name: string } } }> } };

export type AddInitiativeRelationFromFormMutationVariables = Exact<{
  input: InitiativeRelationInput;
}>;


export type AddInitiativeRelationFromFormMutation = { __typename?: 'Mutation', addInitiativeRelation: { __typename?: 'InitiativeRelation', id: string } };

export type RemoveInitiativeRelationFromFormMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveInitiativeRelationFromFormMutation = { __typename?: 'Mutation', removeInitiativeRelation: boolean };

export type RegisterInitiativesQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InitiativeFilter>;
  orderBy?: InputMaybe<InitiativeOrder>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  withFacets: Scalars['Boolean']['input'];
}>;


export type RegisterInitiativesQuery = { __typename?: 'Query', initiatives: { __typename?: 'InitiativeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, facets?: { __typename?: 'InitiativeFacets', status: Array<{ __typename?: 'FacetCount', value: string, count: number }>, kind: Array<{ __typename?: 'FacetCount', value: string, count: number }>, theme: Array<{ __typename?: 'FacetCount', value: string, count: number }>, targetGroup: Array<{ __typename?: 'FacetCount', value: string, count: number }>, funderType: Array<{ __typename?: 'FacetCount', value: string, count: number }>, organization: Array<{ __typename?: 'FacetCount', value: string, count: number }>, startYear: Array<{ __typename?: 'FacetCount', value: string, count: number }> }, edges: Array<{ __typename?: 'InitiativeEdge', cursor: string, node: { __typename?: 'Initiative', id: string, title: string, summary: string, status: string, kind: string, visibility: Visibility, startDate?: string | null, endDate?: string | null, themes: Array<string>, targetGroups: Array<string>, totalFundingSek: number, isDemo: boolean, archived: boolean, updatedAt: any, organization: { __typename?: 'Organization', slug: string, name: string }, partners: Array<{ __typename?: 'Partner', name: string, role: string }> } }> } };

export type StopMailMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type StopMailMutation = { __typename?: 'Mutation', stopMail: { __typename?: 'MailStop', email: string, topic: string } };

export type MaterialFileFieldsFragment = { __typename?: 'MaterialFile', id: string, name: string, mediaType: string, sizeBytes: number, scanStatus: string, available: boolean, previewable: boolean, canRescan: boolean };

export type MaterialVersionFieldsFragment = { __typename?: 'MaterialVersion', id: string, number: number, note: string, createdAt: any, createdByName: string, files: Array<{ __typename?: 'MaterialFile', id: string, name: string, mediaType: string, sizeBytes: number, scanStatus: string, available: boolean, previewable: boolean, canRescan: boolean }> };

export type MaterialListFieldsFragment = { __typename?: 'Material', id: string, title: string, summary: string, kind: string, themes: Array<string>, visibility: Visibility, reviewStatus: string, validTo?: string | null, nextReviewOn?: string | null, archived: boolean, isDemo: boolean, currentVersionNumber: number, currentVersion?: { __typename?: 'MaterialVersion', id: string, number: number, createdAt: any } | null, organization: { __typename?: 'Organization', slug: string, name: string }, adaptations: Array<{ __typename?: 'MaterialAdaptation', organization: { __typename?: 'Organization', slug: string, name: string } }> };

export type MaterialRegisterQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MaterialFilter>;
  orderBy?: InputMaybe<MaterialOrder>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  withFacets: Scalars['Boolean']['input'];
}>;


export type MaterialRegisterQuery = { __typename?: 'Query', materials: { __typename?: 'MaterialConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, facets?: { __typename?: 'MaterialFacets', kind: Array<{ __typename?: 'FacetCount', value: string, count: number }>, theme: Array<{ __typename?: 'FacetCount', value: string, count: number }>, organization: Array<{ __typename?: 'FacetCount', value: string, count: number }>, reviewStatus: Array<{ __typename?: 'FacetCount', value: string, count: number }>, hasAdaptations: Array<{ __typename?: 'FacetCount', value: string, count: number }> }, edges: Array<{ __typename?: 'MaterialEdge', cursor: string, node: { __typename?: 'Material', id: string, title: string, summary: string, kind: string, themes: Array<string>, visibility: Visibility, reviewStatus: string, validTo?: string | null, nextReviewOn?: string | null, archived: boolean, isDemo: boolean, currentVersionNumber: number, currentVersion?: { __typename?: 'MaterialVersion', id: string, number: number, createdAt: any } | null, organization: { __typename?: 'Organization', slug: string, name: string }, adaptations: Array<{ __typename?: 'MaterialAdaptation', organization: { __typename?: 'Organization', slug: string, name: string } }> } }> } };

export type MaterialPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MaterialPageQuery = { __typename?: 'Query', material: { __typename?: 'Material', isAdaptation: boolean, description: string, audiences: Array<string>, language: string, licence: string, responsibleName: string, responsibleEmail: string, validFrom?: string | null, reviewCycleMonths?: number | null, lastReviewedAt?: any | null, version: number, canEdit: boolean, updatedAt: any, id: string, title: string, summary: string, kind: string, themes: Array<string>, visibility: Visibility, reviewStatus: string, validTo?: string | null, nextReviewOn?: string | null, archived: boolean, isDemo: boolean, currentVersionNumber: number, currentVersion?: { __typename?: 'MaterialVersion', id: string, number: number, createdAt: any, note: string, createdByName: string, files: Array<{ __typename?: 'MaterialFile', id: string, name: string, mediaType: string, sizeBytes: number, scanStatus: string, available: boolean, previewable: boolean, canRescan: boolean }> } | null, versions: Array<{ __typename?: 'MaterialVersion', id: string, number: number, note: string, createdAt: any, createdByName: string, files: Array<{ __typename?: 'MaterialFile', id: string, name: string, mediaType: string, sizeBytes: number, scanStatus: string, available: boolean, previewable: boolean, canRescan: boolean }> }>, adaptedFrom?: { __typename?: 'MaterialRef', id: string, title: string, organization: { __typename?: 'Organization', slug: string, name: string } } | null, adaptations: Array<{ __typename?: 'MaterialAdaptation', createdAt: any, organization: { __typename?: 'Organization', slug: string, name: string }, material?: { __typename?: 'MaterialRef', id: string, title: string } | null }>, originalChange?: { __typename?: 'MaterialOriginalChange', seenVersion: number, currentVersion: number, original: { __typename?: 'MaterialRef', id: string, title: string, organization: { __typename?: 'Organization', slug: string, name: string } }, newVersions: Array<{ __typename?: 'MaterialVersion', id: string, number: number, note: string, createdAt: any, createdByName: string, files: Array<{ __typename?: 'MaterialFile', id: string, name: string, mediaType: string, sizeBytes: number, scanStatus: string, available: boolean, previewable: boolean, canRescan: boolean }> }> } | null, initiatives: Array<{ __typename?: 'Initiative', id: string, title: string }>, methods: Array<{ __typename?: 'Method', id: string, name: string }>, organization: { __typename?: 'Organization', slug: string, name: string } } };

export type MaterialPageHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MaterialPageHistoryQuery = { __typename?: 'Query', materialHistory: Array<{ __typename?: 'HistoryEntry', id: string, action: string, actorName: string, createdAt: any, version: number, changes: Array<{ __typename?: 'FieldChange', field: string, before?: { __typename?: 'ChangeValue', kind: string, text?: string | null, list?: string | null, codes?: Array<string> | null, entries?: Array<{ __typename?: 'ChangeEntry', message: string, params: Array<{ __typename?: 'ChangeParam', name: string, text?: string | null, list?: string | null, code?: string | null, number?: number | null }> }> | null } | null, after?: { __typename?: 'ChangeValue', kind: string, text?: string | null, list?: string | null, codes?: Array<string> | null, entries?: Array<{ __typename?: 'ChangeEntry', message: string, params: Array<{ __typename?: 'ChangeParam', name: string, text?: string | null, list?: string | null, code?: string | null, number?: number | null }> }> | null } | null }> }> };

export type MaterialFormFieldsFragment = { __typename?: 'Material', id: string, title: string, kind: string, summary: string, description: string, themes: Array<string>, audiences: Array<string>, language: string, licence: string, visibility: Visibility, responsibleName: string, responsibleEmail: string, validFrom?: string | null, validTo?: string | null, reviewCycleMonths?: number | null, nextReviewOn?: string | null, version: number, archived: boolean, canEdit: boolean, currentVersionNumber: number, initiatives: Array<{ __typename?: 'Initiative', id: string, title: string }>, methods: Array<{ __typename?: 'Method', id: string, name: string }>, currentVersion?: { __typename?: 'MaterialVersion', id: string, number: number, note: string, createdAt: any, createdByName: string, files: Array<{ __typename?: 'MaterialFile', id: string, name: string, mediaType: string, sizeBytes: number, scanStatus: string, available: boolean, previewable: boolean, canRescan: boolean }> } | null };

export type MaterialForEditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MaterialForEditQuery = { __typename?: 'Query', material: { __typename?: 'Material', id: string, title: string, kind: string, summary: string, description: string, themes: Array<string>, audiences: Array<string>, language: string, licence: string, visibility: Visibility, responsibleName: string, responsibleEmail: string, validFrom?: string | null, validTo?: string | null, reviewCycleMonths?: number | null, nextReviewOn?: string | null, version: number, archived: boolean, canEdit: boolean, currentVersionNumber: number, initiatives: Array<{ __typename?: 'Initiative', id: string, title: string }>, methods: Array<{ __typename?: 'Method', id: string, name: string }>, currentVersion?: { __typename?: 'MaterialVersion', id: string, number: number, note: string, createdAt: any, createdByName: string, files: Array<{ __typename?: 'MaterialFile', id: string, name: string, mediaType: string, sizeBytes: number, scanStatus: string, available: boolean, previewable: boolean, canRescan: boolean }> } | null } };

export type MaterialInitiativeChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type MaterialInitiativeChoicesQuery = { __typename?: 'Query', initiatives: { __typename?: 'InitiativeConnection', edges: Array<{ __typename?: 'InitiativeEdge', node: { __typename?: 'Initiative', id: string, title: string } }> } };

export type MaterialMethodChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type MaterialMethodChoicesQuery = { __typename?: 'Query', methods: { __typename?: 'MethodConnection', edges: Array<{ __typename?: 'MethodEdge', node: { __typename?: 'Method', id: string, name: string } }> } };

export type CreateMaterialMutationVariables = Exact<{
  input: MaterialInput;
  files?: InputMaybe<MaterialVersionInput>;
}>;


export type CreateMaterialMutation = { __typename?: 'Mutation', createMaterial: { __typename?: 'Material', id: string } };

export type UpdateMaterialMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: MaterialInput;
}>;


export type UpdateMaterialMutation = { __typename?: 'Mutation', updateMaterial: { __typename?: 'Material', id: string, title: string, kind: string, summary: string, description: string, themes: Array<string>, audiences: Array<string>, language: string, licence: string, visibility: Visibility, responsibleName: string, responsibleEmail: string, validFrom?: string | null, validTo?: string | null, reviewCycleMonths?: number | null, nextReviewOn?: string | null, version: number, archived: boolean, canEdit: boolean, currentVersionNumber: number, initiatives: Array<{ __typename?: 'Initiative', id: string, title: string }>, methods: Array<{ __typename?: 'Method', id: string, name: string }>, currentVersion?: { __typename?: 'MaterialVersion', id: string, number: number, note: string, createdAt: any, createdByName: string, files: Array<{ __typename?: 'MaterialFile', id: string, name: string, mediaType: string, sizeBytes: number, scanStatus: string, available: boolean, previewable: boolean, canRescan: boolean }> } | null } };

export type PublishMaterialVersionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: MaterialVersionInput;
}>;


export type PublishMaterialVersionMutation = { __typename?: 'Mutation', publishMaterialVersion: { __typename?: 'Material', id: string, title: string, kind: string, summary: string, description: string, themes: Array<string>, audiences: Array<string>, language: string, licence: string, visibility: Visibility, responsibleName: string, responsibleEmail: string, validFrom?: string | null, validTo?: string | null, reviewCycleMonths?: number | null, nextReviewOn?: string | null, version: number, archived: boolean, canEdit: boolean, currentVersionNumber: number, initiatives: Array<{ __typename?: 'Initiative', id: string, title: string }>, methods: Array<{ __typename?: 'Method', id: string, name: string }>, currentVersion?: { __typename?: 'MaterialVersion', id: string, number: number, note: string, createdAt: any, createdByName: string, files: Array<{ __typename?: 'MaterialFile', id: string, name: string, mediaType: string, sizeBytes: number, scanStatus: string, available: boolean, previewable: boolean, canRescan: boolean }> } | null } };

export type ArchiveMaterialMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveMaterialMutation = { __typename?: 'Mutation', archiveMaterial: { __typename?: 'Material', id: string, title: string, kind: string, summary: string, description: string, themes: Array<string>, audiences: Array<string>, language: string, licence: string, visibility: Visibility, responsibleName: string, responsibleEmail: string, validFrom?: string | null, validTo?: string | null, reviewCycleMonths?: number | null, nextReviewOn?: string | null, version: number, archived: boolean, canEdit: boolean, currentVersionNumber: number, initiatives: Array<{ __typename?: 'Initiative', id: string, title: string }>, methods: Array<{ __typename?: 'Method', id: string, name: string }>, currentVersion?: { __typename?: 'MaterialVersion', id: string, number: number, note: string, createdAt: any, createdByName: string, files: Array<{ __typename?: 'MaterialFile', id: string, name: string, mediaType: string, sizeBytes: number, scanStatus: string, available: boolean, previewable: boolean, canRescan: boolean }> } | null } };

export type RestoreMaterialMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestoreMaterialMutation = { __typename?: 'Mutation', restoreMaterial: { __typename?: 'Material', id: string, title: string, kind: string, summary: string, description: string, themes: Array<string>, audiences: Array<string>, language: string, licence: string, visibility: Visibility, responsibleName: string, responsibleEmail: string, validFrom?: string | null, validTo?: string | null, reviewCycleMonths?: number | null, nextReviewOn?: string | null, version: number, archived: boolean, canEdit: boolean, currentVersionNumber: number, initiatives: Array<{ __typename?: 'Initiative', id: string, title: string }>, methods: Array<{ __typename?: 'Method', id: string, name: string }>, currentVersion?: { __typename?: 'MaterialVersion', id: string, number: number, note: string, createdAt: any, createdByName: string, files: Array<{ __typename?: 'MaterialFile', id: string, name: string, mediaType: string, sizeBytes: number, scanStatus: string, available: boolean, previewable: boolean, canRescan: boolean }> } | null } };

export type AdaptMaterialMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdaptMaterialMutation = { __typename?: 'Mutation', adaptMaterial: { __typename?: 'Material', id: string } };

export type MarkMaterialReviewedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type MarkMaterialReviewedMutation = { __typename?: 'Mutation', markMaterialReviewed: { __typename?: 'Material', id: string, version: number, reviewStatus: string, nextReviewOn?: string | null, lastReviewedAt?: any | null } };

export type AcknowledgeMaterialOriginalChangeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type AcknowledgeMaterialOriginalChangeMutation = { __typename?: 'Mutation', acknowledgeMaterialOriginalChange: { __typename?: 'Material', id: string, version: number } };

export type RescanMaterialFileMutationVariables = Exact<{
  fileId: Scalars['ID']['input'];
}>;


export type RescanMaterialFileMutation = { __typename?: 'Mutation', rescanMaterialFile: { __typename?: 'MaterialFile', id: string, name: string, mediaType: string, sizeBytes: number, scanStatus: string, available: boolean, previewable: boolean, canRescan: boolean } };

export type CreateMaterialFileLinkMutationVariables = Exact<{
  fileId: Scalars['ID']['input'];
  preview: Scalars['Boolean']['input'];
}>;


export type CreateMaterialFileLinkMutation = { __typename?: 'Mutation', createMaterialFileLink: { __typename?: 'MaterialFileLink', url: string, expiresAt: any } };

export type MaterialReviewsQueryVariables = Exact<{ [key: string]: never; }>;


export type MaterialReviewsQuery = { __typename?: 'Query', materialReviews: { __typename?: 'MaterialReviews', responsible: Array<{ __typename?: 'Material', responsibleName: string, id: string, title: string, summary: string, kind: string, themes: Array<string>, visibility: Visibility, reviewStatus: string, validTo?: string | null, nextReviewOn?: string | null, archived: boolean, isDemo: boolean, currentVersionNumber: number, currentVersion?: { __typename?: 'MaterialVersion', id: string, number: number, createdAt: any } | null, organization: { __typename?: 'Organization', slug: string, name: string }, adaptations: Array<{ __typename?: 'MaterialAdaptation', organization: { __typename?: 'Organization', slug: string, name: string } }> }>, organization: Array<{ __typename?: 'Material', responsibleName: string, id: string, title: string, summary: string, kind: string, themes: Array<string>, visibility: Visibility, reviewStatus: string, validTo?: string | null, nextReviewOn?: string | null, archived: boolean, isDemo: boolean, currentVersionNumber: number, currentVersion?: { __typename?: 'MaterialVersion', id: string, number: number, createdAt: any } | null, organization: { __typename?: 'Organization', slug: string, name: string }, adaptations: Array<{ __typename?: 'MaterialAdaptation', organization: { __typename?: 'Organization', slug: string, name: string } }> }>, originalChanged: Array<{ __typename?: 'Material', id: string, title: string, summary: string, kind: string, themes: Array<string>, visibility: Visibility, reviewStatus: string, validTo?: string | null, nextReviewOn?: string | null, archived: boolean, isDemo: boolean, currentVersionNumber: number, originalChange?: { __typename?: 'MaterialOriginalChange', currentVersion: number, seenVersion: number, original: { __typename?: 'MaterialRef', id: string, title: string } } | null, currentVersion?: { __typename?: 'MaterialVersion', id: string, number: number, createdAt: any } | null, organization: { __typename?: 'Organization', slug: string, name: string }, adaptations: Array<{ __typename?: 'MaterialAdaptation', organization: { __typename?: 'Organization', slug: string, name: string } }> }> } };

export type InitiativeMaterialQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InitiativeMaterialQuery = { __typename?: 'Query', initiative: { __typename?: 'Initiative', id: string, material: Array<{ __typename?: 'Material', id: string, title: string, summary: string, kind: string, themes: Array<string>, visibility: Visibility, reviewStatus: string, validTo?: string | null, nextReviewOn?: string | null, archived: boolean, isDemo: boolean, currentVersionNumber: number, currentVersion?: { __typename?: 'MaterialVersion', id: string, number: number, createdAt: any } | null, organization: { __typename?: 'Organization', slug: string, name: string }, adaptations: Array<{ __typename?: 'MaterialAdaptation', organization: { __typename?: 'Organization', slug: string, name: string } }> }> } };

export type NetworkMaterialQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NetworkMaterialQuery = { __typename?: 'Query', network: { __typename?: 'Network', id: string, material: Array<{ __typename?: 'Material', id: string, title: string, summary: string, kind: string, themes: Array<string>, visibility: Visibility, reviewStatus: string, validTo?: string | null, nextReviewOn?: string | null, archived: boolean, isDemo: boolean, currentVersionNumber: number, currentVersion?: { __typename?: 'MaterialVersion', id: string, number: number, createdAt: any } | null, organization: { __typename?: 'Organization', slug: string, name: string }, adaptations: Array<{ __typename?: 'MaterialAdaptation', organization: { __typename?: 'Organization', slug: string, name: string } }> }> } };

export type MethodMaterialQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MethodMaterialQuery = { __typename?: 'Query', method: { __typename?: 'Method', id: string, material: Array<{ __typename?: 'Material', id: string, title: string, summary: string, kind: string, themes: Array<string>, visibility: Visibility, reviewStatus: string, validTo?: string | null, nextReviewOn?: string | null, archived: boolean, isDemo: boolean, currentVersionNumber: number, currentVersion?: { __typename?: 'MaterialVersion', id: string, number: number, createdAt: any } | null, organization: { __typename?: 'Organization', slug: string, name: string }, adaptations: Array<{ __typename?: 'MaterialAdaptation', organization: { __typename?: 'Organization', slug: string, name: string } }> }> } };

export type MethodPickerSearchQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type MethodPickerSearchQuery = { __typename?: 'Query', methods: { __typename?: 'MethodConnection', edges: Array<{ __typename?: 'MethodEdge', node: { __typename?: 'Method', id: string, name: string, organization: { __typename?: 'Organization', name: string } } }> } };

export type MethodRegisterQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MethodFilter>;
  orderBy?: InputMaybe<MethodOrder>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  withFacets: Scalars['Boolean']['input'];
}>;


export type MethodRegisterQuery = { __typename?: 'Query', methods: { __typename?: 'MethodConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, facets?: { __typename?: 'MethodFacets', evidenceLevel: Array<{ __typename?: 'FacetCount', value: string, count: number }>, theme: Array<{ __typename?: 'FacetCount', value: string, count: number }>, targetGroup: Array<{ __typename?: 'FacetCount', value: string, count: number }>, usingOrganization: Array<{ __typename?: 'FacetCount', value: string, count: number }> }, edges: Array<{ __typename?: 'MethodEdge', cursor: string, node: { __typename?: 'Method', id: string, name: string, summary: string, evidenceLevel?: string | null, themes: Array<string>, targetGroups: Array<string>, visibility: Visibility, archived: boolean, isDemo: boolean, organization: { __typename?: 'Organization', slug: string, name: string } } }> } };

export type MethodPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MethodPageQuery = { __typename?: 'Query', method: { __typename?: 'Method', id: string, name: string, summary: string, description: string, problem: string, visibility: Visibility, targetGroups: Array<string>, themes: Array<string>, evidenceLevel?: string | null, version: number, archived: boolean, isDemo: boolean, canEdit: boolean, updatedAt: any, steps: Array<{ __typename?: 'MethodStep', title: string, description: string }>, requirements: { __typename?: 'MethodRequirements', training: string, certification: string, staffing: string, indicativeCost: string }, evidenceSources: Array<{ __typename?: 'EvidenceSource', title: string, url?: string | null, kind: string }>, relations: Array<{ __typename?: 'MethodRelation', kind: string, direction: RelationDirection, other: { __typename?: 'Method', id: string, name: string } }>, contactPerson?: { __typename?: 'Person', name: string, email: string } | null, organization: { __typename?: 'Organization', slug: string, name: string }, usedBy: Array<{ __typename?: 'MethodUse', afterLifeStatus?: string | null, initiative: { __typename?: 'Initiative', id: string, title: string, status: string, organization: { __typename?: 'Organization', slug: string, name: string } } }>, organizationsUsing: Array<{ __typename?: 'MethodUser', initiativeCount: number, organization: { __typename?: 'Organization', slug: string, name: string }, contacts: Array<{ __typename?: 'Person', name: string, email: string }> }>, outcomes: { __typename?: 'MethodOutcomes', initiativeCount: number, participants: { __typename?: 'ParticipantCount', display: string }, toWork: { __typename?: 'ParticipantCount', display: string }, toStudies: { __typename?: 'ParticipantCount', display: string } } } };

export type MethodPageHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MethodPageHistoryQuery = { __typename?: 'Query', methodHistory: Array<{ __typename?: 'HistoryEntry', id: string, action: string, actorName: string, createdAt: any, version: number, changes: Array<{ __typename?: 'FieldChange', field: string, before?: { __typename?: 'ChangeValue', kind: string, text?: string | null, list?: string | null, codes?: Array<string> | null, entries?: Array<{ __typename?: 'ChangeEntry', message: string, params: Array<{ __typename?: 'ChangeParam', name: string, text?: string | null, list?: string | null, code?: string | null, number?: number | null }> }> | null } | null, after?: { __typename?: 'ChangeValue', kind: string, text?: string | null, list?: string | null, codes?: Array<string> | null, entries?: Array<{ __typename?: 'ChangeEntry', message: string, params: Array<{ __typename?: 'ChangeParam', name: string, text?: string | null, list?: string | null, code?: string | null, number?: number | null }> }> | null } | null }> }> };

export type MethodFormFieldsFragment = { __typename?: 'Method', id: string, name: string, summary: string, description: string, problem: string, visibility: Visibility, targetGroups: Array<string>, themes: Array<string>, evidenceLevel?: string | null, version: number, archived: boolean, canEdit: boolean, steps: Array<{ __typename?: 'MethodStep', title: string, description: string }>, requirements: { __typename?: 'MethodRequirements', training: string, certification: string, staffing: string, indicativeCost: string }, evidenceSources: Array<{ __typename?: 'EvidenceSource', title: string, url?: string | null, kind: string }>, relations: Array<{ __typename?: 'MethodRelation', kind: string, direction: RelationDirection, other: { __typename?: 'Method', id: string, name: string } }>, contactPerson?: { __typename?: 'Person', name: string, email: string } | null };

export type MethodForEditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MethodForEditQuery = { __typename?: 'Query', method: { __typename?: 'Method', id: string, name: string, summary: string, description: string, problem: string, visibility: Visibility, targetGroups: Array<string>, themes: Array<string>, evidenceLevel?: string | null, version: number, archived: boolean, canEdit: boolean, steps: Array<{ __typename?: 'MethodStep', title: string, description: string }>, requirements: { __typename?: 'MethodRequirements', training: string, certification: string, staffing: string, indicativeCost: string }, evidenceSources: Array<{ __typename?: 'EvidenceSource', title: string, url?: string | null, kind: string }>, relations: Array<{ __typename?: 'MethodRelation', kind: string, direction: RelationDirection, other: { __typename?: 'Method', id: string, name: string } }>, contactPerson?: { __typename?: 'Person', name: string, email: string } | null } };

export type MethodChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type MethodChoicesQuery = { __typename?: 'Query', methods: { __typename?: 'MethodConnection', edges: Array<{ __typename?: 'MethodEdge', node: { __typename?: 'Method', id: string, name: string } }> } };

export type CreateMethodMutationVariables = Exact<{
  input: MethodInput;
}>;


export type CreateMethodMutation = { __typename?: 'Mutation', createMethod: { __typename?: 'Method', id: string } };

export type UpdateMethodMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: MethodInput;
}>;


export type UpdateMethodMutation = { __typename?: 'Mutation', updateMethod: { __typename?: 'Method', id: string, name: string, summary: string, description: string, problem: string, visibility: Visibility, targetGroups: Array<string>, themes: Array<string>, evidenceLevel?: string | null, version: number, archived: boolean, canEdit: boolean, steps: Array<{ __typename?: 'MethodStep', title: string, description: string }>, requirements: { __typename?: 'MethodRequirements', training: string, certification: string, staffing: string, indicativeCost: string }, evidenceSources: Array<{ __typename?: 'EvidenceSource', title: string, url?: string | null, kind: string }>, relations: Array<{ __typename?: 'MethodRelation', kind: string, direction: RelationDirection, other: { __typename?: 'Method', id: string, name: string } }>, contactPerson?: { __typename?: 'Person', name: string, email: string } | null } };

export type ArchiveMethodMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveMethodMutation = { __typename?: 'Mutation', archiveMethod: { __typename?: 'Method', id: string, name: string, summary: string, description: string, problem: string, visibility: Visibility, targetGroups: Array<string>, themes: Array<string>, evidenceLevel?: string | null, version: number, archived: boolean, canEdit: boolean, steps: Array<{ __typename?: 'MethodStep', title: string, description: string }>, requirements: { __typename?: 'MethodRequirements', training: string, certification: string, staffing: string, indicativeCost: string }, evidenceSources: Array<{ __typename?: 'EvidenceSource', title: string, url?: string | null, kind: string }>, relations: Array<{ __typename?: 'MethodRelation', kind: string, direction: RelationDirection, other: { __typename?: 'Method', id: string, name: string } }>, contactPerson?: { __typename?: 'Person', name: string, email: string } | null } };

export type RestoreMethodMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestoreMethodMutation = { __typename?: 'Mutation', restoreMethod: { __typename?: 'Method', id: string, name: string, summary: string, description: string, problem: string, visibility: Visibility, targetGroups: Array<string>, themes: Array<string>, evidenceLevel?: string | null, version: number, archived: boolean, canEdit: boolean, steps: Array<{ __typename?: 'MethodStep', title: string, description: string }>, requirements: { __typename?: 'MethodRequirements', training: string, certification: string, staffing: string, indicativeCost: string }, evidenceSources: Array<{ __typename?: 'EvidenceSource', title: string, url?: string | null, kind: string }>, relations: Array<{ __typename?: 'MethodRelation', kind: string, direction: RelationDirection, other: { __typename?: 'Method', id: string, name: string } }>, contactPerson?: { __typename?: 'Person', name: string, email: string } | null } };

export type OrganizationAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationAuditLogQuery = { __typename?: 'Query', organizationAuditLog: Array<{ __typename?: 'AuditEvent', id: string, action: string, actorUsername: string, subject?: string | null, createdAt: any }> };

export type OrganizationMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationMembersQuery = { __typename?: 'Query', organizationMembers: Array<{ __typename?: 'OrganizationMember', id: string, username: string, email?: string | null, name?: string | null, isOrganizationAdmin: boolean }> };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { __typename?: 'Mutation', inviteMember: { __typename?: 'OrganizationInvitation', id: string, email: string, status: InvitationStatus } };

export type RemoveMemberMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type RemoveMemberMutation = { __typename?: 'Mutation', removeMember: string };

export type SetOrganizationAdminMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  admin: Scalars['Boolean']['input'];
}>;


export type SetOrganizationAdminMutation = { __typename?: 'Mutation', setOrganizationAdmin: { __typename?: 'OrganizationMember', id: string, isOrganizationAdmin: boolean } };

export type OrganizationInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationInvitationsQuery = { __typename?: 'Query', organizationInvitations: Array<{ __typename?: 'OrganizationInvitation', id: string, email: string, createdAt: any, invitedByUsername: string }> };

export type WithdrawInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WithdrawInvitationMutation = { __typename?: 'Mutation', withdrawInvitation: { __typename?: 'OrganizationInvitation', id: string, status: InvitationStatus } };

export type MyInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyInvitationsQuery = { __typename?: 'Query', myInvitations: Array<{ __typename?: 'OrganizationInvitation', id: string, invitedByUsername: string, createdAt: any, organization: { __typename?: 'Organization', slug: string, name: string } }> };

export type AcceptInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'OrganizationInvitation', id: string, status: InvitationStatus } };

export type DeclineInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeclineInvitationMutation = { __typename?: 'Mutation', declineInvitation: { __typename?: 'OrganizationInvitation', id: string, status: InvitationStatus } };

export type MeetingListFieldsFragment = { __typename?: 'Meeting', id: string, networkId: string, title: string, startsAt: any, localDate: string, startTime: string, endTime: string, location: string, onlineUrl: string, status: string, minutes?: { __typename?: 'MeetingMinutes', status: string } | null };

export type ActionItemFieldsFragment = { __typename?: 'ActionItem', id: string, meetingId?: string | null, title: string, ownerName: string, ownerUserId?: string | null, dueDate?: string | null, status: string, doneAt?: any | null, version: number, canUpdate: boolean };

export type DecisionFieldsFragment = { __typename?: 'NetworkDecision', id: string, meetingId?: string | null, label: string, decidedOn: string, text: string, responsible: string };

export type NetworkMeetingsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NetworkMeetingsQuery = { __typename?: 'Query', network: { __typename?: 'Network', id: string, name: string, canPlan: boolean, upcomingMeetings: Array<{ __typename?: 'Meeting', id: string, networkId: string, title: string, startsAt: any, localDate: string, startTime: string, endTime: string, location: string, onlineUrl: string, status: string, minutes?: { __typename?: 'MeetingMinutes', status: string } | null }>, pastMeetings: Array<{ __typename?: 'Meeting', id: string, networkId: string, title: string, startsAt: any, localDate: string, startTime: string, endTime: string, location: string, onlineUrl: string, status: string, minutes?: { __typename?: 'MeetingMinutes', status: string } | null }>, meetingSeries: Array<{ __typename?: 'MeetingSeries', id: string, title: string, description: string, firstDate: string, startTime: string, endTime: string, location: string, onlineUrl: string, ended: boolean, rrule: string, version: number }>, decisions: Array<{ __typename?: 'NetworkDecision', id: string, meetingId?: string | null, label: string, decidedOn: string, text: string, responsible: string }>, openActionItems: Array<{ __typename?: 'ActionItem', id: string, meetingId?: string | null, title: string, ownerName: string, ownerUserId?: string | null, dueDate?: string | null, status: string, doneAt?: any | null, version: number, canUpdate: boolean }> } };

export type MeetingPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeetingPageQuery = { __typename?: 'Query', meeting: { __typename?: 'Meeting', id: string, networkId: string, seriesId?: string | null, title: string, startsAt: any, endsAt: any, localDate: string, startTime: string, endTime: string, location: string, onlineUrl: string, status: string, detached: boolean, version: number, canPlan: boolean, network: { __typename?: 'NetworkRef', id: string, name: string }, agenda: Array<{ __typename?: 'AgendaItem', id: string, position: number, title: string, presenter: string, startsAt: string, durationMinutes?: number | null, links: Array<{ __typename?: 'AgendaLink', kind: string, id: string, title: string }> }>, attendance: Array<{ __typename?: 'Attendee', id: string, userId?: string | null, name: string, organizationName: string }>, minutes?: { __typename?: 'MeetingMinutes', body: string, status: string, publishedAt?: any | null, updatedByName: string, updatedAt: any, version: number } | null, decisions: Array<{ __typename?: 'NetworkDecision', id: string, meetingId?: string | null, label: string, decidedOn: string, text: string, responsible: string }>, actionItems: Array<{ __typename?: 'ActionItem', id: string, meetingId?: string | null, title: string, ownerName: string, ownerUserId?: string | null, dueDate?: string | null, status: string, doneAt?: any | null, version: number, canUpdate: boolean }>, carriedActionItems: Array<{ __typename?: 'ActionItem', id: string, meetingId?: string | null, title: string, ownerName: string, ownerUserId?: string | null, dueDate?: string | null, status: string, doneAt?: any | null, version: number, canUpdate: boolean }> } };

export type MeetingMembersQueryVariables = Exact<{
  networkId: Scalars['ID']['input'];
}>;


export type MeetingMembersQuery = { __typename?: 'Query', network: { __typename?: 'Network', id: string, members: Array<{ __typename?: 'NetworkMember', id: string, userId: string, displayName: string, organization?: { __typename?: 'Organization', slug: string, name: string } | null }> } };

export type MeetingIcsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeetingIcsQuery = { __typename?: 'Query', meeting: { __typename?: 'Meeting', id: string, localDate: string, icsFile: string } };

export type CreateMeetingSeriesMutationVariables = Exact<{
  input: MeetingSeriesInput;
}>;


export type CreateMeetingSeriesMutation = { __typename?: 'Mutation', createMeetingSeries: { __typename?: 'MeetingSeries', id: string, description: string } };

export type UpdateMeetingSeriesMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: MeetingSeriesInput;
}>;


export type UpdateMeetingSeriesMutation = { __typename?: 'Mutation', updateMeetingSeries: { __typename?: 'MeetingSeries', id: string, title: string, version: number } };

export type EndMeetingSeriesMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EndMeetingSeriesMutation = { __typename?: 'Mutation', endMeetingSeries: { __typename?: 'MeetingSeries', id: string, ended: boolean } };

export type CreateMeetingMutationVariables = Exact<{
  networkId: Scalars['ID']['input'];
  input: MeetingInput;
}>;


export type CreateMeetingMutation = { __typename?: 'Mutation', createMeeting: { __typename?: 'Meeting', id: string } };

export type UpdateMeetingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: MeetingInput;
}>;


export type UpdateMeetingMutation = { __typename?: 'Mutation', updateMeeting: { __typename?: 'Meeting', id: string, version: number } };

export type CancelMeetingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type CancelMeetingMutation = { __typename?: 'Mutation', cancelMeeting: { __typename?: 'Meeting', id: string, status: string, version: number } };

export type SetMeetingAgendaMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  items: Array<AgendaItemInput> | AgendaItemInput;
}>;


export type SetMeetingAgendaMutation = { __typename?: 'Mutation', setMeetingAgenda: { __typename?: 'Meeting', id: string } };

export type HoldMeetingMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  attendees: Array<AttendeeInput> | AttendeeInput;
}>;


export type HoldMeetingMutation = { __typename?: 'Mutation', holdMeeting: { __typename?: 'Meeting', id: string, status: string } };

export type SaveMeetingMinutesMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SaveMeetingMinutesMutation = { __typename?: 'Mutation', saveMeetingMinutes: { __typename?: 'MeetingMinutes', status: string, version: number } };

export type PublishMeetingMinutesMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
}>;


export type PublishMeetingMinutesMutation = { __typename?: 'Mutation', publishMeetingMinutes: { __typename?: 'MeetingMinutes', status: string, version: number } };

export type AddNetworkDecisionMutationVariables = Exact<{
  input: DecisionInput;
}>;


export type AddNetworkDecisionMutation = { __typename?: 'Mutation', addNetworkDecision: { __typename?: 'NetworkDecision', id: string, meetingId?: string | null, label: string, decidedOn: string, text: string, responsible: string } };

export type AddActionItemMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  input: ActionItemInput;
}>;


export type AddActionItemMutation = { __typename?: 'Mutation', addActionItem: { __typename?: 'ActionItem', id: string, meetingId?: string | null, title: string, ownerName: string, ownerUserId?: string | null, dueDate?: string | null, status: string, doneAt?: any | null, version: number, canUpdate: boolean } };

export type UpdateNetworkDecisionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: DecisionInput;
}>;


export type UpdateNetworkDecisionMutation = { __typename?: 'Mutation', updateNetworkDecision: { __typename?: 'NetworkDecision', id: string, meetingId?: string | null, label: string, decidedOn: string, text: string, responsible: string } };

export type UpdateActionItemMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: ActionItemInput;
}>;


export type UpdateActionItemMutation = { __typename?: 'Mutation', updateActionItem: { __typename?: 'ActionItem', id: string, meetingId?: string | null, title: string, ownerName: string, ownerUserId?: string | null, dueDate?: string | null, status: string, doneAt?: any | null, version: number, canUpdate: boolean } };

export type SetActionItemStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  status: Scalars['String']['input'];
}>;


export type SetActionItemStatusMutation = { __typename?: 'Mutation', setActionItemStatus: { __typename?: 'ActionItem', id: string, meetingId?: string | null, title: string, ownerName: string, ownerUserId?: string | null, dueDate?: string | null, status: string, doneAt?: any | null, version: number, canUpdate: boolean } };

export type CalendarSubscriptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarSubscriptionsQuery = { __typename?: 'Query', calendarSubscriptions: Array<{ __typename?: 'CalendarSubscription', id: string, createdAt: any, network?: { __typename?: 'NetworkRef', id: string, name: string } | null }> };

export type CreateCalendarSubscriptionMutationVariables = Exact<{
  networkId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CreateCalendarSubscriptionMutation = { __typename?: 'Mutation', createCalendarSubscription: { __typename?: 'NewCalendarSubscription', path: string, subscription: { __typename?: 'CalendarSubscription', id: string, createdAt: any, network?: { __typename?: 'NetworkRef', id: string, name: string } | null } } };

export type RevokeCalendarSubscriptionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeCalendarSubscriptionMutation = { __typename?: 'Mutation', revokeCalendarSubscription: boolean };

export type NetworksQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworksQuery = { __typename?: 'Query', networks: Array<{ __typename?: 'Network', id: string, name: string, purpose: string, level: string, kind: string, admission: string, myStatus?: string | null, myRole?: string | null, canManage: boolean, memberCount: number, hostOrganization: { __typename?: 'Organization', slug: string, name: string }, parent?: { __typename?: 'NetworkRef', id: string, name: string } | null }> };

export type NetworkMemberFieldsFragment = { __typename?: 'NetworkMember', id: string, userId: string, displayName: string, email?: string | null, role: string, status: string, createdAt: any, organization?: { __typename?: 'Organization', slug: string, name: string } | null };

export type NetworkFormFieldsFragment = { __typename?: 'Network', id: string, name: string, purpose: string, level: string, kind: string, admission: string, version: number, canManage: boolean, parent?: { __typename?: 'NetworkRef', id: string, name: string } | null };

export type NetworkPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NetworkPageQuery = { __typename?: 'Query', network: { __typename?: 'Network', isDemo: boolean, myRole?: string | null, myStatus?: string | null, canPlan: boolean, memberCount: number, id: string, name: string, purpose: string, level: string, kind: string, admission: string, version: number, canManage: boolean, hostOrganization: { __typename?: 'Organization', slug: string, name: string }, members: Array<{ __typename?: 'NetworkMember', id: string, userId: string, displayName: string, email?: string | null, role: string, status: string, createdAt: any, organization?: { __typename?: 'Organization', slug: string, name: string } | null }>, pendingMembers: Array<{ __typename?: 'NetworkMember', id: string, userId: string, displayName: string, email?: string | null, role: string, status: string, createdAt: any, organization?: { __typename?: 'Organization', slug: string, name: string } | null }>, shared: Array<{ __typename?: 'SharedRecord', kind: string, id: string, title: string, sharedAt: any, organization: { __typename?: 'Organization', slug: string, name: string } }>, parent?: { __typename?: 'NetworkRef', id: string, name: string } | null } };

export type NetworkEventsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NetworkEventsQuery = { __typename?: 'Query', network: { __typename?: 'Network', id: string, events: Array<{ __typename?: 'NetworkEvent', id: string, action: string, actorName: string, subject: string, createdAt: any }> } };

export type NetworkForEditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NetworkForEditQuery = { __typename?: 'Query', network: { __typename?: 'Network', id: string, name: string, purpose: string, level: string, kind: string, admission: string, version: number, canManage: boolean, parent?: { __typename?: 'NetworkRef', id: string, name: string } | null } };

export type CreateNetworkMutationVariables = Exact<{
  input: NetworkInput;
}>;


export type CreateNetworkMutation = { __typename?: 'Mutation', createNetwork: { __typename?: 'Network', id: string } };

export type UpdateNetworkMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: NetworkInput;
}>;


export type UpdateNetworkMutation = { __typename?: 'Mutation', updateNetwork: { __typename?: 'Network', id: string, name: string, purpose: string, level: string, kind: string, admission: string, version: number, canManage: boolean, parent?: { __typename?: 'NetworkRef', id: string, name: string } | null } };

export type InviteNetworkMemberMutationVariables = Exact<{
  input: InviteNetworkMemberInput;
}>;


export type InviteNetworkMemberMutation = { __typename?: 'Mutation', inviteNetworkMember: { __typename?: 'NetworkMember', id: string, userId: string, displayName: string, email?: string | null, role: string, status: string, createdAt: any, organization?: { __typename?: 'Organization', slug: string, name: string } | null } };

export type RespondToNetworkInvitationMutationVariables = Exact<{
  networkId: Scalars['ID']['input'];
  accept: Scalars['Boolean']['input'];
}>;


export type RespondToNetworkInvitationMutation = { __typename?: 'Mutation', respondToNetworkInvitation: { __typename?: 'Network', id: string, myStatus?: string | null, myRole?: string | null } };

export type RequestToJoinNetworkMutationVariables = Exact<{
  networkId: Scalars['ID']['input'];
}>;


export type RequestToJoinNetworkMutation = { __typename?: 'Mutation', requestToJoinNetwork: { __typename?: 'Network', id: string, myStatus?: string | null } };

export type DecideNetworkRequestMutationVariables = Exact<{
  memberId: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
}>;


export type DecideNetworkRequestMutation = { __typename?: 'Mutation', decideNetworkRequest: { __typename?: 'Network', id: string, memberCount: number } };

export type ChangeNetworkMemberRoleMutationVariables = Exact<{
  memberId: Scalars['ID']['input'];
  role: Scalars['String']['input'];
}>;


export type ChangeNetworkMemberRoleMutation = { __typename?: 'Mutation', changeNetworkMemberRole: { __typename?: 'NetworkMember', id: string, userId: string, displayName: string, email?: string | null, role: string, status: string, createdAt: any, organization?: { __typename?: 'Organization', slug: string, name: string } | null } };

export type RemoveNetworkMemberMutationVariables = Exact<{
  memberId: Scalars['ID']['input'];
}>;


export type RemoveNetworkMemberMutation = { __typename?: 'Mutation', removeNetworkMember: { __typename?: 'Network', id: string, memberCount: number } };

export type LeaveNetworkMutationVariables = Exact<{
  networkId: Scalars['ID']['input'];
}>;


export type LeaveNetworkMutation = { __typename?: 'Mutation', leaveNetwork: { __typename?: 'Network', id: string, myStatus?: string | null, myRole?: string | null } };

export type InitiativeSharingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InitiativeSharingQuery = { __typename?: 'Query', initiative: { __typename?: 'Initiative', id: string, visibility: Visibility, canEdit: boolean, archived: boolean, sharedWithNetworks: Array<{ __typename?: 'NetworkRef', id: string, name: string }> } };

export type MethodSharingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MethodSharingQuery = { __typename?: 'Query', method: { __typename?: 'Method', id: string, visibility: Visibility, canEdit: boolean, archived: boolean, sharedWithNetworks: Array<{ __typename?: 'NetworkRef', id: string, name: string }> } };

export type MaterialSharingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MaterialSharingQuery = { __typename?: 'Query', material: { __typename?: 'Material', id: string, visibility: Visibility, canEdit: boolean, archived: boolean, sharedWithNetworks: Array<{ __typename?: 'NetworkRef', id: string, name: string }> } };

export type ShareWithNetworkMutationVariables = Exact<{
  input: NetworkShareInput;
}>;


export type ShareWithNetworkMutation = { __typename?: 'Mutation', shareWithNetwork: Array<{ __typename?: 'NetworkRef', id: string, name: string }> };

export type UnshareFromNetworkMutationVariables = Exact<{
  input: NetworkShareInput;
}>;


export type UnshareFromNetworkMutation = { __typename?: 'Mutation', unshareFromNetwork: Array<{ __typename?: 'NetworkRef', id: string, name: string }> };

export type OrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationsQuery = { __typename?: 'Query', organizations: Array<{ __typename?: 'Organization', id: string, slug: string, name: string, kind: OrganizationKind, municipalityCode: string }> };

export type OverlapReasonFieldsFragment = { __typename?: 'OverlapReason', code: string, values: Array<string>, months?: number | null };

export type OverlapDecisionFieldsFragment = { __typename?: 'OverlapDecision', decision: OverlapDecisionKind, note: string, decidedByName: string, decidedAt: any, linked: boolean };

export type OverlapCandidateFieldsFragment = { __typename?: 'OverlapCandidate', score: number, band: OverlapBand, reasons: Array<{ __typename?: 'OverlapReason', code: string, values: Array<string>, months?: number | null }>, decision?: { __typename?: 'OverlapDecision', decision: OverlapDecisionKind, note: string, decidedByName: string, decidedAt: any, linked: boolean } | null, initiative: { __typename?: 'Initiative', id: string, title: string, status: string, kind: string, startDate?: string | null, endDate?: string | null, organization: { __typename?: 'Organization', slug: string, name: string } } };

export type InitiativeOverlapsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InitiativeOverlapsQuery = { __typename?: 'Query', initiativeOverlaps: Array<{ __typename?: 'OverlapCandidate', score: number, band: OverlapBand, reasons: Array<{ __typename?: 'OverlapReason', code: string, values: Array<string>, months?: number | null }>, decision?: { __typename?: 'OverlapDecision', decision: OverlapDecisionKind, note: string, decidedByName: string, decidedAt: any, linked: boolean } | null, initiative: { __typename?: 'Initiative', id: string, title: string, status: string, kind: string, startDate?: string | null, endDate?: string | null, organization: { __typename?: 'Organization', slug: string, name: string } } }>, initiativeOverlapDecisions: Array<{ __typename?: 'OverlapDecisionEntry', other: { __typename?: 'Initiative', id: string, title: string, organization: { __typename?: 'Organization', slug: string, name: string } }, decision: { __typename?: 'OverlapDecision', decision: OverlapDecisionKind, note: string, decidedByName: string, decidedAt: any, linked: boolean } }> };

export type SimilarInitiativesQueryVariables = Exact<{
  draft: OverlapDraftInput;
}>;


export type SimilarInitiativesQuery = { __typename?: 'Query', similarInitiatives: Array<{ __typename?: 'OverlapCandidate', score: number, band: OverlapBand, reasons: Array<{ __typename?: 'OverlapReason', code: string, values: Array<string>, months?: number | null }>, decision?: { __typename?: 'OverlapDecision', decision: OverlapDecisionKind, note: string, decidedByName: string, decidedAt: any, linked: boolean } | null, initiative: { __typename?: 'Initiative', id: string, title: string, status: string, kind: string, startDate?: string | null, endDate?: string | null, organization: { __typename?: 'Organization', slug: string, name: string } } }> };

export type OverlapPairSideFieldsFragment = { __typename?: 'Initiative', id: string, title: string, startDate?: string | null, endDate?: string | null, organization: { __typename?: 'Organization', slug: string, name: string } };

export type OverlapPairsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  theme?: InputMaybe<Scalars['String']['input']>;
  organization?: InputMaybe<Scalars['String']['input']>;
  band?: InputMaybe<OverlapBand>;
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  toYear?: InputMaybe<Scalars['Int']['input']>;
  includeDecided: Scalars['Boolean']['input'];
}>;


export type OverlapPairsQuery = { __typename?: 'Query', overlapPairs: { __typename?: 'OverlapPairPage', nextCursor?: string | null, pairs: Array<{ __typename?: 'OverlapPair', score: number, band: OverlapBand, reasons: Array<{ __typename?: 'OverlapReason', code: string, values: Array<string>, months?: number | null }>, decision?: { __typename?: 'OverlapDecision', decision: OverlapDecisionKind, note: string, decidedByName: string, decidedAt: any, linked: boolean } | null, a: { __typename?: 'Initiative', id: string, title: string, startDate?: string | null, endDate?: string | null, organization: { __typename?: 'Organization', slug: string, name: string } }, b: { __typename?: 'Initiative', id: string, title: string, startDate?: string | null, endDate?: string | null, organization: { __typename?: 'Organization', slug: string, name: string } } }> } };

export type DecideOverlapMutationVariables = Exact<{
  input: OverlapDecisionInput;
}>;


export type DecideOverlapMutation = { __typename?: 'Mutation', decideOverlap: { __typename?: 'OverlapDecision', decision: OverlapDecisionKind, note: string, decidedByName: string, decidedAt: any, linked: boolean } };

export type ReopenOverlapMutationVariables = Exact<{
  initiativeId: Scalars['ID']['input'];
  otherInitiativeId: Scalars['ID']['input'];
}>;


export type ReopenOverlapMutation = { __typename?: 'Mutation', reopenOverlap: boolean };

export type RegionOverviewQueryVariables = Exact<{
  filter?: InputMaybe<RegionOverviewFilter>;
}>;


export type RegionOverviewQuery = { __typename?: 'Query', regionOverview: { __typename?: 'RegionOverview', initiativeCount: number, runningCount: number, followUps: { __typename?: 'RegionFollowUpFigures', endedCount: number, endedWithFollowUpCount: number, dueCount: number, dueRecordedCount: number }, fundingByFunderType: Array<{ __typename?: 'RegionFunding', funderType: string, amountSek: number, initiativeCount: number }>, fundingByYear: Array<{ __typename?: 'RegionFundingYear', year: number, funderType: string, amountSek: number }>, themes: Array<{ __typename?: 'RegionThemeFigures', theme: string, initiativeCount: number, amountSek: number }>, organizations: Array<{ __typename?: 'RegionOrganizationFigures', slug: string, name: string, kind: string, municipalityCode: string, initiativeCount: number, ownedCount: number, participants: { __typename?: 'RegionGenderCounts', women: { __typename?: 'ParticipantCount', value?: number | null, display: string }, men: { __typename?: 'ParticipantCount', value?: number | null, display: string }, otherOrUnknown: { __typename?: 'ParticipantCount', value?: number | null, display: string }, total: { __typename?: 'ParticipantCount', value?: number | null, display: string } } }>, themeCoverage: Array<{ __typename?: 'RegionCoverageCell', term: string, organization: string, count: number }>, targetGroupCoverage: Array<{ __typename?: 'RegionCoverageCell', term: string, organization: string, count: number }>, participants: { __typename?: 'RegionGenderCounts', women: { __typename?: 'ParticipantCount', value?: number | null, display: string }, men: { __typename?: 'ParticipantCount', value?: number | null, display: string }, otherOrUnknown: { __typename?: 'ParticipantCount', value?: number | null, display: string }, total: { __typename?: 'ParticipantCount', value?: number | null, display: string } }, afterLife: Array<{ __typename?: 'RegionAfterLifeCount', group: string, status: string, count: number }>, afterLifeByFunderType: Array<{ __typename?: 'RegionAfterLifeCount', group: string, status: string, count: number }>, afterLifeByKind: Array<{ __typename?: 'RegionAfterLifeCount', group: string, status: string, count: number }> } };

export type RegionGenderCountsFieldsFragment = { __typename?: 'RegionGenderCounts', women: { __typename?: 'ParticipantCount', value?: number | null, display: string }, men: { __typename?: 'ParticipantCount', value?: number | null, display: string }, otherOrUnknown: { __typename?: 'ParticipantCount', value?: number | null, display: string }, total: { __typename?: 'ParticipantCount', value?: number | null, display: string } };

export type ChangeValueFieldsFragment = { __typename?: 'ChangeValue', kind: string, text?: string | null, list?: string | null, codes?: Array<string> | null, entries?: Array<{ __typename?: 'ChangeEntry', message: string, params: Array<{ __typename?: 'ChangeParam', name: string, text?: string | null, list?: string | null, code?: string | null, number?: number | null }> }> | null };

export const InitiativeFormFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InitiativeFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundingLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funderType"}},{"kind":"Field","name":{"kind":"Name","value":"funderName"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"programmeArea"}},{"kind":"Field","name":{"kind":"Name","value":"amountSek"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"occupations"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"methodRefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"horizontalPrinciples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"genderEquality"}},{"kind":"Field","name":{"kind":"Name","value":"nonDiscrimination"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"women"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"men"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherOrUnknown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toStudies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearned"}},{"kind":"Field","name":{"kind":"Name","value":"implementationOwner"}},{"kind":"Field","name":{"kind":"Name","value":"implementationPlan"}}]}}]} as unknown as DocumentNode<InitiativeFormFieldsFragment, unknown>;
export const MaterialListFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adaptations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MaterialListFieldsFragment, unknown>;
export const MaterialFileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"scanStatus"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"previewable"}},{"kind":"Field","name":{"kind":"Name","value":"canRescan"}}]}}]} as unknown as DocumentNode<MaterialFileFieldsFragment, unknown>;
export const MaterialVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"scanStatus"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"previewable"}},{"kind":"Field","name":{"kind":"Name","value":"canRescan"}}]}}]} as unknown as DocumentNode<MaterialVersionFieldsFragment, unknown>;
export const MaterialFormFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleName"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleEmail"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCycleMonths"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"scanStatus"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"previewable"}},{"kind":"Field","name":{"kind":"Name","value":"canRescan"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialFileFields"}}]}}]}}]} as unknown as DocumentNode<MaterialFormFieldsFragment, unknown>;
export const MethodFormFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Method"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"training"}},{"kind":"Field","name":{"kind":"Name","value":"certification"}},{"kind":"Field","name":{"kind":"Name","value":"staffing"}},{"kind":"Field","name":{"kind":"Name","value":"indicativeCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]} as unknown as DocumentNode<MethodFormFieldsFragment, unknown>;
export const MeetingListFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MeetingListFieldsFragment, unknown>;
export const ActionItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}}]}}]} as unknown as DocumentNode<ActionItemFieldsFragment, unknown>;
export const DecisionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}}]}}]} as unknown as DocumentNode<DecisionFieldsFragment, unknown>;
export const NetworkMemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NetworkMemberFieldsFragment, unknown>;
export const NetworkFormFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"admission"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NetworkFormFieldsFragment, unknown>;
export const OverlapReasonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverlapReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverlapReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"months"}}]}}]} as unknown as DocumentNode<OverlapReasonFieldsFragment, unknown>;
export const OverlapDecisionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverlapDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverlapDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linked"}}]}}]} as unknown as DocumentNode<OverlapDecisionFieldsFragment, unknown>;
export const OverlapCandidateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverlapCandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverlapCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverlapReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverlapDecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverlapReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverlapReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"months"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverlapDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverlapDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linked"}}]}}]} as unknown as DocumentNode<OverlapCandidateFieldsFragment, unknown>;
export const OverlapPairSideFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverlapPairSideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OverlapPairSideFieldsFragment, unknown>;
export const RegionGenderCountsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionGenderCountsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionGenderCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"women"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"men"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherOrUnknown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}}]} as unknown as DocumentNode<RegionGenderCountsFieldsFragment, unknown>;
export const ChangeValueFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeValueFieldsFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"administeredOrganizations"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const InitiativePageDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InitiativePageDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundingLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funderType"}},{"kind":"Field","name":{"kind":"Name","value":"funderName"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"programmeArea"}},{"kind":"Field","name":{"kind":"Name","value":"amountSek"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalFundingSek"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"occupations"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"methodRefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"horizontalPrinciples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"genderEquality"}},{"kind":"Field","name":{"kind":"Name","value":"nonDiscrimination"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"women"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"men"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherOrUnknown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toStudies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearned"}},{"kind":"Field","name":{"kind":"Name","value":"implementationOwner"}},{"kind":"Field","name":{"kind":"Name","value":"implementationPlan"}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"canRemove"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pearlString"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predecessors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestone"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"livesOn"}},{"kind":"Field","name":{"kind":"Name","value":"ownerNow"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]} as unknown as DocumentNode<InitiativePageDetailQuery, InitiativePageDetailQueryVariables>;
export const InitiativePageHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InitiativePageHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiativeHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeValueFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<InitiativePageHistoryQuery, InitiativePageHistoryQueryVariables>;
export const RemoveInitiativeRelationFromPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveInitiativeRelationFromPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeInitiativeRelation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveInitiativeRelationFromPageMutation, RemoveInitiativeRelationFromPageMutationVariables>;
export const InitiativeMethodChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InitiativeMethodChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"methods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"NAME"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InitiativeMethodChoicesQuery, InitiativeMethodChoicesQueryVariables>;
export const LinkInitiativeMethodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkInitiativeMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"methodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkInitiativeMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"initiativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"methodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"methodId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"methodRefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LinkInitiativeMethodMutation, LinkInitiativeMethodMutationVariables>;
export const UnlinkInitiativeMethodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkInitiativeMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"methodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkInitiativeMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"initiativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"methodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"methodId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"methodRefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UnlinkInitiativeMethodMutation, UnlinkInitiativeMethodMutationVariables>;
export const MyFollowUpsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyFollowUpsList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myFollowUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestone"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"canRecord"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<MyFollowUpsListQuery, MyFollowUpsListQueryVariables>;
export const RecordFollowUpFromListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFollowUpFromList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<RecordFollowUpFromListMutation, RecordFollowUpFromListMutationVariables>;
export const RegionOverdueFollowUpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionOverdueFollowUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueFollowUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestone"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionOverdueFollowUpsQuery, RegionOverdueFollowUpsQueryVariables>;
export const InitiativeForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InitiativeForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InitiativeFormFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InitiativeFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundingLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funderType"}},{"kind":"Field","name":{"kind":"Name","value":"funderName"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"programmeArea"}},{"kind":"Field","name":{"kind":"Name","value":"amountSek"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"occupations"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"methodRefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"horizontalPrinciples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"genderEquality"}},{"kind":"Field","name":{"kind":"Name","value":"nonDiscrimination"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"women"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"men"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherOrUnknown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toStudies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearned"}},{"kind":"Field","name":{"kind":"Name","value":"implementationOwner"}},{"kind":"Field","name":{"kind":"Name","value":"implementationPlan"}}]}}]} as unknown as DocumentNode<InitiativeForEditQuery, InitiativeForEditQueryVariables>;
export const InitiativeFormRelationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InitiativeFormRelations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"canRemove"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InitiativeFormRelationsQuery, InitiativeFormRelationsQueryVariables>;
export const InitiativeFormMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InitiativeFormMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"activeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<InitiativeFormMeQuery, InitiativeFormMeQueryVariables>;
export const InitiativeFormOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InitiativeFormOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InitiativeFormOrganizationsQuery, InitiativeFormOrganizationsQueryVariables>;
export const CreateInitiativeFromFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInitiativeFromForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InitiativeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInitiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateInitiativeFromFormMutation, CreateInitiativeFromFormMutationVariables>;
export const UpdateInitiativeFromFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInitiativeFromForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InitiativeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInitiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateInitiativeFromFormMutation, UpdateInitiativeFromFormMutationVariables>;
export const ArchiveInitiativeFromFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveInitiativeFromForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveInitiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InitiativeFormFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InitiativeFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundingLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funderType"}},{"kind":"Field","name":{"kind":"Name","value":"funderName"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"programmeArea"}},{"kind":"Field","name":{"kind":"Name","value":"amountSek"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"occupations"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"methodRefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"horizontalPrinciples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"genderEquality"}},{"kind":"Field","name":{"kind":"Name","value":"nonDiscrimination"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"women"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"men"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherOrUnknown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toStudies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearned"}},{"kind":"Field","name":{"kind":"Name","value":"implementationOwner"}},{"kind":"Field","name":{"kind":"Name","value":"implementationPlan"}}]}}]} as unknown as DocumentNode<ArchiveInitiativeFromFormMutation, ArchiveInitiativeFromFormMutationVariables>;
export const RestoreInitiativeFromFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreInitiativeFromForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreInitiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InitiativeFormFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InitiativeFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundingLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funderType"}},{"kind":"Field","name":{"kind":"Name","value":"funderName"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"programmeArea"}},{"kind":"Field","name":{"kind":"Name","value":"amountSek"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"occupations"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"methodRefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"horizontalPrinciples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"genderEquality"}},{"kind":"Field","name":{"kind":"Name","value":"nonDiscrimination"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"women"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"men"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherOrUnknown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toStudies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearned"}},{"kind":"Field","name":{"kind":"Name","value":"implementationOwner"}},{"kind":"Field","name":{"kind":"Name","value":"implementationPlan"}}]}}]} as unknown as DocumentNode<RestoreInitiativeFromFormMutation, RestoreInitiativeFromFormMutationVariables>;
export const InitiativeRelationTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InitiativeRelationTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InitiativeRelationTargetsQuery, InitiativeRelationTargetsQueryVariables>;
export const AddInitiativeRelationFromFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddInitiativeRelationFromForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InitiativeRelationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInitiativeRelation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddInitiativeRelationFromFormMutation, AddInitiativeRelationFromFormMutationVariables>;
export const RemoveInitiativeRelationFromFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveInitiativeRelationFromForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeInitiativeRelation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveInitiativeRelationFromFormMutation, RemoveInitiativeRelationFromFormMutationVariables>;
export const RegisterInitiativesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterInitiatives"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InitiativeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InitiativeOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withFacets"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withFacets"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funderType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"totalFundingSek"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterInitiativesQuery, RegisterInitiativesQueryVariables>;
export const StopMailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopMail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopMail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}}]}}]}}]} as unknown as DocumentNode<StopMailMutation, StopMailMutationVariables>;
export const MaterialRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaterialRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withFacets"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"materials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withFacets"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasAdaptations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialListFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adaptations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MaterialRegisterQuery, MaterialRegisterQueryVariables>;
export const MaterialPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaterialPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"material"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialListFields"}},{"kind":"Field","name":{"kind":"Name","value":"isAdaptation"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleName"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleEmail"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCycleMonths"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialVersionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialVersionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adaptedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adaptations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"material"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"originalChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seenVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"original"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"newVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialVersionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"scanStatus"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"previewable"}},{"kind":"Field","name":{"kind":"Name","value":"canRescan"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adaptations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialFileFields"}}]}}]}}]} as unknown as DocumentNode<MaterialPageQuery, MaterialPageQueryVariables>;
export const MaterialPageHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaterialPageHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"materialHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeValueFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<MaterialPageHistoryQuery, MaterialPageHistoryQueryVariables>;
export const MaterialForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaterialForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"material"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialFormFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"scanStatus"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"previewable"}},{"kind":"Field","name":{"kind":"Name","value":"canRescan"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleName"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleEmail"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCycleMonths"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialVersionFields"}}]}}]}}]} as unknown as DocumentNode<MaterialForEditQuery, MaterialForEditQueryVariables>;
export const MaterialInitiativeChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaterialInitiativeChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"TITLE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MaterialInitiativeChoicesQuery, MaterialInitiativeChoicesQueryVariables>;
export const MaterialMethodChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaterialMethodChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"methods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"NAME"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MaterialMethodChoicesQuery, MaterialMethodChoicesQueryVariables>;
export const CreateMaterialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"files"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialVersionInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"files"},"value":{"kind":"Variable","name":{"kind":"Name","value":"files"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateMaterialMutation, CreateMaterialMutationVariables>;
export const UpdateMaterialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialFormFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"scanStatus"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"previewable"}},{"kind":"Field","name":{"kind":"Name","value":"canRescan"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleName"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleEmail"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCycleMonths"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialVersionFields"}}]}}]}}]} as unknown as DocumentNode<UpdateMaterialMutation, UpdateMaterialMutationVariables>;
export const PublishMaterialVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishMaterialVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishMaterialVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialFormFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"scanStatus"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"previewable"}},{"kind":"Field","name":{"kind":"Name","value":"canRescan"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleName"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleEmail"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCycleMonths"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialVersionFields"}}]}}]}}]} as unknown as DocumentNode<PublishMaterialVersionMutation, PublishMaterialVersionMutationVariables>;
export const ArchiveMaterialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialFormFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"scanStatus"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"previewable"}},{"kind":"Field","name":{"kind":"Name","value":"canRescan"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleName"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleEmail"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCycleMonths"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialVersionFields"}}]}}]}}]} as unknown as DocumentNode<ArchiveMaterialMutation, ArchiveMaterialMutationVariables>;
export const RestoreMaterialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialFormFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"scanStatus"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"previewable"}},{"kind":"Field","name":{"kind":"Name","value":"canRescan"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleName"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleEmail"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCycleMonths"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialVersionFields"}}]}}]}}]} as unknown as DocumentNode<RestoreMaterialMutation, RestoreMaterialMutationVariables>;
export const AdaptMaterialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdaptMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adaptMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdaptMaterialMutation, AdaptMaterialMutationVariables>;
export const MarkMaterialReviewedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkMaterialReviewed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markMaterialReviewed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}}]}}]}}]} as unknown as DocumentNode<MarkMaterialReviewedMutation, MarkMaterialReviewedMutationVariables>;
export const AcknowledgeMaterialOriginalChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeMaterialOriginalChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeMaterialOriginalChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeMaterialOriginalChangeMutation, AcknowledgeMaterialOriginalChangeMutationVariables>;
export const RescanMaterialFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescanMaterialFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescanMaterialFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"scanStatus"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"previewable"}},{"kind":"Field","name":{"kind":"Name","value":"canRescan"}}]}}]} as unknown as DocumentNode<RescanMaterialFileMutation, RescanMaterialFileMutationVariables>;
export const CreateMaterialFileLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMaterialFileLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"preview"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMaterialFileLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}}},{"kind":"Argument","name":{"kind":"Name","value":"preview"},"value":{"kind":"Variable","name":{"kind":"Name","value":"preview"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<CreateMaterialFileLinkMutation, CreateMaterialFileLinkMutationVariables>;
export const MaterialReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaterialReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"materialReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialListFields"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialListFields"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originalChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialListFields"}},{"kind":"Field","name":{"kind":"Name","value":"originalChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"seenVersion"}},{"kind":"Field","name":{"kind":"Name","value":"original"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adaptations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MaterialReviewsQuery, MaterialReviewsQueryVariables>;
export const InitiativeMaterialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InitiativeMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"material"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialListFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adaptations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<InitiativeMaterialQuery, InitiativeMaterialQueryVariables>;
export const NetworkMaterialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"material"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialListFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adaptations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkMaterialQuery, NetworkMaterialQueryVariables>;
export const MethodMaterialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MethodMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"material"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialListFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adaptations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MethodMaterialQuery, MethodMaterialQueryVariables>;
export const MethodPickerSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MethodPickerSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"methods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MethodPickerSearchQuery, MethodPickerSearchQueryVariables>;
export const MethodRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MethodRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MethodFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MethodOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withFacets"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"methods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withFacets"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidenceLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usingOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MethodRegisterQuery, MethodRegisterQueryVariables>;
export const MethodPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MethodPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"training"}},{"kind":"Field","name":{"kind":"Name","value":"certification"}},{"kind":"Field","name":{"kind":"Name","value":"staffing"}},{"kind":"Field","name":{"kind":"Name","value":"indicativeCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"usedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"afterLifeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationsUsing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiativeCount"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiativeCount"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toStudies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MethodPageQuery, MethodPageQueryVariables>;
export const MethodPageHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MethodPageHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"methodHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeValueFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<MethodPageHistoryQuery, MethodPageHistoryQueryVariables>;
export const MethodForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MethodForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodFormFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Method"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"training"}},{"kind":"Field","name":{"kind":"Name","value":"certification"}},{"kind":"Field","name":{"kind":"Name","value":"staffing"}},{"kind":"Field","name":{"kind":"Name","value":"indicativeCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]} as unknown as DocumentNode<MethodForEditQuery, MethodForEditQueryVariables>;
export const MethodChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MethodChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"methods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"NAME"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MethodChoicesQuery, MethodChoicesQueryVariables>;
export const CreateMethodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MethodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateMethodMutation, CreateMethodMutationVariables>;
export const UpdateMethodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MethodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodFormFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Method"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"training"}},{"kind":"Field","name":{"kind":"Name","value":"certification"}},{"kind":"Field","name":{"kind":"Name","value":"staffing"}},{"kind":"Field","name":{"kind":"Name","value":"indicativeCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]} as unknown as DocumentNode<UpdateMethodMutation, UpdateMethodMutationVariables>;
export const ArchiveMethodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodFormFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Method"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"training"}},{"kind":"Field","name":{"kind":"Name","value":"certification"}},{"kind":"Field","name":{"kind":"Name","value":"staffing"}},{"kind":"Field","name":{"kind":"Name","value":"indicativeCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]} as unknown as DocumentNode<ArchiveMethodMutation, ArchiveMethodMutationVariables>;
export const RestoreMethodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodFormFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Method"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"training"}},{"kind":"Field","name":{"kind":"Name","value":"certification"}},{"kind":"Field","name":{"kind":"Name","value":"staffing"}},{"kind":"Field","name":{"kind":"Name","value":"indicativeCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]} as unknown as DocumentNode<RestoreMethodMutation, RestoreMethodMutationVariables>;
export const OrganizationAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationAuditLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationAuditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<OrganizationAuditLogQuery, OrganizationAuditLogQueryVariables>;
export const OrganizationMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isOrganizationAdmin"}}]}}]}}]} as unknown as DocumentNode<OrganizationMembersQuery, OrganizationMembersQueryVariables>;
export const InviteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const RemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}]}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const SetOrganizationAdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOrganizationAdmin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"admin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrganizationAdmin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"admin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"admin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isOrganizationAdmin"}}]}}]}}]} as unknown as DocumentNode<SetOrganizationAdminMutation, SetOrganizationAdminMutationVariables>;
export const OrganizationInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByUsername"}}]}}]}}]} as unknown as DocumentNode<OrganizationInvitationsQuery, OrganizationInvitationsQueryVariables>;
export const WithdrawInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawInvitationMutation, WithdrawInvitationMutationVariables>;
export const MyInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByUsername"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyInvitationsQuery, MyInvitationsQueryVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const DeclineInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeclineInvitationMutation, DeclineInvitationMutationVariables>;
export const NetworkMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"canPlan"}},{"kind":"Field","name":{"kind":"Name","value":"upcomingMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingListFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pastMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingListFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingSeries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"firstDate"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"rrule"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openActionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}}]}}]} as unknown as DocumentNode<NetworkMeetingsQuery, NetworkMeetingsQueryVariables>;
export const MeetingPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detached"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canPlan"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"presenter"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carriedActionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}}]}}]} as unknown as DocumentNode<MeetingPageQuery, MeetingPageQueryVariables>;
export const MeetingMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingMembersQuery, MeetingMembersQueryVariables>;
export const MeetingIcsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingIcs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"icsFile"}}]}}]}}]} as unknown as DocumentNode<MeetingIcsQuery, MeetingIcsQueryVariables>;
export const CreateMeetingSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMeetingSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingSeriesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMeetingSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<CreateMeetingSeriesMutation, CreateMeetingSeriesMutationVariables>;
export const UpdateMeetingSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMeetingSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingSeriesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMeetingSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateMeetingSeriesMutation, UpdateMeetingSeriesMutationVariables>;
export const EndMeetingSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndMeetingSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endMeetingSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}}]}}]}}]} as unknown as DocumentNode<EndMeetingSeriesMutation, EndMeetingSeriesMutationVariables>;
export const CreateMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateMeetingMutation, CreateMeetingMutationVariables>;
export const UpdateMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateMeetingMutation, UpdateMeetingMutationVariables>;
export const CancelMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CancelMeetingMutation, CancelMeetingMutationVariables>;
export const SetMeetingAgendaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMeetingAgenda"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaItemInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMeetingAgenda"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"items"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetMeetingAgendaMutation, SetMeetingAgendaMutationVariables>;
export const HoldMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HoldMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attendees"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttendeeInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"attendees"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attendees"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<HoldMeetingMutation, HoldMeetingMutationVariables>;
export const SaveMeetingMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveMeetingMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveMeetingMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SaveMeetingMinutesMutation, SaveMeetingMinutesMutationVariables>;
export const PublishMeetingMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishMeetingMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishMeetingMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PublishMeetingMinutesMutation, PublishMeetingMinutesMutationVariables>;
export const AddNetworkDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddNetworkDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addNetworkDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}}]}}]} as unknown as DocumentNode<AddNetworkDecisionMutation, AddNetworkDecisionMutationVariables>;
export const AddActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}}]}}]} as unknown as DocumentNode<AddActionItemMutation, AddActionItemMutationVariables>;
export const UpdateNetworkDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNetworkDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNetworkDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}}]}}]} as unknown as DocumentNode<UpdateNetworkDecisionMutation, UpdateNetworkDecisionMutationVariables>;
export const UpdateActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}}]}}]} as unknown as DocumentNode<UpdateActionItemMutation, UpdateActionItemMutationVariables>;
export const SetActionItemStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetActionItemStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setActionItemStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}}]}}]} as unknown as DocumentNode<SetActionItemStatusMutation, SetActionItemStatusMutationVariables>;
export const CalendarSubscriptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarSubscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarSubscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CalendarSubscriptionsQuery, CalendarSubscriptionsQueryVariables>;
export const CreateCalendarSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCalendarSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCalendarSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateCalendarSubscriptionMutation, CreateCalendarSubscriptionMutationVariables>;
export const RevokeCalendarSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCalendarSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCalendarSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RevokeCalendarSubscriptionMutation, RevokeCalendarSubscriptionMutationVariables>;
export const NetworksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"admission"}},{"kind":"Field","name":{"kind":"Name","value":"myStatus"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"hostOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NetworksQuery, NetworksQueryVariables>;
export const NetworkPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkFormFields"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"myStatus"}},{"kind":"Field","name":{"kind":"Name","value":"canPlan"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"hostOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shared"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"admission"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NetworkPageQuery, NetworkPageQueryVariables>;
export const NetworkEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkEventsQuery, NetworkEventsQueryVariables>;
export const NetworkForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkFormFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"admission"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NetworkForEditQuery, NetworkForEditQueryVariables>;
export const CreateNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateNetworkMutation, CreateNetworkMutationVariables>;
export const UpdateNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkFormFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"admission"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateNetworkMutation, UpdateNetworkMutationVariables>;
export const InviteNetworkMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteNetworkMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteNetworkMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteNetworkMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InviteNetworkMemberMutation, InviteNetworkMemberMutationVariables>;
export const RespondToNetworkInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToNetworkInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accept"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToNetworkInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"accept"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accept"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"myStatus"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}}]}}]}}]} as unknown as DocumentNode<RespondToNetworkInvitationMutation, RespondToNetworkInvitationMutationVariables>;
export const RequestToJoinNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestToJoinNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestToJoinNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"myStatus"}}]}}]}}]} as unknown as DocumentNode<RequestToJoinNetworkMutation, RequestToJoinNetworkMutationVariables>;
export const DecideNetworkRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideNetworkRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideNetworkRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}}]} as unknown as DocumentNode<DecideNetworkRequestMutation, DecideNetworkRequestMutationVariables>;
export const ChangeNetworkMemberRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeNetworkMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeNetworkMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ChangeNetworkMemberRoleMutation, ChangeNetworkMemberRoleMutationVariables>;
export const RemoveNetworkMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveNetworkMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeNetworkMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}}]} as unknown as DocumentNode<RemoveNetworkMemberMutation, RemoveNetworkMemberMutationVariables>;
export const LeaveNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"myStatus"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}}]}}]}}]} as unknown as DocumentNode<LeaveNetworkMutation, LeaveNetworkMutationVariables>;
export const InitiativeSharingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InitiativeSharing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithNetworks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<InitiativeSharingQuery, InitiativeSharingQueryVariables>;
export const MethodSharingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MethodSharing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithNetworks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MethodSharingQuery, MethodSharingQueryVariables>;
export const MaterialSharingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaterialSharing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"material"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithNetworks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MaterialSharingQuery, MaterialSharingQueryVariables>;
export const ShareWithNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShareWithNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkShareInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareWithNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ShareWithNetworkMutation, ShareWithNetworkMutationVariables>;
export const UnshareFromNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnshareFromNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkShareInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unshareFromNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UnshareFromNetworkMutation, UnshareFromNetworkMutationVariables>;
export const OrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}}]}}]}}]} as unknown as DocumentNode<OrganizationsQuery, OrganizationsQueryVariables>;
export const InitiativeOverlapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InitiativeOverlaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiativeOverlaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverlapCandidateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiativeOverlapDecisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverlapDecisionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverlapReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverlapReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"months"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverlapDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverlapDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linked"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverlapCandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverlapCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverlapReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverlapDecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<InitiativeOverlapsQuery, InitiativeOverlapsQueryVariables>;
export const SimilarInitiativesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimilarInitiatives"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"draft"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OverlapDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similarInitiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"draft"},"value":{"kind":"Variable","name":{"kind":"Name","value":"draft"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverlapCandidateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverlapReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverlapReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"months"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverlapDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverlapDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linked"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverlapCandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverlapCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverlapReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverlapDecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SimilarInitiativesQuery, SimilarInitiativesQueryVariables>;
export const OverlapPairsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverlapPairs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"theme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organization"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"band"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OverlapBand"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDecided"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overlapPairs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"theme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theme"}}},{"kind":"Argument","name":{"kind":"Name","value":"organization"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organization"}}},{"kind":"Argument","name":{"kind":"Name","value":"band"},"value":{"kind":"Variable","name":{"kind":"Name","value":"band"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeDecided"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDecided"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}},{"kind":"Field","name":{"kind":"Name","value":"pairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverlapReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverlapDecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverlapPairSideFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverlapPairSideFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverlapReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverlapReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"months"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverlapDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverlapDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linked"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverlapPairSideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OverlapPairsQuery, OverlapPairsQueryVariables>;
export const DecideOverlapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideOverlap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OverlapDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideOverlap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverlapDecisionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverlapDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverlapDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linked"}}]}}]} as unknown as DocumentNode<DecideOverlapMutation, DecideOverlapMutationVariables>;
export const ReopenOverlapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenOverlap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"otherInitiativeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenOverlap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"initiativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"otherInitiativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"otherInitiativeId"}}}]}]}}]} as unknown as DocumentNode<ReopenOverlapMutation, ReopenOverlapMutationVariables>;
export const RegionOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionOverviewFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiativeCount"}},{"kind":"Field","name":{"kind":"Name","value":"runningCount"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endedCount"}},{"kind":"Field","name":{"kind":"Name","value":"endedWithFollowUpCount"}},{"kind":"Field","name":{"kind":"Name","value":"dueCount"}},{"kind":"Field","name":{"kind":"Name","value":"dueRecordedCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundingByFunderType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funderType"}},{"kind":"Field","name":{"kind":"Name","value":"amountSek"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundingByYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"funderType"}},{"kind":"Field","name":{"kind":"Name","value":"amountSek"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeCount"}},{"kind":"Field","name":{"kind":"Name","value":"amountSek"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeCount"}},{"kind":"Field","name":{"kind":"Name","value":"ownedCount"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionGenderCountsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"themeCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroupCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionGenderCountsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"afterLife"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"afterLifeByFunderType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"afterLifeByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionGenderCountsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionGenderCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"women"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"men"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherOrUnknown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}}]} as unknown as DocumentNode<RegionOverviewQuery, RegionOverviewQueryVariables>;