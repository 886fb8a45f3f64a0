import { formsSv } from '../forms/forms.i18n';
import { methodsSv } from '../methods/methods.i18n';
import { changeHistorySv } from '../ui/change-history.i18n';
import { initiativeFormSv } from '../initiatives/form/initiative-form.i18n';
import { registerSv } from '../initiatives/register/register.i18n';

// Swedish is the source locale: its shape is the type every other locale must match.
export const sv = {
  site: {
    name: 'Projektkontor Östergötland',
    tagline: 'Samverkan för arbetsmarknad och kompetensförsörjning i Östergötland',
  },
  shell: {
    skipLink: 'Hoppa till huvudinnehåll',
    primaryNavigation: 'Huvudmeny',
    footerNavigation: 'Om webbplatsen',
    footerText:
      'En samverkansportal för de 13 kommunerna i Östergötland, Tranås kommun och Region Östergötland.',
  },
  nav: {
    start: 'Start',
    initiatives: 'Initiativ',
    methods: 'Metoder',
    networks: 'Nätverk',
    material: 'Material',
    regionOverview: 'Regionöversikt',
    organizations: 'Organisationer',
    accessibility: 'Tillgänglighetsredogörelse',
    about: 'Om portalen',
    myOrganization: 'Min organisation',
    myFollowUps: 'Mina uppföljningar',
  },
  auth: {
    signIn: 'Logga in',
    signOut: 'Logga ut',
    signedInAs: 'Inloggad som {{name}}',
    loadingConfig: 'Förbereder inloggningen …',
    configFailed: 'Inloggningen kunde inte förberedas. Ladda om sidan, och kontakta supporten om felet kvarstår.',
    signingIn: 'Loggar in …',
    signInFailed: 'Inloggningen misslyckades. Försök igen.',
    expired: 'Din inloggning har gått ut. Logga in igen för att fortsätta.',
    signInAgain: 'Logga in igen',
    activeOrganization: 'Aktiv organisation',
    chooseOrganization: 'Välj organisation',
    nowWorkingFor: 'Du arbetar nu för {{name}}.',
    noActiveOrganization: 'Välj först vilken organisation du arbetar för (i menyn uppe till höger).',
  },
  myOrganization: {
    title: 'Min organisation',
    signInNeeded: 'Logga in för att se din organisation.',
    loading: 'Hämtar dina uppgifter …',
    noOrganization: 'Ditt konto är inte medlem i någon organisation i portalen.',
    pickOrganization: 'Du är medlem i flera organisationer. Välj vilken du arbetar för i sidhuvudet.',
    organizationHeading: 'Organisation',
    kind: 'Typ',
    code: 'Kommunkod',
    rolesHeading: 'Dina roller',
    auditHeading: 'Senaste administrativa händelser',
    auditCaption: 'De senaste administrativa händelserna i organisationen',
    auditEmpty: 'Inga händelser ännu.',
    columnTime: 'Tid',
    columnAction: 'Händelse',
    columnActor: 'Utförd av',
    columnSubject: 'Gäller',
  },
  invitations: {
    heading: 'Mina inbjudningar',
    loading: 'Hämtar dina inbjudningar …',
    intro: 'Du är inbjuden att bli medlem i en organisation. Du blir medlem först när du tackar ja.',
    invitedBy: 'Inbjuden av {{name}}',
    accept: 'Tacka ja till {{organization}}',
    decline: 'Tacka nej till {{organization}}',
    accepted: 'Du är nu medlem i {{organization}}.',
    declined: 'Du har tackat nej till {{organization}}.',
  },
  members: {
    heading: 'Medlemmar',
    loading: 'Hämtar medlemmar …',
    caption: 'Organisationens medlemmar',
    columnName: 'Namn',
    columnEmail: 'E-post',
    columnAdmin: 'Administratör',
    columnActions: 'Åtgärder',
    yes: 'Ja',
    no: 'Nej',
    grantAdmin: 'Gör {{name}} till administratör',
    revokeAdmin: 'Ta bort administratörsrollen från {{name}}',
    remove: 'Ta bort {{name}} ur organisationen',
    confirmRemove: 'Ja, ta bort {{name}}',
    cancel: 'Avbryt',
    adminGranted: '{{name}} är nu organisationsadministratör.',
    adminRevoked: '{{name}} är inte längre organisationsadministratör.',
    removed: '{{name}} är borttagen ur organisationen. Kontot finns kvar.',
    inviteHeading: 'Bjud in en kollega',
    inviteIntro: 'Den som inte har ett konto får ett och ett e-postmeddelande för att välja lösenord. Den som redan har ett konto (kanske i en annan organisation) får en inbjudan och blir medlem först när hen tackar ja.',
    emailLabel: 'E-postadress',
    firstNameLabel: 'Förnamn (frivilligt)',
    lastNameLabel: 'Efternamn (frivilligt)',
    inviteButton: 'Skicka inbjudan',
    invited: '{{email}} har fått ett konto och är medlem. Ett e-postmeddelande för att välja lösenord är skickat.',
    invitedPending: '{{email}} har redan ett konto och har fått en inbjudan. Personen blir medlem när hen tackar ja.',
    pendingHeading: 'Inbjudningar som väntar på svar',
    pendingCaption: 'Inbjudningar som väntar på svar',
    pendingEmpty: 'Inga inbjudningar väntar på svar.',
    columnInvited: 'Inbjuden',
    withdraw: 'Återkalla inbjudan till {{email}}',
    withdrawn: 'Inbjudan till {{email}} är återkallad.',
    emailInvalid: 'Ange en giltig e-postadress, t.ex. namn@kommun.se.',
    summaryHeading: 'Det finns fel i formuläret',
  },
  roles: {
    'portal-user': 'Användare',
    organizationAdmin: 'Administratör för {{name}}',
    'region-overseer': 'Regional samordnare',
    'platform-admin': 'Plattformsadministratör',
  },
  auditActions: {
    memberInvited: 'Inbjuden',
    memberRemoved: 'Borttagen',
    roleGranted: 'Roll tilldelad',
    roleRevoked: 'Roll borttagen',
    organizationCreated: 'Organisation skapad',
    invitationAccepted: 'Inbjudan godtagen',
    invitationDeclined: 'Inbjudan avböjd',
    invitationWithdrawn: 'Inbjudan återkallad',
  },
  start: {
    title: 'Start',
    heading: 'Välkommen till Projektkontor Östergötland',
    lead:
      'Projektkontor Östergötland är en samverkansportal för de 13 kommunerna i Östergötland, Tranås kommun och Region Östergötland. Här samlas arbetet med arbetsmarknad och kompetensförsörjning, så att HR-avdelningar och arbetsmarknadsenheter kan se vad andra gör, bygga vidare på det som fungerar och slippa lösa samma problem var för sig.',
    purposeHeading: 'Det här ska portalen hjälpa till med',
    purposeOverview:
      'Överblick över insatserna i regionen, oavsett vem som finansierar dem, så att projekt samordnas i stället för att överlappa.',
    purposeAfterLife:
      'Vad som lever vidare: vad som gjordes i ett projekt och vad som finns kvar i ordinarie verksamhet när de externa medlen har tagit slut.',
    purposeNetworks:
      'Nätverk på flera nivåer, till exempel för HR-chefer, arbetsmarknadschefer och handledare.',
    purposeMaterial:
      'Material: stödmaterial, mallar och strategiska dokument som hålls aktuella på ett gemensamt ställe.',
    sectionsHeading: 'Delar av portalen',
    progress:
      'Portalen byggs stegvis. I dag finns förteckningen över organisationerna; de delar som är markerade med ”Inte byggd ännu” kommer senare.',
    notBuilt: 'Inte byggd ännu',
  },
  sections: {
    notBuilt: 'Den här delen av portalen är inte byggd ännu.',
    initiatives: {
      title: 'Initiativ',
      summary: 'Insatser och projekt i regionen, oavsett finansiär.',
      future:
        'Här kommer du att kunna söka bland regionens insatser och projekt, oavsett finansiär, och se vad som lever vidare när ett projekt har avslutats.',
    },
    methods: {
      title: 'Metoder',
      summary: 'Arbetssätt som prövats i regionen, med evidens och erfarenheter.',
      future:
        'Här kommer metoder och arbetssätt som har prövats i regionen att samlas, med evidensnivå, framgångsfaktorer och referenser.',
    },
    networks: {
      title: 'Nätverk',
      summary: 'Nätverk för HR, arbetsmarknad, handledare och andra grupper.',
      future:
        'Här kommer regionens nätverk, till exempel HR-chefernas och arbetsmarknadschefernas nätverk, att kunna samla medlemmar, möten, minnesanteckningar och gemensamt material.',
    },
    material: {
      title: 'Material',
      summary: 'Stödmaterial, mallar och strategiska dokument.',
      future:
        'Här kommer stödmaterial, mallar, processkartor och strategiska dokument att samlas på ett ställe och hållas aktuella.',
    },
    regionOverview: {
      title: 'Regionöversikt',
      summary: 'Insatserna i hela länet: överlapp, luckor och finansiering.',
      future:
        'Här kommer du att kunna se insatserna i hela länet: var de överlappar, var det finns luckor, hur de finansieras och vad som lever vidare, med könsuppdelad statistik.',
    },
    organizations: {
      title: 'Organisationer',
      summary: 'Kommunerna och regionen som samverkar i portalen.',
    },
  },
  organizations: {
    title: 'Organisationer',
    intro:
      'Portalens organisationer är de 13 kommunerna i Östergötland, Tranås kommun och Region Östergötland. Varje insats, nätverk och dokument i portalen ägs av en av dem.',
    caption: 'Organisationer i portalen',
    columnName: 'Organisation',
    columnKind: 'Typ',
    columnCode: 'Kommunkod',
    codeNote: 'För Region Östergötland visas länskoden. Koderna är SCB:s.',
    loading: 'Hämtar organisationer …',
    empty: 'Det finns inga organisationer att visa.',
  },
  errors: {
    retry: 'Försök igen',
  },
  about: {
    title: 'Om portalen',
    lead:
      'Projektkontor Östergötland är ett regionalt projektkontor för insatser inom arbetsmarknad och kompetensförsörjning. Portalen är kontorets verktyg och används av kommunerna i Östergötland, Tranås kommun och Region Östergötland.',
    backgroundHeading: 'Bakgrund',
    background1:
      'År 2021 ledde Linköpings kommun två förstudier finansierade av Europeiska socialfonden: Connect 1 och Connect 2 – samverkan på riktigt. De visade att kommunernas HR-avdelningar och arbetsmarknadsenheter arbetar med samma personalbrist inom skola, vård och äldreomsorg, men var för sig.',
    background2:
      'Förstudierna fann att ingen har överblick över vilka insatser som pågår, att goda projektresultat sällan lever vidare när de externa medlen tar slut, att lärdomar inte delas och att stödmaterial ligger utspritt. Svaret blev ett gemensamt projektkontor, och den här portalen.',
    principlesHeading: 'Horisontella principer',
    principles:
      'Arbetet ska främja jämställdhet, icke-diskriminering och tillgänglighet. Deltagare följs upp med könsuppdelad statistik på sammanställd nivå, aldrig som enskilda personer.',
  },
  notFound: {
    title: 'Sidan finns inte',
    body: 'Sidan du försökte nå finns inte. Den kan ha flyttats, eller så är adressen felstavad.',
    homeLink: 'Gå till startsidan',
  },
  routeError: {
    title: 'Något gick fel',
    body: 'Sidan kunde inte visas på grund av ett fel hos oss. Ladda om sidan eller försök igen om en stund.',
    homeLink: 'Gå till startsidan',
  },
  accessibility: {
    title: 'Tillgänglighetsredogörelse',
    intro:
      'Projektkontor Östergötland står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du kan rapportera problem till oss så att vi kan åtgärda dem.',
    statusHeading: 'Hur tillgänglig är webbplatsen?',
    status:
      'Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service. Portalen är under uppbyggnad och har ännu inte granskats i sin helhet. De brister vi känner till beskrivs nedan.',
    knownIssuesHeading: 'Innehåll som inte är tillgängligt',
    knownIssueUnbuilt:
      'Flera delar av portalen (Initiativ, Metoder, Nätverk, Material och Regionöversikt) är inte byggda ännu. Sidorna finns, men innehåller bara en kort beskrivning av vad som kommer.',
    knownIssueManualReview:
      'Portalen har ännu inte granskats manuellt med skärmläsare. Redogörelsen uppdateras när en sådan granskning är gjord.',
    knownIssueMailForm:
      'Formuläret för att rapportera problem skapar ett e-postmeddelande i ditt eget e-postprogram. Har du inget e-postprogram kan du skriva direkt till e-postadressen nedan.',
    alternativesHeading: 'Vad kan du göra om du inte kan använda delar av webbplatsen?',
    alternatives:
      'Om du inte kan använda någon del av portalen, eller behöver innehållet i ett annat format, kan du kontakta oss så hjälper vi dig att få informationen på annat sätt.',
    reportHeading: 'Rapportera brister i webbplatsens tillgänglighet',
    report:
      'Vi arbetar hela tiden med att förbättra webbplatsens tillgänglighet. Om du upptäcker problem som inte beskrivs på den här sidan, eller om du anser att vi inte uppfyller lagens krav, vill vi gärna veta det.',
    emailLead: 'E-post:',
    mailSubject: 'Tillgänglighetsbrist i Projektkontor Östergötland',
    supervisionHeading: 'Tillsyn',
    supervision:
      'Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn av lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och påpeka det.',
    supervisionLink: 'Anmäl till Digg (digg.se)',
    technicalHeading: 'Teknisk information om webbplatsens tillgänglighet',
    technical:
      'Vårt mål är att webbplatsen ska uppfylla nivå AA i Web Content Accessibility Guidelines version 2.1 (WCAG 2.1). Den är byggd för att fungera med tangentbord, skärmläsare och förstoring, på små skärmar och med inställningen för minskade rörelser.',
    testingHeading: 'Hur vi testat webbplatsen',
    testingLead: 'Vi testar webbplatsen på två sätt:',
    testingAutomated:
      'Automatiska tester med verktyget axe, som körs mot den färdigbyggda portalen i en webbläsare som en del av våra automatiska tester.',
    testingKeyboard:
      'Manuella tester med enbart tangentbord: att allt går att nå och använda, att fokus syns och att ordningen är logisk.',
    testingLimits:
      'Automatiska tester hittar inte alla brister. Därför är dina synpunkter viktiga för oss.',
  },
  reportForm: {
    heading: 'Rapportera ett problem',
    intro:
      'Fyll i formuläret så skapas ett färdigt e-postmeddelande som du skickar från ditt eget e-postprogram. Inget skickas förrän du själv skickar meddelandet.',
    descriptionLabel: 'Beskriv problemet',
    descriptionHint: 'Vad försökte du göra, och vad hände? Skriv gärna vilket hjälpmedel du använder.',
    pageLabel: 'Sida där problemet finns (frivilligt)',
    pageHint: 'Till exempel sidans namn eller adress.',
    emailLabel: 'Din e-postadress (frivilligt)',
    emailHint: 'Fyll i om du vill att vi svarar dig.',
    submit: 'Skapa e-postmeddelande',
    errorPrefix: 'Fel:',
    summaryHeading: 'Formuläret innehåller fel',
    descriptionRequired: 'Beskriv problemet du stötte på.',
    descriptionTooLong: 'Beskrivningen får vara högst {{max}} tecken. Nu är den {{length}} tecken.',
    emailInvalid: 'Skriv e-postadressen i formatet namn@exempel.se.',
    readyHeading: 'E-postmeddelandet är klart',
    readyText: 'Öppna meddelandet i ditt e-postprogram och skicka det.',
    openMail: 'Öppna e-postmeddelandet',
    fallback: 'Om inget e-postprogram öppnas kan du kopiera din beskrivning och skicka den till {{address}}.',
    mailSubject: 'Tillgänglighetsproblem i Projektkontor Östergötland',
    mailDescription: 'Beskrivning',
    mailPage: 'Sida',
    mailReplyTo: 'Svara till',
    mailNotGiven: 'Inte angiven',
  },
  register: registerSv,
  forms: formsSv,
  initiativeForm: initiativeFormSv,
  methods: methodsSv,
  changeHistory: changeHistorySv,
};

export type Messages = typeof sv;
