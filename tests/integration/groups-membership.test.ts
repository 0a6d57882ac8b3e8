import { beforeAll, describe, expect, it } from 'vitest';
import { requireGroupManager, requireGroupMember } from '../../src/lib/server/groups/access';
import { listMemberContacts } from '../../src/lib/server/groups/member-queries';
import { decideJoinRequest, joinGroup, leaveGroup, MembershipError } from '../../src/lib/server/groups/membership';
import { listWorkingGroupsOfOrganization, getPublicGroupBySlug } from '../../src/lib/server/groups/queries';
import type { GroupRef } from '../../src/lib/server/groups/types';
import { makeCoordinator, makeGroup, makeOrganizationWithPerson, requestOf } from '../fixtures/groups';
import { useTestDatabase } from '../helpers/test-database';
import { guardVerdict } from '../helpers/guard-outcome';

describe('working group membership', () => {
	const t = useTestDatabase();
	let coordinatorId: number;
	let police: Awaited<ReturnType<typeof makeOrganizationWithPerson>>;
	let school: Awaited<ReturnType<typeof makeOrganizationWithPerson>>;
	let youth: Awaited<ReturnType<typeof makeOrganizationWithPerson>>;
	let open: GroupRef;
	let onRequest: GroupRef;

	beforeAll(async () => {
		coordinatorId = await makeCoordinator(t.db);
		police = await makeOrganizationWithPerson(t.db, 'Polizeirevier Zittau');
		school = await makeOrganizationWithPerson(t.db, 'Oberschule am Töpferberg');
		youth = await makeOrganizationWithPerson(t.db, 'Jugendclub Kompass');
		open = await makeGroup(t.db, {
			name: 'AG Sicherheit im öffentlichen Raum',
			joinPolicy: 'open',
			lead: police,
			coordinatorId
		});
		onRequest = await makeGroup(t.db, {
			name: 'AG Kinder- und Jugendschutz',
			joinPolicy: 'on_request',
			lead: police,
			coordinatorId
		});
	});

	it('lets a partner join an open group at once; the organization appears on the public page and the person gets in', async () => {
		expect(
			await guardVerdict(async () => requireGroupMember(await requestOf(t.db, school.userId), t.db, open.slug))
		).toBe(403);
		expect(
			await joinGroup(t.db, open, { organizationId: school.organizationId, userId: school.userId, message: '' })
		).toBe('member');
		expect((await getPublicGroupBySlug(t.db, open.slug))?.members.map((m) => m.name)).toContain(
			'Oberschule am Töpferberg'
		);
		expect(
			await guardVerdict(async () => requireGroupMember(await requestOf(t.db, school.userId), t.db, open.slug))
		).toBe('passed');
		expect((await listWorkingGroupsOfOrganization(t.db, school.organizationId)).map((g) => g.slug)).toEqual([
			open.slug
		]);
	});

	it('only records a request for a group on request, and the person stays outside until it is accepted', async () => {
		expect(
			await joinGroup(t.db, onRequest, {
				organizationId: school.organizationId,
				userId: school.userId,
				message: 'Wir möchten mitarbeiten.'
			})
		).toBe('requested');
		expect(
			await guardVerdict(async () =>
				requireGroupMember(await requestOf(t.db, school.userId), t.db, onRequest.slug)
			)
		).toBe(403);
		expect((await getPublicGroupBySlug(t.db, onRequest.slug))?.members.map((m) => m.name)).not.toContain(
			'Oberschule am Töpferberg'
		);
		await expect(
			joinGroup(t.db, onRequest, { organizationId: school.organizationId, userId: school.userId, message: '' })
		).rejects.toMatchObject({ problem: 'already_requested' });
	});

	it('refuses to join for an organization the person does not work for', async () => {
		await expect(
			joinGroup(t.db, onRequest, { organizationId: youth.organizationId, userId: school.userId, message: '' })
		).rejects.toBeInstanceOf(MembershipError);
	});

	it('lets only the lead and the coordinator decide on requests: a plain member gets 403', async () => {
		expect(
			await guardVerdict(async () => requireGroupManager(await requestOf(t.db, school.userId), t.db, open.slug))
		).toBe(403);
		expect(
			await guardVerdict(async () =>
				requireGroupManager(await requestOf(t.db, police.userId), t.db, onRequest.slug)
			)
		).toBe('passed');
		expect(
			await guardVerdict(async () =>
				requireGroupManager(await requestOf(t.db, coordinatorId), t.db, onRequest.slug)
			)
		).toBe('passed');
		expect(
			await guardVerdict(async () =>
				requireGroupManager(await requestOf(t.db, youth.userId), t.db, onRequest.slug)
			)
		).toBe(403);
	});

	it('lets the lead accept a request, after which the person sees the internal area and the members contacts', async () => {
		const request = await t.db
			.selectFrom('working_group_members')
			.select('id')
			.where('group_id', '=', onRequest.id)
			.where('status', '=', 'requested')
			.executeTakeFirstOrThrow();
		await decideJoinRequest(t.db, onRequest, { requestId: request.id, accept: true, deciderId: police.userId });
		expect(
			await guardVerdict(async () =>
				requireGroupMember(await requestOf(t.db, school.userId), t.db, onRequest.slug)
			)
		).toBe('passed');
		expect((await listMemberContacts(t.db, onRequest.id)).map((c) => c.email)).toEqual([
			school.email,
			police.email
		]);
		await expect(
			decideJoinRequest(t.db, onRequest, { requestId: request.id, accept: false, deciderId: coordinatorId })
		).rejects.toMatchObject({ problem: 'already_decided' });
	});

	it('lets the coordinator decline a request, after which the organization may ask again', async () => {
		await joinGroup(t.db, onRequest, { organizationId: youth.organizationId, userId: youth.userId, message: '' });
		const request = await t.db
			.selectFrom('working_group_members')
			.select('id')
			.where('organization_id', '=', youth.organizationId)
			.executeTakeFirstOrThrow();
		await decideJoinRequest(t.db, onRequest, { requestId: request.id, accept: false, deciderId: coordinatorId });
		expect(
			await guardVerdict(async () =>
				requireGroupMember(await requestOf(t.db, youth.userId), t.db, onRequest.slug)
			)
		).toBe(403);
		expect(
			await joinGroup(t.db, onRequest, {
				organizationId: youth.organizationId,
				userId: youth.userId,
				message: 'Zweiter Versuch'
			})
		).toBe('requested');
	});

	it('does not accept a request id of another group', async () => {
		const request = await t.db
			.selectFrom('working_group_members')
			.select('id')
			.where('organization_id', '=', youth.organizationId)
			.where('group_id', '=', onRequest.id)
			.executeTakeFirstOrThrow();
		await expect(
			decideJoinRequest(t.db, open, { requestId: request.id, accept: true, deciderId: coordinatorId })
		).rejects.toBeInstanceOf(MembershipError);
	});

	it('lets a member organization leave, which closes the internal area to its people; the lead organization cannot', async () => {
		await leaveGroup(t.db, open, { organizationId: school.organizationId, userId: school.userId });
		expect(
			await guardVerdict(async () => requireGroupMember(await requestOf(t.db, school.userId), t.db, open.slug))
		).toBe(403);
		await expect(
			leaveGroup(t.db, open, { organizationId: police.organizationId, userId: police.userId })
		).rejects.toMatchObject({ problem: 'lead_organization' });
	});
});
