import { afterEach, describe, expect, it, vi } from 'vitest';
import { MATERIAL_LIMITS } from '@portal/shared-domain';
import { FakeXhr, fileOfSize, stubXhr } from './material-test-utils';
import { uploadMaterialFile, uploadResultOf } from './material-upload';

const headers = () => ({ authorization: 'Bearer abc', 'x-organization': 'linkoping', 'accept-language': 'sv' });
const latest = () => FakeXhr.sent[FakeXhr.sent.length - 1]!;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the material file upload', () => {
  it('POSTs the raw file with its name in the address and the GraphQL client’s headers, and reports progress', async () => {
    stubXhr();
    const onProgress = vi.fn();
    const file = new File(['%PDF-1.4'], 'Plan för år 2 & 3.pdf', { type: 'application/pdf' });
    const { result } = uploadMaterialFile(file, { headers, onProgress });
    const request = latest();
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/api/material-files?name=Plan%20f%C3%B6r%20%C3%A5r%202%20%26%203.pdf');
    expect(request.headers).toMatchObject({
      authorization: 'Bearer abc',
      'x-organization': 'linkoping',
      'accept-language': 'sv',
      'content-type': 'application/octet-stream',
    });
    expect(request.body).toBe(file);
    request.progress(4, 8);
    expect(onProgress).toHaveBeenCalledWith({ loaded: 4, total: 8 });
    request.respond(201, { id: 'f1', name: 'Plan för år 2 & 3.pdf', mediaType: 'application/pdf', sizeBytes: 8, scanStatus: 'not-scanned' });
    await expect(result).resolves.toEqual({
      ok: true,
      file: { id: 'f1', name: 'Plan för år 2 & 3.pdf', mediaType: 'application/pdf', sizeBytes: 8, scanStatus: 'not-scanned' },
    });
  });

  it('gives the server’s message for a refused file (wrong type, virus scanner, too big)', async () => {
    stubXhr();
    const { result } = uploadMaterialFile(new File(['MZ'], 'program.exe'), { headers });
    latest().respond(400, { error: { code: 'BAD_USER_INPUT', message: 'Filtypen går inte att ladda upp.' } });
    await expect(result).resolves.toEqual({
      ok: false,
      failure: { kind: 'refused', status: 400, code: 'BAD_USER_INPUT', message: 'Filtypen går inte att ladda upp.' },
    });
    expect(uploadResultOf(422, JSON.stringify({ error: { code: 'INFECTED', message: 'Filen stoppades av virusskyddet.' } }))).toMatchObject({
      failure: { kind: 'refused', status: 422, message: 'Filen stoppades av virusskyddet.' },
    });
    // A proxy's bare 413 and 503 without the API's JSON.
    expect(uploadResultOf(413, '<html>Request Entity Too Large</html>')).toEqual({ ok: false, failure: { kind: 'too-large' } });
    expect(uploadResultOf(503, '')).toEqual({ ok: false, failure: { kind: 'server', status: 503 } });
    expect(uploadResultOf(201, 'not json')).toEqual({ ok: false, failure: { kind: 'server', status: 201 } });
  });

  it('refuses a file over 50 MB before sending anything', async () => {
    stubXhr();
    const { result } = uploadMaterialFile(fileOfSize('stor.pdf', MATERIAL_LIMITS.fileBytes + 1), { headers });
    await expect(result).resolves.toEqual({ ok: false, failure: { kind: 'too-large' } });
    expect(FakeXhr.sent).toHaveLength(0);
    // Exactly the limit is allowed.
    uploadMaterialFile(fileOfSize('lagom.pdf', MATERIAL_LIMITS.fileBytes), { headers });
    expect(FakeXhr.sent).toHaveLength(1);
  });

  it('can be cancelled, and tells a broken connection apart', async () => {
    stubXhr();
    const cancelled = uploadMaterialFile(new File(['a'], 'a.txt'), { headers });
    cancelled.abort();
    expect(latest().aborted).toBe(true);
    await expect(cancelled.result).resolves.toEqual({ ok: false, failure: { kind: 'aborted' } });

    const broken = uploadMaterialFile(new File(['b'], 'b.txt'), { headers });
    latest().fail();
    await expect(broken.result).resolves.toEqual({ ok: false, failure: { kind: 'network' } });
  });
});
