/**
 * Opens and closes an editor below it (aria-expanded tells the state). Editors are mounted only
 * while open, so each page has at most the forms in use asking before unsaved changes are left.
 * In a list, `accessibleLabel` names the row ("Ändra beslut 2027:1") and `id` lets focus return to it.
 */
export function ToggleButton({
  label,
  accessibleLabel,
  id,
  expanded,
  controls,
  onToggle,
}: {
  readonly label: string;
  readonly accessibleLabel?: string;
  readonly id?: string;
  readonly expanded: boolean;
  readonly controls: string;
  readonly onToggle: () => void;
}) {
  return (
    <button
      type="button"
      id={id}
      className="button button--secondary"
      aria-label={accessibleLabel}
      aria-expanded={expanded}
      aria-controls={controls}
      onClick={onToggle}
    >
      {label}
    </button>
  );
}
