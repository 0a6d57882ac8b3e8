import type { ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { bodyLimitHandle } from '$lib/server/body-limit';
import { sessionHandle } from '$lib/server/auth/session-handle';
import { i18nHandle } from '$lib/server/i18n-handle';
import { startRuntime, stopRuntime } from '$lib/server/runtime';
import { startRetentionJob } from '$lib/server/retention/job';
import { openedResultHandle } from '$lib/server/search-gaps/opened-handle';
import { securityHeadersHandle } from '$lib/server/security-headers';

export const init: ServerInit = async () => {
	const runtime = await startRuntime();
	const stopRetention = startRetentionJob(runtime.db, runtime.config.retention);
	// adapter-node emits this on SIGINT/SIGTERM; stopping also ends the embedded Meilisearch.
	process.once('sveltekit:shutdown', () => {
		stopRetention();
		stopRuntime().catch((error: unknown) => console.error('[runtime] stop failed', error));
	});
};

export const handle = sequence(securityHeadersHandle, bodyLimitHandle, i18nHandle, openedResultHandle, sessionHandle);
