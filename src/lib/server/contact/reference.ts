import { randomInt } from 'node:crypto';

// Reference numbers ("Vorgangsnummern") people read out on the phone: no 0/O, 1/I/L look-alikes.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const REFERENCE = /^KPR-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/;

/** "KPR-7K3M-Q9TX": random, so that it says nothing about how many messages arrived. */
export function createReference(): string {
	const pick = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
	return `KPR-${pick()}-${pick()}`;
}

export function isReference(value: string): boolean {
	return REFERENCE.test(value);
}
