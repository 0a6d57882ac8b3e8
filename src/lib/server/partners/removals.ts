import type { Taxonomy } from '../db/schema';
import type { TermOptions } from './profile-terms';
import type { PartnerInput, ScheduleInput } from './types';

// The profile form replaces whole sets (contacts, phones, hours, closures, topics …). Before a save
// removes something, the partner sees what goes: these are the lines of that confirmation step.

const WEEKDAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];
const KINDS = { opening: 'Öffnungszeit', consultation: 'Sprechzeit' } as const;
const TERM_SETS: [keyof PartnerInput & ('topics' | 'targetGroups' | 'languages' | 'ortsteile'), Taxonomy, string][] = [
	['topics', 'topic', 'Thema'],
	['targetGroups', 'target_group', 'Zielgruppe'],
	['languages', 'language', 'Sprache'],
	['ortsteile', 'ortsteil', 'Ortsteil']
];

/** One German line per entry that is in `before` and no longer in `after`; empty when nothing goes. */
export function listRemovals(before: PartnerInput, after: PartnerInput, terms: TermOptions): string[] {
	const gone = <T>(list: (p: PartnerInput) => T[], key: (item: T) => string, line: (item: T) => string) => {
		const kept = new Set(list(after).map(key));
		return list(before)
			.filter((item) => !kept.has(key(item)))
			.map(line);
	};
	const label = (taxonomy: Taxonomy, code: string) => terms[taxonomy].find((t) => t.code === code)?.label ?? code;
	return [
		...gone(
			(p) => p.contacts,
			(c) => c.name,
			(c) => `Ansprechperson: ${c.name}${c.role ? ` (${c.role})` : ''}`
		),
		...gone(
			(p) => p.phones,
			(p) => p.number,
			(p) => `Telefon: ${p.number}${p.label ? ` (${p.label})` : ''}`
		),
		...gone(
			(p) => p.schedules,
			(s) => `${s.kind} ${slotText(s)}`,
			(s) => `${KINDS[s.kind]}: ${slotText(s)}`
		),
		...gone(
			(p) => p.closures,
			(c) => `${c.startsOn}|${c.endsOn}|${c.reason}`,
			(c) =>
				`Geschlossen: ${c.startsOn === c.endsOn ? germanDate(c.startsOn) : `${germanDate(c.startsOn)} bis ${germanDate(c.endsOn)}`} (${c.reason})`
		),
		...TERM_SETS.flatMap(([field, taxonomy, name]) =>
			gone(
				(p) => p[field],
				(code) => code,
				(code) => `${name}: ${label(taxonomy, code)}`
			)
		)
	];
}

function slotText(s: ScheduleInput): string {
	return `${WEEKDAYS[s.weekday - 1]} ${s.opensAt}–${s.closesAt} Uhr${s.note ? ` (${s.note})` : ''}`;
}

function germanDate(day: string): string {
	const [year, month, date] = day.split('-');
	return `${date}.${month}.${year}`;
}
