import type { OrganizationRelations } from './context';
import { childUuid } from './ids';
import { compact, type HsdsRecord } from './record';

type ScheduleRow = OrganizationRelations['schedules'][number];

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const KIND_LABEL = { opening: 'Öffnungszeit', consultation: 'Sprechzeit' } as const;

/**
 * A weekly time slot as an HSDS (iCalendar-style) schedule. Times are local (Europe/Berlin) and
 * written without an offset, which changes with daylight saving time; Frictionless reads HH:MM:SS.
 */
export function toSchedule(organizationUuid: string, serviceId: string, s: ScheduleRow): HsdsRecord {
	return compact({
		id: childUuid(organizationUuid, `schedule:${s.kind}:${s.weekday}:${s.opens_at}:${s.closes_at}`),
		service_id: serviceId,
		freq: 'WEEKLY',
		wkst: 'MO',
		byday: BYDAY[s.weekday - 1],
		opens_at: `${s.opens_at}:00`,
		closes_at: `${s.closes_at}:00`,
		description: KIND_LABEL[s.kind],
		notes: s.note
	});
}
