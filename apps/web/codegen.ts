import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are relative to the repository root, where Nx runs the command. The check script
// (scripts/check-codegen.mjs) points WEB_CODEGEN_OUT at a scratch folder to compare.
const outputDir = process.env['WEB_CODEGEN_OUT'] ?? 'apps/web/src/gql/';

const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    [outputDir]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        avoidOptionals: false,
      },
    },
  },
};

export default config;
