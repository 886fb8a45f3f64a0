import { getMetadataArgsStorage } from 'typeorm';

/** One stored column of an entity, as its TypeORM decorator declares it. */
export interface RecordColumn {
  readonly property: string;
  readonly column: string;
  /** The PostgreSQL type without `[]`: `text`, `jsonb`, `date`, `uuid` … */
  readonly type: string;
  readonly array: boolean;
}

/** Columns kept by the record's bookkeeping (ids, version, archive, timestamps, demo flag), never written from a form. */
const BOOKKEEPING = new Set(['id', 'organizationId', 'version', 'archivedAt', 'createdAt', 'updatedAt', 'isDemo']);

export interface RecordColumnsOptions<V> {
  /**
   * Value properties stored in several columns, by sub-key: `contactPerson: { name: 'contactName',
   * email: 'contactEmail' }`. Everything else maps one value property to the entity property of the same name.
   */
  readonly composites?: { readonly [K in keyof V]?: Readonly<Record<string, string>> };
}

export interface RecordWrite {
  readonly columns: string[];
  readonly placeholders: string[];
  readonly params: unknown[];
}

type Entity<Row> = abstract new (...args: never[]) => Row;

/**
 * The columns of a tenant record, read from its TypeORM entity (inherited columns included), so
 * SELECT lists, row objects, INSERT/UPDATE parameters and the values the change log compares all
 * follow the entity: a new column is declared once, on the entity. Rows come back keyed by the
 * entity's property names (`startDate`, not `start_date`).
 *
 * What a user writes (`Values`) is every column the entity declares except bookkeeping, columns
 * kept by triggers (`insert: false`) and hidden ones (`select: false`), plus the declared composites.
 */
export class RecordColumns<Row extends object, Values extends object> {
  readonly columns: readonly RecordColumn[];
  /** The value properties, in the entity's order; the validation must produce exactly these. */
  readonly valueKeys: readonly string[];
  private readonly byProperty: ReadonlyMap<string, RecordColumn>;
  private readonly readable: readonly string[];
  private readonly composites: Readonly<Record<string, Readonly<Record<string, string>>>>;

  constructor(entity: Entity<Row>, options: RecordColumnsOptions<Values> = {}) {
    const chain: unknown[] = [];
    for (let target: unknown = entity; typeof target === 'function' && target !== Function.prototype; target = Object.getPrototypeOf(target))
      chain.push(target);
    const declared = getMetadataArgsStorage().columns.filter((c) => chain.includes(c.target));
    if (declared.length === 0) throw new Error(`RecordColumns: ${entity.name} declares no columns`);
    // Parents first, as the table was created.
    declared.sort((a, b) => chain.indexOf(b.target) - chain.indexOf(a.target));
    this.columns = declared.map((c) => ({
      property: c.propertyName,
      column: c.options.name ?? c.propertyName,
      type: String(c.options.type ?? 'text'),
      array: c.options.array === true,
    }));
    this.byProperty = new Map(this.columns.map((c) => [c.property, c]));
    const hidden = new Set(declared.filter((c) => c.options.select === false).map((c) => c.propertyName));
    const derived = new Set(declared.filter((c) => c.options.insert === false).map((c) => c.propertyName));
    this.readable = this.columns.map((c) => c.property).filter((p) => !hidden.has(p));
    this.composites = (options.composites ?? {}) as Record<string, Record<string, string>>;
    const inComposites = new Set(Object.values(this.composites).flatMap((parts) => Object.values(parts)));
    for (const property of inComposites) if (!this.byProperty.has(property)) throw new Error(`RecordColumns: ${entity.name} has no column ${property}`);
    const keys: string[] = [];
    for (const c of this.columns) {
      if (BOOKKEEPING.has(c.property) || hidden.has(c.property) || derived.has(c.property)) continue;
      const composite = Object.entries(this.composites).find(([, parts]) => Object.values(parts).includes(c.property))?.[0];
      const key = composite ?? c.property;
      if (!keys.includes(key)) keys.push(key);
    }
    this.valueKeys = keys;
  }

  /** The database column of an entity property. */
  column(property: keyof Row & string): string {
    const found = this.byProperty.get(property);
    if (!found) throw new Error(`RecordColumns: no column for ${property}`);
    return found.column;
  }

  /**
   * `alias.column AS "property", …` for these properties (all readable columns by default).
   * Dates come as text (ÅÅÅÅ-MM-DD), so no time zone can shift them.
   */
  select(alias: string, properties: Iterable<keyof Row & string> = this.readable as Array<keyof Row & string>): string {
    const list: string[] = [];
    for (const property of properties) {
      const c = this.byProperty.get(property);
      if (!c) throw new Error(`RecordColumns: no column for ${property}`);
      list.push(`${alias}.${c.column}${c.type === 'date' && !c.array ? '::text' : ''} AS "${c.property}"`);
    }
    return list.join(', ');
  }

  /**
   * The columns a set of GraphQL fields needs: a field named like a column needs that column, a
   * field listed in `needs` the columns listed there, any other field (resolved elsewhere) none;
   * `id` and `organizationId` always, since access and loaders go by them.
   */
  selectFor(alias: string, fields: Iterable<string>, needs: Readonly<Record<string, readonly (keyof Row & string)[]>>): string {
    const properties = new Set<keyof Row & string>(['id', 'organizationId'] as Array<keyof Row & string>);
    for (const field of fields) {
      const needed = Object.prototype.hasOwnProperty.call(needs, field) ? needs[field]! : this.readable.includes(field) ? [field as keyof Row & string] : [];
      for (const property of needed) properties.add(property);
    }
    return this.select(alias, properties);
  }

  /** Columns, `$n::type` placeholders (numbered from `first`) and parameters for writing all values. */
  write(values: Values, first = 1): RecordWrite {
    const columns: string[] = [];
    const placeholders: string[] = [];
    const params: unknown[] = [];
    const add = (property: string, value: unknown) => {
      const c = this.byProperty.get(property);
      if (!c) throw new Error(`RecordColumns: no column for ${property}`);
      columns.push(c.column);
      placeholders.push(`$${first + params.length}${placeholderCast(c)}`);
      params.push(c.type === 'jsonb' ? JSON.stringify(value) : value);
    };
    const record = values as Record<string, unknown>;
    for (const key of this.valueKeys) {
      const parts = this.composites[key];
      if (parts) {
        const value = (record[key] ?? {}) as Record<string, unknown>;
        for (const [part, property] of Object.entries(parts)) add(property, value[part]);
      } else {
        add(key, record[key]);
      }
    }
    return { columns, placeholders, params };
  }

  /** `column = $n::type, …` and the parameters, for an UPDATE of all values. */
  assignments(values: Values, first = 1): { sql: string; params: unknown[] } {
    const { columns, placeholders, params } = this.write(values, first);
    return { sql: columns.map((column, index) => `${column} = ${placeholders[index]}`).join(', '), params };
  }

  /** A stored row (read with `select`) as the values validation produces: what the change log compares. */
  valuesOf(row: Row): Values {
    const record = row as Record<string, unknown>;
    const values: Record<string, unknown> = {};
    for (const key of this.valueKeys) {
      const parts = this.composites[key];
      values[key] = parts ? Object.fromEntries(Object.entries(parts).map(([part, property]) => [part, record[property]])) : record[key];
    }
    return values as Values;
  }
}

function placeholderCast(c: RecordColumn): string {
  if (c.array) return `::${c.type}[]`;
  return c.type === 'text' ? '' : `::${c.type}`;
}
