import { createHash } from 'node:crypto';
import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// Inline style attributes that SvelteKit itself renders: the wrapper in src/app.html and the route
// announcer (sveltejs/kit#11993). They are allowed by their hash; every other inline style stays blocked.
const frameworkStyleAttributes = [
	'display: contents',
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px'
];

/** @param {string} value @returns {`sha256-${string}`} */
const sha256 = (value) => `sha256-${createHash('sha256').update(value).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter(),
		inlineStyleThreshold: 4096,
		alias: { $search: 'search' },
		// SvelteKit adds a nonce (or, on prerendered pages, a hash) for its inline bootstrap script.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', ...frameworkStyleAttributes.map(sha256)],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'base-uri': ['self'],
				'frame-ancestors': ['none'],
				'object-src': ['none']
			}
		}
	}
};

export default config;
