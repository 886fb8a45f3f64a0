/**
 * Opens and closes an editor below it (aria-expanded tells the state). Editors are mounted only
 * while open, so each page has at most the forms in use asking before unsaved changes are left.
 */
export function ToggleButton({
  label,
  expanded,
  controls,
  onToggle,
}: {
  readonly label: string;
  readonly expanded: boolean;
  readonly controls: string;
  readonly onToggle: () => void;
}) {
  return (
    <button type="button" className="button button--secondary" aria-expanded={expanded} aria-controls={controls} onClick={onToggle}>
      {label}
    </button>
  );
}
