import type { AuthContextProps } from 'react-oidc-context';
import { vi } from 'vitest';

// A stand-in for XMLHttpRequest in the upload specs: records what is sent, and lets a spec report
// progress, answer, fail or see the abort, one request at a time.

export class FakeXhr {
  static readonly sent: FakeXhr[] = [];
  method = '';
  url = '';
  readonly headers: Record<string, string> = {};
  body: unknown = undefined;
  status = 0;
  responseText = '';
  aborted = false;
  readonly upload: { onprogress: ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  onabort: (() => void) | null = null;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }
  send(body: unknown) {
    this.body = body;
    FakeXhr.sent.push(this);
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ loaded, total, lengthComputable: true });
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = typeof body === 'string' ? body : JSON.stringify(body);
    this.onload?.();
  }
  fail() {
    this.onerror?.();
  }
}

/** Puts FakeXhr in place of XMLHttpRequest for one spec; undo with vi.unstubAllGlobals(). */
export function stubXhr(): typeof FakeXhr {
  FakeXhr.sent.length = 0;
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return FakeXhr;
}

/** A file of `size` bytes as far as the upload can tell, without allocating them. */
export function fileOfSize(name: string, size: number, type = 'application/pdf'): File {
  const file = new File(['x'], name, { type });
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

/** A browser-side session as react-oidc-context gives it (the API's guard is never faked). */
export function signedInSession(sub = 'u1'): AuthContextProps {
  return {
    isLoading: false,
    isAuthenticated: true,
    user: { access_token: `token-of-${sub}`, expired: false, profile: { sub, name: 'Lena Åström', preferred_username: sub }, state: undefined },
    signinRedirect: vi.fn(),
    signoutRedirect: vi.fn(),
  } as unknown as AuthContextProps;
}

/** `me` of a signed-in user with an active organisation, as SignedInOrganization asks for it. */
export const ME_IN_MOTALA = {
  me: {
    id: 'u1',
    username: 'ordforande.hr',
    name: 'Lena Åström',
    roles: ['portal-user'],
    administeredOrganizations: [],
    organizations: [{ id: 'o1', slug: 'motala', name: 'Motala kommun', kind: 'MUNICIPALITY', municipalityCode: '0583' }],
    activeOrganization: { slug: 'motala', name: 'Motala kommun' },
  },
};
