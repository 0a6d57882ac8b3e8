import { isEmailAddress } from '$lib/validation/email';
import type { MembershipRole } from '../db/schema';

export interface InviteValues {
	email: string;
	role: MembershipRole;
}

export type InviteParse =
	{ ok: true; values: InviteValues } | { ok: false; values: InviteValues; errors: { email?: string } };

/** The "invite a colleague" form: an email address and the role, admin or editor. */
export function parseInviteForm(form: FormData): InviteParse {
	const email = String(form.get('email') ?? '').trim();
	// Anything but an explicit "admin" grants the lesser role.
	const role: MembershipRole = form.get('role') === 'admin' ? 'admin' : 'editor';
	const values = { email, role };
	const errors: { email?: string } = {};
	if (!isEmailAddress(email))
		errors.email = 'Bitte geben Sie eine gültige E-Mail-Adresse an, zum Beispiel name@schule.de.';
	return Object.keys(errors).length === 0 ? { ok: true, values } : { ok: false, values, errors };
}
