import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		sveltekit(),
		// German pages keep their unprefixed URLs; /en/…, /pl/… and /cs/… are the translations.
		paraglideVitePlugin({
			project: './src/lib/i18n/project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['url', 'baseLocale'],
			// SvelteKit answers /en/ with a redirect to /en; links and hreflang point at /en directly.
			trailingSlash: 'never'
		})
	],
	test: {
		include: ['src/**/*.spec.ts', 'search/**/*.spec.ts', 'tests/integration/**/*.test.ts'],
		testTimeout: 30_000,
		// A fixed key, so that tests never generate one into a data folder of the worktree.
		env: { TOTP_ENCRYPTION_KEY: '7d0c3bd1a0b45c2e8f9a61d4c3b2a1908f7e6d5c4b3a29181716151413121110' },
		hookTimeout: 60_000,
		// Integration tests each start a Meilisearch process; two cores cannot run many at once.
		maxWorkers: 2
	}
});
