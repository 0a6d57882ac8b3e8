/** "1 Zeile", "3 Zeilen", "0 Zeilen": a count with the German singular or plural noun. */
export function countOf(count: number, singular: string, plural: string): string {
	return `${count} ${count === 1 ? singular : plural}`;
}
