/** The portal's addresses. Swedish, since they are read and shared by Swedish users. */
export const PATHS = {
  start: '/',
  initiatives: '/initiativ',
  newInitiative: '/initiativ/ny',
  myFollowUps: '/mina-uppfoljningar',
  methods: '/metoder',
  newMethod: '/metoder/ny',
  networks: '/natverk',
  newNetwork: '/natverk/nytt',
  myNetworks: '/mina-natverk',
  material: '/material',
  newMaterial: '/material/nytt',
  materialReviews: '/material/att-granska',
  regionOverview: '/regionoversikt',
  overlapPairs: '/regionoversikt/overlappning',
  organizations: '/organisationer',
  accessibility: '/tillganglighet',
  about: '/om-portalen',
  myOrganization: '/min-organisation',
  authCallback: '/auth/callback',
  /** Where a mail's stop link leads (MAIL_STOP_PATH in @portal/shared-domain). */
  stopMail: '/e-post/avsluta',
} as const;

export type PageKey = keyof typeof PATHS;

export const PRIMARY_NAVIGATION = [
  'start',
  'initiatives',
  'methods',
  'networks',
  'material',
  'regionOverview',
  'organizations',
] as const satisfies readonly PageKey[];

export const MAIN_CONTENT_ID = 'huvudinnehall';

/** Address of one initiative, and of its edit form. */
export const initiativePath = (id: string) => `${PATHS.initiatives}/${encodeURIComponent(id)}`;
export const editInitiativePath = (id: string) => `${initiativePath(id)}/redigera`;

/** Address of one method in the method bank, and of its edit form. */
export const methodPath = (id: string) => `${PATHS.methods}/${encodeURIComponent(id)}`;
export const editMethodPath = (id: string) => `${methodPath(id)}/redigera`;

/** Address of one network, of its edit form and of one of its meetings. */
export const networkPath = (id: string) => `${PATHS.networks}/${encodeURIComponent(id)}`;
export const editNetworkPath = (id: string) => `${networkPath(id)}/redigera`;
export const meetingPath = (networkId: string, meetingId: string) => `${networkPath(networkId)}/moten/${encodeURIComponent(meetingId)}`;

/** Address of one material, its metadata form and its new-version form. */
export const materialPath = (id: string) => `${PATHS.material}/${encodeURIComponent(id)}`;
export const editMaterialPath = (id: string) => `${materialPath(id)}/redigera`;
export const newMaterialVersionPath = (id: string) => `${materialPath(id)}/ny-version`;
