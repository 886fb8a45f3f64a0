import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { flushSync } from 'react-dom';
import { useRequestHeaders } from '../auth/request-headers';
import { useFieldId } from '../forms/field-id-prefix';
import { CheckboxField, describedBy, FieldMessages, RequiredMarker } from '../forms/form-fields';
import type { MaterialFileFieldsFragment } from '../gql/graphql';
import { useLocale } from '../i18n/use-locale';
import { fileTypeLabel, formatFileSize } from './material-format';
import { uploadMaterialFile, type UploadedMaterialFile, type UploadFailure, type UploadHandle } from './material-upload';
import { useMaterialTranslation } from './material.i18n';

export interface UploadEntry {
  readonly key: string;
  readonly name: string;
  readonly sizeBytes: number;
  readonly status: 'uploading' | 'done' | 'failed';
  readonly loaded: number;
  readonly file?: UploadedMaterialFile;
  readonly failure?: UploadFailure;
}

let nextKey = 0;

/**
 * The uploads of one form: each chosen file is sent at once, with its progress; a done upload is
 * a staged file whose id the form sends when it saves. Leaving the page cancels what still runs.
 */
export function useMaterialUploads() {
  const { t } = useMaterialTranslation();
  const headers = useRequestHeaders();
  const [entries, setEntries] = useState<readonly UploadEntry[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const handles = useRef(new Map<string, UploadHandle>());
  const failureText = useFailureText();

  useEffect(() => {
    const running = handles.current;
    return () => {
      for (const handle of running.values()) handle.abort();
    };
  }, []);

  const update = (key: string, change: Partial<UploadEntry>) =>
    setEntries((current) => current.map((entry) => (entry.key === key ? { ...entry, ...change } : entry)));

  const add = (files: readonly File[]) => {
    const added = files.map((file) => ({ file, key: `upload-${(nextKey += 1)}` }));
    setEntries((current) => [
      ...current,
      ...added.map(({ file, key }) => ({ key, name: file.name, sizeBytes: file.size, status: 'uploading' as const, loaded: 0 })),
    ]);
    for (const { file, key } of added) {
      const handle = uploadMaterialFile(file, { headers, onProgress: ({ loaded }) => update(key, { loaded }) });
      handles.current.set(key, handle);
      void handle.result.then((result) => {
        handles.current.delete(key);
        // A cancelled upload is gone from the list already.
        if (!result.ok && result.failure.kind === 'aborted') return;
        if (result.ok) {
          update(key, { status: 'done', loaded: file.size, file: result.file });
          setAnnouncement(t('material.upload.announceDone', { name: file.name }));
        } else {
          update(key, { status: 'failed', failure: result.failure });
          setAnnouncement(t('material.upload.announceFailed', { name: file.name, message: failureText(result.failure) }));
        }
      });
    }
  };

  const cancel = (key: string) => {
    const entry = entries.find((candidate) => candidate.key === key);
    handles.current.get(key)?.abort();
    handles.current.delete(key);
    setEntries((current) => current.filter((candidate) => candidate.key !== key));
    if (entry?.status === 'uploading') setAnnouncement(t('material.upload.announceCancelled', { name: entry.name }));
  };

  return {
    entries,
    announcement,
    add,
    /** Cancels a running upload, or takes a finished or failed one off the list. */
    cancel,
    uploading: entries.some((entry) => entry.status === 'uploading'),
    failed: entries.some((entry) => entry.status === 'failed'),
    /** The staged files, in the order they were chosen. */
    uploadedIds: entries.flatMap((entry) => (entry.status === 'done' && entry.file ? [entry.file.id] : [])),
  };
}

export type MaterialUploads = ReturnType<typeof useMaterialUploads>;

/** Mirrors the finished uploads into a form's values (its unsaved-changes warning reads those); `set` is the form's (stable) setter. */
export function useMirroredUploads(uploadedIds: readonly string[], set: (key: 'uploadedFileIds', ids: readonly string[]) => void): void {
  const key = uploadedIds.join(',');
  useEffect(() => {
    set('uploadedFileIds', key ? key.split(',') : []);
  }, [key, set]);
}

/** Why an upload failed, in words: the server's own message when it gave one. */
export function useFailureText() {
  const { t } = useMaterialTranslation();
  return useCallback(
    (failure: UploadFailure): string => {
      switch (failure.kind) {
        case 'refused':
          return failure.message;
        case 'too-large':
          return t('material.upload.errors.tooLarge');
        case 'network':
        case 'aborted':
          return t('material.upload.errors.network');
        case 'server':
          return t('material.upload.errors.server');
      }
    },
    [t],
  );
}

interface MaterialFilesFieldsetProps {
  readonly legend: string;
  readonly uploads: MaterialUploads;
  readonly error?: string | undefined;
  /** New version: the current version's files, each kept unless unticked. */
  readonly current?: { readonly number: number; readonly files: readonly MaterialFileFieldsFragment[] } | null;
  readonly keptIds?: readonly string[];
  readonly onKeptChange?: (ids: string[]) => void;
}

/**
 * The files of a new version: the current ones to keep (new version only), the chosen uploads
 * with their progress and a way to cancel or remove each, and the file input. Outcomes are told
 * in a polite live region; focus returns to the input when a row goes away.
 */
export function MaterialFilesFieldset({ legend, uploads, error, current, keptIds = [], onKeptChange }: MaterialFilesFieldsetProps) {
  const { t } = useMaterialTranslation();
  const locale = useLocale();
  const fieldId = useFieldId();
  const inputId = fieldId('fileIds');
  const inputRef = useRef<HTMLInputElement>(null);
  const failureText = useFailureText();
  const hint = t('material.upload.hint');

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.currentTarget.files ?? []);
    // Cleared, so the same file can be chosen again after a failure.
    event.currentTarget.value = '';
    if (files.length > 0) uploads.add(files);
  }

  function cancel(key: string) {
    flushSync(() => uploads.cancel(key));
    inputRef.current?.focus();
  }

  return (
    <fieldset className="form-section">
      <legend className="form-section__legend">{legend}</legend>
      {current && current.files.length > 0 && onKeptChange && (
        <fieldset className="form-row">
          <legend className="form-row__legend">{t('material.upload.current', { number: current.number })}</legend>
          <p className="field__hint">{t('material.upload.currentHint')}</p>
          {current.files.map((file) => (
            <CheckboxField
              key={file.id}
              path={`keep.${file.id}`}
              label={t('material.upload.keep', { name: file.name })}
              hint={t('material.files.meta', { type: fileTypeLabel(file.mediaType, locale), size: formatFileSize(file.sizeBytes, locale) })}
              checked={keptIds.includes(file.id)}
              onChange={(checked) =>
                onKeptChange(
                  checked ? current.files.filter((f) => f.id === file.id || keptIds.includes(f.id)).map((f) => f.id) : keptIds.filter((id) => id !== file.id),
                )
              }
            />
          ))}
        </fieldset>
      )}
      <div className={error ? 'field field--error' : 'field'}>
        <label className="field__label" htmlFor={inputId}>
          {t('material.upload.input')}
          {!current && <RequiredMarker />}
        </label>
        <FieldMessages id={inputId} hint={hint} error={error} />
        <input
          ref={inputRef}
          id={inputId}
          name="fileIds"
          type="file"
          multiple
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(inputId, true, Boolean(error))}
          onChange={choose}
        />
      </div>
      {uploads.entries.length > 0 && (
        <>
          <p className="field__label" id={`${inputId}-added`}>
            {t('material.upload.added')}
          </p>
          <ul className="material-uploads" aria-labelledby={`${inputId}-added`}>
            {uploads.entries.map((entry) => (
              <li key={entry.key}>
                <span className="material-files__name">
                  {entry.name} <span className="hint">({formatFileSize(entry.sizeBytes, locale)})</span>
                </span>
                {entry.status === 'uploading' && (
                  <>
                    <progress max={entry.sizeBytes || 1} value={entry.loaded} aria-label={t('material.upload.progress', { name: entry.name })} />
                    <span>{t('material.upload.uploading', { percent: entry.sizeBytes ? Math.floor((entry.loaded / entry.sizeBytes) * 100) : 0 })}</span>
                  </>
                )}
                {entry.status === 'done' && <span>{t('material.upload.done')}</span>}
                {entry.status === 'failed' && entry.failure && (
                  <span className="field__error">{t('material.upload.failed', { message: failureText(entry.failure) })}</span>
                )}
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={t(entry.status === 'uploading' ? 'material.upload.cancelLabel' : 'material.upload.removeLabel', { name: entry.name })}
                  onClick={() => cancel(entry.key)}
                >
                  {t(entry.status === 'uploading' ? 'material.upload.cancel' : 'material.upload.remove')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p role="status" aria-live="polite" className="visually-hidden">
        {uploads.announcement}
      </p>
    </fieldset>
  );
}
