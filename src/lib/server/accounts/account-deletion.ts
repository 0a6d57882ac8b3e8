import type { Kysely } from 'kysely';
import { logAuthEvent } from '../auth/events';
import type { Database } from '../db/schema';
import { writeTransaction } from '../db/transaction';

export type AccountDeletionResult = 'deleted' | 'last_coordinator';

/**
 * Deletes the account with its sessions, memberships, tokens and recovery codes (the foreign keys
 * cascade); the authentication log and the audit log keep their entries without the person. The
 * last active coordinator cannot go, or nobody could run the network any more: the check and the
 * delete share one write transaction, so two coordinators leaving at once cannot both succeed.
 */
export async function deleteAccount(
	db: Kysely<Database>,
	userId: number,
	{ ip = null, now = new Date() }: { ip?: string | null; now?: Date } = {}
): Promise<AccountDeletionResult> {
	const result = await writeTransaction(db, async (trx) => {
		const user = await trx.selectFrom('users').select(['role']).where('id', '=', userId).executeTakeFirstOrThrow();
		if (user.role === 'coordinator') {
			const others = await trx
				.selectFrom('users')
				.select((eb) => eb.fn.countAll<number>().as('count'))
				.where('role', '=', 'coordinator')
				.where('disabled_at', 'is', null)
				.where('id', '!=', userId)
				.executeTakeFirstOrThrow();
			if (Number(others.count) === 0) return 'last_coordinator' as const;
		}
		await trx.deleteFrom('users').where('id', '=', userId).execute();
		return 'deleted' as const;
	});
	// Without a user: the row it would point to is gone, and the log must not keep the address.
	if (result === 'deleted') await logAuthEvent(db, 'account_deleted', { ip, now });
	return result;
}
