import { CRLF, escapeText, foldLine } from '../text/content-lines';

// iCalendar (RFC 5545) for events and working-group meetings. Times are written in UTC ("Z"), which
// every calendar client shows in the reader's own zone, so no VTIMEZONE block is needed.

export interface CalendarEvent {
	/** Stable and globally unique, e.g. "event-12@kpr-portal"; a client updates the entry it already has. */
	uid: string;
	start: Date;
	end: Date;
	summary: string;
	description?: string | null;
	location?: string | null;
	url?: string | null;
	/** When the entry last changed (DTSTAMP and LAST-MODIFIED). */
	updatedAt: Date;
	/** A cancelled entry stays in a feed with this status, so clients remove it. */
	cancelled?: boolean;
}

export interface Calendar {
	/** Shown by clients as the calendar's name (X-WR-CALNAME). */
	name: string;
	events: CalendarEvent[];
}

const PRODUCT_ID = '-//KPR-Portal//Partnernetzwerk//DE';

/** The calendar as text/calendar content: CRLF line ends, lines folded at 75 octets. */
export function buildCalendar({ name, events }: Calendar): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${PRODUCT_ID}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(name)}`,
		...events.flatMap(eventLines),
		'END:VCALENDAR'
	];
	return lines.map(foldLine).join(CRLF) + CRLF;
}

function eventLines(event: CalendarEvent): string[] {
	return [
		'BEGIN:VEVENT',
		`UID:${escapeText(event.uid)}`,
		`DTSTAMP:${utc(event.updatedAt)}`,
		`LAST-MODIFIED:${utc(event.updatedAt)}`,
		`DTSTART:${utc(event.start)}`,
		`DTEND:${utc(event.end)}`,
		`SUMMARY:${escapeText(event.summary)}`,
		...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
		...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
		...(event.url ? [`URL:${event.url}`] : []),
		`STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
		'END:VEVENT'
	];
}

/** 20261201T183000Z */
function utc(date: Date): string {
	return date
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}
