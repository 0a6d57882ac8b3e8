/**
 * Runs `check` for every item, a few at a time (the server shares two cores with the browser), and
 * returns every problem the checks reported, in the order of the items, so that one assertion can
 * list all failing cells of a table at once. `check` is told which of the `concurrency` slots runs it,
 * so that a slot may keep something of its own from item to item (a browser page).
 */
export async function collectProblems<T>(
	items: readonly T[],
	check: (item: T, slot: number) => Promise<string[]>,
	concurrency = 4
): Promise<string[]> {
	const problems: string[][] = new Array(items.length);
	let next = 0;
	async function worker(slot: number): Promise<void> {
		while (next < items.length) {
			const index = next++;
			problems[index] = await check(items[index], slot);
		}
	}
	await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, (_, slot) => worker(slot)));
	return problems.flat();
}
