import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'cdk.out/**', '.data/**', 'coverage/**', '**/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'error',
    },
  },
  {
    // Only the DynamoDB adapter, the S3 upload store and the Secrets Manager adapter talk to AWS.
    files: ['functions/**/*.ts'],
    ignores: [
      'functions/adapters/dynamodb/**',
      'functions/adapters/uploads/s3*',
      'functions/adapters/secrets/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@aws-sdk/*'],
              message:
                'Only functions/adapters/dynamodb, adapters/uploads/s3* and adapters/secrets import @aws-sdk/*.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['functions/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Hashing and compression are computation, not I/O: the domain may use them.
              group: [
                '@aws-sdk/*',
                'node:*',
                '!node:crypto',
                '!node:zlib',
                '**/adapters/**',
                '**/handlers/**',
                '**/local/**',
              ],
              message: 'The domain is pure: no AWS, no I/O, no adapters.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'functions/local/**/*.ts',
      'cli/**/*.ts',
      'bench/**/*.ts',
      'test/**/*.ts',
      'infra/**/*.ts',
      'sheets-addon/*.ts',
    ],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', process: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // e2e tests read JSON bodies of many shapes.
    files: ['test/e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
