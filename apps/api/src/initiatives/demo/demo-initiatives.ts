import type {
  AfterLifeStatusCode,
  FollowUpMilestoneCode,
  FunderTypeCode,
  FundingStatusCode,
  InitiativeVisibilityCode,
  LifecycleStatusCode,
  PartnerRoleCode,
  ProjectKindCode,
  RelationKindCode,
  TargetGroupCode,
  ThemeCode,
} from '@portal/shared-domain';
import type { InitiativeInput } from '../initiative.inputs.js';
import type { InitiativeVisibility } from '../initiative.model.js';

/**
 * Demo content for the initiative register, loaded on first start (PORTAL_DEMO_DATA=on).
 *
 * Built from the facts in the Connect reports (shared/seeds): where a report gives a date, an
 * amount, a registry number or a count, it is used as given; everything else (most dates outside
 * Linköping, the follow-ups, the relations marked as demo) is illustration, and each description
 * says so. Amounts, registry numbers and contact people the reports do not give are left empty
 * rather than made up, so nothing official-looking is invented.
 *
 * Only types are imported (no decorated classes), so the list can be checked by a unit test.
 */

export interface DemoRelation {
  readonly kind: RelationKindCode;
  /** Demo key of the initiative at the other end; it must be readable by the owner of this one. */
  readonly to: string;
  readonly note: string;
}

export interface DemoFollowUp {
  readonly milestone: FollowUpMilestoneCode;
  readonly status: AfterLifeStatusCode;
  readonly livesOn: string;
  readonly ownerNow: string;
}

export interface DemoInitiative {
  /** Stable key, used by relations and tests; not stored. */
  readonly key: string;
  /** Slug of the owning organisation (REGION_ORGANIZATIONS). */
  readonly owner: string;
  readonly input: InitiativeInput;
  readonly relations: readonly DemoRelation[];
  /** Recorded follow-ups; the three due dates themselves come from the end date. */
  readonly followUps: readonly DemoFollowUp[];
}

interface DemoFields {
  title: string;
  summary: string;
  description: string;
  visibility: InitiativeVisibilityCode;
  kind: ProjectKindCode;
  status: LifecycleStatusCode;
  startDate?: string;
  endDate?: string;
  partners?: Array<{ role: PartnerRoleCode; organization?: string; name?: string }>;
  fundingLines?: Array<{ funderType: FunderTypeCode; funderName?: string; registryNumber?: string; programmeArea?: string; amountSek?: number; status: FundingStatusCode }>;
  themes: ThemeCode[];
  targetGroups: TargetGroupCode[];
  occupations?: string[];
  methods?: string[];
  genderEquality?: string;
  nonDiscrimination?: string;
  accessibility?: string;
  participants?: Array<{ period: string; women: number; men: number; otherOrUnknown?: number; toWork?: number; toStudies?: number; otherOutcome?: number }>;
  results?: string;
  lessonsLearned?: string;
  implementationOwner?: string;
  implementationPlan?: string;
}

/** The full GraphQL input with the form's defaults, so every demo row goes through the same validation. */
function input(fields: DemoFields): InitiativeInput {
  return {
    title: fields.title,
    summary: fields.summary,
    description: fields.description,
    // The GraphQL enum's values are these codes (see INITIATIVE_VISIBILITIES).
    visibility: fields.visibility as InitiativeVisibility,
    kind: fields.kind,
    status: fields.status,
    startDate: fields.startDate ?? null,
    endDate: fields.endDate ?? null,
    contactPerson: null,
    projectLeader: null,
    partners: (fields.partners ?? []).map((p) => ({ role: p.role, organization: p.organization ?? null, name: p.name ?? null })),
    fundingLines: (fields.fundingLines ?? []).map((f) => ({
      funderType: f.funderType,
      funderName: f.funderName ?? null,
      registryNumber: f.registryNumber ?? null,
      programmeArea: f.programmeArea ?? null,
      amountSek: f.amountSek ?? null,
      status: f.status,
    })),
    themes: fields.themes,
    targetGroups: fields.targetGroups,
    occupations: fields.occupations ?? [],
    methods: fields.methods ?? [],
    genderEquality: fields.genderEquality ?? '',
    nonDiscrimination: fields.nonDiscrimination ?? '',
    accessibility: fields.accessibility ?? '',
    participants: (fields.participants ?? []).map((p) => ({
      period: p.period,
      women: p.women,
      men: p.men,
      otherOrUnknown: p.otherOrUnknown ?? 0,
      toWork: p.toWork ?? 0,
      toStudies: p.toStudies ?? 0,
      otherOutcome: p.otherOutcome ?? 0,
    })),
    results: fields.results ?? '',
    lessonsLearned: fields.lessonsLearned ?? '',
    implementationOwner: fields.implementationOwner ?? '',
    implementationPlan: fields.implementationPlan ?? '',
  };
}

const FROM_REPORTS = '*Demoinnehåll.* Uppgifterna bygger på Connect-rapporterna och kommunens underlag; texterna är sammanfattade för att visa registret.';
/** For initiatives the report names: only what the report says is fact. */
const NAMED_IN_REPORT =
  '*Demoinnehåll.* Insatsen nämns i Connect-förstudiernas slutrapport; datum, parter och uppföljningar här är påhittade för att visa hur en insats registreras och följs upp.';
/** For made-up initiatives that show a method from the report in another municipality. */
const INVENTED =
  '*Demoinnehåll.* En påhittad insats som visar hur en metod ur Connect-förstudiernas slutrapport kan registreras; kommun, datum, parter, finansiering, deltagare och resultat är inte verkliga.';

/** The other Connect municipalities and the region; Söderköping and Åtvidaberg stood outside but were invited. */
const CONNECT_PARTNERS: NonNullable<DemoFields['partners']> = [
  ...['boxholm', 'finspang', 'kinda', 'mjolby', 'motala', 'norrkoping', 'vadstena', 'valdemarsvik', 'ydre', 'odeshog', 'tranas'].map((slug) => ({
    role: 'partner' as const,
    organization: slug,
  })),
  { role: 'partner', organization: 'region-ostergotland' },
  { role: 'other', organization: 'soderkoping' },
  { role: 'other', organization: 'atvidaberg' },
];

const CONNECT_PARTICIPATION =
  'Vid ansökan var 11 kommuner i Östergötland och Tranås med; därefter anslöt Boxholm. Söderköping och Åtvidaberg stod utanför men bjöds in till alla moment och deltog utifrån sina egna förutsättningar. ESF beviljade tillsammans 800 000 kr för Connect 1 och Connect 2 (fördelningen mellan förstudierna anges inte i underlaget). Förstudierna krävde ingen medfinansiering.';

