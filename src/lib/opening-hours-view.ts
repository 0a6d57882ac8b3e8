// The hours sections of a profile as text. The server writes them for the first paint and the browser
// hydrates from that text; it computes them itself only when the minute changes. The first
// Intl.DateTimeFormat a page creates makes the browser load its locale data (50–150 ms on a phone).
import { formatClosedDay, type Closure } from '$lib/closed-days';
import {
	formatDay,
	formatNextOpening,
	formatSlot,
	openStatus,
	rowsByWeekday,
	wallClockAt,
	type WeeklySlot
} from '$lib/opening-hours';
import { m } from '$lib/paraglide/messages';

export type HoursKind = 'opening' | 'consultation';

export interface HoursView {
	/** null when there are no hours, so nothing is claimed. */
	status: { state: 'open' | 'closed-today' | 'closed'; text: string } | null;
	rows: { weekday: number; label: string; today: boolean; slots: { text: string; note: string | null }[] }[];
	/** Only for opening hours: closures concern the organisation, not one consultation. */
	closures: { key: string; dates: string; reason: string }[];
}

export interface ProfileHours {
	opening: HoursView | null;
	consultation: HoursView | null;
}

interface Schedule extends WeeklySlot {
	kind: HoursKind;
}

/** Both kinds of a partner's hours at the moment; a kind without slots is null. */
export function profileHours(schedules: readonly Schedule[], closures: readonly Closure[], now: Date): ProfileHours {
	const of = (kind: HoursKind) => {
		const slots = schedules.filter((s) => s.kind === kind);
		return slots.length > 0 ? hoursView(kind, slots, closures, now) : null;
	};
	return { opening: of('opening'), consultation: of('consultation') };
}

export function hoursView(kind: HoursKind, slots: WeeklySlot[], closures: readonly Closure[], now: Date): HoursView {
	const today = wallClockAt(now).weekday;
	return {
		status: statusView(kind, slots, closures, now),
		rows: rowsByWeekday(slots, kind === 'opening').map((row) => ({
			weekday: row.weekday,
			label: row.label,
			today: row.weekday === today,
			slots: row.slots.map((slot) => ({ text: formatSlot(slot), note: slot.note ?? null }))
		})),
		closures: kind === 'opening' ? closures.map(closureView) : []
	};
}

function statusView(
	kind: HoursKind,
	slots: WeeklySlot[],
	closures: readonly Closure[],
	now: Date
): HoursView['status'] {
	const status = openStatus(slots, now, closures);
	if (!status) return null;
	if (status.open) {
		const text = status.closesAt
			? m.directory_hours_until({ time: status.closesAt })
			: m.directory_hours_round_the_clock();
		return { state: 'open', text };
	}
	const next = status.next ? nextText(kind, formatNextOpening(status.next)) : '';
	if (status.closedToday) {
		const reason = formatClosedDay(status.closedToday);
		return { state: 'closed-today', text: next ? `${reason} – ${next}` : reason };
	}
	return { state: 'closed', text: next };
}

function nextText(kind: HoursKind, when: string): string {
	return kind === 'opening' ? m.directory_hours_opens({ when }) : m.directory_hours_next_consultation({ when });
}

function closureView(closure: Closure): HoursView['closures'][number] {
	const dates =
		closure.startsOn === closure.endsOn
			? m.directory_hours_closure_day({ date: formatDay(closure.startsOn) })
			: m.directory_hours_closure_range({ from: formatDay(closure.startsOn), to: formatDay(closure.endsOn) });
	return { key: closure.startsOn + closure.reason, dates, reason: closure.reason };
}
