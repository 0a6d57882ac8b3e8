import { strToU8, zipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/lib/server/demo/seed-partners';
import { applyStep, planImport } from '../../src/lib/server/partner-import/apply';
import { createImportJob, loadImportJob, runImportJob, startImportJob } from '../../src/lib/server/partner-import/jobs';
import { prepareImport } from '../../src/lib/server/partner-import/page-data';
import type { PreviewLine } from '../../src/lib/server/partner-import/preview';
import { importTemplateXlsx } from '../../src/lib/server/partner-import/template';
import { messyPartnerCsv, messyPartnerXlsx } from '../fixtures/partner-import-messy';
import { createTestDatabase, type TestDatabase } from '../helpers/test-env';

const today = '2026-12-02';

describe('importing a town’s partner list', () => {
	let t: TestDatabase;
	let lines: PreviewLine[];
	let coordinator: number;

	async function preview(content: Uint8Array): Promise<PreviewLine[]> {
		const result = await prepareImport(t.db, content, today);
		if (!result.ok) throw new Error(result.message);
		return result.lines;
	}

	/** Uploads, confirms with the given choices and lets the background run finish. */
	async function importFile(content: Uint8Array, choose: (line: number, field: string) => boolean = () => false) {
		const id = await createImportJob(t.db, coordinator, 'liste.csv', content);
		await startImportJob(t.db, id, planImport(await preview(content), choose));
		await runImportJob(t.db, id, { userId: coordinator });
		return (await loadImportJob(t.db, id))!;
	}

	beforeAll(async () => {
		t = await createTestDatabase();
		await t.db.deleteFrom('taxonomy_terms').where('taxonomy', '=', 'ortsteil').execute();
		await seedDemoData(t.db, { today: new Date('2026-11-25T09:00:00Z') });
		coordinator = (
			await t.db.selectFrom('users').select('id').where('role', '=', 'coordinator').executeTakeFirstOrThrow()
		).id;
		lines = await preview(messyPartnerCsv());
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

	it('reads the same list saved as an Excel workbook into the same partners', async () => {
		const fromXlsx = await preview(await messyPartnerXlsx());
		const summary = (all: PreviewLine[]) =>
			all.map((l) => (l.kind === 'rejected' ? [l.kind, l.name, l.reasons] : [l.kind, l.input]));
		expect(summary(fromXlsx)).toEqual(summary(lines));
	});

	it('offers an Excel template whose postal code keeps its leading zero, even when typed as a number', async () => {
		const template = await preview(await importTemplateXlsx());
		expect(template).toMatchObject([
			{ kind: 'new', input: { name: 'Jugendtreff Beispiel e. V.', address: { postalCode: '02763' } } }
		]);
		const typed = await writeXlsxFile([
			['Name', 'Kategorie', 'Straße', 'PLZ', 'Ort', 'Angebot'],
			['Zahlen-PLZ e. V.', 'Jugendhilfe', 'Markt 3', 2763, 'Zittau', 'Treff']
		]).toBuffer();
		expect(await preview(typed)).toMatchObject([{ kind: 'new', input: { address: { postalCode: '02763' } } }]);
	});

	it('explains in German why an uploaded file cannot be read', async () => {
		const message = async (content: Uint8Array) => {
			const result = await prepareImport(t.db, content, today);
			return result.ok ? 'lesbar' : result.message;
		};
		expect(await message(zipSync({ 'brief.txt': strToU8('Hallo') }))).toContain(
			'weder eine Excel-Arbeitsmappe (.xlsx) noch ein HSDS-Datenpaket'
		);
		expect(await message(zipSync({ 'datapackage.json': strToU8('{"resources": []}') }))).toContain(
			'enthält keine Organisationen'
		);
		expect(await message(zipSync({ 'datapackage.json': strToU8('{kaputt') }))).toContain(
			'Das HSDS-Datenpaket ist nicht lesbar'
		);
		expect(await message(strToU8('Straße;Ort\nMarkt 1;Zittau\n'))).toContain('mindestens „Name“');
	});

	it('rejects an HSDS organization whose category this portal does not have, saying which', async () => {
		const files = {
			'datapackage.json': strToU8(
				JSON.stringify({
					resources: [
						{ name: 'organization', path: 'organizations.csv' },
						{ name: 'service', path: 'services.csv' },
						{ name: 'attribute', path: 'attributes.csv' },
						{ name: 'taxonomy_term', path: 'taxonomy_terms.csv' }
					]
				})
			),
			'organizations.csv': strToU8(
				'id,name,description\nb1f0c3d4-0000-4000-8000-000000000001,Imkerverein,Honig\n'
			),
			'services.csv': strToU8(
				'id,organization_id,name,description\ns1,b1f0c3d4-0000-4000-8000-000000000001,Imkerei,Honig\n'
			),
			'attributes.csv': strToU8('id,link_id,link_type,taxonomy_term_id\na1,s1,category,t1\n'),
			'taxonomy_terms.csv': strToU8('id,code,name,taxonomy_id\nt1,imkerei,Imkerei,x\n')
		};
		expect(await preview(zipSync(files))).toMatchObject([
			{ kind: 'rejected', line: 2, name: 'Imkerverein', reasons: ['Kategorie: „Imkerei“ gibt es hier nicht.'] }
		]);
	});

	it('recognises a partner that is already in the portal by name and address and shows what differs', () => {
		const match = lines.find((l) => l.kind === 'match');
		expect(match).toMatchObject({ partner: { name: 'Polizeirevier Zittau', status: 'published' } });
		if (match?.kind !== 'match') throw new Error('no match');
		expect(match.differences.map((d) => d.field)).toContain('Angebot');
		expect(match.differences.map((d) => d.field)).not.toContain('Straße');
	});

	it('imports the new partners as drafts and leaves the published partner untouched when nothing is chosen', async () => {
		const police = await t.db
			.selectFrom('organizations')
			.select(['id', 'offer', 'updated_at'])
			.where('name', '=', 'Polizeirevier Zittau')
			.executeTakeFirstOrThrow();
		const job = await importFile(messyPartnerCsv());
		expect(job).toMatchObject({ status: 'done', processed: 3, created: 3, updated: 0 });
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

	it('changes a published partner only in the fields the coordinator chose, and it stays published', async () => {
		const before = await t.db
			.selectFrom('organizations')
			.select(['id', 'offer', 'email', 'status'])
			.where('name', '=', 'Polizeirevier Zittau')
			.executeTakeFirstOrThrow();
		const again = await preview(messyPartnerCsv());
		const police = again.find((l) => l.kind === 'match' && l.partner.id === before.id);
		if (police?.kind !== 'match') throw new Error('no match');
		expect(police.differences.map((d) => d.key)).toEqual(expect.arrayContaining(['offer', 'phone']));
		const job = await importFile(messyPartnerCsv(), (line, field) => line === police.line && field === 'offer');
		// The partners of the first run are now known (no field chosen): only the police changes.
		expect(job).toMatchObject({ status: 'done', created: 0, updated: 1 });
		const after = await t.db
			.selectFrom('organizations as o')
			.select((eb) => [
				'o.offer',
				'o.email',
				'o.status',
				eb
					.selectFrom('phones')
					.select('number')
					.whereRef('organization_id', '=', 'o.id')
					.orderBy('position')
					.limit(1)
					.as('phone')
			])
			.where('o.id', '=', before.id)
			.executeTakeFirstOrThrow();
		expect(after).toMatchObject({ offer: 'Anzeigen und Beratung', email: before.email, status: 'published' });
		expect(after.phone).not.toBe('03583 62-0');
	});

	it('resumes an interrupted import from its last saved chunk without creating a partner twice', async () => {
		const content = messyPartnerCsv();
		await t.db.deleteFrom('organizations').where('status', '=', 'draft').execute();
		const id = await createImportJob(t.db, coordinator, 'liste.csv', content);
		const lines = await preview(content);
		const plan = planImport(lines, () => false);
		await startImportJob(t.db, id, plan);
		// The server stopped after creating the first partner, before it saved the chunk's progress.
		await applyStep(
			t.db,
			plan[0],
			lines.find((l) => l.line === plan[0].line),
			{ userId: coordinator }
		);
		await runImportJob(t.db, id, { userId: coordinator });
		expect(await loadImportJob(t.db, id)).toMatchObject({ status: 'done', processed: 3, created: 2 });
		const treffs = await t.db
			.selectFrom('organizations')
			.select('id')
			.where('name', '=', 'Jugendtreff Pethau')
			.execute();
		expect(treffs).toHaveLength(1);
	});

	it('forgets uploaded lists after 30 days', async () => {
		const old = await createImportJob(t.db, coordinator, 'alt.csv', messyPartnerCsv());
		await t.db
			.updateTable('partner_import_jobs')
			.set({ created_at: '2026-10-01T00:00:00.000Z' })
			.where('id', '=', old)
			.execute();
		await createImportJob(t.db, coordinator, 'neu.csv', messyPartnerCsv(), new Date('2026-11-01T00:00:00Z'));
		expect(await loadImportJob(t.db, old)).toBeUndefined();
	});
});
