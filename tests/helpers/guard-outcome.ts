import { isHttpError, isRedirect } from '@sveltejs/kit';

/**
 * What a guard (or a load, or an action) answered, as one comparable value: what it returned, the target
 * of a redirect it threw, or the status of an HTTP error it threw. Anything else it throws is rethrown.
 */
export async function guardOutcome<T>(guard: () => T | Promise<T>): Promise<T | string | number> {
	try {
		return await guard();
	} catch (thrown) {
		if (isRedirect(thrown)) return thrown.location;
		if (isHttpError(thrown)) return thrown.status;
		throw thrown;
	}
}

/** The outcome of a guard whose return value does not matter: "passed" when it let the request through. */
export function guardVerdict(guard: () => unknown): Promise<string | number> {
	return guardOutcome(async () => {
		await guard();
		return 'passed';
	});
}
