import type { Kysely } from 'kysely';
import type { KeyedLimiter } from '../auth/rate-limit';
import type { Database } from '../db/schema';
import type { ContactLocale } from '../db/tables/contact';
import { createPublicFormLimiter, screenPublicForm } from '../public-form-guard';
import { parseContactForm, type ContactErrors, type ContactFormKind, type ContactValues } from './contact-form';
import { createReference } from './reference';
import { storeContactMessage } from './store';

export type ContactIntakeResult =
	/** `id` is null for a post with the honeypot filled: it gets a reference, but nothing was stored. */
	| { kind: 'received'; id: number | null; reference: string }
	| { kind: 'invalid'; values: ContactValues; errors: ContactErrors }
	| { kind: 'throttled'; values: ContactValues; retryAfterMs: number };

export interface ContactIntakeOptions {
	form: ContactFormKind;
	/** The client address (adapter-node's getClientAddress). */
	ip: string;
	locale: ContactLocale;
	limiter?: KeyedLimiter;
}

/** /kontakt and the accessibility feedback form count together against one limit per address. */
const contactLimiter = createPublicFormLimiter();

/** What the public contact forms do with a post: screen it, parse it, store it. Mail comes after. */
export async function receiveContactMessage(
	db: Kysely<Database>,
	data: FormData,
	{ form, ip, locale, limiter = contactLimiter }: ContactIntakeOptions
): Promise<ContactIntakeResult> {
	const screening = screenPublicForm(data, ip, limiter);
	if (screening.kind === 'throttled') {
		return { ...screening, values: parseContactForm(data, form).values };
	}
	if (screening.kind === 'spam') return { kind: 'received', id: null, reference: createReference() };
	const parsed = parseContactForm(data, form);
	if (!parsed.ok) return { kind: 'invalid', values: parsed.values, errors: parsed.errors };
	const stored = await storeContactMessage(db, parsed.values, locale);
	return { kind: 'received', ...stored };
}
