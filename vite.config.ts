import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['src/**/*.spec.ts', 'search/**/*.spec.ts', 'tests/integration/**/*.test.ts'],
		testTimeout: 30_000,
		hookTimeout: 60_000,
		// Integration tests each start a Meilisearch process; two cores cannot run many at once.
		maxWorkers: 2
	}
});
