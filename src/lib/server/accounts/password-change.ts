import type { Kysely } from 'kysely';
import { logAuthEvent } from '../auth/events';
import { checkPasswordPolicy } from '../auth/password-policy';
import { setPassword } from '../auth/users';
import type { Database } from '../db/schema';
import { getMailer, type Mailer } from '../mail/mailer';
import { passwordChangedNoticeMail, sendNotice } from './notice-mails';
import { checkCurrentPassword } from './reauthentication';

export interface PasswordChange {
	userId: number;
	/** The session that asks; it stays, every other session of the person ends. */
	sessionId: string;
	currentPassword: string;
	newPassword: string;
	repeatedPassword: string;
}

export type PasswordChangeErrors = Partial<Record<'currentPassword' | 'newPassword' | 'repeatedPassword', string>>;

/**
 * Checks the current password and the policy, then stores the new one and tells the account's
 * address; answers the errors by field, or null.
 */
export async function changePassword(
	db: Kysely<Database>,
	change: PasswordChange,
	{ mailer = getMailer(), ip = null }: { mailer?: Mailer; ip?: string | null } = {}
): Promise<PasswordChangeErrors | null> {
	const user = await db
		.selectFrom('users')
		.select(['email', 'name'])
		.where('id', '=', change.userId)
		.executeTakeFirstOrThrow();
	const policy = checkPasswordPolicy(change.newPassword, user);
	if (policy) return { newPassword: policy };
	if (change.newPassword !== change.repeatedPassword) {
		return {
			repeatedPassword:
				'Die beiden neuen Passwörter stimmen nicht überein. Bitte geben Sie es zweimal gleich ein.'
		};
	}
	const refused = await checkCurrentPassword(db, change.userId, change.currentPassword, { ip });
	if (refused) return { currentPassword: refused };
	await setPassword(db, change.userId, change.newPassword, { keepSession: change.sessionId });
	await logAuthEvent(db, 'password_changed', { userId: change.userId, ip });
	await sendNotice(mailer, user.email, passwordChangedNoticeMail({ changedAt: new Date() }));
	return null;
}
