import type { ScheduleKind } from '../db/schema';
import type { ScheduleInput } from '../partners/types';

const WEEKDAYS = ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'];

/**
 * Reads hours written the way a notice board shows them, e.g.
 * "Mo-Do 08:00-12:00,13:00-16:00; Fr 08:00-12:00 | nur nach Vereinbarung":
 * segments separated by ";", each with weekdays, time ranges and an optional note after "|".
 */
export function parseHours(kind: ScheduleKind, text: string): ScheduleInput[] {
	return text.split(';').flatMap((segment) => {
		const [timing, note] = segment.split('|').map((part) => part.trim());
		const match = /^(\S+)\s+(\S+)$/.exec(timing);
		if (!match) throw new Error(`Hours "${segment.trim()}" need weekdays and times, e.g. "Mo-Fr 08:00-16:00"`);
		const weekdays = parseWeekdays(match[1]);
		const ranges = match[2].split(',').map(parseRange);
		return weekdays.flatMap((weekday) =>
			ranges.map(([opensAt, closesAt]) => ({ kind, weekday, opensAt, closesAt, note: note || null }))
		);
	});
}

function parseWeekdays(text: string): number[] {
	return text.split(',').flatMap((part) => {
		const [from, to = from] = part.split('-').map(weekdayNumber);
		if (to < from) throw new Error(`Weekday range "${part}" runs backwards`);
		return Array.from({ length: to - from + 1 }, (_, i) => from + i);
	});
}

function weekdayNumber(abbreviation: string): number {
	const index = WEEKDAYS.indexOf(abbreviation);
	if (index < 0) throw new Error(`Unknown weekday "${abbreviation}"; use ${WEEKDAYS.join(', ')}`);
	return index + 1;
}

function parseRange(text: string): [string, string] {
	const match = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(text);
	if (!match || match[2] <= match[1]) throw new Error(`Time range "${text}" must read like "08:00-16:00"`);
	return [match[1], match[2]];
}
