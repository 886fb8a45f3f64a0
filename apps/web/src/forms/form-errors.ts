import type { ChangeValueShape } from '@portal/shared-domain';
import type { CombinedError } from 'urql';

// Where a form's errors go. A form lists its field paths in the order it shows them
// (`title`, `partners.0.role`, `partners` …); errors from the client or the server are put on the
// nearest of those, and the summary lists them in that order.

/**
 * Which shown field an error path belongs to: itself; else the first field inside it
 * (`contactPerson` → `contactPerson.name`); else the nearest field above it
 * (`partners.0.name` of a portal organisation → `partners.0.role`, `partners.7` → `partners`).
 */
export function fieldForErrorPath(path: string, order: readonly string[]): string | undefined {
  if (order.includes(path)) return path;
  const inside = order.find((field) => field.startsWith(`${path}.`));
  if (inside) return inside;
  const segments = path.split('.');
  while (segments.length > 1) {
    segments.pop();
    const prefix = segments.join('.');
    if (order.includes(prefix)) return prefix;
    const first = order.find((field) => field.startsWith(`${prefix}.`));
    if (first) return first;
  }
  return undefined;
}

export interface PlacedErrors {
  /** Message per shown field path. */
  readonly byField: Readonly<Record<string, string>>;
  /** Messages that belong to no shown field (still listed in the summary). */
  readonly unplaced: readonly string[];
}

/** Puts the server's (or the client's) errors on the fields the form shows. */
export function placeErrors(errors: Readonly<Record<string, string>>, order: readonly string[]): PlacedErrors {
  const byField: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(errors)) {
    const field = fieldForErrorPath(path, order);
    if (!field) unplaced.push(message);
    else byField[field] = byField[field] && byField[field] !== message ? `${byField[field]} ${message}` : message;
  }
  return { byField, unplaced };
}

export interface SummaryItem {
  /** The field to link to; undefined for a message that belongs to no shown field. */
  readonly path: string | undefined;
  readonly message: string;
}

/** The summary's items, in the order of the fields. */
export function summaryItems(placed: PlacedErrors, order: readonly string[]): SummaryItem[] {
  const items: SummaryItem[] = order.flatMap((path) => (placed.byField[path] ? [{ path, message: placed.byField[path] }] : []));
  return [...items, ...placed.unplaced.map((message) => ({ path: undefined, message }))];
}

function firstExtensions(error: CombinedError | undefined): Record<string, unknown> | undefined {
  return error?.graphQLErrors[0]?.extensions as Record<string, unknown> | undefined;
}

/** `extensions.fieldErrors` of a BAD_USER_INPUT error, if there are any. */
export function serverFieldErrors(error: CombinedError | undefined): Record<string, string> {
  const raw = firstExtensions(error)?.['fieldErrors'];
  if (typeof raw !== 'object' || raw === null) return {};
  return Object.fromEntries(Object.entries(raw).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

export interface ConflictChange {
  readonly field: string;
  readonly label: string;
  /** As codes and parameters; word it with `formatChangeValue` in the reader's language. */
  readonly before: ChangeValueShape | null;
  readonly after: ChangeValueShape | null;
  readonly actorName: string;
  readonly changedAt: string;
}

export interface ConflictInfo {
  readonly currentVersion: number;
  readonly changes: readonly ConflictChange[];
  readonly message: string;
}

/** A change value from the server; a bare string (an older server) reads as text. */
const changeValue = (value: unknown): ChangeValueShape | null => {
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string') return value as ChangeValueShape;
  return null;
};

/** `extensions.conflict` of a CONFLICT error: what others changed since the version read. */
export function conflictOf(error: CombinedError | undefined): ConflictInfo | undefined {
  const graphQLError = error?.graphQLErrors[0];
  const extensions = firstExtensions(error);
  if (!graphQLError || extensions?.['code'] !== 'CONFLICT') return undefined;
  const raw = extensions['conflict'];
  const conflict = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const rawChanges = Array.isArray(conflict['changes']) ? (conflict['changes'] as unknown[]) : [];
  const changes = rawChanges.flatMap((item): ConflictChange[] => {
    if (typeof item !== 'object' || item === null) return [];
    const c = item as Record<string, unknown>;
    if (typeof c['field'] !== 'string') return [];
    return [
      {
        field: c['field'],
        label: typeof c['label'] === 'string' ? c['label'] : c['field'],
        before: changeValue(c['before']),
        after: changeValue(c['after']),
        actorName: typeof c['actorName'] === 'string' ? c['actorName'] : '',
        changedAt: typeof c['changedAt'] === 'string' ? c['changedAt'] : '',
      },
    ];
  });
  return {
    currentVersion: typeof conflict['currentVersion'] === 'number' ? conflict['currentVersion'] : Number.NaN,
    changes,
    message: graphQLError.message,
  };
}
