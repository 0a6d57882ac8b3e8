import { describe, expect, it } from 'vitest';
import { applyProfile, validateProfile, type AllowedTerms } from './profile-form';
import { profileToFormValues, readProfileForm, type ProfileFormValues } from './profile-form-values';
import type { PartnerInput } from './types';

const allowed: AllowedTerms = {
	category: ['beratung', 'schule'],
	topic: ['kriminalpraevention', 'sucht'],
	target_group: ['jugendliche'],
	language: ['de', 'uk'],
	ortsteil: ['innenstadt', 'pethau']
};
const today = '2026-11-25';

const stored: PartnerInput = {
	slug: 'oberschule-am-toepferberg',
	name: 'Oberschule am Töpferberg',
	shortName: null,
	category: 'schule',
	description: 'Oberschule in der Innenstadt.',
	offer: '',
	topics: ['sucht'],
	mainTopics: ['sucht'],
	targetGroups: ['jugendliche'],
	mainTargetGroups: [],
	languages: ['de'],
	ortsteile: [],
	translations: {
		pl: { name: 'Oberschule am Töpferberg', description: 'Szkoła średnia w centrum miasta.', offer: '' }
	},
	email: null,
	website: null,
	accessibilityNote: null,
	wheelchairAccessible: false,
	verifiedAt: '2026-01-10',
	status: 'published',
	address: {
		name: null,
		street: 'Töpferberg 1',
		postalCode: '02763',
		city: 'Zittau',
		ortsteil: 'innenstadt',
		latitude: 50.9,
		longitude: 14.8
	},
	phones: [{ number: '03583 512345', label: null }],
	contacts: [],
	schedules: [{ kind: 'opening', weekday: 1, opensAt: '07:30', closesAt: '15:00', note: null }],
	closures: []
};

function form(entries: [string, string][]): FormData {
	const data = new FormData();
	for (const [name, value] of entries) data.append(name, value);
	return data;
}

function valid(overrides: Partial<ProfileFormValues> = {}): ProfileFormValues {
	return { ...profileToFormValues(stored), ...overrides };
}

/** A row of the contact-person table, empty unless told otherwise. */
function contactRow(
	fields: Partial<ProfileFormValues['contacts'][number]> = {}
): ProfileFormValues['contacts'][number] {
	return { name: '', role: '', phone: '', email: '', consent: false, consentDate: '', remove: false, ...fields };
}

function errorsOf(values: ProfileFormValues) {
	const result = validateProfile(values, allowed, today);
	return result.ok ? {} : result.errors;
}

