import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/lib/server/demo/seed-partners';
import { importNewPartners } from '../../src/lib/server/partner-import/apply';
import { loadExistingPartners, previewImport, type PreviewLine } from '../../src/lib/server/partner-import/preview';
import { readSpreadsheet } from '../../src/lib/server/partner-import/spreadsheet';
import { loadTermOptions } from '../../src/lib/server/partners/profile-terms';
import { messyPartnerCsv } from '../fixtures/partner-import-messy';
import { createTestDatabase, type TestDatabase } from '../helpers/test-env';

const today = '2026-12-02';

describe('importing a town’s partner list', () => {
	let t: TestDatabase;
	let lines: PreviewLine[];

	beforeAll(async () => {
		t = await createTestDatabase();
		await t.db.deleteFrom('taxonomy_terms').where('taxonomy', '=', 'ortsteil').execute();
		await seedDemoData(t.db, { today: new Date('2026-11-25T09:00:00Z') });
		const sheet = readSpreadsheet(messyPartnerCsv());
		if (!sheet.ok) throw new Error(sheet.message);
		lines = previewImport(sheet.rows, await loadExistingPartners(t.db), await loadTermOptions(t.db), today);
	});
	afterAll(async () => {
		await t?.cleanup();
	});

	it('reads an Excel CSV in Windows-1252 with semicolons, a merged address column and a multi-line cell', () => {
		const treff = lines.find((l) => l.kind === 'new' && l.input.name === 'Jugendtreff Pethau');
		expect(treff).toMatchObject({
			line: 2,
			input: {
				category: 'jugendhilfe',
				address: { street: 'Pethauer Straße 4', postalCode: '02763', city: 'Zittau' },
				phones: [{ number: '03583 51 23 45' }],
				website: 'https://www.jugendtreff-pethau.example',
				offer: 'Offener Treff, Ferienfahrten\nund Hausaufgabenhilfe',
				topics: ['gewaltpraevention', 'suchtpraevention'],
				status: 'draft'
			}
		});
		const senioren = lines.find((l) => l.kind === 'new' && l.input.name === 'Seniorenbüro Süd');
		expect(senioren).toMatchObject({
			input: { address: { street: 'Südstraße 12', postalCode: '02763' }, topics: ['betrug-enkeltrick'] }
		});
	});

	it('rejects duplicates and unusable lines with German reasons that say what to fix', () => {
		const rejected = Object.fromEntries(
			lines.filter((l) => l.kind === 'rejected').map((l) => [l.name, l.reasons.join(' ')])
		);
		expect(rejected['Jugendtreff Pethau']).toContain('Doppelt: derselbe Partner steht schon in Zeile 2');
		expect(rejected['Kaputte Mail']).toContain(
			'E-Mail-Adresse: Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de an.'
		);
		expect(rejected['']).toContain('Name: Bitte geben Sie den Namen der Organisation an.');
		expect(rejected['Falsche Kategorie']).toContain('Kategorie: „Bäckerei“ gibt es nicht.');
		expect(lines.find((l) => l.kind === 'new' && l.input.name === 'Ohne Adresse e. V.')).toMatchObject({
			input: { address: null }
		});
	});

	it('recognises a partner that is already in the portal by name and address and shows what differs', () => {
		const match = lines.find((l) => l.kind === 'match');
		expect(match).toMatchObject({ partner: { name: 'Polizeirevier Zittau', status: 'published' } });
		if (match?.kind !== 'match') throw new Error('no match');
		expect(match.differences.map((d) => d.field)).toContain('Angebot');
		expect(match.differences.map((d) => d.field)).not.toContain('Straße');
	});

	it('imports only the new partners, as drafts, and leaves the published partner untouched', async () => {
		const police = await t.db
			.selectFrom('organizations')
			.select(['id', 'offer', 'updated_at'])
			.where('name', '=', 'Polizeirevier Zittau')
			.executeTakeFirstOrThrow();
		const created = await importNewPartners(t.db, lines, { userId: 1 });
		expect(created).toBe(3);
		const drafts = await t.db
			.selectFrom('organizations')
			.select(['name', 'status', 'slug'])
			.where('name', 'in', ['Jugendtreff Pethau', 'Seniorenbüro Süd', 'Ohne Adresse e. V.'])
			.orderBy('name')
			.execute();
		expect(drafts).toEqual([
			{ name: 'Jugendtreff Pethau', status: 'draft', slug: 'jugendtreff-pethau' },
			{ name: 'Ohne Adresse e. V.', status: 'draft', slug: 'ohne-adresse-e-v' },
			{ name: 'Seniorenbüro Süd', status: 'draft', slug: 'seniorenbuero-sued' }
		]);
		expect(
			await t.db
				.selectFrom('organizations')
				.select(['id', 'offer', 'updated_at'])
				.where('id', '=', police.id)
				.executeTakeFirst()
		).toEqual(police);
		const outbox = await t.db.selectFrom('search_outbox').select('document_id').execute();
		expect(outbox.length).toBeGreaterThanOrEqual(3);
	});
});
