// The /partner-werden form: one parser, messages in the request's language that say how to fix the entry.
import { m } from '$lib/paraglide/messages';
import { isEmailAddress } from '$lib/validation/email';
import { isWebAddress } from '$lib/validation/url';

export interface ApplicationValues {
	organizationName: string;
	contactName: string;
	email: string;
	phone: string;
	website: string;
	message: string;
}

export type ApplicationErrors = Partial<Record<keyof ApplicationValues | 'consent', string>>;

export type ApplicationParse =
	{ ok: true; values: ApplicationValues } | { ok: false; values: ApplicationValues; errors: ApplicationErrors };

/** The entered values (trimmed) and, if any, what is wrong with them. */
export function parseApplicationForm(form: FormData): ApplicationParse {
	const text = (name: string) => String(form.get(name) ?? '').trim();
	const values: ApplicationValues = {
		organizationName: text('organizationName'),
		contactName: text('contactName'),
		email: text('email'),
		phone: text('phone'),
		website: text('website'),
		message: text('message')
	};
	const errors: ApplicationErrors = {};
	if (values.organizationName.length < 3) errors.organizationName = m.directory_apply_error_organization_missing();
	else if (values.organizationName.length > 150)
		errors.organizationName = m.directory_apply_error_name_long({ max: 150 });
	if (values.contactName === '') errors.contactName = m.directory_apply_error_contact_missing();
	else if (values.contactName.length > 120) errors.contactName = m.directory_apply_error_name_long({ max: 120 });
	if (!isEmailAddress(values.email)) errors.email = m.directory_apply_error_email();
	if (values.phone.length > 40) errors.phone = m.directory_apply_error_phone_long({ max: 40 });
	if (values.website !== '' && !isWebAddress(values.website)) {
		errors.website = m.directory_apply_error_website();
	}
	if (values.message.length < 20) errors.message = m.directory_apply_error_message_short({ min: 20 });
	else if (values.message.length > 4000) errors.message = m.directory_apply_error_message_long({ max: 4000 });
	if (form.get('consent') !== 'on') errors.consent = m.directory_apply_error_consent();
	return Object.keys(errors).length === 0 ? { ok: true, values } : { ok: false, values, errors };
}
