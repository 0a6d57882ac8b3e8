import { beforeAll, describe, expect, it } from 'vitest';
import type { GuardEvent } from '../../src/lib/server/auth/guards';
import { createSession, validateSessionToken } from '../../src/lib/server/auth/session';
import { addMembership, createUser } from '../../src/lib/server/auth/users';
import type { MembershipRole, UserRole } from '../../src/lib/server/db/schema';
import { listDashboardOrganizations } from '../../src/lib/server/partners/dashboard';
import { requireOrganizationAccess } from '../../src/lib/server/partners/organization-access';
import { createPartner } from '../../src/lib/server/partners/service';
import { makePartnerInput } from '../fixtures/partners';
import { useTestDatabase, type UsedTestDatabase } from '../helpers/test-database';
import { guardOutcome } from '../helpers/guard-outcome';

/** What the guard answered: the slug it granted, a redirect's target, or an error's status. */
const outcome = (event: GuardEvent, t: UsedTestDatabase, slug: string) =>
	guardOutcome(async () => (await requireOrganizationAccess(event, t.db, slug)).organization.slug);

describe('access to an organization’s internal pages', () => {
	const t = useTestDatabase();
	let sequence = 0;
	const school = makePartnerInput({ name: 'Grundschule Pethau', status: 'draft' });
	const police = makePartnerInput({ name: 'Polizeirevier Zittau' });
	let schoolId: number;

	beforeAll(async () => {
		schoolId = await createPartner(t.db, school);
		await createPartner(t.db, police);
	});

	async function person(
		role: UserRole,
		membership?: { organizationId: number; role: MembershipRole }
	): Promise<GuardEvent> {
		sequence += 1;
		const userId = await createUser(t.db, { email: `p${sequence}@example.org`, name: `P ${sequence}`, role });
		if (role === 'coordinator') {
			await t.db
				.updateTable('users')
				.set({ totp_enabled_at: new Date().toISOString() })
				.where('id', '=', userId)
				.execute();
		}
		if (membership) await addMembership(t.db, userId, membership.organizationId, membership.role);
		const { token } = await createSession(t.db, userId, { twoFactorVerified: role === 'coordinator' });
		return { locals: (await validateSessionToken(t.db, token))!, url: new URL('http://localhost/intern') };
	}

	it('lets an editor and an admin of the school in', async () => {
		expect(
			await outcome(await person('partner', { organizationId: schoolId, role: 'editor' }), t, school.slug)
		).toBe(school.slug);
		expect(
			await outcome(await person('partner', { organizationId: schoolId, role: 'admin' }), t, school.slug)
		).toBe(school.slug);
	});

	it('refuses the school to the police’s editor with 403, and an unknown slug alike, so drafts cannot be probed', async () => {
		const policeId = (
			await t.db
				.selectFrom('organizations')
				.select('id')
				.where('slug', '=', police.slug)
				.executeTakeFirstOrThrow()
		).id;
		const policeEditor = await person('partner', { organizationId: policeId, role: 'editor' });
		expect(await outcome(policeEditor, t, school.slug)).toBe(403);
		expect(await outcome(policeEditor, t, 'gibt-es-nicht')).toBe(403);
		expect(await outcome(policeEditor, t, police.slug)).toBe(police.slug);
	});

	it('lets a coordinator into every organization and tells them when a slug does not exist', async () => {
		const coordinator = await person('coordinator');
		expect(await outcome(coordinator, t, school.slug)).toBe(school.slug);
		expect(await outcome(coordinator, t, 'gibt-es-nicht')).toBe(404);
	});

	it('sends an anonymous visitor to the login page', async () => {
		const anonymous = {
			locals: { user: null, session: null },
			url: new URL(`http://localhost/intern/organisation/${school.slug}`)
		};
		expect(await outcome(anonymous, t, school.slug)).toBe(
			`/anmelden?weiter=%2Fintern%2Forganisation%2F${school.slug}`
		);
	});

	it('shows a member only their own organizations on the dashboard, with what needs doing', async () => {
		const editor = await person('partner', { organizationId: schoolId, role: 'editor' });
		const organizations = await listDashboardOrganizations(t.db, editor.locals.user!, new Date('2026-11-25'));
		expect(organizations).toEqual([
			{
				slug: school.slug,
				name: 'Grundschule Pethau',
				status: 'draft',
				role: 'editor',
				verifiedAt: null,
				attention: ['draft', 'never_verified', 'no_contacts']
			}
		]);
	});
});
