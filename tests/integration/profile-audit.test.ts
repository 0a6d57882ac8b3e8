import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { labelAuditEntries } from '../../src/lib/server/audit/labels';
import { listAuditEntries } from '../../src/lib/server/audit/queries';
import { createUser } from '../../src/lib/server/auth/users';
import { loadPartnerInput } from '../../src/lib/server/partners/profile-queries';
import { getPublicPartnerBySlug } from '../../src/lib/server/partners/queries';
import {
	confirmPartnerCurrent,
	createPartner,
	setPartnerStatus,
	updatePartner,
	UnknownTermError
} from '../../src/lib/server/partners/service';
import { makePartnerInput } from '../fixtures/partners';
import { useTestDatabase } from '../helpers/test-database';

describe('profile writes by a person', () => {
	const t = useTestDatabase();
	let editorId: number;
	let partnerId: number;

	const outboxRows = async () =>
		(await t.db.selectFrom('search_outbox').select('id').where('document_id', '=', String(partnerId)).execute())
			.length;
	const auditRows = async () => (await listAuditEntries(t.db, partnerId)).length;

	beforeAll(async () => {
		editorId = await createUser(t.db, { email: 'schule@example.org', name: 'Sabine Schulz', role: 'partner' });
		partnerId = await createPartner(t.db, makePartnerInput({ name: 'Oberschule am Töpferberg' }));
	});
	beforeEach(async () => {
		await t.db.deleteFrom('search_outbox').execute();
	});

	it('records who changed which field from what to what, together with the outbox entry', async () => {
		const before = (await loadPartnerInput(t.db, partnerId))!;
		await updatePartner(
			t.db,
			partnerId,
			{ ...before, offer: 'Schulsozialarbeit montags bis freitags.' },
			{ userId: editorId }
		);

		const [entry] = await listAuditEntries(t.db, partnerId);
		expect(entry).toMatchObject({
			field: 'offer',
			oldValue: 'Persönliche Beratung nach Vereinbarung.',
			newValue: 'Schulsozialarbeit montags bis freitags.',
			actorName: 'Sabine Schulz'
		});
		expect(await outboxRows()).toBe(1);
	});

	it('writes neither the profile, nor the outbox, nor the audit log when the audit row cannot be written', async () => {
		const before = (await loadPartnerInput(t.db, partnerId))!;
		const auditBefore = await auditRows();
		const unknownPerson = { userId: 999_999 };

		await expect(updatePartner(t.db, partnerId, { ...before, name: 'Umbenannt' }, unknownPerson)).rejects.toThrow(
			/FOREIGN KEY/
		);

		expect((await loadPartnerInput(t.db, partnerId))!.name).toBe('Oberschule am Töpferberg');
		expect(await outboxRows()).toBe(0);
		expect(await auditRows()).toBe(auditBefore);
	});

	it('writes neither the outbox nor the audit log when the profile write fails', async () => {
		const before = (await loadPartnerInput(t.db, partnerId))!;
		const auditBefore = await auditRows();

		await expect(
			updatePartner(t.db, partnerId, { ...before, name: 'Neu', topics: ['gibt-es-nicht'] }, { userId: editorId })
		).rejects.toThrow(UnknownTermError);

		expect(await outboxRows()).toBe(0);
		expect(await auditRows()).toBe(auditBefore);
	});

	it('records publishing and "Angaben sind aktuell" with their outbox entries', async () => {
		await setPartnerStatus(t.db, partnerId, 'draft', { userId: editorId });
		await confirmPartnerCurrent(t.db, partnerId, '2026-11-25', { userId: editorId });

		const [verified, status] = await listAuditEntries(t.db, partnerId);
		expect(status).toMatchObject({ field: 'status', oldValue: 'published', newValue: 'draft' });
		// The change log shows labels, not the stored codes.
		const [, shownStatus] = await labelAuditEntries(t.db, [verified, status]);
		expect(shownStatus).toMatchObject({ fieldLabel: 'Status', oldValue: 'Veröffentlicht', newValue: 'Entwurf' });
		expect(verified).toMatchObject({ field: 'verifiedAt', oldValue: null, newValue: '2026-11-25' });
		expect(await outboxRows()).toBe(2);
	});

	it('shows the category and topics of a change by their names, not their codes', async () => {
		const before = (await loadPartnerInput(t.db, partnerId))!;
		await updatePartner(t.db, partnerId, { ...before, category: 'polizei' }, { userId: editorId });
		const [entry] = await labelAuditEntries(t.db, await listAuditEntries(t.db, partnerId));
		expect(entry.field).toBe('category');
		expect([entry.oldValue, entry.newValue]).not.toContain('beratung');
		expect(entry.oldValue).toBe('Beratung');
	});

	it('records withdrawn consent as a change of the contact persons', async () => {
		const before = (await loadPartnerInput(t.db, partnerId))!;
		const person = {
			name: 'Erika Mustermann',
			role: null,
			phone: null,
			email: null,
			publishConsent: true,
			consentGivenAt: '2026-11-01'
		};
		await updatePartner(t.db, partnerId, { ...before, contacts: [person] }, { userId: editorId });
		await updatePartner(
			t.db,
			partnerId,
			{ ...before, contacts: [{ ...person, publishConsent: false, consentGivenAt: null }] },
			{ userId: editorId }
		);

		const [withdrawn] = await listAuditEntries(t.db, partnerId);
		expect(withdrawn.field).toBe('contacts');
		expect(withdrawn.oldValue).toContain('"publishConsent":true');
		expect(withdrawn.newValue).toContain('"publishConsent":false');
	});

	it('leaves writes without a person (seed, scripts) out of the audit log', async () => {
		const id = await createPartner(t.db, makePartnerInput({ name: 'Jugendhaus Pethau' }));
		expect(await listAuditEntries(t.db, id)).toEqual([]);
	});

	it('keeps closures with the profile, logs them, and shows citizens only those still ahead', async () => {
		const before = (await loadPartnerInput(t.db, partnerId))!;
		const closures = [
			{ startsOn: '2020-07-20', endsOn: '2020-07-31', reason: 'Sommerpause 2020' },
			{ startsOn: '2099-12-24', endsOn: '2099-12-24', reason: 'Heiligabend' }
		];
		await updatePartner(t.db, partnerId, { ...before, status: 'published', closures }, { userId: editorId });

		expect((await loadPartnerInput(t.db, partnerId))!.closures).toEqual(closures);
		const entry = (await listAuditEntries(t.db, partnerId)).find((e) => e.field === 'closures');
		expect(entry).toMatchObject({ actorName: 'Sabine Schulz' });
		expect(entry?.newValue).toContain('Heiligabend');
		const publicPartner = await getPublicPartnerBySlug(t.db, before.slug);
		expect(publicPartner?.closures).toEqual([closures[1]]);
	});
});
