// Lint rules that keep the architecture honest: import direction (STYLE.md §2), kebab-case file
// names (§3), React hooks rules, and no `any`.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import importX from 'eslint-plugin-import-x'
import checkFile from 'eslint-plugin-check-file'
import globals from 'globals'

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'public/generated',
      '.cache',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX, 'check-file': checkFile },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,js}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE' }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/core',
              from: './src',
              except: ['./core'],
              message: 'core/ is pure TypeScript: it imports nothing from the rest of src/.',
            },
            {
              target: './src/!(app)/**/*',
              from: ['./src/db/supabase', './src/db/pglite'],
              message: 'Only app/ chooses and imports a data adapter.',
            },
            {
              target: ['./src/core', './src/db', './src/map', './src/components', './src/config'],
              from: ['./src/features', './src/app'],
              message: 'Features and app/ sit on top; lower layers never import them.',
            },
            {
              target: './src/features/*',
              from: './src/app',
              message: 'A feature never imports app/.',
            },
          ],
        },
      ],
    },
  },
  {
    // A feature never imports another feature (Bulletproof React's zones).
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./){2,}features/',
              message: 'A feature never imports another feature; lift shared state to app/.',
            },
          ],
        },
      ],
    },
  },
)
