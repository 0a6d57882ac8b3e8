import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default defineConfig(
	globalIgnores(['build/', '.svelte-kit/', 'src/lib/paraglide/', 'data/', 'test-results/', 'playwright-report/']),
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs.recommended,
	prettier,
	svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript checks undefined names itself (typescript-eslint's advice).
			'no-undef': 'off',
			// `const { secret: _secret, ...rest } = row` drops a field on purpose.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }
			],
			// Names, file names and XML are checked for control characters on purpose.
			'no-control-regex': 'off',
			// The portal is served at the root (no paths.base): links are plain paths, which Paraglide's
			// URL strategy localizes; resolve() would add nothing.
			'svelte/no-navigation-without-resolve': 'off',
			// The CSP (svelte.config.js) blocks inline style attributes: `style=` and `style:` would silently do
			// nothing in the browser.
			'svelte/no-inline-styles': 'error',
			// Svelte 5 trims whitespace at the edges of tags and blocks; {' '} keeps a space where it is meant.
			'svelte/no-useless-mustaches': 'off'
		}
	},
	{
		// Migrations are frozen in time and typed against no schema (Kysely's advice).
		files: ['migrations/**', 'src/lib/server/db/migrate.ts'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: { extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	}
);
