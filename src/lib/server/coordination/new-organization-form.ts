import { isEmailAddress } from '$lib/validation/email';
import { tooLongMessage } from '$lib/validation/length';

export interface NewOrganizationValues {
	name: string;
	category: string;
	adminEmail: string;
}

export type NewOrganizationParse =
	| { ok: true; values: NewOrganizationValues }
	| { ok: false; values: NewOrganizationValues; errors: Partial<Record<keyof NewOrganizationValues, string>> };

/** The coordinator's "invite an organization" form; `categories` are the known category codes. */
export function parseNewOrganizationForm(form: FormData, categories: readonly string[]): NewOrganizationParse {
	const text = (name: string) => String(form.get(name) ?? '').trim();
	const values = { name: text('name'), category: text('category'), adminEmail: text('adminEmail') };
	const errors: Partial<Record<keyof NewOrganizationValues, string>> = {};
	if (values.name.length < 3) errors.name = 'Bitte geben Sie den Namen der Organisation an (mindestens 3 Zeichen).';
	else if (values.name.length > 150) errors.name = tooLongMessage('Der Name', 150, values.name.length);
	if (!categories.includes(values.category)) errors.category = 'Bitte wählen Sie eine Kategorie.';
	if (!isEmailAddress(values.adminEmail)) {
		errors.adminEmail =
			'Bitte geben Sie die E-Mail-Adresse der ersten verwaltenden Person an, zum Beispiel leitung@verein.de.';
	}
	return Object.keys(errors).length === 0 ? { ok: true, values } : { ok: false, values, errors };
}
