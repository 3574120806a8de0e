import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '*.js', '*.mjs', '*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Request code works under the caller's gemeente only: it reaches Postgres through TenantDatabase, never
    // through the owner's handle or TypeORM's DataSource, which would run without row level security.
    files: ['apps/api/src/**/*.ts'],
    ignores: [
      // these open the tenant scope itself, or run outside any request (start-up, the import command line)
      'apps/api/src/access/tenant.interceptor.ts',
      'apps/api/src/auth/auth.service.ts',
      'apps/api/src/auth/auth.ts',
      'apps/api/src/auth/auth.module.ts',
      'apps/api/src/import/import-cli.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@regie/persistence',
              importNames: ['SystemDatabase', 'SystemDb'],
              message: 'Request code works through TenantDatabase (row level security), never as the owner.',
            },
            {
              name: 'typeorm',
              importNames: ['DataSource', 'EntityManager'],
              message: 'Request code works through TenantDatabase (row level security), never as the owner.',
            },
          ],
        },
      ],
    },
  },
);
