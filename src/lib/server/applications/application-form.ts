// The /partner-werden form: one parser, German messages that say how to fix the entry.

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
	| { ok: true; values: ApplicationValues }
	| { ok: false; values: ApplicationValues; errors: ApplicationErrors };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmailAddress(value: string): boolean {
	return value.length <= 254 && EMAIL.test(value);
}

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
	if (values.organizationName.length < 3) errors.organizationName = 'Bitte geben Sie den Namen Ihrer Organisation an.';
	else if (values.organizationName.length > 150) errors.organizationName = 'Der Name darf höchstens 150 Zeichen lang sein.';
	if (values.contactName === '') errors.contactName = 'Bitte geben Sie an, wer die Anfrage stellt.';
	else if (values.contactName.length > 120) errors.contactName = 'Der Name darf höchstens 120 Zeichen lang sein.';
	if (!isEmailAddress(values.email)) {
		errors.email = 'Bitte geben Sie eine gültige E-Mail-Adresse an, zum Beispiel name@verein.de.';
	}
	if (values.phone.length > 40) errors.phone = 'Die Telefonnummer darf höchstens 40 Zeichen lang sein.';
	if (values.website !== '' && !/^https?:\/\/\S+\.\S+$/.test(values.website)) {
		errors.website = 'Bitte geben Sie die Internetseite mit https:// an, zum Beispiel https://www.verein.de.';
	}
	if (values.message.length < 20) {
		errors.message = 'Bitte beschreiben Sie in mindestens 20 Zeichen, was Ihre Organisation anbietet.';
	} else if (values.message.length > 4000) errors.message = 'Die Beschreibung darf höchstens 4000 Zeichen lang sein.';
	if (form.get('consent') !== 'on') {
		errors.consent = 'Bitte bestätigen Sie, dass wir Ihre Angaben zur Bearbeitung der Anfrage speichern dürfen.';
	}
	return Object.keys(errors).length === 0 ? { ok: true, values } : { ok: false, values, errors };
}
