import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Who may import whom: web and api never import each other; shared code imports neither. */
const DEP_CONSTRAINTS = [
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:identity', onlyDependOnLibsWithTags: ['scope:identity', 'scope:shared'] },
  { sourceTag: 'scope:test', onlyDependOnLibsWithTags: ['scope:api', 'scope:web', 'scope:identity', 'scope:shared'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
  { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:data', 'type:util'] },
  { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:data', 'type:ui', 'type:util'] },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:data', 'type:ui', 'type:util'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:app', 'type:feature', 'type:data', 'type:ui', 'type:util'] },
];

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '.data/**', '.nx/**', 'apps/web/src/gql/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs', '**/*.js'],
    plugins: { '@nx': nx },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Named exports only, so a symbol has one name across the code base.
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Använd namngivna exporter (named exports).' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: DEP_CONSTRAINTS,
        },
      ],
    },
  },
  {
    // Tests drive the built API and identity stand-in in-process (the code `npm start` runs); nothing else may.
    files: ['tests/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: false, allow: ['@portal/api/dist/**', '@portal/identity/dist/**'], depConstraints: DEP_CONSTRAINTS },
      ],
    },
  },
  {
    // One way to reach tenant data: the request's transaction (RequestDatabase), where row-level
    // security has its settings. Pool access only in the database, request and health code and
    // in the seeds, which run as the owner before any request, and in the mail worker, which runs
    // as the owner beside the requests.
    files: ['apps/api/src/**/*.ts'],
    ignores: [
      'apps/api/src/mail/worker/**',
      'apps/api/src/database/**',
      'apps/api/src/request/**',
      'apps/api/src/health/**',
      'apps/api/src/seed/**',
      'apps/api/src/*/demo/**',
      'apps/api/src/app.module.ts',
      'apps/api/src/**/*.spec.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@nestjs/typeorm',
              importNames: ['InjectRepository', 'InjectDataSource', 'InjectEntityManager'],
              message: 'Läs och skriv via RequestDatabase (request/request-database.ts), så att radnivåskyddet gäller.',
            },
            { name: 'pg', message: 'Läs och skriv via RequestDatabase (request/request-database.ts), så att radnivåskyddet gäller.' },
            {
              name: 'typeorm',
              importNames: ['DataSource', 'Repository'],
              message: 'Läs och skriv via RequestDatabase (request/request-database.ts), så att radnivåskyddet gäller.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tools that require a default export.
    files: ['**/vite.config.ts', '**/vitest.config.ts', '**/codegen.ts', 'eslint.config.mjs'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
    },
  },
);
