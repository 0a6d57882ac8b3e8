import { MeilisearchRequestError, type EnqueuedTaskPromise, type Task } from 'meilisearch';

/** Waits for a Meilisearch task and throws unless it succeeded: a failed task is an error, never a result. */
export async function settle(
	enqueued: EnqueuedTaskPromise,
	{ timeoutMs = 60_000, pollMs = 50 }: { timeoutMs?: number; pollMs?: number } = {}
): Promise<Task> {
	const task = await enqueued.waitTask({ timeout: timeoutMs, interval: pollMs });
	if (task.status !== 'succeeded') throw new SearchTaskError(task);
	return task;
}

export class SearchTaskError extends Error {
	constructor(readonly task: Task) {
		super(
			`Meilisearch task ${task.uid} (${task.type} on ${task.indexUid ?? '-'}) ${task.status}: ${task.error?.message ?? 'no reason given'}`
		);
	}
}

/** The index to write to is gone, e.g. because Meilisearch restarted without its data; it must be rebuilt, not auto-created. */
export class IndexMissingError extends Error {
	constructor(readonly indexUid: string) {
		super(`Meilisearch has no index "${indexUid}"`);
	}
}

/** True when Meilisearch did not answer at all (refused, reset, timed out), as opposed to answering with an error. */
export function isUnreachableError(error: unknown): boolean {
	return error instanceof MeilisearchRequestError;
}

/** True when Meilisearch answered 404 with the given error code, e.g. `index_not_found`. */
export function hasErrorCode(error: unknown, code: string): boolean {
	const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
	return typeof cause === 'object' && cause !== null && cause.code === code;
}
