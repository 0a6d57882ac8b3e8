import type { SubmitFunction } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { keepInput } from './keep-input';

type Submit = Parameters<SubmitFunction>[0];
type After = Parameters<Exclude<Awaited<ReturnType<SubmitFunction>>, void>>[0];

describe('keepInput', () => {
	it('lets SvelteKit apply the answer but leaves the fields as typed', async () => {
		const calls: unknown[] = [];
		const after = await keepInput({} as Submit);
		if (!after) throw new Error('keepInput must hand back a callback');
		await after({ update: async (options?: unknown) => void calls.push(options) } as After);
		expect(calls).toEqual([{ reset: false }]);
	});
});
