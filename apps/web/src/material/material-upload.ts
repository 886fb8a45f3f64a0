import { MATERIAL_LIMITS } from '@portal/shared-domain';

// The upload of one material file: POST /api/material-files?name=… with the raw bytes. An
// XMLHttpRequest, not fetch, since only it reports upload progress. The file is "staged" (seen
// only by the own organisation) until createMaterial or publishMaterialVersion takes it in, so
// an upload that fails or is cancelled leaves nothing in any material.

export const MATERIAL_UPLOAD_ENDPOINT = '/api/material-files';

/** What the API answers with 201. */
export interface UploadedMaterialFile {
  readonly id: string;
  readonly name: string;
  readonly mediaType: string;
  readonly sizeBytes: number;
  readonly scanStatus: string;
}

/**
 * Why an upload did not succeed. `refused` carries the server's message (in Swedish, as all its
 * messages); the others are worded by the page in the reader's language.
 */
export type UploadFailure =
  | { readonly kind: 'too-large' }
  | { readonly kind: 'refused'; readonly status: number; readonly code: string; readonly message: string }
  | { readonly kind: 'server'; readonly status: number }
  | { readonly kind: 'network' }
  | { readonly kind: 'aborted' };

export type UploadResult = { readonly ok: true; readonly file: UploadedMaterialFile } | { readonly ok: false; readonly failure: UploadFailure };

export interface UploadProgress {
  readonly loaded: number;
  readonly total: number;
}

export interface UploadHandle {
  readonly result: Promise<UploadResult>;
  /** Stops the request; the result is then `aborted`. Does nothing once it is answered. */
  readonly abort: () => void;
}

export interface UploadOptions {
  /** The same headers the GraphQL client sends (token, organisation, language): useRequestHeaders(). */
  readonly headers: () => Record<string, string>;
  readonly onProgress?: (progress: UploadProgress) => void;
  readonly endpoint?: string;
}

/** A file the client may send at all: at most MATERIAL_LIMITS.fileBytes (the server checks it again, and the type). */
export const isTooLarge = (sizeBytes: number): boolean => sizeBytes > MATERIAL_LIMITS.fileBytes;

function isUploadedFile(value: unknown): value is UploadedMaterialFile {
  if (typeof value !== 'object' || value === null) return false;
  const file = value as Record<string, unknown>;
  return typeof file['id'] === 'string' && typeof file['name'] === 'string' && typeof file['mediaType'] === 'string' && typeof file['sizeBytes'] === 'number';
}

/** The `{ error: { code, message } }` of a refusal, if the body is one. */
function errorOf(body: string): { code: string; message: string } | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null || !('error' in parsed)) return undefined;
    const error: unknown = parsed.error;
    if (typeof error !== 'object' || error === null) return undefined;
    const { code, message } = error as Record<string, unknown>;
    return typeof message === 'string' && message.trim() ? { code: typeof code === 'string' ? code : '', message } : undefined;
  } catch {
    return undefined;
  }
}

/** What a finished request means: the stored file, or why not. */
export function uploadResultOf(status: number, body: string): UploadResult {
  if (status === 201 || status === 200) {
    try {
      const parsed: unknown = JSON.parse(body);
      if (isUploadedFile(parsed)) return { ok: true, file: parsed };
    } catch {
      // Falls through: an answer without the file is a server failure.
    }
    return { ok: false, failure: { kind: 'server', status } };
  }
  const error = errorOf(body);
  if (error) return { ok: false, failure: { kind: 'refused', status, code: error.code, message: error.message } };
  // A proxy's bare 413 says the same as the server's own.
  if (status === 413) return { ok: false, failure: { kind: 'too-large' } };
  return { ok: false, failure: { kind: 'server', status } };
}

/** Uploads one file; refuses one over the size limit before sending anything. */
export function uploadMaterialFile(file: File, { headers, onProgress, endpoint = MATERIAL_UPLOAD_ENDPOINT }: UploadOptions): UploadHandle {
  if (isTooLarge(file.size)) return { result: Promise.resolve({ ok: false, failure: { kind: 'too-large' } }), abort: () => undefined };
  const request = new XMLHttpRequest();
  const result = new Promise<UploadResult>((resolve) => {
    request.open('POST', `${endpoint}?name=${encodeURIComponent(file.name)}`);
    for (const [name, value] of Object.entries(headers())) request.setRequestHeader(name, value);
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.setRequestHeader('accept', 'application/json');
    request.upload.onprogress = (event) => onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    request.onload = () => resolve(uploadResultOf(request.status, typeof request.responseText === 'string' ? request.responseText : ''));
    request.onerror = () => resolve({ ok: false, failure: { kind: 'network' } });
    request.ontimeout = () => resolve({ ok: false, failure: { kind: 'network' } });
    request.onabort = () => resolve({ ok: false, failure: { kind: 'aborted' } });
    request.send(file);
  });
  return { result, abort: () => request.abort() };
}
