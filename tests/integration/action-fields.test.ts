import { describe, expect, it } from 'vitest';
import { seedDemoPages } from '../../src/lib/server/demo/pages';
import { parseActionFieldForm } from '../../src/lib/server/pages/action-field-form';
import {
	createActionField,
	deleteActionField,
	getActionFieldBySlug,
	listActionFields,
	updateActionField
} from '../../src/lib/server/pages/action-fields';
import { useTestDatabase } from '../helpers/test-database';
import { createTestDatabase } from '../helpers/test-env';

const FIELD = {
	title: 'Verkehrssicherheit',
	summary: 'Sichere Schulwege für alle Kinder in Zittau.',
	progressNote: '',
	position: 10
};

describe('fields of action of the security analysis', () => {
	const database = useTestDatabase();

	it('get a slug from their title that stays unique and stays when the title changes', async () => {
		expect(await createActionField(database.db, FIELD)).toBe('verkehrssicherheit');
		expect(await createActionField(database.db, { ...FIELD, position: 20 })).toBe('verkehrssicherheit-2');

		const field = (await getActionFieldBySlug(database.db, 'verkehrssicherheit'))!;
		await updateActionField(database.db, field.id, {
			...FIELD,
			title: 'Sicher unterwegs',
			progressNote: 'Zwei Schulwegpläne fertig.'
		});
		expect(await getActionFieldBySlug(database.db, 'verkehrssicherheit')).toMatchObject({
			title: 'Sicher unterwegs',
			progressNote: 'Zwei Schulwegpläne fertig.'
		});
	});

	it('are listed in the coordinator’s order and can be deleted', async () => {
		const second = (await getActionFieldBySlug(database.db, 'verkehrssicherheit-2'))!;
		await updateActionField(database.db, second.id, { ...FIELD, title: 'Suchtprävention', position: 5 });
		expect((await listActionFields(database.db)).map((f) => f.title)).toEqual([
			'Suchtprävention',
			'Sicher unterwegs'
		]);
		await deleteActionField(database.db, second.id);
		expect((await listActionFields(database.db)).map((f) => f.slug)).toEqual(['verkehrssicherheit']);
	});

	it('are checked with German messages that keep the input', () => {
		const form = new FormData();
		form.set('title', 'Ab');
		form.set('summary', 'zu kurz');
		form.set('position', 'zehn');
		expect(parseActionFieldForm(form)).toMatchObject({
			ok: false,
			values: { title: 'Ab', summary: 'zu kurz', position: 'zehn' },
			errors: {
				title: expect.stringContaining('mindestens 3'),
				summary: expect.stringContaining('mindestens 20'),
				position: expect.stringContaining('ganze Zahl')
			}
		});
	});

	it('come as six fictional Zittau fields with the demo data, loaded only once', async () => {
		const fresh = await createTestDatabase();
		try {
			await seedDemoPages(fresh.db);
			await seedDemoPages(fresh.db);
			const fields = await listActionFields(fresh.db);
			expect(fields).toHaveLength(6);
			expect(fields[0].title).toBe('Sicherheit im öffentlichen Raum');
		} finally {
			await fresh.cleanup();
		}
	});
});
