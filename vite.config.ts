import purgeCSSPlugin from '@fullhuman/postcss-purgecss';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'postcss';
import type { Plugin as VitePlugin } from 'vite';
import { defineConfig } from 'vitest/config';

// KERN UX ships every component in one 340 KB stylesheet; the portal keeps the rules whose classes
// appear in its sources. Class names put together at run time (`kern-badge--{kind}`) are safelisted.
// Only KERN's file is purged: the components' own styles are scoped by Svelte already.
// purgeCSSPlugin returns a plugin object; its PluginCreator type also admits a whole Processor.
const purgeKern = purgeCSSPlugin({
	content: ['src/**/*.svelte', 'src/**/*.ts', 'src/app.html', 'search/**/*.ts'],
	safelist: [/^kern-(alert|badge|icon)--(danger|success|info|warning)$/]
}) as Plugin;
const purgeKernOnly: Plugin = {
	postcssPlugin: 'purge-kern-ux',
	OnceExit(root, helpers) {
		if (root.source?.input.file?.includes('@kern-ux/native')) return purgeKern.OnceExit?.(root, helpers);
	}
};

// A first visit on a phone pays a round trip per script. Left alone, the bundler splits the code every
// page loads (Svelte, SvelteKit's client, Paraglide's runtime, the header and footer) into ~15 chunks,
// many under 1 KB; these groups keep it in two. Only the browser's build: SvelteKit builds the server
// first, with build.ssr set by its own config hook, hence `enforce: 'post'`.
const FRAMEWORK =
	/node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|esm-env|clsx)[\\/]|src[\\/]lib[\\/]paraglide[\\/]runtime/;
const LAYOUT =
	/src[\\/]lib[\\/]components[\\/](SiteHeader|SiteFooter|LanguageSwitch|AlternateLanguages|search[\\/]PortalSearchBox)\.svelte/;
// Messages and the small shared modules of src/lib (labels, formats) that several pages use: each of
// them alone is a few hundred bytes, yet costs a round trip as a chunk of its own.
const SHARED =
	/src[\\/]lib[\\/](paraglide[\\/](messages|registry)|[^\\/]+\.ts$|(i18n|components[\\/]police)[\\/][^\\/]+\.ts$)/;
const clientChunks: VitePlugin = {
	name: 'kpr-client-chunks',
	enforce: 'post',
	config(config) {
		if (config.build?.ssr) return;
		const groups = [
			{ name: 'framework', test: FRAMEWORK, priority: 2 },
			{ name: 'layout', test: LAYOUT, priority: 1 },
			{ name: 'shared', test: SHARED, minShareCount: 2 }
		];
		return { build: { rollupOptions: { output: { codeSplitting: { groups } } } } };
	}
};

export default defineConfig({
	css: { postcss: { plugins: [purgeKernOnly] } },
	plugins: [
		sveltekit(),
		clientChunks,
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
		maxWorkers: 2,
		// A worker imports the module graph (SvelteKit, Kysely, the migrations, the vocabulary) once for all
		// its files instead of once per file: 145 s of importing summed over the files became 29 s. Modules
		// keep their state from file to file, so a test that needs a module's first state imports it anew
		// (totp-sealing.test.ts).
		isolate: false,
		// One migrated test database per run, copied by createTestDatabase() (tests/helpers/test-env.ts).
		globalSetup: ['tests/helpers/template-database.ts']
	}
});
