import { registerEnumType } from '@nestjs/graphql';
import { VISIBILITY_LEVELS, type VisibilityCode } from '@portal/shared-domain';

type VisibilityEnum = { readonly [K in VisibilityCode as Uppercase<K>]: K };

/** The GraphQL enum `Visibility`, built from the shared list: PRIVATE = 'private', … */
export const Visibility = Object.fromEntries(VISIBILITY_LEVELS.map((level) => [level.code.toUpperCase(), level.code])) as VisibilityEnum;

registerEnumType(Visibility, {
  name: 'Visibility',
  description: 'Vem som får läsa posten.',
  valuesMap: Object.fromEntries(VISIBILITY_LEVELS.map((level) => [level.code.toUpperCase(), { description: level.label.sv }])),
});

/** The CHECK every tenant table carries, from the same list. */
export function visibilityCheck(column = 'visibility'): string {
  return `"${column}" IN (${VISIBILITY_LEVELS.map((level) => `'${level.code}'`).join(', ')})`;
}
