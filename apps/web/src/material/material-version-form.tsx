import { useState } from 'react';
import { MATERIAL_LIMITS } from '@portal/shared-domain';
import { FieldIdPrefix } from '../forms/field-id-prefix';
import { TextAreaField } from '../forms/form-fields';
import { FormActions, FormFeedback } from '../forms/form-feedback';
import { useFormSubmit, type SubmitOutcome } from '../forms/use-form-submit';
import type { MaterialFileFieldsFragment, MaterialVersionInput } from '../gql/graphql';
import { MaterialFilesFieldset, useMaterialUploads, useMirroredUploads } from './material-file-uploads';
import {
  MATERIAL_FIELD_PREFIX,
  materialFocusTarget,
  toMaterialVersionInput,
  validateMaterialFiles,
  versionFieldOrder,
  type MaterialVersionState,
} from './material-form-state';
import { useMaterialTranslation } from './material.i18n';

interface MaterialVersionFormProps {
  readonly current: { readonly number: number; readonly files: readonly MaterialFileFieldsFragment[] } | null;
  readonly onSubmit: (input: MaterialVersionInput) => Promise<SubmitOutcome>;
  readonly onSaved: (id: string) => void;
  readonly onReloadLatest?: () => Promise<void>;
  readonly notice?: string | undefined;
}

/** A new version: the current files to keep (all ticked), new uploads and what changed. */
export function MaterialVersionForm({ current, onSubmit, onSaved, onReloadLatest, notice }: MaterialVersionFormProps) {
  const { t } = useMaterialTranslation();
  const uploads = useMaterialUploads();
  const [initial] = useState<MaterialVersionState>(() => ({ keptFileIds: current?.files.map((file) => file.id) ?? [], note: '', uploadedFileIds: [] }));
  const form = useFormSubmit({
    initial,
    fieldOrder: versionFieldOrder,
    validate: (state) =>
      Object.fromEntries(
        Object.entries(
          validateMaterialFiles({ fileCount: state.keptFileIds.length + uploads.uploadedIds.length, failed: uploads.failed, note: state.note }, true),
        ).map(([path, key]) => [path, t(`material.form.clientErrors.${key}`)]),
      ),
    submit: (state) => onSubmit(toMaterialVersionInput(state.keptFileIds, uploads.uploadedIds, state.note)),
    onSaved,
  });
  const { values, set, errorOf } = form;
  useMirroredUploads(uploads.uploadedIds, set);
  const note: { label: string; hint?: string } = t('material.form.fields.note', { returnObjects: true });
  return (
    <FieldIdPrefix prefix={MATERIAL_FIELD_PREFIX}>
      {notice && (
        <div role="status" className="notice">
          <p>{notice}</p>
        </div>
      )}
      <FormFeedback
        form={form}
        saveFailed={t('material.form.saveFailed')}
        conflictHeading={t('material.form.conflictHeading')}
        targetOf={materialFocusTarget}
        onReloadLatest={onReloadLatest}
      />
      <form noValidate onSubmit={form.onSubmit}>
        <MaterialFilesFieldset
          legend={t('material.upload.legendVersion')}
          uploads={uploads}
          error={errorOf('fileIds')}
          current={current}
          keptIds={values.keptFileIds}
          onKeptChange={(ids) => set('keptFileIds', ids)}
        />
        <TextAreaField
          path="note"
          rows={3}
          maxLength={MATERIAL_LIMITS.note}
          {...note}
          error={errorOf('note')}
          value={values.note}
          onChange={(v) => set('note', v)}
        />
        <FormActions
          submitLabel={t('material.form.publish')}
          submitting={form.submitting}
          waitingFor={uploads.uploading ? t('material.upload.waiting') : undefined}
        />
      </form>
    </FieldIdPrefix>
  );
}
