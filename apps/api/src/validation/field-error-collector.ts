import { badUserInput } from '../graphql/portal-error.js';

/** Collects field errors and throws them together, so the form can show all at once. */
export class FieldErrorCollector {
  readonly errors: Record<string, string> = {};

  add(field: string, message: string): void {
    this.errors[field] ??= message;
  }

  throwIfAny(): void {
    const entries = Object.entries(this.errors);
    if (entries.length === 0) return;
    throw badUserInput(entries.length === 1 ? entries[0]![1] : `Rätta ${entries.length} fält som är markerade.`, this.errors);
  }
}
