import { beforeAll, describe, expect, it } from 'vitest';
import {
	requireCoordinator,
	requireOrganizationRole,
	requireUser,
	safeRedirectTarget,
	type GuardEvent
} from '../../src/lib/server/auth/guards';
import { createSession, validateSessionToken } from '../../src/lib/server/auth/session';
import { addMembership, createUser } from '../../src/lib/server/auth/users';
import type { UserRole } from '../../src/lib/server/db/schema';
import { createPartner } from '../../src/lib/server/partners/service';
import { makePartnerInput } from '../fixtures/partners';
import { useTestDatabase } from '../helpers/test-database';
import { guardVerdict } from '../helpers/guard-outcome';

describe('authorization guards', () => {
	const t = useTestDatabase();
	let schoolId: number;
	let policeId: number;
	let sequence = 0;

	beforeAll(async () => {
		schoolId = await createPartner(t.db, makePartnerInput({ name: 'Grundschule Pethau' }));
		policeId = await createPartner(t.db, makePartnerInput({ name: 'Polizeirevier Zittau' }));
	});

	/** A request of a freshly logged-in person, as the session hook will fill it. */
	async function requestOf(
		role: UserRole,
		{ totp = false, verified = false, path = '/intern' } = {}
	): Promise<GuardEvent & { userId: number }> {
		sequence += 1;
		const userId = await createUser(t.db, { email: `p${sequence}@example.org`, name: `P ${sequence}`, role });
		if (totp) {
			await t.db
				.updateTable('users')
				.set({ totp_enabled_at: new Date().toISOString() })
				.where('id', '=', userId)
				.execute();
		}
		const { token } = await createSession(t.db, userId, { twoFactorVerified: verified });
		const validated = await validateSessionToken(t.db, token);
		return { userId, locals: validated!, url: new URL(`http://localhost${path}`) };
	}

	const anonymous = (path: string): GuardEvent => ({
		locals: { user: null, session: null },
		url: new URL(`http://localhost${path}`)
	});

	it('sends an anonymous visitor to the login page and back to where they wanted to go', async () => {
		expect(await guardVerdict(() => requireUser(anonymous('/intern/organisation/schule?tab=2')))).toBe(
			'/anmelden?weiter=%2Fintern%2Forganisation%2Fschule%3Ftab%3D2'
		);
	});

	it('asks for the second factor before a session of a two-factor account counts', async () => {
		expect(await guardVerdict(async () => requireUser(await requestOf('partner', { totp: true })))).toBe(
			'/anmelden/zwei-faktor'
		);
		expect(
			await guardVerdict(async () => requireUser(await requestOf('partner', { totp: true, verified: true })))
		).toBe('passed');
	});

	it('refuses the coordination area to a partner with 403', async () => {
		expect(await guardVerdict(async () => requireCoordinator(await requestOf('partner')))).toBe(403);
	});

	it('sends a coordinator without two-factor to set it up first', async () => {
		expect(
			await guardVerdict(async () =>
				requireCoordinator(await requestOf('coordinator', { path: '/koordination' }))
			)
		).toBe('/konto/zwei-faktor');
		expect(
			await guardVerdict(async () =>
				requireCoordinator(await requestOf('coordinator', { path: '/konto/zwei-faktor' }))
			)
		).toBe('passed');
		expect(
			await guardVerdict(async () =>
				requireCoordinator(await requestOf('coordinator', { totp: true, verified: true }))
			)
		).toBe('passed');
	});

	it('lets an editor edit their own organization but not manage its people', async () => {
		const editor = await requestOf('partner');
		await addMembership(t.db, editor.userId, schoolId, 'editor');
		expect(await guardVerdict(() => requireOrganizationRole(editor, t.db, schoolId, ['admin', 'editor']))).toBe(
			'passed'
		);
		expect(await guardVerdict(() => requireOrganizationRole(editor, t.db, schoolId, ['admin']))).toBe(403);
	});

	it("refuses a member of one organization any access to another organization's data", async () => {
		const admin = await requestOf('partner');
		await addMembership(t.db, admin.userId, schoolId, 'admin');
		expect(await guardVerdict(() => requireOrganizationRole(admin, t.db, policeId, ['admin', 'editor']))).toBe(403);
	});

	it('always lets a coordinator with two-factor in, for any organization', async () => {
		const coordinator = await requestOf('coordinator', { totp: true, verified: true });
		const result = await requireOrganizationRole(coordinator, t.db, policeId, ['admin']);
		expect(result.access).toBe('coordinator');
	});

	it('keeps the login redirect on this site', () => {
		expect(safeRedirectTarget('/intern/organisation/schule?x=1')).toBe('/intern/organisation/schule?x=1');
		for (const evil of [
			'https://evil.example',
			'//evil.example',
			'/\\evil.example',
			'/\t/evil.example',
			null,
			''
		]) {
			expect(safeRedirectTarget(evil)).toBe('/intern');
		}
	});

	it('does not let a path that normalizes to "//host" lead the login to another site', () => {
		const evil = [
			'/.//evil.example',
			'/..//evil.example',
			'/%2e//evil.example',
			'/%2E%2E//evil.example',
			'/./\\evil.example',
			'/.\\/evil.example',
			'/a/..//evil.example/x?y#z'
		];
		for (const target of evil) {
			const result = safeRedirectTarget(target);
			expect(result, target).toBe('/intern');
		}
		expect(safeRedirectTarget('/./intern/../konto')).toBe('/konto');
	});
});
