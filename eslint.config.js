import tseslint from 'typescript-eslint'

export default tseslint.config(
  {ignores: ['**/dist/**', '**/node_modules/**', '**/*.d.ts', '**/.scratch*']},
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
      '@typescript-eslint/consistent-type-imports': 'error'
    }
  },
  {
    files: ['packages/core/src/**/*.ts'],
    rules: {
      // Core is isomorphic: Node built-ins belong to the CLI.
      'no-restricted-imports': ['error', {patterns: [{group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'core must stay isomorphic: no Node built-ins'}]}],
      'no-restricted-globals': ['error', 'process', 'Buffer', '__dirname', 'require']
    }
  }
)
