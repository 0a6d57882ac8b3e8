import { describe, expect, it } from 'vitest';
import { validateProfile } from './profile-form';
import { copyDay, padRows, readCopyRequest, readProfileForm } from './profile-form-values';
import { listRemovals } from './removals';
import type { TermOptions } from './profile-terms';
import { makePartnerInput } from '../../../../tests/fixtures/partners';
import { formData as form } from '../../../../tests/helpers/form-data';

const allowed = {
	category: ['beratung'],
	topic: ['kriminalpraevention', 'sucht'],
	target_group: ['alle'],
	language: ['de'],
	ortsteil: []
};
const terms: TermOptions = {
	category: [{ code: 'beratung', label: 'Beratung' }],
	topic: [
		{ code: 'kriminalpraevention', label: 'Kriminalprävention' },
		{ code: 'sucht', label: 'Sucht' }
	],
	target_group: [{ code: 'alle', label: 'für alle' }],
	language: [{ code: 'de', label: 'Deutsch' }],
	ortsteil: []
};

const mondayForm = {
	'hours.opening.1.0.opens': '9:00',
	'hours.opening.1.0.closes': '12:00',
	'hours.opening.1.1.opens': '13:00',
	'hours.opening.1.1.closes': '16:00',
	'hours.opening.3.0.opens': '10:00',
	'hours.opening.3.0.closes': '11:00'
};

describe('copying the times of one day', () => {
	it('makes Tuesday to Friday the same as Monday with "Mo–Fr wie Montag", replacing what they had', () => {
		const values = copyDay(readProfileForm(form(mondayForm)), 'opening.1.werktage');
		const opening = values.hours.opening;
		for (const day of [0, 1, 2, 3, 4]) {
			expect(opening[day].map((r) => `${r.opens}-${r.closes}`)).toEqual(['9:00-12:00', '13:00-16:00']);
		}
		expect(opening[5]).toEqual([{ opens: '', closes: '', note: '' }]);
		expect(values.hours.consultation[0]).toEqual([{ opens: '', closes: '', note: '' }]);
	});

	it('copies one day to a single other day chosen in the form', () => {
		const data = form({
			...mondayForm,
			kopieren: 'opening',
			'kopieren.opening.von': '3',
			'kopieren.opening.nach': '6'
		});
		expect(readCopyRequest(data)).toBe('opening.3.6');
		const values = copyDay(readProfileForm(data), readCopyRequest(data));
		expect(values.hours.opening[5]).toEqual([{ opens: '10:00', closes: '11:00', note: '' }]);
		expect(values.hours.opening[0]).toHaveLength(2);
	});

	it('changes nothing for a request it does not know', () => {
		const values = readProfileForm(form(mondayForm));
		expect(copyDay(values, 'opening.1.jeden-zweiten-tag')).toEqual(padRows(values));
		expect(copyDay(values, 'opening.9.werktage')).toEqual(padRows(values));
	});
});

describe('closures in the profile form', () => {
	const base = { name: 'Beratung', category: 'beratung', description: 'Berät.' };

	it('reads a date range and a one-day closure typed the German way', () => {
		const values = readProfileForm(
			form({
				...base,
				'closures.0.startsOn': '2026-07-20',
				'closures.0.endsOn': '2026-07-31',
				'closures.0.reason': 'Sommerpause',
				'closures.1.startsOn': '24.12.2026',
				'closures.1.reason': 'Heiligabend'
			})
		);
		const result = validateProfile(values, allowed, '2026-11-25');
		expect(result.ok && result.fields.closures).toEqual([
			{ startsOn: '2026-07-20', endsOn: '2026-07-31', reason: 'Sommerpause' },
			{ startsOn: '2026-12-24', endsOn: '2026-12-24', reason: 'Heiligabend' }
		]);
	});

	it('asks for a real day, an end not before the start and a reason', () => {
		const values = readProfileForm(
			form({
				...base,
				'closures.0.startsOn': '31.02.2026',
				'closures.0.reason': 'Umzug',
				'closures.1.startsOn': '2026-08-10',
				'closures.1.endsOn': '2026-08-01',
				'closures.1.reason': 'Urlaub',
				'closures.2.startsOn': '2026-09-01'
			})
		);
		const result = validateProfile(values, allowed, '2026-11-25');
		expect(result.ok ? {} : result.errors).toEqual({
			'closures.0.startsOn': 'Bitte geben Sie den ersten geschlossenen Tag an, z. B. 20.07.2026.',
			'closures.1.endsOn': 'Der letzte Tag darf nicht vor dem ersten liegen.',
			'closures.2.reason': 'Bitte nennen Sie den Grund, z. B. „Sommerpause“.'
		});
	});
});

describe('what a save would remove', () => {
	const before = makePartnerInput({
		topics: ['kriminalpraevention', 'sucht'],
		phones: [{ number: '03583 1234', label: 'Büro' }],
		contacts: [
			{
				name: 'Anna Beispiel',
				role: 'Leitung',
				phone: null,
				email: null,
				publishConsent: false,
				consentGivenAt: null
			}
		],
		schedules: [{ kind: 'opening', weekday: 2, opensAt: '09:00', closesAt: '12:00', note: null }],
		closures: [{ startsOn: '2026-07-20', endsOn: '2026-07-31', reason: 'Sommerpause' }]
	});

	it('lists every entry that goes, in words a partner knows', () => {
		const after = { ...before, topics: ['sucht'], phones: [], contacts: [], schedules: [], closures: [] };
		expect(listRemovals(before, after, terms)).toEqual([
			'Ansprechperson: Anna Beispiel (Leitung)',
			'Telefon: 03583 1234 (Büro)',
			'Öffnungszeit: Dienstag 09:00–12:00 Uhr',
			'Geschlossen: 20.07.2026 bis 31.07.2026 (Sommerpause)',
			'Thema: Kriminalprävention'
		]);
	});

	it('lists nothing when entries are only added or kept', () => {
		const after = { ...before, phones: [...before.phones, { number: '03583 9999', label: null }] };
		expect(listRemovals(before, after, terms)).toEqual([]);
	});
});
