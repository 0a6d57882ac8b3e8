import type { Kysely } from 'kysely';
import { createOneTimeToken } from '../auth/one-time-token';
import { addMembership, createUser, normalizeEmail } from '../auth/users';
import { readConfig } from '../config';
import type { Database, MembershipRole } from '../db/schema';
import { getMailer, type Mailer } from '../mail/mailer';
import { invitationMail } from '../mail/templates';

export const INVITATION_PATH = '/einladung';

export interface InvitationInput {
	organizationId: number;
	email: string;
	role: MembershipRole;
	/** The user id of the coordinator or org admin who invites; named in the mail. */
	invitedBy: number;
}

/** What an 'invitation' token's payload holds (JSON): the membership it was sent for. */
export interface InvitationPayload {
	organizationId: number;
	role: MembershipRole;
}

export interface InvitationOptions {
	mailer?: Mailer;
	/** Public origin for the link; defaults to the configured ORIGIN, never the request's Host. */
	origin?: string;
	now?: Date;
}

export interface Invitation {
	userId: number;
	/** False when the email already had an account, which now gains the membership. */
	createdUser: boolean;
	expiresAt: Date;
}

/**
 * Invites a person to an organization: creates the account if the email has none (without a
 * password, set through the link), grants the membership now, and mails a single-use link
 * ORIGIN/einladung/<token>. A second invitation replaces the first link.
 */
export async function inviteToOrganization(
	db: Kysely<Database>,
	input: InvitationInput,
	{ mailer = getMailer(), origin = readConfig().origin, now = new Date() }: InvitationOptions = {}
): Promise<Invitation> {
	if (!origin) throw new Error('ORIGIN is not configured: invitation links need the public address');
	const email = normalizeEmail(input.email);
	const [organization, inviter] = await Promise.all([
		db
			.selectFrom('organizations')
			.select(['name'])
			.where('id', '=', input.organizationId)
			.executeTakeFirstOrThrow(),
		db.selectFrom('users').select(['name', 'email']).where('id', '=', input.invitedBy).executeTakeFirstOrThrow()
	]);

	const existing = await db.selectFrom('users').select(['id']).where('email', '=', email).executeTakeFirst();
	const userId = existing?.id ?? (await createUser(db, { email, name: '', role: 'partner' }));
	await addMembership(db, userId, input.organizationId, input.role);

	const payload: InvitationPayload = { organizationId: input.organizationId, role: input.role };
	const { token, expiresAt } = await createOneTimeToken(db, userId, 'invitation', {
		payload: JSON.stringify(payload),
		now
	});
	await mailer.send({
		to: email,
		...invitationMail({
			organizationName: organization.name,
			inviterName: inviter.name || inviter.email,
			link: new URL(`${INVITATION_PATH}/${token}`, origin).toString(),
			expiresAt
		})
	});
	return { userId, createdUser: !existing, expiresAt };
}

/** The payload of an invitation token, or null when it is missing or not one we wrote. */
export function parseInvitationPayload(payload: string | null): InvitationPayload | null {
	if (payload === null) return null;
	const value: unknown = JSON.parse(payload);
	if (typeof value !== 'object' || value === null) return null;
	const { organizationId, role } = value as Record<string, unknown>;
	if (typeof organizationId !== 'number' || (role !== 'admin' && role !== 'editor')) return null;
	return { organizationId, role };
}