describe('the profile form', () => {
	it('accepts the stored profile unchanged and gives back the same fields', () => {
		const result = validateProfile(valid(), allowed, today);
		expect(result.ok).toBe(true);
		if (result.ok) expect(applyProfile(stored, result.fields)).toEqual(stored);
	});

	it('asks for a name and a description in German', () => {
		expect(errorsOf(valid({ name: '', description: '' }))).toEqual({
			name: 'Bitte geben Sie den Namen der Organisation an.',
			description: 'Bitte beschreiben Sie Ihre Organisation in ein paar Sätzen.'
		});
	});

	it('says how long a text may be and how long it is', () => {
		expect(errorsOf(valid({ shortName: 'x'.repeat(41) })).shortName).toBe(
			'Bitte kürzen Sie den Text auf höchstens 40 Zeichen (jetzt 41).'
		);
	});

	it('refuses topics, languages and categories that are not in the list', () => {
		const errors = errorsOf(valid({ category: 'geheim', topics: ['sucht', 'hacken'], languages: ['xx'] }));
		expect(Object.keys(errors).sort()).toEqual(['category', 'languages', 'topics']);
	});

	it('completes a web address without https:// and refuses one that is none', () => {
		const result = validateProfile(valid({ website: 'www.toepferberg.de' }), allowed, today);
		expect(result.ok && result.fields.website).toBe('https://www.toepferberg.de');
		expect(errorsOf(valid({ website: 'javascript:alert(1)' })).website).toMatch(/Webadresse/);
	});

	it('asks for a five-digit postal code once any part of the address is filled in', () => {
		const address = { ...valid().address, postalCode: '2763' };
		expect(errorsOf(valid({ address }))['address.postalCode']).toBe(
			'Die Postleitzahl hat fünf Ziffern, z. B. 02763.'
		);
	});

	it('keeps the coordinates while the street address stays, and drops them when it moves', () => {
		const moved = validateProfile(valid({ address: { ...valid().address, street: 'Markt 1' } }), allowed, today);
		expect(moved.ok && applyProfile(stored, moved.fields).address?.latitude).toBeNull();
	});

	it('dates a newly given consent today and refuses a consent date in the future', () => {
		const person = contactRow({ name: 'Erika Mustermann', consent: true });
		const result = validateProfile(valid({ contacts: [person] }), allowed, today);
		expect(result.ok && result.fields.contacts[0]).toMatchObject({ publishConsent: true, consentGivenAt: today });
		expect(
			errorsOf(valid({ contacts: [{ ...person, consentDate: '2027-01-01' }] }))['contacts.0.consentDate']
		).toBe('Das Datum der Zustimmung darf nicht in der Zukunft liegen.');
	});

	it('keeps a person without consent internal and forgets the consent date', () => {
		const person = contactRow({ name: 'Bernd Verborgen', consentDate: '2026-01-01' });
		const result = validateProfile(valid({ contacts: [person] }), allowed, today);
		expect(result.ok && result.fields.contacts[0]).toMatchObject({ publishConsent: false, consentGivenAt: null });
	});

	it('drops a person marked for removal and empty rows, but asks for the name of a half-filled one', () => {
		const empty = contactRow();
		const removed = { ...empty, name: 'Weg Damit', remove: true };
		const result = validateProfile(valid({ contacts: [removed, empty] }), allowed, today);
		expect(result.ok && result.fields.contacts).toEqual([]);
		expect(errorsOf(valid({ contacts: [{ ...empty, email: 'a@b.de' }] }))['contacts.0.name']).toMatch(
			/Namen der Person/
		);
	});

	it('reads opening hours per weekday, normalizes "9.00" to 09:00 and refuses an end before the start', () => {
		const values = readProfileForm(
			form([
				['hours.opening.2.0.opens', '9.00'],
				['hours.opening.2.0.closes', '12:00'],
				['hours.opening.2.1.opens', '14:00'],
				['hours.opening.2.1.closes', '13:00'],
				['hours.consultation.5.0.opens', ''],
				['hours.consultation.5.0.closes', '']
			])
		);
		expect(values.hours.opening[1]).toHaveLength(2);
		const errors = validateProfile({ ...valid(), hours: values.hours }, allowed, today);
		expect(!errors.ok && errors.errors).toEqual({
			'hours.opening.2.1.closes': 'Das Ende muss nach dem Beginn liegen.'
		});
		const fixed = { ...values.hours, opening: values.hours.opening.map((day, d) => (d === 1 ? [day[0]] : day)) };
		const result = validateProfile({ ...valid(), hours: fixed }, allowed, today);
		expect(result.ok && result.fields.schedules).toEqual([
			{ kind: 'opening', weekday: 2, opensAt: '09:00', closesAt: '12:00', note: null }
		]);
	});

	it('never takes slug, status or "geprüft am" from the form', () => {
		const values = readProfileForm(
			form([
				['name', 'Oberschule'],
				['description', 'Text'],
				['category', 'schule'],
				['slug', 'fremd'],
				['status', 'published'],
				['verifiedAt', '2030-01-01']
			])
		);
		const result = validateProfile(values, allowed, today);
		const saved = result.ok ? applyProfile({ ...stored, status: 'draft' }, result.fields) : null;
		expect(saved).toMatchObject({ slug: stored.slug, status: 'draft', verifiedAt: stored.verifiedAt });
	});

	it('reads at most 20 rows of a repeated group, however many are sent', () => {
		const values = readProfileForm(form(Array.from({ length: 50 }, (_, i) => [`phones.${i}.number`, '03583 1'])));
		expect(values.phones).toHaveLength(20);
	});

	it('reads translations from name_pl, description_en … and keeps only languages with text', () => {
		const values = readProfileForm(
			form([
				['name', 'Oberschule am Töpferberg'],
				['category', 'schule'],
				['description', 'Oberschule in der Innenstadt.'],
				['name_en', ' Töpferberg Secondary School '],
				['description_pl', ''],
				['offer_cs', '']
			])
		);
		const result = validateProfile(values, allowed, today);
		expect(result.ok && result.fields.translations).toEqual({
			en: { name: 'Töpferberg Secondary School', description: '', offer: '' }
		});
	});

	it('limits translated texts like the German ones, naming the field', () => {
		const translations = { ...valid().translations, cs: { name: '', description: 'x'.repeat(2001), offer: '' } };
		expect(errorsOf(valid({ translations }))).toEqual({
			description_cs: 'Bitte kürzen Sie den Text auf höchstens 2000 Zeichen (jetzt 2001).'
		});
	});

	it('counts a main topic as a topic and allows at most three', () => {
		const result = validateProfile(valid({ topics: [], mainTopics: ['kriminalpraevention'] }), allowed, today);
		expect(result.ok && result.fields.topics).toEqual(['kriminalpraevention']);
		const many = { ...allowed, topic: ['a', 'b', 'c', 'd'] };
		const tooMany = validateProfile(valid({ topics: [], mainTopics: ['a', 'b', 'c', 'd'] }), many, today);
		expect(tooMany.ok ? {} : tooMany.errors).toEqual({
			mainTopics:
				'Bitte wählen Sie höchstens 3 Schwerpunkte, damit sie auf den Themenseiten vorn stehen (jetzt 4).'
		});
	});
});
