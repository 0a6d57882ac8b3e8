const LINK = /https?:\/\/[^\s<>"„“”]+/g;

/** Every http(s) link in a plain-text mail, without the punctuation that ends a sentence. */
export function findLinks(text: string): string[] {
	return [...text.matchAll(LINK)].map(([link]) => link.replace(/[.,;:!?)]+$/, ''));
}
