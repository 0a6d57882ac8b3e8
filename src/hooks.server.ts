import type { ServerInit } from '@sveltejs/kit';
import { startRuntime, stopRuntime } from '$lib/server/runtime';

export const init: ServerInit = async () => {
	await startRuntime();
	// adapter-node emits this on SIGINT/SIGTERM; stopping also ends the embedded Meilisearch.
	process.once('sveltekit:shutdown', () => {
		stopRuntime().catch((error: unknown) => console.error('[runtime] stop failed', error));
	});
};
