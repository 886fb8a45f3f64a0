import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pendingSchemaChanges, runMigrations } from './data-source.js';
import { startScratchDatabase } from './scratch-database.js';

/**
 * Writes a migration with the SQL that makes a migrated database match the entities.
 * The file is a draft to review and edit (grants, RLS policies, data), then commit.
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    console.error('Ange ett namn i PascalCase: npm run migration:generate -- AddInitiatives');
    process.exitCode = 1;
    return;
  }
  const database = await startScratchDatabase('migration-generate');
  try {
    await runMigrations(database.ownerUrl);
    const { up, down } = await pendingSchemaChanges(database.ownerUrl);
    if (up.length === 0) {
      console.log('Inga skillnader: ingen migrering behövs.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const fileName = `${timestamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}.migration.ts`;
    const here = path.dirname(fileURLToPath(import.meta.url));
    const target = path.resolve(here, '../../src/database/migrations', fileName);
    const lines = (queries: string[]) => queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
    await writeFile(
      target,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`,
    );
    console.log(`Skrev ${path.relative(process.cwd(), target)}. Granska den och lägg till den i migrations/index.ts.`);
  } finally {
    await database.stop();
  }
}

await main();
