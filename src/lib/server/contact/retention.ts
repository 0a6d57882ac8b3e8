import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../db/schema';

// DSGVO: a handled message is kept for the retention period (CONTACT_RETENTION_MONTHS) after it was
// handled, then deleted by the coordinator's button or by `npm run purge-contact-messages`.

/** The moment before which a message must have been handled to be deleted. */
export function retentionCutoff(now: Date, months: number): Date {
	const cutoff = new Date(now);
	cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
	return cutoff;
}

export async function countExpiredMessages(
	db: Kysely<Database>,
	{ now, months }: { now: Date; months: number }
): Promise<number> {
	const row = await db
		.selectFrom('contact_messages')
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.where(expired(now, months))
		.executeTakeFirstOrThrow();
	return Number(row.count);
}

/** Deletes every message handled before the cutoff; the number deleted. */
export async function deleteExpiredMessages(
	db: Kysely<Database>,
	{ now, months }: { now: Date; months: number }
): Promise<number> {
	const result = await db.deleteFrom('contact_messages').where(expired(now, months)).executeTakeFirst();
	return Number(result.numDeletedRows);
}

/** Handled before the cutoff: the one rule both the count and the deletion apply. */
function expired(now: Date, months: number) {
	return (eb: ExpressionBuilder<Database, 'contact_messages'>) =>
		eb.and([eb('status', '=', 'handled'), eb('handled_at', '<', retentionCutoff(now, months).toISOString())]);
}
