import type { Logger, QueryRunner } from 'typeorm';

let statements = 0;

/** Statements sent by the API's pool since start; tests read it around a request to prove no N+1. */
export function statementCount(): number {
  return statements;
}

/**
 * TypeORM calls `logQuery` for every statement it sends, whatever the logging option, so this
 * logger counts them at the cost of one increment; everything else is left to pino.
 */
export class StatementCountingLogger implements Logger {
  logQuery(_query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    statements++;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
