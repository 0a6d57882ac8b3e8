import { describe, expect, it } from 'vitest';
import { parseIntroductionForm, parseStatusForm, parseSuggestionForm } from './match-forms';
import { formData as form } from '../../../../tests/helpers/form-data';

describe('brokering forms', () => {
	it('take a candidate and an optional note, an empty note as none', () => {
		expect(parseIntroductionForm(form({ organizationId: '12', note: '  ' }))).toEqual({
			ok: true,
			values: { organizationId: 12, note: null }
		});
		expect(parseIntroductionForm(form({ organizationId: '12', note: ' Bis bald. ' }))).toEqual({
			ok: true,
			values: { organizationId: 12, note: 'Bis bald.' }
		});
	});

	it('refuse a note over 1000 characters and say how long it is, keeping it', () => {
		const long = 'x'.repeat(1001);
		const result = parseIntroductionForm(form({ organizationId: '12', note: long }));
		expect(result).toMatchObject({
			ok: false,
			values: { note: long },
			errors: { note: expect.stringContaining('jetzt 1.001') }
		});
	});

	it('refuse an organization id that is no number', () => {
		expect(parseSuggestionForm(form({ organizationId: 'x' }))).toMatchObject({
			ok: false,
			errors: { organizationId: expect.stringContaining('Liste') }
		});
		expect(parseIntroductionForm(form({ organizationId: '0' })).ok).toBe(false);
	});

	it('accept the four statuses only, with an optional reason', () => {
		expect(parseStatusForm(form({ matchId: '3', status: 'declined', declineReason: 'Kein Termin.' }))).toEqual({
			ok: true,
			values: { matchId: 3, status: 'declined', declineReason: 'Kein Termin.' }
		});
		expect(parseStatusForm(form({ matchId: '3', status: 'involved' }))).toEqual({
			ok: true,
			values: { matchId: 3, status: 'involved', declineReason: null }
		});
		expect(parseStatusForm(form({ matchId: '3', status: 'erledigt' }))).toMatchObject({
			ok: false,
			errors: { status: expect.stringContaining('abgelehnt') }
		});
	});
});
