import { describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/lib/server/demo/seed-partners';
import { listMyGroups } from '../../src/lib/server/groups/my-groups';
import {
	listPublicGroups,
	listWorkingGroupsByActionField,
	listWorkingGroupsOfOrganization
} from '../../src/lib/server/groups/queries';
import { useTestDatabase } from '../helpers/test-database';

describe('demo working groups and the queries other views use', () => {
	const t = useTestDatabase((db) => seedDemoData(db, { today: new Date('2026-12-01T10:00:00Z') }));
	const organizationId = async (slug: string) =>
		(await t.db.selectFrom('organizations').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;

	it('has the open safety group with the police station, and the youth group on request without the school', async () => {
		const groups = await listPublicGroups(t.db);
		const safety = groups.find((g) => g.name === 'AG Sicherheit im öffentlichen Raum')!;
		const youth = groups.find((g) => g.name === 'AG Kinder- und Jugendschutz')!;
		expect(safety.joinPolicy).toBe('open');
		expect(safety.leadOrganization?.name).toBe('Polizeirevier Zittau');
		expect(youth.joinPolicy).toBe('on_request');
		expect(youth.members.map((m) => m.slug)).not.toContain('oberschule-am-toepferberg');
	});

	it('lists the groups an organization is a member of', async () => {
		expect(
			(await listWorkingGroupsOfOrganization(t.db, await organizationId('oberschule-am-toepferberg'))).map(
				(g) => g.name
			)
		).toEqual(['AG Sicherheit im öffentlichen Raum']);
		expect(await listWorkingGroupsOfOrganization(t.db, await organizationId('kita-sonnenblume'))).toEqual([]);
	});

	it('lists the groups of a field of action, leaving out archived ones', async () => {
		const { id } = await t.db
			.insertInto('action_fields')
			.values({ slug: 'jugend', title: 'Jugend und Schule' })
			.returning('id')
			.executeTakeFirstOrThrow();
		await t.db
			.updateTable('working_groups')
			.set({ action_field_id: id })
			.where('slug', 'in', ['ag-kinder-und-jugendschutz', 'ag-haeusliche-gewalt-und-opferschutz'])
			.execute();
		await t.db
			.updateTable('working_groups')
			.set({ archived_at: new Date().toISOString() })
			.where('slug', '=', 'ag-haeusliche-gewalt-und-opferschutz')
			.execute();
		expect((await listWorkingGroupsByActionField(t.db, id)).map((g) => g.slug)).toEqual([
			'ag-kinder-und-jugendschutz'
		]);
	});

	it('shows the school editor the safety group with its next meeting on /intern', async () => {
		const user = await t.db
			.selectFrom('users')
			.select(['id', 'role'])
			.where('email', '=', 'schule@example.org')
			.executeTakeFirstOrThrow();
		const [group, ...others] = await listMyGroups(t.db, user, new Date('2026-12-01T10:00:00Z'));
		expect(others).toEqual([]);
		expect(group).toMatchObject({
			name: 'AG Sicherheit im öffentlichen Raum',
			isLead: false,
			nextMeeting: { title: 'Planung der Begehung Klosterplatz' }
		});
	});
});
