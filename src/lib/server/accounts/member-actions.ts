import { fail } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { inviteToOrganization } from './invitations';
import { parseInviteForm } from './invite-form';
import { LastAdminError, NotAMemberError, removeMember } from './organization-members';

// The two form actions of a people list (org admins on /intern, the coordinator on /koordination);
// the caller has checked that the person may manage this organization's people.

export async function inviteMemberAction(
	db: Kysely<Database>,
	form: FormData,
	{ organizationId, inviterId, origin }: { organizationId: number; inviterId: number; origin: string }
) {
	const parsed = parseInviteForm(form);
	if (!parsed.ok) return fail(400, { invite: { values: parsed.values, errors: parsed.errors } });
	await inviteToOrganization(db, { organizationId, ...parsed.values, invitedBy: inviterId }, { origin });
	return { invited: parsed.values.email };
}

export async function removeMemberAction(db: Kysely<Database>, form: FormData, organizationId: number) {
	const userId = Number(form.get('userId'));
	if (!Number.isSafeInteger(userId)) return fail(400, { removeError: 'Diese Person wurde nicht gefunden.' });
	try {
		await removeMember(db, organizationId, userId);
	} catch (error) {
		if (error instanceof LastAdminError) {
			return fail(400, {
				removeError:
					'Die letzte verwaltende Person kann nicht entfernt werden. Laden Sie zuerst eine weitere verwaltende Person ein.'
			});
		}
		if (error instanceof NotAMemberError)
			return fail(404, { removeError: 'Diese Person gehört nicht (mehr) zur Organisation.' });
		throw error;
	}
	return { removed: true };
}
