import { describe, expect, it } from 'vitest';
import { profileHours } from './opening-hours-view';

const schedules = [
	{ kind: 'opening' as const, weekday: 3, opensAt: '09:00', closesAt: '12:00', note: 'ohne Termin' },
	{ kind: 'opening' as const, weekday: 4, opensAt: '09:00', closesAt: '12:00' },
	{ kind: 'consultation' as const, weekday: 5, opensAt: '14:00', closesAt: '16:00' }
];
const closures = [{ startsOn: '2026-01-22', endsOn: '2026-01-23', reason: 'Fortbildung' }];

describe('the hours of a profile as text', () => {
	it('says open until when, and marks today in the table', () => {
		// Wednesday 2026-01-14, 10:00 in Zittau.
		const hours = profileHours(schedules, closures, new Date('2026-01-14T09:00:00Z'));
		expect(hours.opening?.status).toEqual({ state: 'open', text: 'bis 12:00 Uhr' });
		expect(hours.opening?.rows.filter((row) => row.today).map((row) => row.label)).toEqual(['Mittwoch']);
		expect(hours.opening?.rows.find((row) => row.weekday === 3)?.slots).toEqual([
			{ text: '09:00–12:00 Uhr', note: 'ohne Termin' }
		]);
		// Opening hours list every day, consultation hours only their own.
		expect(hours.opening?.rows).toHaveLength(7);
		expect(hours.consultation?.rows.map((row) => row.label)).toEqual(['Freitag']);
	});

	it('names the next opening with the verb of its kind', () => {
		const hours = profileHours(schedules, [], new Date('2026-01-14T12:00:00Z'));
		expect(hours.opening?.status).toEqual({ state: 'closed', text: 'öffnet morgen um 09:00 Uhr' });
		expect(hours.consultation?.status?.text).toMatch(/^nächste Sprechzeit /);
	});

	it('gives the reason on a closed day and lists closures under the opening hours only', () => {
		// Thursday 2026-01-22, 10:00: closed for training, next opening a week later.
		const hours = profileHours(schedules, closures, new Date('2026-01-22T09:00:00Z'));
		expect(hours.opening?.status?.state).toBe('closed-today');
		expect(hours.opening?.status?.text).toMatch(/^Fortbildung – öffnet /);
		expect(hours.opening?.closures).toEqual([
			{ key: '2026-01-22Fortbildung', dates: '22.01.2026 bis 23.01.2026:', reason: 'Fortbildung' }
		]);
		expect(hours.consultation?.closures).toEqual([]);
	});

	it('has no section for a kind without hours', () => {
		expect(profileHours(schedules.slice(0, 2), [], new Date()).consultation).toBeNull();
	});
});
