import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { getLocale, localizeHref } from '../../paraglide/runtime';
import { m } from '../../paraglide/messages';
import { getRuntime } from '../runtime';
import type { ContactFormKind } from './contact-form';
import { deliverInBackground } from './delivery';
import { receiveContactMessage } from './intake';

const MINUTE_MS = 60_000;

/**
 * The form action of /kontakt and /barrierefreiheit/rueckmeldung: stored, then a 303 to the
 * confirmation with the reference; the mail goes out in the background.
 */
export async function sendContactForm(event: RequestEvent, form: ContactFormKind) {
	const { db } = getRuntime();
	const result = await receiveContactMessage(db, await event.request.formData(), {
		form,
		ip: event.getClientAddress(),
		locale: getLocale()
	});
	if (result.kind === 'invalid') return fail(400, { values: result.values, errors: result.errors });
	if (result.kind === 'throttled') {
		const minutes = Math.max(1, Math.ceil(result.retryAfterMs / MINUTE_MS));
		return fail(429, { values: result.values, message: m.contact_throttled({ minutes }) });
	}
	if (result.id !== null) deliverInBackground(db, { origin: getRuntime().config.origin });
	redirect(303, localizeHref(`/kontakt/gesendet?${new URLSearchParams({ nummer: result.reference })}`));
}
