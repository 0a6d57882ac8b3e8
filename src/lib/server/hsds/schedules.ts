import type { OrganizationRelations } from './context';
import { childUuid } from './ids';
import { compact, type HsdsRecord } from './record';

type ScheduleRow = OrganizationRelations['schedules'][number];

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const KIND_LABEL = { opening: 'Öffnungszeit', consultation: 'Sprechzeit' } as const;

/** A weekly time slot as an HSDS (iCalendar-style) schedule, in local time of Europe/Berlin. */
export function toSchedule(organizationUuid: string, serviceId: string, s: ScheduleRow): HsdsRecord {
	return compact({
		id: childUuid(organizationUuid, `schedule:${s.kind}:${s.weekday}:${s.opens_at}:${s.closes_at}`),
		service_id: serviceId,
		freq: 'WEEKLY',
		wkst: 'MO',
		byday: BYDAY[s.weekday - 1],
		opens_at: s.opens_at,
		closes_at: s.closes_at,
		description: KIND_LABEL[s.kind],
		notes: s.note
	});
}
