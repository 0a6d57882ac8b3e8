import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { writeTransaction } from '../db/transaction';
import { logAuthEvent } from './events';
import { consumeToken, findValidToken } from './one-time-token';
import { m } from '$lib/paraglide/messages';
import { hashPassword } from './password';
import { checkPasswordPolicy } from './password-policy';

export const NAME_MAX_LENGTH = 100;

export interface PendingInvitation {
	email: string;
	name: string;
	/** The person already has a password (invited into another organization): nothing to set here. */
	hasPassword: boolean;
}

/** The invited person behind a link while it is valid, or null (unknown, used, expired, disabled). */
export async function findInvitation(db: Kysely<Database>, token: string): Promise<PendingInvitation | null> {
	const valid = await findValidToken(db, 'invitation', token);
	if (!valid) return null;
	const user = await db
		.selectFrom('users')
		.select(['email', 'name', 'password_hash', 'disabled_at'])
		.where('id', '=', valid.userId)
		.executeTakeFirstOrThrow();
	if (user.disabled_at !== null) return null;
	return { email: user.email, name: user.name, hasPassword: user.password_hash !== null };
}

export interface AcceptanceErrors {
	name?: string;
	password?: string;
}

export type AcceptanceResult =
	| { kind: 'success'; userId: number; isCoordinator: boolean }
	| { kind: 'invalid_token' }
	| { kind: 'invalid'; errors: AcceptanceErrors };

/**
 * Sets name and password through an invitation link and uses the link up. A link of a person who
 * already has a password sets nothing, so it can never replace a password chosen before.
 */
export async function acceptInvitation(
	db: Kysely<Database>,
	{ token, name, password, address }: { token: string; name: string; password: string; address: string }
): Promise<AcceptanceResult> {
	const invitation = await findInvitation(db, token);
	if (!invitation || invitation.hasPassword) return { kind: 'invalid_token' };

	const errors: AcceptanceErrors = {};
	const trimmed = name.trim();
	if (trimmed === '') errors.name = m.auth_error_name_missing();
	else if (trimmed.length > NAME_MAX_LENGTH) errors.name = m.auth_error_name_long({ max: NAME_MAX_LENGTH });
	const weak =
		password === ''
			? m.auth_error_password_unset()
			: checkPasswordPolicy(password, { email: invitation.email, name: trimmed });
	if (weak) errors.password = weak;
	if (errors.name || errors.password) return { kind: 'invalid', errors };

	const passwordHash = await hashPassword(password);
	const accepted = await writeTransaction(db, async (trx) => {
		const consumed = await consumeToken(trx, 'invitation', token);
		if (!consumed) return null;
		const user = await trx
			.updateTable('users')
			.set({ name: trimmed, password_hash: passwordHash, updated_at: new Date().toISOString() })
			.where('id', '=', consumed.userId)
			.where('password_hash', 'is', null)
			.returning(['id', 'role'])
			.executeTakeFirst();
		if (!user) throw new Error('Invitation accepted for an account that has a password already');
		return user;
	});
	if (!accepted) return { kind: 'invalid_token' };
	await logAuthEvent(db, 'invitation_accepted', { userId: accepted.id, ip: address });
	return { kind: 'success', userId: accepted.id, isCoordinator: accepted.role === 'coordinator' };
}
