import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { getMailer, type Mailer } from '../mail/mailer';
import { passwordResetMail } from '../mail/templates';
import { logAuthEvent } from './events';
import { consumeToken, createOneTimeToken, findValidToken } from './one-time-token';
import { checkPasswordPolicy } from './password-policy';
import { KeyedLimiter } from './rate-limit';
import { getUserByEmail, setPassword } from './users';

export const PASSWORD_RESET_PATH = '/passwort-vergessen';
const MINUTE_MS = 60 * 1000;

export type ResetRequestResult =
	{ kind: 'accepted'; delivery: Promise<void> } | { kind: 'throttled'; retryAfterMs: number };

export interface ResetLimiters {
	/** Per typed email, registered or not: a mailbox is not flooded with reset mails. */
	accounts: KeyedLimiter;
	/** Per client address: one client cannot probe or flood many addresses. */
	addresses: KeyedLimiter;
}

let limiters: ResetLimiters | undefined;

export function getResetLimiters(): ResetLimiters {
	limiters ??= {
		accounts: new KeyedLimiter({ limit: 3, windowMs: 60 * MINUTE_MS, blockMs: 60 * MINUTE_MS }),
		addresses: new KeyedLimiter({ limit: 10, windowMs: 15 * MINUTE_MS, blockMs: 15 * MINUTE_MS })
	};
	return limiters;
}

/**
 * Accepts a reset request and mails a one-hour link if the email belongs to an active account.
 * The lookup and the mail run in `delivery`, after the answer: the answer is the same and equally
 * fast for registered and unknown emails, so neither its text nor its timing tells them apart.
 */
export function requestPasswordReset(
	db: Kysely<Database>,
	{ email, address, origin }: { email: string; address: string; origin: string },
	{ mailer = getMailer(), limits = getResetLimiters() }: { mailer?: Mailer; limits?: ResetLimiters } = {}
): ResetRequestResult {
	const key = email.trim().toLowerCase();
	const retryAfterMs = Math.max(limits.accounts.retryAfter(key), limits.addresses.retryAfter(address));
	if (retryAfterMs > 0) return { kind: 'throttled', retryAfterMs };
	limits.accounts.hit(key);
	limits.addresses.hit(address);
	return { kind: 'accepted', delivery: sendResetLink(db, mailer, { email, address, origin }) };
}

async function sendResetLink(
	db: Kysely<Database>,
	mailer: Mailer,
	{ email, address, origin }: { email: string; address: string; origin: string }
): Promise<void> {
	const user = await getUserByEmail(db, email);
	if (!user || user.disabled) return;
	await logAuthEvent(db, 'password_reset_requested', { userId: user.id, ip: address });
	const { token, expiresAt } = await createOneTimeToken(db, user.id, 'password_reset');
	const link = new URL(`${PASSWORD_RESET_PATH}/${token}`, origin).toString();
	await mailer.send({ to: user.email, ...passwordResetMail({ link, expiresAt }) });
}

/** Whether a reset link still works, to show its form (it is used up only by `resetPassword`). */
export async function isResetTokenValid(db: Kysely<Database>, token: string): Promise<boolean> {
	return (await findValidToken(db, 'password_reset', token)) !== null;
}

export type ResetResult = { kind: 'success' } | { kind: 'invalid_token' } | { kind: 'weak_password'; message: string };

/**
 * Sets the new password through a reset link and uses the link up; all sessions of the account
 * end, so whoever had taken it over is logged out.
 */
export async function resetPassword(
	db: Kysely<Database>,
	{ token, password, address }: { token: string; password: string; address: string }
): Promise<ResetResult> {
	const valid = await findValidToken(db, 'password_reset', token);
	if (!valid) return { kind: 'invalid_token' };
	const user = await db
		.selectFrom('users')
		.select(['email', 'name', 'disabled_at'])
		.where('id', '=', valid.userId)
		.executeTakeFirstOrThrow();
	if (user.disabled_at !== null) return { kind: 'invalid_token' };
	const message = checkPasswordPolicy(password, user);
	if (message) return { kind: 'weak_password', message };
	// Consumed before the change: of two posts racing with one link, only one sets a password.
	const consumed = await consumeToken(db, 'password_reset', token);
	if (!consumed) return { kind: 'invalid_token' };
	await setPassword(db, consumed.userId, password);
	await logAuthEvent(db, 'password_reset', { userId: consumed.userId, ip: address });
	return { kind: 'success' };
}
