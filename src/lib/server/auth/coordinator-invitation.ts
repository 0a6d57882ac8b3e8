import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { createOneTimeToken } from './one-time-token';
import { createUser, getUserByEmail, normalizeEmail } from './users';
import { isEmailAddress } from '$lib/validation/email';

export class CoordinatorInvitationError extends Error {}

/**
 * The one-time link with which a new coordinator sets name and password (`npm run create-coordinator`).
 * A coordinator who has not used their link yet gets a new one; an account with a password, or a
 * partner account, is refused: those use "Passwort vergessen" or are promoted by hand.
 */
export async function inviteCoordinator(
	db: Kysely<Database>,
	{ email, name = '', origin }: { email: string; name?: string; origin: string }
): Promise<{ link: string; expiresAt: Date; createdUser: boolean }> {
	if (!isEmailAddress(email.trim())) {
		throw new CoordinatorInvitationError(`„${email}“ ist keine E-Mail-Adresse.`);
	}
	const existing = await getUserByEmail(db, email);
	if (existing?.role === 'partner') {
		throw new CoordinatorInvitationError(
			`${existing.email} gehört zu einem Partnerkonto und wird nicht umgewandelt.`
		);
	}
	if (existing?.passwordHash) {
		throw new CoordinatorInvitationError(
			`${existing.email} hat bereits ein Passwort. Ein neues lässt sich über „Passwort vergessen“ festlegen.`
		);
	}
	const userId = existing?.id ?? (await createUser(db, { email: normalizeEmail(email), name, role: 'coordinator' }));
	const { token, expiresAt } = await createOneTimeToken(db, userId, 'invitation');
	return { link: new URL(`/einladung/${token}`, origin).toString(), expiresAt, createdUser: !existing };
}
