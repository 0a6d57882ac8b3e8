import { describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/lib/server/demo/seed-partners';
import { listLinkedWork } from '../../src/lib/server/pages/linked-work';
import { useTestDatabase } from '../helpers/test-database';

describe('the public progress view of a field of action', () => {
	const database = useTestDatabase((db) => seedDemoData(db, { today: new Date('2026-12-01T09:00:00Z') }));
	const fieldId = async (slug: string) =>
		(await database.db.selectFrom('action_fields').select('id').where('slug', '=', slug).executeTakeFirstOrThrow())
			.id;

	it('lists the public proposals and the working groups linked to it, with their pages', async () => {
		const linked = await listLinkedWork(database.db, await fieldId('kinder-und-jugendschutz'));
		expect(linked).toEqual([
			{ kind: 'group', title: 'AG Kinder- und Jugendschutz', href: '/arbeitsgruppen/ag-kinder-und-jugendschutz' },
			{
				kind: 'project',
				title: 'Medienkompetenz-Woche für die Klassen 5–7 in Zittau-Süd',
				href: '/projekte/medienwoche-zittau-sued',
				status: 'offen für Partner'
			}
		]);
	});

	it('leaves out proposals meant for partners only and drafts', async () => {
		const publicSpace = await listLinkedWork(database.db, await fieldId('sicherheit-im-oeffentlichen-raum'));
		expect(publicSpace.map((w) => w.href)).not.toContain('/projekte/sicherheitsbegehung-weinaupark');
		expect(publicSpace.map((w) => w.href)).toContain('/arbeitsgruppen/ag-sicherheit-im-oeffentlichen-raum');
		expect(await listLinkedWork(database.db, await fieldId('verkehrssicherheit'))).toEqual([]);
	});
});
