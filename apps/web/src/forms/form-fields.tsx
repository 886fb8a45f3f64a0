import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldId } from './field-id-prefix';
import '../styles/forms.css';

// Every input kind of the portal's forms: label, hint, error and required marker, tied together
// with aria-describedby. The control's id comes from its field path (see field-id-prefix.tsx).

interface FieldBaseProps {
  /** The field's path in the form's values, e.g. `partners.1.name`; also names its errors. */
  readonly path: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string | undefined;
  readonly required?: boolean;
  /** Read before the error by screen readers only, e.g. "Fel:", where a form wants it (GOV.UK's pattern). */
  readonly errorPrefix?: string;
}

export interface FieldOption {
  readonly value: string;
  readonly label: string;
}

/** The ids a control points at: its error first (read first), then its help text. */
export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  return [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
}

/** The required marker in words, not only an asterisk, so every screen reader says it. */
export function RequiredMarker() {
  const { t } = useTranslation();
  return <span className="field__required"> {t('forms.required')}</span>;
}

/** A field's hint and error paragraphs, with the ids describedBy() points at. */
export function FieldMessages({
  id,
  hint,
  error,
  errorPrefix,
}: {
  readonly id: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly errorPrefix?: string | undefined;
}) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {errorPrefix && <span className="visually-hidden">{errorPrefix} </span>}
          {error}
        </p>
      )}
    </>
  );
}

/** Label, hint and error around one control; for a control of its own, use it with describedBy(). */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  required,
  errorPrefix,
  children,
}: { readonly id: string; readonly children: ReactNode } & Omit<FieldBaseProps, 'path'>) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
        {required && <RequiredMarker />}
      </label>
      <FieldMessages id={id} hint={hint} error={error} errorPrefix={errorPrefix} />
      {children}
    </div>
  );
}

/** The attributes every control of a field carries. */
function controlProps(id: string, path: string, { hint, error, required }: Pick<FieldBaseProps, 'hint' | 'error' | 'required'>) {
  return {
    id,
    name: path,
    'aria-required': required || undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, Boolean(hint), Boolean(error)),
  } as const;
}

interface TextFieldProps extends FieldBaseProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'email' | 'date' | 'url' | 'tel';
  readonly inputMode?: 'numeric' | 'decimal';
  readonly autoComplete?: string;
  readonly width?: 'short' | 'medium';
  readonly maxLength?: number;
}

export function TextField({
  path,
  label,
  hint,
  error,
  required,
  value,
  onChange,
  type = 'text',
  inputMode,
  autoComplete = 'off',
  width,
  maxLength,
  errorPrefix,
}: TextFieldProps) {
  const id = useFieldId()(path);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required} errorPrefix={errorPrefix}>
      <input
        {...controlProps(id, path, { hint, error, required })}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        // Addresses and codes are not prose; red underlines there only distract.
        spellCheck={type === 'email' || type === 'url' ? false : undefined}
        maxLength={maxLength}
        className={width ? `input--${width}` : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldFrame>
  );
}

interface TextAreaFieldProps extends FieldBaseProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly rows?: number;
  readonly maxLength?: number;
}

export function TextAreaField({ path, label, hint, error, required, value, onChange, rows = 4, maxLength, errorPrefix }: TextAreaFieldProps) {
  const id = useFieldId()(path);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required} errorPrefix={errorPrefix}>
      <textarea
        {...controlProps(id, path, { hint, error, required })}
        rows={rows}
        maxLength={maxLength}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldFrame>
  );
}

interface SelectFieldProps extends FieldBaseProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: readonly FieldOption[];
  /** Text of an empty first option, if one may be chosen. */
  readonly placeholder?: string;
}

export function SelectField({ path, label, hint, error, required, value, onChange, options, placeholder }: SelectFieldProps) {
  const id = useFieldId()(path);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <select {...controlProps(id, path, { hint, error, required })} value={value} onChange={(event) => onChange(event.target.value)}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

interface ChoiceGroupProps {
  readonly path: string;
  readonly legend: string;
  readonly hint?: string;
  readonly error?: string | undefined;
  readonly required?: boolean;
  readonly options: readonly FieldOption[];
}

/**
 * A fieldset of checkboxes or radios; the group's error and hint are read with each choice.
 * The choices' ids are the group's id plus their index, so `-0` is where an error link leads.
 */
function ChoiceGroup({
  path,
  legend,
  hint,
  error,
  required,
  options,
  type,
  isChecked,
  onToggle,
}: ChoiceGroupProps & {
  readonly type: 'checkbox' | 'radio';
  readonly isChecked: (value: string) => boolean;
  readonly onToggle: (value: string, checked: boolean) => void;
}) {
  const id = useFieldId()(path);
  return (
    <fieldset className={error ? 'choice-group field--error' : 'choice-group'} aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}>
      <legend className="choice-group__legend">
        {legend}
        {required && <RequiredMarker />}
      </legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <ul className="choice-group__list">
        {options.map((option, index) => (
          <li key={option.value} className="choice">
            <input
              id={`${id}-${index}`}
              type={type}
              // The id, not the path: radios of two forms on one page must not join one group.
              name={id}
              value={option.value}
              checked={isChecked(option.value)}
              aria-invalid={type === 'checkbox' && error ? true : undefined}
              onChange={(event) => onToggle(option.value, event.target.checked)}
            />
            <label htmlFor={`${id}-${index}`}>{option.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export function CheckboxGroup({
  values,
  onChange,
  ...group
}: ChoiceGroupProps & { readonly values: readonly string[]; readonly onChange: (values: string[]) => void }) {
  return (
    <ChoiceGroup
      {...group}
      type="checkbox"
      isChecked={(value) => values.includes(value)}
      onToggle={(value, checked) => onChange(checked ? [...values, value] : values.filter((v) => v !== value))}
    />
  );
}

/** One yes/no choice: the box, its label after it, hint and error read with it. */
export function CheckboxField({
  checked,
  onChange,
  ...field
}: Omit<FieldBaseProps, 'required'> & { readonly checked: boolean; readonly onChange: (checked: boolean) => void }) {
  const id = useFieldId()(field.path);
  return (
    <div className={field.error ? 'field field--error' : 'field'}>
      <div className="choice">
        <input {...controlProps(id, field.path, field)} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
        <label htmlFor={id}>{field.label}</label>
      </div>
      <FieldMessages id={id} hint={field.hint} error={field.error} errorPrefix={field.errorPrefix} />
    </div>
  );
}

export function RadioGroup({ value, onChange, ...group }: ChoiceGroupProps & { readonly value: string; readonly onChange: (value: string) => void }) {
  return <ChoiceGroup {...group} type="radio" isChecked={(option) => value === option} onToggle={(option) => onChange(option)} />;
}
