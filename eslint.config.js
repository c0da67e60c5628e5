import tseslint from 'typescript-eslint'

export default tseslint.config(
  // tsup writes its config bundled beside it (*.config.bundled_*.mjs) while it builds, and turbo runs lint beside build.
  {ignores: ['**/dist/**', '**/node_modules/**', '**/*.d.ts', '**/.scratch*', '**/*.config.bundled_*']},
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
