import { useId, type ReactNode } from 'react';
import '../styles/forms.css';

interface GroupProps {
  readonly legend: string;
  readonly hint?: string | undefined;
  readonly children: ReactNode;
}

/** A titled part of a long form (Grunduppgifter, Finansiering …), its hint read on entering it. */
export function FormSection({ legend, hint, children }: GroupProps) {
  const hintId = useId();
  return (
    <fieldset className="form-section" aria-describedby={hint ? hintId : undefined}>
      <legend className="form-section__legend">{legend}</legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {children}
    </fieldset>
  );
}

/** Fields that belong together inside a section (a person, one row of a list), framed as a box. */
export function FieldGroup({ legend, hint, children }: GroupProps) {
  const hintId = useId();
  return (
    <fieldset className="form-row" aria-describedby={hint ? hintId : undefined}>
      <legend className="form-row__legend">{legend}</legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {children}
    </fieldset>
  );
}
