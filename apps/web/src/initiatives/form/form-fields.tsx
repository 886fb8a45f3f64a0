import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from './form-errors';

interface FieldBaseProps {
  readonly path: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string | undefined;
  readonly required?: boolean;
}

/** The ids a control points at: its error first (read first), then its help text. */
export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  return [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
}

function FieldFrame({ id, label, hint, error, required, children }: { readonly id: string; readonly children: ReactNode } & Omit<FieldBaseProps, 'path'>) {
  const { t } = useTranslation();
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
        {required && <span className="field__required"> {t('initiativeForm.required')}</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

interface TextFieldProps extends FieldBaseProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'email' | 'date' | 'url';
  readonly inputMode?: 'numeric' | 'decimal';
  readonly autoComplete?: string;
  readonly width?: 'short' | 'medium';
}

export function TextField({ path, label, hint, error, required, value, onChange, type = 'text', inputMode, autoComplete = 'off', width }: TextFieldProps) {
  const id = fieldId(path);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <input
        id={id}
        name={path}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        className={width ? `input--${width}` : undefined}
        value={value}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldFrame>
  );
}

interface TextAreaFieldProps extends FieldBaseProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly rows?: number;
}

export function TextAreaField({ path, label, hint, error, required, value, onChange, rows = 4 }: TextAreaFieldProps) {
  const id = fieldId(path);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <textarea
        id={id}
        name={path}
        rows={rows}
        value={value}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldFrame>
  );
}

interface SelectFieldProps extends FieldBaseProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: ReadonlyArray<{ readonly value: string; readonly label: string }>;
  /** Text of an empty first option, if one may be chosen. */
  readonly placeholder?: string;
}

export function SelectField({ path, label, hint, error, required, value, onChange, options, placeholder }: SelectFieldProps) {
  const id = fieldId(path);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <select
        id={id}
        name={path}
        value={value}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
        onChange={(event) => onChange(event.target.value)}
      >
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
  readonly options: ReadonlyArray<{ readonly value: string; readonly label: string }>;
}

/** A fieldset of checkboxes or radios; the group's error and hint are read with each choice. */
function ChoiceGroup({
  path,
  legend,
  hint,
  error,
  options,
  type,
  isChecked,
  onToggle,
}: ChoiceGroupProps & { readonly type: 'checkbox' | 'radio'; readonly isChecked: (value: string) => boolean; readonly onToggle: (value: string, checked: boolean) => void }) {
  const id = fieldId(path);
  return (
    <fieldset className={error ? 'choice-group field--error' : 'choice-group'} aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}>
      <legend className="choice-group__legend">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      <ul className="choice-group__list">
        {options.map((option, index) => (
          <li key={option.value} className="choice">
            <input
              id={`${id}-${index}`}
              type={type}
              name={path}
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

export function CheckboxGroup({ values, onChange, ...group }: ChoiceGroupProps & { readonly values: readonly string[]; readonly onChange: (values: string[]) => void }) {
  return (
    <ChoiceGroup
      {...group}
      type="checkbox"
      isChecked={(value) => values.includes(value)}
      onToggle={(value, checked) => onChange(checked ? [...values, value] : values.filter((v) => v !== value))}
    />
  );
}

export function RadioGroup({ value, onChange, ...group }: ChoiceGroupProps & { readonly value: string; readonly onChange: (value: string) => void }) {
  return <ChoiceGroup {...group} type="radio" isChecked={(option) => value === option} onToggle={(option) => onChange(option)} />;
}
