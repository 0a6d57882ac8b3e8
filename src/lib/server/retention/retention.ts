import type { Kysely } from 'kysely';
import { deleteExpiredMessages, retentionCutoff } from '../contact/retention';
import type { Database } from '../db/schema';
import { deleteOldSearchGaps } from '../search-gaps/queries';

/** What an audit entry's old and new value say once the retention period has passed. */
export const REDACTED = '(nach Ablauf der Aufbewahrungsfrist entfernt)';

export interface RetentionPeriods {
	/** Login events and the client addresses in them. */
	authEventDays: number;
	/** Personal values (names, emails, phones) in the change log; who changed which field stays. */
	auditValueMonths: number;
	declinedApplicationMonths: number;
	/** Handled contact messages. */
	contactHandledMonths: number;
	/** Contact messages nobody marked as handled. */
	contactOpenMonths: number;
	/** The anonymous weekly search counts (search gaps). */
	searchGapMonths: number;
}

export interface RetentionReport {
	authEvents: number;
	auditEntries: number;
	applications: number;
	contactMessages: number;
	searchGapRows: number;
}

/**
 * Deletes or redacts what is kept longer than needed (DSGVO Art. 5 (1) e); the periods are
 * configurable and listed in the privacy notice. Safe to run any number of times.
 */
export async function applyRetention(
	db: Kysely<Database>,
	periods: RetentionPeriods,
	now = new Date()
): Promise<RetentionReport> {
	const daysAgo = new Date(now.getTime() - periods.authEventDays * 24 * 60 * 60 * 1000).toISOString();
	const authEvents = await db.deleteFrom('auth_events').where('created_at', '<', daysAgo).executeTakeFirst();
	const auditEntries = await db
		.updateTable('audit_log')
		.set({ old_value: REDACTED, new_value: REDACTED })
		.where('created_at', '<', retentionCutoff(now, periods.auditValueMonths).toISOString())
		.where((eb) => eb.or([eb('old_value', '!=', REDACTED), eb('new_value', '!=', REDACTED)]))
		.executeTakeFirst();
	const applications = await db
		.deleteFrom('partner_applications')
		.where('status', '=', 'declined')
		.where('decided_at', '<', retentionCutoff(now, periods.declinedApplicationMonths).toISOString())
		.executeTakeFirst();
	const handled = await deleteExpiredMessages(db, { now, months: periods.contactHandledMonths });
	const open = await db
		.deleteFrom('contact_messages')
		.where('status', '=', 'open')
		.where('created_at', '<', retentionCutoff(now, periods.contactOpenMonths).toISOString())
		.executeTakeFirst();
	const searchGapRows = await deleteOldSearchGaps(db, retentionCutoff(now, periods.searchGapMonths));
	return {
		authEvents: Number(authEvents.numDeletedRows),
		auditEntries: Number(auditEntries.numUpdatedRows),
		applications: Number(applications.numDeletedRows),
		contactMessages: handled + Number(open.numDeletedRows),
		searchGapRows
	};
}
