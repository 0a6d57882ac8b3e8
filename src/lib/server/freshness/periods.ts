export const REMINDER_AFTER_MONTHS = 6;
export const FLAG_AFTER_MONTHS = 12;

export type Freshness = 'current' | 'reminder' | 'flagged';

/** The same calendar day `months` earlier (clamped to the month's end), as ISO date-time. */
export function monthsBefore(now: Date, months: number): Date {
	const date = new Date(now);
	const day = date.getUTCDate();
	date.setUTCDate(1);
	date.setUTCMonth(date.getUTCMonth() - months);
	const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
	date.setUTCDate(Math.min(day, lastDay));
	return date;
}

/**
 * How stale an entry is, from the day it was last confirmed ("geprüft am"), or, if it never was,
 * from the day it was created: from 6 months on it gets a reminder, from 12 months on it is flagged.
 */
export function freshnessOf(confirmedOrCreated: Date, now: Date): Freshness {
	if (confirmedOrCreated <= monthsBefore(now, FLAG_AFTER_MONTHS)) return 'flagged';
	if (confirmedOrCreated <= monthsBefore(now, REMINDER_AFTER_MONTHS)) return 'reminder';
	return 'current';
}

/**
 * The start of the six-month period an overdue entry is in (6, 12, 18 … months after it was
 * confirmed): one reminder goes out per period.
 */
export function reminderPeriodStart(confirmedOrCreated: Date, now: Date): Date | null {
	let periods = 0;
	while (monthsBefore(confirmedOrCreated, -REMINDER_AFTER_MONTHS * (periods + 1)) <= now) periods += 1;
	return periods === 0 ? null : monthsBefore(confirmedOrCreated, -REMINDER_AFTER_MONTHS * periods);
}
