import type { ContactTopic } from '../db/tables/contact';
import { isEmailAddress } from '$lib/validation/email';
import { isPhoneNumber } from '$lib/validation/phone';
import { formText } from '../forms';
import { m } from '../../paraglide/messages';
import type { ContactFormKind, ContactValues, ContactErrors } from '$lib/forms/contact';
export type { ContactFormKind, ContactValues, ContactErrors } from '$lib/forms/contact';

// The two public forms that write to the coordination office: /kontakt and the accessibility
// feedback form. One parser; its messages come in the language of the request.

/** The topics a citizen can choose on /kontakt, in the order shown. */
export const CONTACT_TOPICS = [
	'allgemein',
	'beratung',
	'veranstaltung',
	'presse',
	'barrierefreiheit',
	'sonstiges'
] as const satisfies readonly ContactTopic[];

export const LIMITS = { messageMin: 10, messageMax: 5000, nameMax: 120, pageMax: 500 } as const;
// Digits, spaces and the usual separators; at least five digits, so "Büro" or "-" is refused.

export type ContactParse =
	| { ok: true; values: ContactValues & { topic: ContactTopic } }
	| { ok: false; values: ContactValues; errors: ContactErrors };

/** The entered values (trimmed) and, if any, what is wrong with them. */
export function parseContactForm(form: FormData, kind: ContactFormKind): ContactParse {
	const text = (name: string) => formText(form, name).trim();
	const values: ContactValues = {
		topic: kind === 'barrierefreiheit' ? 'barrierefreiheit' : text('topic'),
		message: text('message'),
		page: kind === 'barrierefreiheit' ? text('page') : '',
		name: text('name'),
		email: text('email'),
		phone: text('phone'),
		wantsReply: form.get('reply') === 'on'
	};
	const errors: ContactErrors = {};
	if (!isTopic(values.topic)) errors.topic = m.contact_error_topic();
	if (kind === 'barrierefreiheit') {
		if (values.page === '') errors.page = m.contact_error_page_required();
		else if (values.page.length > LIMITS.pageMax) errors.page = m.contact_error_page_long({ max: LIMITS.pageMax });
	}
	if (values.message.length < LIMITS.messageMin) {
		errors.message = m.contact_error_message_short({ min: LIMITS.messageMin });
	} else if (values.message.length > LIMITS.messageMax) {
		errors.message = m.contact_error_message_long({ max: LIMITS.messageMax, length: values.message.length });
	}
	if (values.name.length > LIMITS.nameMax) errors.name = m.contact_error_name_long({ max: LIMITS.nameMax });
	if (values.email !== '' && !isEmailAddress(values.email)) errors.email = m.contact_error_email_invalid();
	else if (values.email === '' && values.wantsReply) errors.email = m.contact_error_email_required();
	if (values.phone !== '' && !isPhoneNumber(values.phone)) errors.phone = m.contact_error_phone_invalid();
	if (Object.keys(errors).length > 0 || !isTopic(values.topic)) return { ok: false, values, errors };
	return { ok: true, values: { ...values, topic: values.topic } };
}

function isTopic(value: string): value is ContactTopic {
	return (CONTACT_TOPICS as readonly string[]).includes(value);
}
