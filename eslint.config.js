// Lint rules that keep the architecture honest: import direction (STYLE.md §2), kebab-case file
// names (§3), React hooks rules, and no `any`.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'
import checkFile from 'eslint-plugin-check-file'
import globals from 'globals'
import { readdirSync } from 'node:fs'

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

// Import direction (STYLE.md §2): core ← db/port ← features ← app; core ← map, components,
// config ← features; the adapters are imported by app/ only; a feature never imports another.
const layerZones = [
  {
    target: './src/core/**/*',
    from: './src',
    except: ['./core'],
    message: 'core/ is pure TypeScript: it imports nothing from the rest of src/.',
  },
  {
    target: [
      './src/core/**/*',
      './src/features/**/*',
      './src/map/**/*',
      './src/components/**/*',
      './src/config/**/*',
      './src/db/!(supabase|pglite)/**/*',
      './src/db/*',
    ],
    from: ['./src/db/supabase/**/*', './src/db/pglite/**/*'],
    message: 'Only app/ chooses and imports a data adapter.',
  },
  {
    target: './src/db/supabase/**/*',
    from: './src/db/pglite/**/*',
    message: 'Adapters are independent.',
  },
  {
    target: './src/db/pglite/**/*',
    from: './src/db/supabase/**/*',
    message: 'Adapters are independent.',
  },
  {
    target: [
      './src/core/**/*',
      './src/db/**/*',
      './src/map/**/*',
      './src/components/**/*',
      './src/config/**/*',
      './src/features/**/*',
    ],
    from: './src/app/**/*',
    message: 'Nothing imports app/, the composition root.',
  },
  {
    target: [
      './src/core/**/*',
      './src/db/**/*',
      './src/map/**/*',
      './src/components/**/*',
      './src/config/**/*',
    ],
    from: './src/features/**/*',
    message: 'Lower layers never import features.',
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}/**/*`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature never imports another feature; compose them in app/.',
  })),
]

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
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
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
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
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
    },
  },
)
