import { composeMail, formatDateTime, type MailContent } from '../mail/compose';
import type { ContactLocale, ContactTopic } from '../db/tables/contact';
import { LOCALE_LABELS, TOPIC_LABELS } from './labels';

export interface MailedMessage {
	reference: string;
	topic: ContactTopic;
	message: string;
	page: string | null;
	/** Only whether there is one: the address itself travels as Reply-To, not in the text. */
	hasEmail: boolean;
	wantsReply: boolean;
	locale: ContactLocale;
	createdAt: Date;
}

/**
 * The mail to the coordination office: the message and a link to it in the inbox. Name and phone
 * number stay in the portal; the mail carries no more personal data than the answer needs.
 */
export function contactMessageMail(input: MailedMessage & { link: string }, siteName: string): MailContent {
	const reply = !input.hasEmail
		? 'Es wurde keine E-Mail-Adresse angegeben.'
		: input.wantsReply
			? 'Um eine Antwort per E-Mail wird gebeten. „Antworten“ schreibt direkt an die angegebene Adresse.'
			: 'Eine E-Mail-Adresse wurde angegeben; „Antworten“ schreibt direkt an sie.';
	return composeMail(
		`Neue Nachricht: ${TOPIC_LABELS[input.topic]} (${input.reference})`,
		[
			'über das Kontaktformular des Partnernetzwerks ist eine Nachricht eingegangen.',
			[
				`Thema: ${TOPIC_LABELS[input.topic]}`,
				`Vorgangsnummer: ${input.reference}`,
				`Eingegangen am ${formatDateTime(input.createdAt)}`,
				`Sprache des Formulars: ${LOCALE_LABELS[input.locale]}`,
				...(input.page ? [`Seite: ${input.page}`] : [])
			].join('\n'),
			`Nachricht:\n${input.message}`,
			reply,
			'Die weiteren Angaben und den Bearbeitungsstand finden Sie im Postfach der Koordination:',
			{ link: input.link, label: 'Nachricht im Postfach öffnen' }
		],
		siteName,
		input.hasEmail
			? 'Diese E-Mail wurde automatisch versandt. Eine Antwort geht an die Person, die die Nachricht geschrieben hat.'
			: undefined
	);
}
