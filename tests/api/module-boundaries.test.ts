import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/test-portal.js';

// The boundary rule silently skips itself when Nx has no project graph; this proves it runs.
describe('Nx module boundaries', () => {
  const eslint = new ESLint({ cwd: REPO_ROOT });

  async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: `${REPO_ROOT}/${filePath}` });
    return (result?.messages ?? []).filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
  }

  it('forbids the web app to import the API', async () => {
    const errors = await boundaryErrors(
      'apps/web/src/boundary-probe.ts',
      "import { startPortal } from '@portal/api/dist/bootstrap.js';\nexport const probe = startPortal;\n",
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it('forbids shared code to import an app', async () => {
    const errors = await boundaryErrors(
      'libs/shared/domain/src/boundary-probe.ts',
      "import { loadConfig } from '@portal/api/dist/config/app-config.js';\nexport const probe = loadConfig;\n",
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it('lets the API and the web app import the shared domain', async () => {
    expect(await boundaryErrors('apps/api/src/boundary-probe.ts', "import { THEMES } from '@portal/shared-domain';\nexport const probe = THEMES;\n")).toEqual(
      [],
    );
    expect(await boundaryErrors('apps/web/src/boundary-probe.ts', "import { THEMES } from '@portal/shared-domain';\nexport const probe = THEMES;\n")).toEqual(
      [],
    );
  });
});

describe('one way to reach tenant data', () => {
  const eslint = new ESLint({ cwd: REPO_ROOT });
  const POOL_ACCESS = "import { InjectDataSource } from '@nestjs/typeorm';\nimport pg from 'pg';\nexport const probe = [InjectDataSource, pg];\n";

  async function restricted(filePath: string, code: string): Promise<number> {
    const [result] = await eslint.lintText(code, { filePath: `${REPO_ROOT}/${filePath}` });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').length;
  }

  it('refuses repositories, the data source and pg in feature code', async () => {
    expect(await restricted('apps/api/src/methods/access-probe.ts', POOL_ACCESS)).toBe(2);
    expect(await restricted('apps/api/src/auth/access-probe.ts', POOL_ACCESS)).toBe(2);
  });

  it('allows them where the request transaction and the seeds are made', async () => {
    expect(await restricted('apps/api/src/request/access-probe.ts', POOL_ACCESS)).toBe(0);
    expect(await restricted('apps/api/src/database/access-probe.ts', POOL_ACCESS)).toBe(0);
  });
});
