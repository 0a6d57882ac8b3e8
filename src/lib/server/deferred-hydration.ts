import type { Handle } from '@sveltejs/kit';
import { isSignedInArea } from './signed-in-areas';

// Every page is complete as the server renders it; its JavaScript only enhances (issue #14). Left to
// SvelteKit, a phone fetches all of the page's scripts at once, announced in the `Link` header, beside
// the stylesheet and the fonts that the first paint waits for: on a slow connection they share its
// bandwidth and round trips. Here the scripts are neither preloaded nor imported until the first frame
// of text is on screen; the browser then fetches them and hydrates the page. Public pages only: the
// signed-in areas are forms people work in at a desk, hydrated as soon as possible.

/** SvelteKit's inline start-up script: `Promise.all([import("./_app/immutable/entry/…"), …])`. */
const ENTRY_IMPORTS = /Promise\.all\(\[((?:\s*import\("(?:\.\.?\/)+_app\/immutable\/entry\/[^"]+\.js"\),?)+)\s*\]\)/;
const IMPORT = /import\(("[^"]+")\)/g;

/**
 * Inside SvelteKit's script, whose nonce the CSP allows: settles once the browser reports the first
 * contentful paint; a browser without paint timing waits for the load event instead.
 */
const AFTER_PAINT = `const afterPaint = new Promise((painted) => {
	const go = () => setTimeout(painted, 0);
	if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return addEventListener('load', go);
	new PerformanceObserver((paints) => paints.getEntriesByName('first-contentful-paint').length && go())
		.observe({ type: 'paint', buffered: true });
});`;

/** The page's HTML with SvelteKit's entry imports waiting for the first contentful paint. */
export function deferEntryImports(html: string): string {
	return html.replace(ENTRY_IMPORTS, (_, imports: string) => {
		const deferred = imports.replace(IMPORT, 'afterPaint.then(() => import($1))');
		return `${AFTER_PAINT} Promise.all([${deferred}])`;
	});
}

export const deferredHydrationHandle: Handle = ({ event, resolve }) =>
	isSignedInArea(event.url.pathname)
		? resolve(event)
		: resolve(event, {
				preload: ({ type }) => type === 'css',
				transformPageChunk: ({ html }) => deferEntryImports(html)
			});
