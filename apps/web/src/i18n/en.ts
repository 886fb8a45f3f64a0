import { formsEn } from '../forms/forms.i18n';
import { methodsEn } from '../methods/methods.i18n';
import { changeHistoryEn } from '../ui/change-history.i18n';
import { initiativeFormEn } from '../initiatives/form/initiative-form.i18n';
import { registerEn } from '../initiatives/register/register.i18n';
import type { Messages } from './sv';

// Typed as Messages: a missing or misspelt key is a compile error.
export const en: Messages = {
  site: {
    name: 'Projektkontor Östergötland',
    tagline: 'Working together on the labour market and competence supply in Östergötland',
  },
  shell: {
    skipLink: 'Skip to main content',
    primaryNavigation: 'Main menu',
    footerNavigation: 'About this website',
    footerText:
      'A collaboration portal for the 13 municipalities of Östergötland, Tranås Municipality and Region Östergötland.',
  },
  nav: {
    start: 'Home',
    initiatives: 'Initiatives',
    methods: 'Methods',
    networks: 'Networks',
    material: 'Material',
    regionOverview: 'Regional overview',
    organizations: 'Organisations',
    accessibility: 'Accessibility statement',
    about: 'About the portal',
    myOrganization: 'My organisation',
    myFollowUps: 'My follow-ups',
  },
  auth: {
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedInAs: 'Signed in as {{name}}',
    loadingConfig: 'Preparing sign-in …',
    configFailed: 'Sign-in could not be prepared. Reload the page, and contact support if it persists.',
    signingIn: 'Signing in …',
    signInFailed: 'Sign-in failed. Try again.',
    expired: 'Your session has expired. Sign in again to continue.',
    signInAgain: 'Sign in again',
    activeOrganization: 'Active organisation',
    chooseOrganization: 'Choose organisation',
    nowWorkingFor: 'You are now working for {{name}}.',
    noActiveOrganization: 'First choose which organisation you work for (in the menu at the top right).',
  },
  myOrganization: {
    title: 'My organisation',
    signInNeeded: 'Sign in to see your organisation.',
    loading: 'Fetching your details …',
    noOrganization: 'Your account is not a member of any organisation in the portal.',
    pickOrganization: 'You belong to several organisations. Choose the one you work for in the header.',
    organizationHeading: 'Organisation',
    kind: 'Kind',
    code: 'Municipality code',
    rolesHeading: 'Your roles',
    auditHeading: 'Latest administrative events',
    auditCaption: 'The latest administrative events in the organisation',
    auditEmpty: 'No events yet.',
    columnTime: 'Time',
    columnAction: 'Event',
    columnActor: 'Done by',
    columnSubject: 'Concerns',
  },
  invitations: {
    heading: 'My invitations',
    loading: 'Fetching your invitations …',
    intro: 'You have been invited to become a member of an organisation. You become a member only when you accept.',
    invitedBy: 'Invited by {{name}}',
    accept: 'Accept {{organization}}',
    decline: 'Decline {{organization}}',
    accepted: 'You are now a member of {{organization}}.',
    declined: 'You have declined {{organization}}.',
  },
  members: {
    heading: 'Members',
    loading: 'Fetching members …',
    caption: 'Members of the organisation',
    columnName: 'Name',
    columnEmail: 'E-mail',
    columnAdmin: 'Administrator',
    columnActions: 'Actions',
    yes: 'Yes',
    no: 'No',
    grantAdmin: 'Make {{name}} an administrator',
    revokeAdmin: 'Remove the administrator role from {{name}}',
    remove: 'Remove {{name}} from the organisation',
    confirmRemove: 'Yes, remove {{name}}',
    cancel: 'Cancel',
    adminGranted: '{{name}} is now an organisation administrator.',
    adminRevoked: '{{name}} is no longer an organisation administrator.',
    removed: '{{name}} has been removed from the organisation. The account remains.',
    inviteHeading: 'Invite a colleague',
    inviteIntro: 'Anyone without an account gets one and an e-mail to choose a password. Anyone who already has an account (perhaps in another organisation) gets an invitation and becomes a member only when they accept.',
    emailLabel: 'E-mail address',
    firstNameLabel: 'First name (optional)',
    lastNameLabel: 'Last name (optional)',
    inviteButton: 'Send invitation',
    invited: '{{email}} now has an account and is a member. An e-mail to choose a password has been sent.',
    invitedPending: '{{email}} already has an account and has been invited. They become a member when they accept.',
    pendingHeading: 'Invitations awaiting an answer',
    pendingCaption: 'Invitations awaiting an answer',
    pendingEmpty: 'No invitations are awaiting an answer.',
    columnInvited: 'Invited',
    withdraw: 'Withdraw the invitation to {{email}}',
    withdrawn: 'The invitation to {{email}} has been withdrawn.',
    emailInvalid: 'Enter a valid e-mail address, e.g. name@municipality.se.',
    summaryHeading: 'There is a problem with the form',
  },
  roles: {
    'portal-user': 'User',
    organizationAdmin: 'Administrator of {{name}}',
    'region-overseer': 'Regional coordinator',
    'platform-admin': 'Platform administrator',
  },
  auditActions: {
    memberInvited: 'Invited',
    memberRemoved: 'Removed',
    roleGranted: 'Role granted',
    roleRevoked: 'Role revoked',
    organizationCreated: 'Organisation created',
    invitationAccepted: 'Invitation accepted',
    invitationDeclined: 'Invitation declined',
    invitationWithdrawn: 'Invitation withdrawn',
  },
  start: {
    title: 'Home',
    heading: 'Welcome to Projektkontor Östergötland',
    lead:
      'Projektkontor Östergötland (the Östergötland project office) is a collaboration portal for the 13 municipalities of Östergötland, Tranås Municipality and Region Östergötland. It brings together work on the labour market and competence supply, so that HR departments and labour-market units can see what others are doing, build on what works and stop solving the same problems alone.',
    purposeHeading: 'What the portal is for',
    purposeOverview:
      'An overview of the initiatives in the region, whoever funds them, so that projects are coordinated instead of overlapping.',
    purposeAfterLife:
      'What lives on: what a project did and what remains in regular operations once the external funding has ended.',
    purposeNetworks: 'Networks on several levels, for example for HR managers, labour-market managers and supervisors.',
    purposeMaterial: 'Material: support material, templates and strategic documents kept up to date in one shared place.',
    sectionsHeading: 'Parts of the portal',
    progress:
      'The portal is being built step by step. Today it has the list of organisations; the parts marked “Not built yet” will come later.',
    notBuilt: 'Not built yet',
  },
  sections: {
    notBuilt: 'This part of the portal has not been built yet.',
    initiatives: {
      title: 'Initiatives',
      summary: 'Initiatives and projects in the region, whoever funds them.',
      future:
        'Here you will be able to search the region’s initiatives and projects, whoever funds them, and see what lives on after a project has ended.',
    },
    methods: {
      title: 'Methods',
      summary: 'Ways of working tried in the region, with evidence and experience.',
      future:
        'Here, methods and ways of working tried in the region will be collected, with their level of evidence, success factors and references.',
    },
    networks: {
      title: 'Networks',
      summary: 'Networks for HR, the labour market, supervisors and other groups.',
      future:
        'Here the region’s networks, such as the HR managers’ and labour-market managers’ networks, will be able to keep their members, meetings, minutes and shared material.',
    },
    material: {
      title: 'Material',
      summary: 'Support material, templates and strategic documents.',
      future:
        'Here support material, templates, process maps and strategic documents will be collected in one place and kept up to date.',
    },
    regionOverview: {
      title: 'Regional overview',
      summary: 'Initiatives across the county: overlaps, gaps and funding.',
      future:
        'Here you will be able to see the initiatives across the county: where they overlap, where there are gaps, how they are funded and what lives on, with gender-disaggregated statistics.',
    },
    organizations: {
      title: 'Organisations',
      summary: 'The municipalities and the region that work together in the portal.',
    },
  },
  organizations: {
    title: 'Organisations',
    intro:
      'The portal’s organisations are the 13 municipalities of Östergötland, Tranås Municipality and Region Östergötland. Every initiative, network and document in the portal is owned by one of them.',
    caption: 'Organisations in the portal',
    columnName: 'Organisation',
    columnKind: 'Type',
    columnCode: 'Municipality code',
    codeNote: 'For Region Östergötland the county code is shown. The codes are those of Statistics Sweden (SCB).',
    loading: 'Loading organisations …',
    empty: 'There are no organisations to show.',
  },
  errors: {
    retry: 'Try again',
  },
  about: {
    title: 'About the portal',
    lead:
      'Projektkontor Östergötland is a regional project office for labour-market and competence-supply initiatives. The portal is the office’s tool, used by the municipalities of Östergötland, Tranås Municipality and Region Östergötland.',
    backgroundHeading: 'Background',
    background1:
      'In 2021 Linköping Municipality led two pre-studies funded by the European Social Fund: Connect 1 and Connect 2 – samverkan på riktigt (real collaboration). They showed that the municipalities’ HR departments and labour-market units work on the same staff shortage in schools, health care and elderly care, but separately.',
    background2:
      'The pre-studies found that nobody has an overview of which initiatives are running, that good project results rarely live on once external funding ends, that lessons are not shared and that support material is scattered. The answer was a shared project office, and this portal.',
    principlesHeading: 'Horizontal principles',
    principles:
      'The work shall promote gender equality, non-discrimination and accessibility. Participants are followed up with gender-disaggregated statistics at an aggregated level, never as individuals.',
  },
  notFound: {
    title: 'Page not found',
    body: 'The page you tried to reach does not exist. It may have moved, or the address may be misspelt.',
    homeLink: 'Go to the home page',
  },
  routeError: {
    title: 'Something went wrong',
    body: 'The page could not be shown because of an error on our side. Reload the page or try again shortly.',
    homeLink: 'Go to the home page',
  },
  accessibility: {
    title: 'Accessibility statement',
    intro:
      'Projektkontor Östergötland is responsible for this website. We want as many people as possible to be able to use it. This statement describes how the website complies with the Swedish Act (2018:1937) on accessibility to digital public services, the shortcomings we know of, and how you can report problems to us so that we can fix them.',
    statusHeading: 'How accessible is the website?',
    status:
      'The website is partially compliant with the Act on accessibility to digital public services. The portal is under construction and has not yet been reviewed in full. The shortcomings we know of are described below.',
    knownIssuesHeading: 'Content that is not accessible',
    knownIssueUnbuilt:
      'Several parts of the portal (Initiatives, Methods, Networks, Material and Regional overview) have not been built yet. The pages exist but only contain a short description of what is to come.',
    knownIssueManualReview:
      'The portal has not yet been reviewed manually with a screen reader. This statement will be updated once such a review has been done.',
    knownIssueMailForm:
      'The form for reporting problems creates an email in your own email program. If you have no email program, you can write directly to the email address below.',
    alternativesHeading: 'What can you do if you cannot use parts of the website?',
    alternatives:
      'If you cannot use any part of the portal, or need its content in another format, contact us and we will help you get the information another way.',
    reportHeading: 'Report accessibility problems',
    report:
      'We keep working to improve the website’s accessibility. If you find problems that are not described on this page, or think that we do not meet the requirements of the law, please let us know.',
    emailLead: 'Email:',
    mailSubject: 'Accessibility problem in Projektkontor Östergötland',
    supervisionHeading: 'Enforcement',
    supervision:
      'The Agency for Digital Government (Digg) is responsible for enforcing the Act on accessibility to digital public services. If you are not satisfied with how we handle your comments, you can contact Digg and tell them.',
    supervisionLink: 'Report to Digg (digg.se, in Swedish)',
    technicalHeading: 'Technical information about the website’s accessibility',
    technical:
      'Our goal is for the website to meet level AA of the Web Content Accessibility Guidelines version 2.1 (WCAG 2.1). It is built to work with a keyboard, screen readers and magnification, on small screens and with the reduced-motion setting.',
    testingHeading: 'How we tested the website',
    testingLead: 'We test the website in two ways:',
    testingAutomated:
      'Automated tests with the axe tool, run against the fully built portal in a web browser as part of our automated tests.',
    testingKeyboard:
      'Manual tests with the keyboard only: that everything can be reached and used, that focus is visible and that the order is logical.',
    testingLimits: 'Automated tests do not find every problem. That is why your comments matter to us.',
  },
  reportForm: {
    heading: 'Report a problem',
    intro:
      'Fill in the form and a ready-made email is created for you to send from your own email program. Nothing is sent until you send the email yourself.',
    descriptionLabel: 'Describe the problem',
    descriptionHint: 'What were you trying to do, and what happened? Feel free to mention any assistive technology you use.',
    pageLabel: 'Page where the problem is (optional)',
    pageHint: 'For example the page’s name or address.',
    emailLabel: 'Your email address (optional)',
    emailHint: 'Fill in if you would like us to reply.',
    submit: 'Create email',
    errorPrefix: 'Error:',
    summaryHeading: 'The form has errors',
    descriptionRequired: 'Describe the problem you ran into.',
    descriptionTooLong: 'The description can be at most {{max}} characters. It is now {{length}} characters.',
    emailInvalid: 'Write the email address in the format name@example.com.',
    readyHeading: 'The email is ready',
    readyText: 'Open the message in your email program and send it.',
    openMail: 'Open the email',
    fallback: 'If no email program opens, you can copy your description and send it to {{address}}.',
    mailSubject: 'Accessibility problem in Projektkontor Östergötland',
    mailDescription: 'Description',
    mailPage: 'Page',
    mailReplyTo: 'Reply to',
    mailNotGiven: 'Not given',
  },
  register: registerEn,
  forms: formsEn,
  initiativeForm: initiativeFormEn,
  methods: methodsEn,
  changeHistory: changeHistoryEn,
};