const CONNECT_HORIZONTAL = {
  genderEquality:
    'Jämställdhet, likabehandling och tillgänglighet integrerades i förstudierna. Problemformuleringen gäller potentiella medarbetare "oavsett kön och bakgrund"; förstudien pekar på risken att jämställdhetsmål blir symboliska när insatser är kortsiktiga.',
  nonDiscrimination:
    'Förstudien vill ändra synen på målgruppen – från individer med hjälpbehov till resurser i kompetensförsörjningen – och föreslår återkommande utbildning och diskussion i personalgrupper utifrån faktiska skillnader.',
  accessibility:
    'Förspår och utbildning på modersmål lyfts som sätt att göra insatserna tillgängliga och motverka att bara de med bäst chanser får delta (creaming).',
};

export const DEMO_INITIATIVES: readonly DemoInitiative[] = [
  {
    key: 'linkoping-arbetsmodell-idrott-service',
    owner: 'linkoping',
    input: input({
      title: 'Arbetsmarknadsinriktade insatser i samarbete med Idrott & Service (Leanlink)',
      summary:
        'En processtyrd arbetsmodell där varje deltagare bygger ett eget CV i stället för en handlingsplan och en gemensam handledarservice stöttar individ och arbetsgivare. Start med 40 deltagare juni–december 2018.',
      description: `${FROM_REPORTS}

Avdelningen för Arbetsmarknad och integration har tillsammans med Idrott & Service (Leanlink) tagit fram en systematik för att leda individer genom arbetsmarknadsinriktade aktiviteter utifrån individens behov, mot egen försörjning ("trappans" olika faser).

Modellen innebär två nya arbetssätt:

- **Individuellt CV** i stället för en traditionell handlingsplan: erfarenheter och färdigheter bekräftas genom aktiviteter och arbetsträning.
- **Handledarservice**: handledare på Idrott & Service och Jobb- och kunskapstorget samlas i en gemensam servicefunktion med språkombud, brobyggare och arbetsgivarkoordinatorer.

Deltagare: 15 anvisade från avdelningen för försörjningsinsatser (AFI) och 25 från Etableringsteamet (extratjänster), med jämn fördelning mellan kvinnor och män. Kostnaden, 530 000 kr, motsvarar två arbetsledartjänster på Idrott & Service och ryms inom budgetposten Arbetsmarknadsinsatser.`,
      visibility: 'public',
      kind: 'pilot',
      status: 'completed',
      startDate: '2018-06-01',
      endDate: '2018-12-31',
      partners: [
        { role: 'partner', name: 'Idrott & Service (Leanlink)' },
        { role: 'partner', name: 'Samordningsförbundet Centrala Östergötland (SCÖ)' },
        { role: 'partner', name: 'Arbetsförmedlingen' },
      ],
      fundingLines: [{ funderType: 'own-budget', funderName: 'Bildningsnämnden, budgetposten Arbetsmarknadsinsatser', amountSek: 530_000, status: 'granted' }],
      themes: ['labour-market-establishment', 'economic-vulnerability', 'supervision', 'employment-service-cooperation'],
      targetGroups: ['social-assistance', 'newly-arrived', 'outside-labour-market'],
      methods: ['Individuellt CV i stället för handlingsplan', 'Handledarservice med språkombud, brobyggare och arbetsgivarkoordinatorer', 'Arbetsträning på riktiga arbetsplatser', 'Extratjänster'],
      genderEquality: 'Deltagarna är alla som har behov av stöd, oavsett ålder, kön, etniskt ursprung eller socioekonomisk bakgrund. Båda deltagargrupperna planerades med jämn fördelning mellan kvinnor och män.',
      participants: [{ period: '2018', women: 20, men: 20 }],
      results:
        'Arbetsmodellen styrdes med kommunens projektstyrningsmodell (riskanalys, intressentanalys och utvärdering), med muntliga avstämningar i nämnden i september 2018 och en skriftlig utvärdering i december 2018.',
      lessonsLearned:
        'Nära kontakt mellan handledarna och alla funktioner under hela processen ger en mer sömlös övergång mellan insatser och motverkar ofrivillig väntan och bristfälliga överlämningar. Arbetsgivarna får snabbt stöd när de behöver det.',
      implementationOwner: 'Avdelningen för Arbetsmarknad och integration, Linköpings kommun',
      implementationPlan: 'Modellen förankrades med AFI, Idrott & Service, Omsorgskontoret och SCÖ och presenterades i arbetsmarknadsutskottet, med avsikten att den tas i bruk i ordinarie verksamhet.',
    }),
    relations: [],
    followUps: [
      { milestone: '6-months', status: 'implemented', livesOn: 'Demouppföljning: handledarservicen och de individuella CV:na används vidare i ordinarie verksamhet.', ownerNow: 'Arbetsmarknad och integration, Linköpings kommun' },
      { milestone: '1-year', status: 'implemented', livesOn: 'Demouppföljning: arbetsmodellen är en del av hur kommunens arbetsmarknadsplatser fylls.', ownerNow: 'Arbetsmarknad och integration, Linköpings kommun' },
      { milestone: '2-years', status: 'spread', livesOn: 'Demouppföljning: erfarenheterna fördes in i Connect-förstudierna och delades med länets kommuner.', ownerNow: 'Arbetsmarknad och integration, Linköpings kommun' },
    ],
  },
  {
    key: 'connect-1',
    owner: 'linkoping',
    input: input({
      title: 'Connect 1 – samverkan på riktigt',
      summary:
        'ESF-förstudie (programområde 1) om hur HR-avdelningar och arbetsmarknadsavdelningar kan samverka kring kompetensutveckling för befintliga tillsvidareanställda och intern rörlighet. Genomförd parallellt med Connect 2.',
      description: `${FROM_REPORTS}

Connect 1 och Connect 2 var två länsöverskridande förstudier med en gemensam projektplan, ägda av Linköpings kommun. Förstudierna bestod av omvärldsanalyser, mobilisering av samverkansaktörer och utveckling av projektidéer för ansökningar till ESF:s programperiod 2022–2027. Slutrapporterna lämnades till ESF 2021-11-30.

Gemensam problemformulering: *Hur säkrar vi framtida kompetensförsörjning i Östergötlands kommunala verksamheter och samtidigt möjliggör för potentiella medarbetare, oavsett kön och bakgrund, att få hållbara anställningar i våra verksamheter?*

Connect 1 riktade sig till befintliga tillsvidareanställda medarbetare: en översiktlig bild av kommunernas bristyrken och kompetensbehov och en kartläggning av metoder för kompetensutveckling.

${CONNECT_PARTICIPATION}`,
      visibility: 'public',
      kind: 'pre-study',
      status: 'completed',
      startDate: '2021-02-01',
      endDate: '2021-10-31',
      partners: CONNECT_PARTNERS,
      fundingLines: [{ funderType: 'esf-plus', funderName: 'Svenska ESF-rådet', programmeArea: 'PO1', status: 'granted' }],
      themes: ['competence-supply', 'staff-development', 'internal-mobility', 'horizontal-principles'],
      targetGroups: ['permanent-staff', 'managers-supervisors', 'unstable-position'],
      occupations: ['Undersköterska', 'Barnskötare', 'Lärare'],
      methods: ['Omvärldsbevakning', 'Kartläggning av bristyrken', 'Kartläggning av metoder för kompetensutveckling'],
      ...CONNECT_HORIZONTAL,
      results:
        'Det upplevs positivt att arbeta tillsammans över organisations- och kommungränser, och det finns flera gemensamma utmaningar regionalt. Ett informationsmaterial till alla kommunledningar togs fram om behovet av formaliserade beslut och tydliga uppdrag för samverkan. Projektidéer: ett regionalt projektkontor, en kedja för kompetensutveckling och kompetensförsörjning, tydliga karriärvägar, en regional strategi för de horisontella principerna, utvecklat handledarskap och validering.',
      lessonsLearned:
        'Insatser behöver haka i varandra, med strukturer, resurser och en plan för implementering på plats redan från start. Intresset är stort för pärlbandsprojekt där goda erfarenheter tas tillvara och byggs vidare på. Formaliserade beslut och tydliga uppdrag behövs för att arbetet ska prioriteras.',
      implementationOwner: 'Utbildnings- och arbetsmarknadsförvaltningen, Linköpings kommun',
      implementationPlan: 'Förstudierna är underlag för gemensamma ansökningar till ESF:s programperiod 2022–2027, där uppföljning och utvärdering ska ingå.',
    }),
    relations: [{ kind: 'builds-on', to: 'linkoping-arbetsmodell-idrott-service', note: 'Demokoppling: erfarenheterna av samordnade arbetsmarknadsinsatser i Linköping.' }],
    followUps: [
      { milestone: '6-months', status: 'spread', livesOn: 'Demouppföljning: informationsmaterialet om formaliserade beslut har spridits till kommunledningarna i länet.', ownerNow: 'HR-avdelningen, Linköpings kommun' },
      { milestone: '1-year', status: 'partly-implemented', livesOn: 'Demouppföljning: HR-chefsnätverket fortsätter med Connect-frågorna; gemensam ansökan förbereds.', ownerNow: 'HR-chefsnätverket i Östergötland' },
    ],
  },
  {
    key: 'connect-2',
    owner: 'linkoping',
    input: input({
      title: 'Connect 2 – samverkan på riktigt',
      summary:
        'ESF-förstudie (programområde 2) om hur kommunen som arbetsgivare når potentiella medarbetare – personer utanför eller med instabil ställning på arbetsmarknaden – höjer deras kompetens och skapar hållbara anställningar.',
      description: `${FROM_REPORTS}

Connect 2 genomfördes parallellt med Connect 1. Problembeskrivning: *Hur säkrar vi att kommunen som arbetsgivare når potentiella medarbetare, dvs. de som står utanför arbetsmarknaden, höjer deras kompetens och skapar möjlighet till hållbara anställningar, samt bidrar till inkludering och jämställdhet?*

Tematiska områden: etablering på arbetsmarknaden, återinträde på arbetsmarknaden och ekonomisk utsatthet. Analysen utgick från struktur och organisation, att stärka individer genom kompetensutveckling, och forskning och framgångsfaktorer från befintliga satsningar (bl.a. Tillväxtverket, BIP-projektet och "Fler vägar in – breddad rekrytering").

${CONNECT_PARTICIPATION}`,
      visibility: 'public',
      kind: 'pre-study',
      status: 'completed',
      startDate: '2021-02-01',
      endDate: '2021-10-31',
      partners: CONNECT_PARTNERS,
      fundingLines: [{ funderType: 'esf-plus', funderName: 'Svenska ESF-rådet', registryNumber: '2020/00694', programmeArea: 'PO2', status: 'granted' }],
      themes: ['labour-market-establishment', 'labour-market-re-entry', 'economic-vulnerability', 'task-sharing', 'horizontal-principles'],
      targetGroups: ['outside-labour-market', 'unstable-position', 'social-assistance', 'newly-arrived'],
      occupations: ['Undersköterska', 'Vårdbiträde', 'Serviceassistent', 'Barnskötare'],
      methods: ['Jobbspår och förspår', 'Connect-tjänster (arbetsdelning)', 'Supported Employment', 'Språkutvecklande arbetsplatser', 'Validering', 'Koordinator/case manager'],
      ...CONNECT_HORIZONTAL,
      results:
        'Kommunerna vill fortsätta med extratjänster och fler jobbspår, utveckla förspår och en sammanhängande kompetensförsörjningskedja som startar med dem som står längst ifrån, utreda arbetsdelning och Connect-tjänster, göra arbetsplatserna språkutvecklande och inrätta en koordinatorsroll som bro mellan arbetsgivare och myndigheter. Förstudien föreslår ett regionalt projektkontor.',
      lessonsLearned:
        'Projektresultat implementeras ofta inte när den externa finansieringen upphör; ledningen behöver vara involverad och det behövs en plan för vidmakthållande. Det finns inga lågtröskeljobb – kompetenskraven finns av en anledning – men arbetsdelning kan skapa riktiga ingångsjobb. Samverkan med fackförbund, särskilt Kommunal, och Arbetsförmedlingen är avgörande.',
      implementationOwner: 'Arbetsmarknad och integration, Linköpings kommun',
      implementationPlan: 'Projektidéerna förs vidare till ansökningar inför ESF:s programperiod 2022–2027 och till ett regionalt projektkontor som håller överblick och driver pärlbandsprojekt.',
    }),
    relations: [{ kind: 'builds-on', to: 'linkoping-arbetsmodell-idrott-service', note: 'Demokoppling: trappan och handledarservicen som exempel på sammanhängande insatser.' }],
    followUps: [
      { milestone: '6-months', status: 'spread', livesOn: 'Demouppföljning: slutrapportens analys används av flera kommuner i deras egna ansökningar.', ownerNow: 'Arbetsmarknad och integration, Linköpings kommun' },
      { milestone: '1-year', status: 'partly-implemented', livesOn: 'Demouppföljning: arbetsmarknadschefsnätverket har tagit upp arbetsdelning och förspår; projektkontoret utreds.', ownerNow: 'Arbetsmarknadschefsnätverket i Östergötland' },
      { milestone: '2-years', status: 'spread', livesOn: 'Demouppföljning: idén om ett regionalt projektkontor har tagits vidare av Region Östergötland.', ownerNow: 'Region Östergötland' },
    ],
  },
  {
    key: 'linkoping-500-uppdraget',
    owner: 'linkoping',
    input: input({
      title: '500-uppdraget',
      summary: 'Politisk satsning 2019–2020 för att öka antalet arbetsmarknadsinriktade platser inom Linköpings kommun till 500 på två år och därigenom minska försörjningsstödet.',
      description: `${FROM_REPORTS}

Syftet var att öka antalet arbetsmarknadsinriktade platser inom kommunen till 500 på två år och därigenom minska försörjningsstödet. Uppdraget slutfördes och 500 platser upparbetades. Satsningen fortsatte 2021–2022 som Heltidsaktiveringen.`,
      visibility: 'public',
      kind: 'standing-programme',
      status: 'completed',
      startDate: '2019-01-01',
      endDate: '2020-12-31',
      fundingLines: [{ funderType: 'own-budget', funderName: 'Linköpings kommun', status: 'granted' }],
      themes: ['labour-market-establishment', 'economic-vulnerability', 'competence-supply'],
      targetGroups: ['social-assistance', 'outside-labour-market'],
      methods: ['Utvecklingsplatser', 'Arbetsmarknadsanställningar'],
      results: 'Uppdraget slutfördes framgångsrikt: 500 arbetsmarknadsinriktade platser upparbetades inom kommunen.',
      implementationOwner: 'Kommunstyrelsen och arbetsmarknadsnämnden, Linköpings kommun',
      implementationPlan: 'Fortsätter som Heltidsaktiveringen 2021–2022 med 500 utvecklingsplatser och arbetsmarknadsanställningar i kommunkoncernen.',
    }),
    relations: [{ kind: 'builds-on', to: 'linkoping-arbetsmodell-idrott-service', note: 'Demokoppling: platserna fylls med arbetsmodellens stöd.' }],
    followUps: [
      { milestone: '6-months', status: 'implemented', livesOn: 'Satsningen fortsätter som Heltidsaktiveringen 2021–2022.', ownerNow: 'Arbetsmarknadsnämnden, Linköpings kommun' },
      { milestone: '1-year', status: 'implemented', livesOn: 'Demouppföljning: platserna finns kvar inom Heltidsaktiveringen.', ownerNow: 'Arbetsmarknadsnämnden, Linköpings kommun' },
    ],
  },
  {
    key: 'linkoping-heltidsaktiveringen',
    owner: 'linkoping',
    input: input({
      title: 'Heltidsaktiveringen',
      summary:
        'Fortsättningen på 500-uppdraget 2021–2022: samtliga nämnder ska tillsammans skapa 500 utvecklingsplatser och arbetsmarknadsanställningar i kommunkoncernen, i samverkan med Arbetsförmedlingen.',
      description: `${FROM_REPORTS}

Uppdrag i KF:s budget 2021–2023: samtliga nämnder ska tillskapa sammanlagt 500 utvecklings- och arbetsmarknadsanställningar i kommunkoncernen, och kommunstyrelsen ska i samverkan med Arbetsförmedlingen utnyttja statliga arbetsmarknadssatsningar, t.ex. extratjänster, effektivt.

Arbetsmarknadsnämnden har budgeterat 18 miljoner kronor för arbetsmarknadsanställningar och 2 miljoner kronor genom en politisk satsning för att ta fram extratjänster. 100 placeringar som extratjänster finansieras av Arbetsförmedlingen.

Platser enligt internbudgetens nyckeltal för 2021: KLF 8, VSS 8, UAF 180, MOS 12, KOF 25, Leanlink 67 och SOF 17 – totalt 317.

*Utvecklingsplats:* en möjlighet för en person att pröva arbete och för arbetsgivaren att erbjuda en plats utan anställning. *Arbetsmarknadsanställning:* en tidsbegränsad anställning som subventioneras med statliga medel, t.ex. nystartsjobb, introduktionsjobb och extratjänster.`,
      visibility: 'public',
      kind: 'standing-programme',
      status: 'completed',
      startDate: '2021-01-01',
      endDate: '2022-12-31',
      partners: [{ role: 'partner', name: 'Arbetsförmedlingen' }],
      fundingLines: [
        { funderType: 'own-budget', funderName: 'Arbetsmarknadsnämnden – arbetsmarknadsanställningar', amountSek: 18_000_000, status: 'granted' },
        { funderType: 'own-budget', funderName: 'Politisk satsning – framtagande av extratjänster', amountSek: 2_000_000, status: 'granted' },
        { funderType: 'employment-service', funderName: 'Arbetsförmedlingen – 100 extratjänster', status: 'granted' },
      ],
      themes: ['labour-market-establishment', 'economic-vulnerability', 'employment-service-cooperation', 'competence-supply'],
      targetGroups: ['social-assistance', 'outside-labour-market', 'long-term-unemployed'],
      methods: ['Utvecklingsplatser', 'Arbetsmarknadsanställningar (nystartsjobb, introduktionsjobb, extratjänster)', 'HR-stöd för anställningar och chefsstöd'],
      results: 'Nyckeltal 2021: 317 platser fördelade på förvaltningarna (KLF 8, VSS 8, UAF 180, MOS 12, KOF 25, Leanlink 67, SOF 17).',
      implementationOwner: 'Arbetsmarknadscentrum och HR Arbetsmarknad, Linköpings kommun',
      implementationPlan:
        'Styrning och samordning följer ordinarie linjeverksamhet och delegation; samverkan med Arbetsförmedlingen sker via Avdelningen för arbetsmarknad och integration/Arbetsmarknadscentrum.',
    }),
    relations: [{ kind: 'successor-of', to: 'linkoping-500-uppdraget', note: 'Heltidsaktiveringen är fortsättningen på 500-uppdraget.' }],
    followUps: [],
  },
  {
    key: 'linkoping-hr-arbetsmarknad',
    owner: 'linkoping',
    input: input({
      title: 'HR Arbetsmarknad – en väg in för utvecklingsplatser och arbetsmarknadsanställningar',
      summary: 'Utökat HR-stöd inom Heltidsaktiveringen: HR Arbetsmarknad på VSS tar fram och administrerar platser, stöttar chefer och administrerar arbetsmarknadsanställningar.',
      description: `${FROM_REPORTS}

Kommunledningsförvaltningen omfördelade resurser motsvarande 800 tkr för ett utökat HR-stöd för anställningar och administration, och etablerade HR Arbetsmarknad på VSS som en väg in för utvecklingsplatser, arbetsmarknadsanställningar, chefsstöd och administration. Stödresurserna är bl.a. 3,8 tjänster som HR-konsult tillsammans med arbetsmarknadskonsulent, en administratör och en tjänst för framtagande av platser och utbildning (t.ex. kulturtolk).`,
      visibility: 'region',
      kind: 'implementation',
      status: 'completed',
      startDate: '2021-01-01',
      endDate: '2022-12-31',
      fundingLines: [{ funderType: 'own-budget', funderName: 'Kommunledningsförvaltningen, omfördelade resurser', amountSek: 800_000, status: 'granted' }],
      themes: ['competence-supply', 'labour-market-establishment', 'supervision'],
      targetGroups: ['managers-supervisors', 'social-assistance'],
      methods: ['HR-konsult och arbetsmarknadskonsulent i par', 'Samlad administration av arbetsmarknadsanställningar'],
      implementationOwner: 'VSS/HR-service, Linköpings kommun',
    }),
    relations: [{ kind: 'part-of', to: 'linkoping-heltidsaktiveringen', note: 'HR-stödet är en del av Heltidsaktiveringen.' }],
    followUps: [
      { milestone: '6-months', status: 'implemented', livesOn: 'Demouppföljning: HR Arbetsmarknad finns kvar som väg in i ordinarie verksamhet.', ownerNow: 'VSS/HR-service, Linköpings kommun' },
    ],
  },
  {
    key: 'linkoping-barnbitrade',
    owner: 'linkoping',
    input: input({
      title: 'Barnbiträde i förskolan',
      summary: 'Försök med arbetsdelning i förskolan: en ny ingångstjänst som barnbiträde avlastar barnskötare och förskollärare med uppgifter som inte kräver formell utbildning.',
      description: `${NAMED_IN_REPORT}

Connect 2:s slutrapport nämner att flera kommuner har prövat nya tjänster och nivåer, bland annat barnbiträde i Linköping. Tjänsten är en så kallad Connect-tjänst: ett riktigt jobb med möjlighet att bli kvar och gå vidare mot barnskötare.`,
      visibility: 'public',
      kind: 'pilot',
      status: 'completed',
      startDate: '2020-08-17',
      endDate: '2021-06-30',
      partners: [{ role: 'partner', name: 'Kommunal' }],
      themes: ['task-sharing', 'competence-supply', 'internal-mobility'],
      targetGroups: ['unstable-position', 'social-assistance'],
      occupations: ['Barnbiträde', 'Barnskötare'],
      methods: ['Arbetsdelning', 'Connect-tjänst'],
      lessonsLearned: 'Demotext: det måste vara tydligt vad de som "blir av med" arbetsuppgifter gör i stället, och budgeten för tjänsterna behöver finnas efter försöket.',
    }),
    relations: [],
    followUps: [
      { milestone: '6-months', status: 'partly-implemented', livesOn: 'Demouppföljning: tjänsterna finns kvar på några förskolor men inte i hela kommunen.', ownerNow: 'Förskoleverksamheten, Linköpings kommun' },
    ],
  },
  {
    key: 'norrkoping-servicebitrade',
    owner: 'norrkoping',
    input: input({
      title: 'Servicebiträde i vård och omsorg',
      summary: 'Nya tjänster som servicebiträde: praktiska uppgifter bryts ut ur befintliga yrkesroller så att personer utan vårdutbildning kan komma in och undersköterskor får mer tid för vården.',
      description: `${NAMED_IN_REPORT}

Servicebiträde i Norrköping nämns i Connect 2:s slutrapport som ett av kommunernas försök att införa nya tjänster och nivåer. Lärdomar hämtades från "Fler vägar in – breddad rekrytering" och Skövdes serviceassistentutbildning.`,
      visibility: 'public',
      kind: 'pilot',
      status: 'completed',
      startDate: '2020-09-01',
      endDate: '2021-08-31',
      partners: [
        { role: 'partner', name: 'Kommunal' },
        { role: 'partner', name: 'Arbetsförmedlingen' },
      ],
      themes: ['task-sharing', 'competence-supply', 'labour-market-establishment'],
      targetGroups: ['outside-labour-market', 'social-assistance', 'newly-arrived'],
      occupations: ['Servicebiträde', 'Undersköterska'],
      methods: ['Arbetsdelning', 'Connect-tjänst', 'Introduktionsutbildning'],
      genderEquality: 'Demotext: rekryteringen följdes upp könsuppdelat för att inte cementera en könssegregerad vård och omsorg.',
      lessonsLearned: 'Demotext: underifrånperspektiv och förankring hos medarbetare och fack är avgörande; LAS och företrädesrätt måste lösas innan tjänsterna tillsätts.',
      implementationOwner: 'Vård- och omsorgskontoret, Norrköpings kommun',
    }),
    relations: [],
    followUps: [
      { milestone: '6-months', status: 'implemented', livesOn: 'Demouppföljning: servicebiträdestjänsterna finns kvar i budget.', ownerNow: 'Vård- och omsorgskontoret, Norrköpings kommun' },
      { milestone: '1-year', status: 'implemented', livesOn: 'Demouppföljning: tjänsterna ingår i bemanningsplaneringen.', ownerNow: 'Vård- och omsorgskontoret, Norrköpings kommun' },
      { milestone: '2-years', status: 'spread', livesOn: 'Demouppföljning: Valdemarsvik har prövat arbetssättet i hemtjänsten.', ownerNow: 'Vård- och omsorgskontoret, Norrköpings kommun' },
    ],
  },
  {
    key: 'region-validering',
    owner: 'region-ostergotland',
    input: input({
      title: 'Validering oavsett var du bor i länet',
      summary: 'Regionalt arbete för att den som bor i Östergötland ska kunna få sina kunskaper validerade oavsett kommun.',
      description: `${NAMED_IN_REPORT}

Connect 2:s slutrapport nämner att ett regionalt projekt har genomförts i Östergötland med fokus på att man ska kunna få kunskaper validerade oavsett var man bor i länet. Forskning pekar på att validering har en positiv effekt på sysselsättningschanser och inkomstutveckling.`,
      visibility: 'public',
      kind: 'implementation',
      status: 'completed',
      startDate: '2018-01-01',
      endDate: '2020-12-31',
      themes: ['validation', 'adult-education', 'competence-supply'],
      targetGroups: ['newly-arrived', 'unstable-position', 'outside-labour-market'],
      methods: ['Validering', 'Kompetenskartläggning'],
      lessonsLearned: 'Lärdomarna har inte implementerats i hela regionen.',
    }),
    relations: [],
    followUps: [
      { milestone: '6-months', status: 'partly-implemented', livesOn: 'Demouppföljning: valideringen lever kvar i några kommuner, inte i hela länet.', ownerNow: 'Region Östergötland' },
    ],
  },
  {
    key: 'motala-validering-larling',
    owner: 'motala',
    input: input({
      title: 'Validering och lärlingsutbildning inom vård och omsorg',
      summary: 'Validering av befintlig kompetens kombinerad med lärlingsplatser, som en väg in för den som har svårt att klara en traditionell utbildning.',
      description: `${NAMED_IN_REPORT}

Motala lyfter i Connect-förstudierna fram sitt arbete med validering och lärlingsutbildning som en framgångsfaktor.`,
      visibility: 'public',
      kind: 'implementation',
      status: 'completed',
      startDate: '2019-01-01',
      endDate: '2021-12-31',
      partners: [{ role: 'partner', name: 'Vuxenutbildningen i Motala' }],
      themes: ['validation', 'adult-education', 'competence-supply'],
      targetGroups: ['unstable-position', 'newly-arrived', 'outside-labour-market'],
      occupations: ['Vårdbiträde', 'Undersköterska'],
      methods: ['Validering', 'Lärlingsutbildning'],
      lessonsLearned:
        'Lärlingsplatserna fungerar, men problem kan uppstå när en enhetschef vill anställa en lärling som fungerar bra och inte får det på grund av kommunens LAS-listor.',
      implementationOwner: 'Vuxenutbildningen, Motala kommun',
    }),
    relations: [{ kind: 'part-of', to: 'region-validering', note: 'Demokoppling: Motalas del av det regionala valideringsarbetet.' }],
    followUps: [
      { milestone: '6-months', status: 'implemented', livesOn: 'Demouppföljning: lärlingsplatserna finns kvar i Motala.', ownerNow: 'Vuxenutbildningen, Motala kommun' },
      { milestone: '1-year', status: 'partly-implemented', livesOn: 'Lärdomarna från arbetet har inte implementerats i hela regionen.', ownerNow: 'Vuxenutbildningen, Motala kommun' },
    ],
  },
  {
    key: 'odeshog-yrkesutbildning-modersmal',
    owner: 'odeshog',
    input: input({
      title: 'Yrkesutbildning på modersmål',
      summary: 'Yrkesutbildning där modersmålet används som verktyg: yrkeslärare, SFI-lärare och modersmålslärare arbetar tillsammans och andelen svenska ökar successivt.',
      description: `${NAMED_IN_REPORT}

Ödeshögs projekt om yrkesutbildning på modersmål lyfts i Connect-förstudierna som förebild för en ny form av yrkesutbildning och som ett sätt att göra utbildning tillgänglig och ge en snabbare väg ut i arbetslivet.`,
      visibility: 'public',
      kind: 'method-development',
      status: 'completed',
      startDate: '2019-08-19',
      endDate: '2021-06-18',
      themes: ['language-development', 'adult-education', 'labour-market-establishment'],
      targetGroups: ['newly-arrived'],
      methods: ['Yrkesutbildning på modersmål', 'Yrkeslärare, SFI-lärare och modersmålslärare i samma undervisning'],
      accessibility: 'Utbildning på modersmål gör yrkesutbildningen tillgänglig för den som ännu inte har tillräcklig svenska.',
      implementationOwner: 'Vuxenutbildningen, Ödeshögs kommun',
    }),
    relations: [],
    followUps: [
      { milestone: '6-months', status: 'spread', livesOn: 'Modellen lyfts som förebild i Connect-förstudiernas slutrapport.', ownerNow: 'Vuxenutbildningen, Ödeshögs kommun' },
    ],
  },
  {
    key: 'kinda-insteget',
    owner: 'kinda',
    input: input({
      title: 'Insteget',
      summary: 'Förberedande insats med arbetsmarknadskunskap och grundläggande stöd innan deltagare går vidare till praktik, jobbspår eller studier.',
      description: `${NAMED_IN_REPORT}

Insteget i Kinda lyfts i Connect-förstudierna fram som en framgångsrik förberedande insats. Behovet av grundläggande insatser får stöd av BIP-projektets 11 indikatorer för individens progression mot anställningsbarhet.`,
      visibility: 'public',
      kind: 'standing-programme',
      status: 'ongoing',
      startDate: '2019-01-07',
      partners: [{ role: 'partner', name: 'Arbetsförmedlingen' }],
      themes: ['labour-market-establishment', 'labour-market-re-entry', 'economic-vulnerability'],
      targetGroups: ['outside-labour-market', 'long-term-unemployed', 'social-assistance'],
      methods: ['Förberedande insats', 'Arbetsmarknadsorientering', 'Täta uppföljningar och individualiserat stöd'],
    }),
    relations: [],
    followUps: [],
  },
  {
    key: 'tranas-utbildningskoordinator',
    owner: 'tranas',
    input: input({
      title: 'Utbildningskoordinator – en väg genom utbildningsväsendet',
      summary: 'En utbildningskoordinator lotsar deltagare genom vuxenutbildningen så att utbildningen leder vidare och inte blir en återvändsgränd.',
      description: `${NAMED_IN_REPORT}

Connect-förstudierna nämner Tranås satsning på utbildningskoordinator som intressant att följa: hur den påverkar individens väg genom utbildningsväsendet.`,
      visibility: 'region',
      kind: 'pilot',
      status: 'completed',
      startDate: '2021-01-01',
      endDate: '2023-12-31',
      themes: ['adult-education', 'labour-market-establishment'],
      targetGroups: ['newly-arrived', 'unstable-position', 'young-people'],
      methods: ['Koordinator/case manager', 'Studie- och yrkesvägledning'],
      implementationOwner: 'Vuxenutbildningen, Tranås kommun',
    }),
    relations: [],
    followUps: [
      { milestone: '6-months', status: 'implemented', livesOn: 'Demouppföljning: koordinatorn finns kvar i vuxenutbildningens ordinarie budget.', ownerNow: 'Vuxenutbildningen, Tranås kommun' },
      { milestone: '1-year', status: 'implemented', livesOn: 'Demouppföljning: arbetssättet ingår i vuxenutbildningens rutiner.', ownerNow: 'Vuxenutbildningen, Tranås kommun' },
    ],
  },
  {
    key: 'mjolby-supported-employment',
    owner: 'mjolby',
    input: input({
      title: 'Supported Employment för personer med ekonomiskt bistånd',
      summary: 'Metodutveckling med Supported Employment: snabb placering på en riktig arbetsplats med individuellt stöd till både deltagare och arbetsgivare.',
      description: `${INVENTED}

Connect 2:s slutrapport beskriver Supported Employment som en metod med goda effekter även för personer med ekonomiskt bistånd; i Sverige visar forskning att metoden är effektiv för anställning och samhällsinkludering, men att praktikkulturen kan minska arbetsgivarens incitament att anställa.`,
      visibility: 'public',
      kind: 'method-development',
      status: 'completed',
      startDate: '2025-01-01',
      endDate: '2026-05-31',
      partners: [
        { role: 'partner', name: 'Samordningsförbundet Centrala Östergötland (SCÖ)' },
        { role: 'partner', name: 'Arbetsförmedlingen' },
      ],
      fundingLines: [{ funderType: 'coordination-association', funderName: 'Samordningsförbundet Centrala Östergötland', status: 'granted' }],
      themes: ['vocational-rehabilitation', 'economic-vulnerability', 'labour-market-re-entry'],
      targetGroups: ['social-assistance', 'disability', 'long-term-unemployed'],
      methods: ['Supported Employment', 'Arbetsträning på riktiga arbetsplatser', 'Anpassningar på arbetsplatsen'],
      genderEquality: 'Demotext: deltagare och utfall redovisas könsuppdelat varje halvår.',
      participants: [
        { period: '2025', women: 9, men: 7, toWork: 4, toStudies: 2 },
        { period: '2026-H1', women: 6, men: 3, otherOrUnknown: 1, toWork: 3 },
      ],
      results: 'Demotext: sju deltagare gick till arbete och två till studier under projekttiden.',
      lessonsLearned: 'Demotext: en jobbfokuserad insats fungerar bäst när den kombineras med kompetenshöjning och hälsoinsatser.',
      implementationOwner: 'Arbetsmarknadsenheten, Mjölby kommun',
      implementationPlan: 'Demotext: två jobbcoacher utbildas i metoden och arbetet förs in i arbetsmarknadsenhetens ordinarie uppdrag.',
    }),
    relations: [],
    followUps: [],
  },
  {
    key: 'region-projektkontor',
    owner: 'region-ostergotland',
    input: input({
      title: 'Projektkontor Östergötland',
      summary: 'Regionalt projektkontor som håller överblick över pågående insatser oavsett finansiär, följer upp vad som lever kvar, driver pärlbandsprojekt och samordnar nätverken.',
      description: `*Demoinnehåll.* Idén kommer från Connect-förstudiernas slutrapport; datum och upplägg här är illustration.

Förstudierna föreslår ett regionalt projektkontor som tar fram underlag för gemensamma satsningar, kartlägger och visualiserar kommunernas interna processer, säkerställer överblick över satsningar oavsett varifrån medlen kommer, samarbetar med SKR om pärlbandsprojekt, samlar resurser och stödmaterial och verkar för regionala arbetsmarknadsinsatser.`,
      visibility: 'public',
      kind: 'standing-programme',
      status: 'ongoing',
      startDate: '2025-01-01',
      partners: [
        ...['linkoping', 'norrkoping', 'motala', 'mjolby', 'finspang', 'valdemarsvik'].map((slug) => ({ role: 'partner' as const, organization: slug })),
        { role: 'other', name: 'SKR' },
      ],
      fundingLines: [{ funderType: 'region', funderName: 'Region Östergötland', status: 'granted' }],
      themes: ['competence-supply', 'horizontal-principles'],
      targetGroups: ['managers-supervisors'],
      methods: ['Pärlbandsprojekt', 'Processkartor', 'Nätverk på flera nivåer'],
      nonDiscrimination: 'Demotext: projektkontoret tar fram en regional modell för hur de horisontella principerna blir en del av det vardagliga arbetet.',
      implementationOwner: 'Region Östergötland',
    }),
    relations: [
      { kind: 'builds-on', to: 'connect-1', note: 'Förslaget om ett regionalt projektkontor kommer från förstudierna.' },
      { kind: 'builds-on', to: 'connect-2', note: 'Förslaget om ett regionalt projektkontor kommer från förstudierna.' },
    ],
    followUps: [],
  },
  {
    key: 'region-handledarnatverk',
    owner: 'region-ostergotland',
    input: input({
      title: 'Regionalt handledarnätverk',
      summary: 'Nätverk och gemensam utbildning för handledare och språkombud på arbetsplatser som tar emot deltagare i arbetsmarknadsinsatser.',
      description: `*Demoinnehåll.* Förstudierna föreslår ett regionalt handledarnätverk och nätverk efter regionala utbildningar; datum och upplägg här är illustration.

Handledarrollen och språkombudsrollen behöver bli mer attraktiva och tydliga. Nätverket samlar handledare från länets kommuner kring gemensamma frågor.`,
      visibility: 'region',
      kind: 'implementation',
      status: 'ongoing',
      startDate: '2026-02-01',
      endDate: '2027-01-31',
      themes: ['supervision', 'language-development'],
      targetGroups: ['managers-supervisors', 'permanent-staff'],
      methods: ['Utvecklat handledarskap', 'Nätverk efter regional utbildning'],
    }),
    relations: [{ kind: 'part-of', to: 'region-projektkontor', note: 'Ett av projektkontorets nätverk.' }],
    followUps: [],
  },
  {
    key: 'finspang-sprakutvecklande-arbetsplatser',
    owner: 'finspang',
    input: input({
      title: 'Språkutvecklande arbetsplatser i äldreomsorgen',
      summary: 'Arbetsplatser där handledare, arbetskamrater och chefer får stöd i att bidra till språkutveckling, med språkombud på varje enhet och yrkessvenska parallellt med arbetet.',
      description: `${INVENTED}

Förstudierna vill att alla arbetsplatser ska vara språkutvecklande och lyfter intresset för Linköpings projektanställda språkutvecklare med pedagogisk kompetens. Det är viktigt att skilja på att stötta språkutveckling och att språkutbilda.`,
      visibility: 'region',
      kind: 'method-development',
      status: 'ongoing',
      startDate: '2025-09-01',
      endDate: '2027-06-30',
      partners: [{ role: 'partner', name: 'SFI och vuxenutbildningen i Finspång' }],
      fundingLines: [{ funderType: 'esf-plus', funderName: 'Svenska ESF-rådet', status: 'applied' }],
      themes: ['language-development', 'supervision', 'staff-development'],
      targetGroups: ['newly-arrived', 'permanent-staff', 'managers-supervisors'],
      occupations: ['Undersköterska', 'Vårdbiträde'],
      methods: ['Språkutvecklande arbetsplatser', 'Språkombud', 'Yrkessvenska parallellt med arbete'],
    }),
    relations: [{ kind: 'part-of', to: 'region-projektkontor', note: 'Demokoppling: en av projektkontorets gemensamma satsningar.' }],
    followUps: [],
  },
  {
    key: 'valdemarsvik-serviceassistent-hemtjanst',
    owner: 'valdemarsvik',
    input: input({
      title: 'Serviceassistent i hemtjänsten – i par med undersköterska',
      summary: 'En serviceassistent följer med en undersköterska i hemtjänsten och gör det som inte kräver vårdutbildning, som ett steg mot vårdbiträde och undersköterska.',
      description: `${INVENTED}

Idén att förstärka hemtjänsten med en serviceassistent i par med en undersköterska kommer från Connect 2:s slutrapport, liksom tanken på moduler serviceassistent – vårdbiträde – undersköterska.`,
      visibility: 'public',
      kind: 'pilot',
      status: 'completed',
      startDate: '2024-09-01',
      endDate: '2025-12-31',
      partners: [
        { role: 'partner', name: 'Kommunal' },
        { role: 'partner', name: 'Arbetsförmedlingen' },
      ],
      fundingLines: [{ funderType: 'state-grant', funderName: 'Statsbidrag', status: 'granted' }],
      themes: ['task-sharing', 'competence-supply', 'adult-education'],
      targetGroups: ['outside-labour-market', 'newly-arrived'],
      occupations: ['Serviceassistent', 'Vårdbiträde', 'Undersköterska'],
      methods: ['Arbetsdelning', 'Connect-tjänst', 'Modulutbildning'],
      participants: [
        { period: '2024-H2', women: 3, men: 1 },
        { period: '2025', women: 5, men: 2, toWork: 4, toStudies: 1 },
      ],
      lessonsLearned: 'Demotext: helg- och kvällstider behöver lösas utan att ordinarie personal pressas att arbeta mer helg.',
      implementationOwner: 'Vård och omsorg, Valdemarsviks kommun',
      implementationPlan: 'Demotext: två serviceassistenttjänster föreslås i budgeten för 2026.',
    }),
    relations: [
      { kind: 'builds-on', to: 'norrkoping-servicebitrade', note: 'Demokoppling: lärdomar från Norrköpings servicebiträden.' },
      { kind: 'part-of', to: 'region-projektkontor', note: 'Demokoppling: en av projektkontorets gemensamma satsningar.' },
    ],
    followUps: [
      { milestone: '6-months', status: 'partly-implemented', livesOn: 'Demouppföljning: en av två tjänster finns kvar i ordinarie budget.', ownerNow: 'Vård och omsorg, Valdemarsviks kommun' },
    ],
  },
  {
    key: 'boxholm-jobbspar',
    owner: 'boxholm',
    input: input({
      title: 'Jobbspår och förspår mot vård och omsorg',
      summary: 'Ett förspår med kompetensutveckling följt av ett jobbspår mot vård och omsorg, utformat utifrån arbetsgivarens behov och tydliga yrkesprofiler.',
      description: `${INVENTED}

Förstudierna lyfter jobbspår och förspår som framgångsfaktorer; förspåret ska öka tillgängligheten och följas av ett ordinarie jobbspår mot reguljär anställning.`,
      visibility: 'private',
      kind: 'pilot',
      status: 'completed',
      startDate: '2022-09-01',
      endDate: '2024-06-30',
      partners: [{ role: 'partner', name: 'Arbetsförmedlingen' }],
      fundingLines: [{ funderType: 'county-board', funderName: 'Länsstyrelsen Östergötland', status: 'granted' }],
      themes: ['labour-market-establishment', 'adult-education', 'employment-service-cooperation'],
      targetGroups: ['newly-arrived', 'outside-labour-market'],
      occupations: ['Vårdbiträde', 'Undersköterska'],
      methods: ['Jobbspår och förspår', 'Yrkesprofiler'],
      participants: [{ period: '2023', women: 7, men: 5, toWork: 3, toStudies: 2 }],
      lessonsLearned: 'Demotext: utan budget efter projekttiden avvecklades spåret – ett exempel på det förstudierna varnar för.',
    }),
    relations: [{ kind: 'builds-on', to: 'connect-2', note: 'Demokoppling: jobbspår och förspår enligt förstudiens förslag.' }],
    followUps: [
      { milestone: '6-months', status: 'discontinued', livesOn: 'Demouppföljning: spåret avvecklades när länsstyrelsens medel tog slut.', ownerNow: '' },
      { milestone: '1-year', status: 'discontinued', livesOn: 'Demouppföljning: inget har tagits upp igen.', ownerNow: '' },
    ],
  },
  {
    key: 'soderkoping-fler-vagar-in',
    owner: 'soderkoping',
    input: input({
      title: 'Arbetsdelning med lärdomar från "Fler vägar in – breddad rekrytering"',
      summary: 'Planerad kartläggning av arbetsuppgifter i vård och omsorg med workshopmodellen och beräkningsverktyget från "Fler vägar in – breddad rekrytering".',
      description: `${INVENTED}

Inom "Fler vägar in – breddad rekrytering", där flera kommuner deltog, togs tillsammans med SKR fram ett beräkningsverktyg för att synliggöra kommunalekonomiska konsekvenser och modeller för interaktiva workshops där medarbetare identifierar verksamhetens arbetsuppgifter.`,
      visibility: 'private',
      kind: 'pre-study',
      status: 'planned',
      startDate: '2027-01-01',
      endDate: '2027-12-31',
      partners: [
        { role: 'partner', name: 'SKR' },
        { role: 'partner', name: 'Kommunal' },
      ],
      fundingLines: [{ funderType: 'own-budget', funderName: 'Söderköpings kommun', status: 'applied' }],
      themes: ['task-sharing', 'competence-supply'],
      targetGroups: ['outside-labour-market', 'permanent-staff'],
      occupations: ['Undersköterska', 'Serviceassistent'],
      methods: ['Arbetsdelning', 'Beräkningsverktyg för arbetsdelning', 'Workshops om arbetsuppgifter'],
    }),
    relations: [{ kind: 'builds-on', to: 'connect-2', note: 'Demokoppling: förstudiens analys av arbetsdelning.' }],
    followUps: [],
  },
  {
    key: 'linkoping-samhalls-arbetsmarknadskunskap',
    owner: 'linkoping',
    input: input({
      title: 'Samhälls- och arbetsmarknadskunskap',
      summary: 'Fortsättning på den obligatoriska samhällsorienteringen som kombinerar samhälls- och arbetsmarknadskunskap; progressionen skattas och följs upp med BIP-indikatorerna inom Arena arbetsmarknad.',
      description: `${FROM_REPORTS}

Connect 2:s slutrapport nämner att Linköping i december 2021 startar en satsning på att kombinera samhälls- och arbetsmarknadskunskap, och att man inom Arena arbetsmarknad ska arbeta med skattning och uppföljning av BIP-projektets 11 indikatorer för progression mot anställningsbarhet.`,
      visibility: 'public',
      kind: 'standing-programme',
      status: 'ongoing',
      startDate: '2021-12-01',
      themes: ['labour-market-establishment', 'language-development'],
      targetGroups: ['newly-arrived'],
      methods: ['Arbetsmarknadsorientering', 'BIP:s 11 progressionsindikatorer'],
      implementationOwner: 'Arena arbetsmarknad, Linköpings kommun',
    }),
    relations: [],
    followUps: [],
  },
];
