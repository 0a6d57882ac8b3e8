import { readConfig } from '../config';
import { composeMail, formatDate, type MailBlock, type MailContent } from './compose';

/** What one mail says: its subject and the paragraphs between the greeting and the signature. */
export interface MailText {
	subject: string;
	blocks: MailBlock[];
}

/**
 * Turns what a mail says into a template: it takes its input and, optionally, the council's name
 * (SITE_NAME, read from the config when left out); the caller adds the recipient.
 */
export function mailTemplate<Input>(write: (input: Input) => MailText) {
	return (input: Input, siteName = readConfig().siteName): MailContent => {
		const { subject, blocks } = write(input);
		return composeMail(subject, blocks, siteName);
	};
}

/** The sentence about when an entry's details were last confirmed, in the reminders that ask to check them. */
export function confirmedSince(confirmedAt: Date | null): string {
	return confirmedAt
		? `Die Angaben wurden zuletzt am ${formatDate(confirmedAt)} als aktuell bestätigt.`
		: 'Die Angaben wurden bisher noch nicht als aktuell bestätigt.';
}
