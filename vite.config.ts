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
		hookTimeout: 60_000,
		// Integration tests each start a Meilisearch process; two cores cannot run many at once.
		maxWorkers: 2
	}
});
