import { useEffect, useRef } from 'react';
import { useMutation } from 'urql';
import type { MaterialFileFieldsFragment, MaterialVersionFieldsFragment } from '../gql/graphql';
import { errorMessageOf } from '../graphql/error-code';
import { useLocale } from '../i18n/use-locale';
import { formatInstant } from '../networks/network-format';
import { fileTypeLabel, formatFileSize } from './material-format';
import { ActionMessage, useActionMessage } from '../ui/action-message';
import { createMaterialFileLinkMutation, MATERIAL_CHANGED, rescanMaterialFileMutation } from './material-queries';
import { useMaterialTranslation } from './material.i18n';

/**
 * The preview frame's `sandbox` attribute by type. An image is shown in a frame with every
 * restriction (`sandbox=""`). Chromium refuses its PDF viewer in any frame that has a `sandbox`
 * attribute, whatever its tokens, so a PDF's frame has none (undefined): the preview response
 * itself is sandboxed by its Content-Security-Policy (`sandbox; default-src 'none'`), its type is
 * fixed by content and sent with `nosniff`, so only the PDF viewer reads the bytes.
 */
export const previewSandboxOf = (mediaType: string): string | undefined => (mediaType === 'application/pdf' ? undefined : '');

export interface PreviewState {
  readonly file: MaterialFileFieldsFragment;
  readonly url: string;
  /** The button that opened it, which takes focus back when it closes. */
  readonly openerId: string;
}

const scanStateKey = (status: string) =>
  status === 'infected' ? 'material.files.scan.infected' : status === 'failed' ? 'material.files.scan.failed' : 'material.files.scan.pending';

const downloadButtonId = (fileId: string, scope: string) => `fil-${scope}-${fileId}-ladda-ned`;
const previewButtonId = (fileId: string, scope: string) => `fil-${scope}-${fileId}-forhandsgranska`;

/** Asks for a short-lived link to a file: a download (the page stays, the browser saves it) or a preview. */
function useFileLink() {
  const [, createLink] = useMutation(createMaterialFileLinkMutation);
  const locale = useLocale();
  return async (fileId: string, preview: boolean): Promise<{ url: string } | { error: string }> => {
    const result = await createLink({ fileId, preview });
    if (result.data) return { url: result.data.createMaterialFileLink.url };
    return { error: result.error ? errorMessageOf(result.error, locale) : '' };
  };
}

interface FileListProps {
  readonly files: readonly MaterialFileFieldsFragment[];
  /** Unique per list on the page (e.g. `v3`), so button ids do not repeat. */
  readonly scope: string;
  readonly onPreview: (preview: PreviewState) => void;
}

/** A version's files: name, type and size; download and (PDF, images) preview, or the scan state in words. */
export function MaterialFileList({ files, scope, onPreview }: FileListProps) {
  const { t } = useMaterialTranslation();
  const locale = useLocale();
  const link = useFileLink();
  const [, rescanFile] = useMutation(rescanMaterialFileMutation);
  // A failed link or the outcome of "Sök igen nu" (whose button then goes away): focus moves to it.
  const { message, report, ref } = useActionMessage();

  async function open(file: MaterialFileFieldsFragment, preview: boolean) {
    const answer = await link(file.id, preview);
    if ('error' in answer) return report('error', `${t('material.files.linkFailed')} ${answer.error}`.trim());
    // The link answers with Content-Disposition: attachment, so the page stays where it is.
    if (!preview) window.location.assign(answer.url);
    else onPreview({ file, url: answer.url, openerId: previewButtonId(file.id, scope) });
  }

  /** A new scan now; the file's state comes back with the answer, so the button goes away by itself. */
  async function rescan(file: MaterialFileFieldsFragment) {
    const result = await rescanFile({ fileId: file.id }, MATERIAL_CHANGED);
    if (result.error) report('error', `${t('material.files.rescanFailed')} ${errorMessageOf(result.error, locale)}`.trim());
    else report('ok', t('material.files.rescanQueued', { name: file.name }));
  }

  return (
    <>
      <ActionMessage message={message} messageRef={ref} />
      <ul className="material-files">
        {files.map((file) => (
          <li key={file.id}>
            <span className="material-files__name">
              {file.name}{' '}
              <span className="hint">
                {t('material.files.meta', { type: fileTypeLabel(file.mediaType, locale), size: formatFileSize(file.sizeBytes, locale) })}
              </span>
            </span>
            {file.available ? (
              <>
                <button
                  type="button"
                  id={downloadButtonId(file.id, scope)}
                  className="button button--secondary"
                  aria-label={t('material.files.downloadLabel', { name: file.name })}
                  onClick={() => void open(file, false)}
                >
                  {t('material.files.download')}
                </button>
                {file.previewable && (
                  <button
                    type="button"
                    id={previewButtonId(file.id, scope)}
                    className="button button--secondary"
                    aria-label={t('material.files.previewLabel', { name: file.name })}
                    onClick={() => void open(file, true)}
                  >
                    {t('material.files.preview')}
                  </button>
                )}
              </>
            ) : (
              <>
                <span className="tag">{t(scanStateKey(file.scanStatus))}</span>
                {file.canRescan && (
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={t('material.files.rescanLabel', { name: file.name })}
                    onClick={() => void rescan(file)}
                  >
                    {t('material.files.rescan')}
                  </button>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** One version: its number, who published it and when, the change note and the files. */
export function MaterialVersionBlock({
  version,
  onPreview,
}: {
  readonly version: MaterialVersionFieldsFragment;
  readonly onPreview: (preview: PreviewState) => void;
}) {
  const { t } = useMaterialTranslation();
  const locale = useLocale();
  return (
    <div className="material-version">
      <h3>{t('material.detail.versionHeading', { number: version.number })}</h3>
      <p className="hint">
        {t('material.detail.versionMeta', {
          date: formatInstant(version.createdAt, locale, { dateStyle: 'medium', timeStyle: 'short' }),
          name: version.createdByName,
        })}
      </p>
      <p>{version.note.trim() || t('material.detail.noNote')}</p>
      <MaterialFileList files={version.files} scope={`v${version.id}`} onPreview={onPreview} />
    </div>
  );
}

/** The sandboxed frame a PDF or an image is shown in; focus moves to it on opening and back on closing. */
export function MaterialPreview({ preview, onClose }: { readonly preview: PreviewState; readonly onClose: () => void }) {
  const { t } = useMaterialTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [preview.url]);
  return (
    <section className="material-preview" aria-labelledby="forhandsgranskning-rubrik">
      <h2 id="forhandsgranskning-rubrik" ref={headingRef} tabIndex={-1}>
        {t('material.files.previewHeading')}: {preview.file.name}
      </h2>
      <p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            onClose();
            document.getElementById(preview.openerId)?.focus();
          }}
        >
          {t('material.files.closePreview')}
        </button>
      </p>
      <iframe
        key={preview.url}
        src={preview.url}
        sandbox={previewSandboxOf(preview.file.mediaType)}
        title={t('material.files.previewTitle', { name: preview.file.name })}
        referrerPolicy="no-referrer"
      />
    </section>
  );
}
