import { beforeAll, describe, expect, it } from 'vitest';
import { applyRetention, REDACTED } from '../../src/lib/server/retention/retention';
import { readConfig } from '../../src/lib/server/config';
import { createPartner } from '../../src/lib/server/partners/service';
import { makePartnerInput } from '../fixtures/partners';
import { useTestDatabase } from '../helpers/test-database';

const NOW = new Date('2026-12-02T12:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000).toISOString();

describe('keeping personal data only as long as needed', () => {
	const t = useTestDatabase();
	let organizationId: number;

	beforeAll(async () => {
		organizationId = await createPartner(t.db, makePartnerInput({ name: 'Verein Aufbewahrung' }));
		await t.db
			.insertInto('auth_events')
			.values([
				{ kind: 'login_failure', ip: '198.51.100.1', user_id: null, created_at: daysAgo(91) },
				{ kind: 'login_failure', ip: '198.51.100.2', user_id: null, created_at: daysAgo(89) }
			])
			.execute();
		await t.db
			.insertInto('audit_log')
			.values([
				{
					organization_id: organizationId,
					actor_id: null,
					field: 'contacts',
					old_value: 'Anna Alt, anna@alt.example',
					new_value: 'Bert Neu, 03583 1234',
					created_at: daysAgo(800)
				},
				{
					organization_id: organizationId,
					actor_id: null,
					field: 'contacts',
					old_value: 'Bert Neu',
					new_value: 'Clara Jetzt',
					created_at: daysAgo(30)
				}
			])
			.execute();
		const application = {
			organization_name: 'Verein',
			contact_name: 'Dora',
			email: 'dora@verein.example',
			phone: null,
			website: null,
			message: 'Hallo'
		};
		await t.db
			.insertInto('partner_applications')
			.values([
				{ ...application, status: 'declined', decided_at: daysAgo(190), created_at: daysAgo(200) },
				{ ...application, status: 'declined', decided_at: daysAgo(100), created_at: daysAgo(110) },
				{ ...application, status: 'pending', created_at: daysAgo(400) }
			])
			.execute();
		const message = {
			topic: 'allgemein' as const,
			message: 'Frage',
			page: null,
			name: 'Eva',
			email: 'eva@example.org',
			phone: null,
			locale: 'de' as const
		};
		await t.db
			.insertInto('contact_messages')
			.values([
				{ ...message, reference: 'K-1', status: 'handled', handled_at: daysAgo(400), created_at: daysAgo(410) },
				{ ...message, reference: 'K-2', status: 'open', created_at: daysAgo(800) },
				{ ...message, reference: 'K-3', status: 'open', created_at: daysAgo(100) }
			])
			.execute();
	});

	it('deletes login events and addresses after 90 days, redacts old change-log values, drops old declined applications and expired messages', async () => {
		const report = await applyRetention(t.db, readConfig({}).retention, NOW);
		expect(report).toEqual({
			authEvents: 1,
			auditEntries: 1,
			applications: 1,
			contactMessages: 2,
			searchGapRows: 0
		});

		expect(await t.db.selectFrom('auth_events').select('ip').execute()).toEqual([{ ip: '198.51.100.2' }]);
		const audit = await t.db
			.selectFrom('audit_log')
			.select(['field', 'old_value', 'new_value'])
			.orderBy('id')
			.execute();
		expect(audit).toEqual([
			{ field: 'contacts', old_value: REDACTED, new_value: REDACTED },
			{ field: 'contacts', old_value: 'Bert Neu', new_value: 'Clara Jetzt' }
		]);
		expect(await t.db.selectFrom('partner_applications').select('status').orderBy('id').execute()).toEqual([
			{ status: 'declined' },
			{ status: 'pending' }
		]);
		expect(await t.db.selectFrom('contact_messages').select('reference').execute()).toEqual([{ reference: 'K-3' }]);
	});

	it('changes nothing more when it runs again the same day', async () => {
		expect(await applyRetention(t.db, readConfig({}).retention, NOW)).toEqual({
			authEvents: 0,
			auditEntries: 0,
			applications: 0,
			contactMessages: 0,
			searchGapRows: 0
		});
	});
});
