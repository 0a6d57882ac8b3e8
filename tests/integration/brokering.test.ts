import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMembership, createUser } from '../../src/lib/server/auth/users';
import { introducePartner, NoRecipientsError } from '../../src/lib/server/brokering/introduction';
import { listProposalMatches, syncInvolvedMatches } from '../../src/lib/server/brokering/matches';
import { getBrokeringProposal, type BrokeringProposal } from '../../src/lib/server/brokering/proposals';
import { rankCandidates } from '../../src/lib/server/brokering/ranking';
import { brokeringSource } from '../../search/partner-relevance';
import { findLinks } from '../../src/lib/server/mail/links';
import { createMailer } from '../../src/lib/server/mail/mailer';
import { createPartner } from '../../src/lib/server/partners/service';
import { makePartnerInput } from '../fixtures/partners';
import { startTestSmtpServer, type TestSmtpServer } from '../helpers/smtp';
import { startTestRuntime, type TestRuntime } from '../helpers/test-runtime';

const origin = 'http://portal.test';
const PASSWORD = 'Ein-langes-Test-Passwort-2026';
const SHARED_TEXT = 'Wir arbeiten seit Jahren mit Jugendlichen und Eltern im Stadtgebiet.';

describe('brokering partners for an open proposal', () => {
	let runtime: TestRuntime;
	let smtp: TestSmtpServer;
	let proposal: BrokeringProposal;
	let coordinatorId: number;
	const ids: Record<string, number> = {};

	const partner = async (key: string, overrides: Parameters<typeof makePartnerInput>[0]) => {
		ids[key] = await createPartner(
			runtime.db,
			makePartnerInput({ description: SHARED_TEXT, offer: 'Workshops nach Absprache.', ...overrides })
		);
	};
	const termId = async (taxonomy: 'topic' | 'target_group' | 'ortsteil', code: string) =>
		(
			await runtime.db
				.selectFrom('taxonomy_terms')
				.select('id')
				.where('taxonomy', '=', taxonomy)
				.where('code', '=', code)
				.executeTakeFirstOrThrow()
		).id;
	const person = async (
		email: string,
		organizationId: number,
		role: 'admin' | 'editor' = 'admin',
		{ active = true } = {}
	) => {
		const userId = await createUser(runtime.db, {
			email,
			name: email.split('@')[0],
			role: 'partner',
			password: active ? PASSWORD : undefined
		});
		await addMembership(runtime.db, userId, organizationId, role);
	};

	beforeAll(async () => {
		runtime = await startTestRuntime();
		smtp = await startTestSmtpServer();
		coordinatorId = await createUser(runtime.db, {
			email: 'koordination@zittau.example',
			name: 'Erika Muster',
			role: 'coordinator'
		});
		const terms = { topics: ['medienpraevention', 'mobbing'], targetGroups: ['jugendliche'] };
		await partner('author', { name: 'Oberschule Nord', ...terms, email: 'sekretariat@os-nord.example' });
		// Same shared terms; only the second one's profile speaks of what the proposal is about.
		await partner('alphabetFirst', { name: 'Aktiv Medien e.V.', ...terms });
		await partner('textFit', {
			name: 'Zeitlos Jugendtreff',
			...terms,
			offer: 'Medienscouts begleiten Klassenchats und helfen bei Cybermobbing.',
			email: 'team@zeitlos.example'
		});
		await partner('textOnly', {
			name: 'Bürgerbüro Seniorennetz',
			topics: ['einbruchschutz'],
			targetGroups: ['senioren'],
			offer: 'Vorträge über Cybermobbing und Klassenchats für Großeltern.'
		});
		await partner('ortsteil', {
			name: 'Stadtteilverein Pethau',
			topics: ['nachbarschaft'],
			targetGroups: ['senioren'],
			address: {
				name: null,
				street: 'Pethauer Str. 3',
				postalCode: '02763',
				city: 'Zittau',
				ortsteil: 'pethau',
				latitude: null,
				longitude: null
			}
		});
		await partner('nothing', {
			name: 'Verkehrsverein',
			topics: ['verkehrssicherheit'],
			targetGroups: ['senioren']
		});
		await partner('draft', { name: 'Entwurf Medienprojekt', ...terms, status: 'draft' });
		await partner('team', { name: 'Medienzentrum Team', ...terms });
		await partner('offered', { name: 'Medienpädagogik Angebot', ...terms });
		await runtime.drain();

		const { id } = await runtime.db
			.insertInto('proposals')
			.values({
				slug: 'medienscouts-gegen-cybermobbing',
				organization_id: ids.author,
				title: 'Medienscouts gegen Cybermobbing',
				summary: 'Ältere Schülerinnen und Schüler begleiten Jüngere in Klassenchats.',
				looking_for: 'Partner mit Erfahrung in Klassenchats und Medienscouts',
				status: 'open',
				opened_at: '2026-11-30T10:00:00.000Z'
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await runtime.db
			.insertInto('proposal_terms')
			.values([
				{ proposal_id: id, term_id: await termId('topic', 'medienpraevention') },
				{ proposal_id: id, term_id: await termId('topic', 'mobbing') },
				{ proposal_id: id, term_id: await termId('target_group', 'jugendliche') },
				{ proposal_id: id, term_id: await termId('ortsteil', 'pethau') }
			])
			.execute();
		await runtime.db
			.insertInto('proposal_offers')
			.values([
				{ proposal_id: id, organization_id: ids.team, message: 'Wir sind dabei.', status: 'accepted' },
				{
					proposal_id: id,
					organization_id: ids.offered,
					message: 'Wir würden gern mitmachen.',
					status: 'pending'
				}
			])
			.execute();
		proposal = (await getBrokeringProposal(runtime.db, 'medienscouts-gegen-cybermobbing'))!;

		await person('leitung@os-nord.example', ids.author, 'admin');
		await person('lehrer@os-nord.example', ids.author, 'editor');
		// Invited but never signed in: no active account, so not mailed.
		await person('eingeladen@os-nord.example', ids.author, 'editor', { active: false });
	}, 60_000);

	afterAll(async () => {
		await smtp?.stop();
		await runtime?.cleanup();
	});

	const names = (ranking: Awaited<ReturnType<typeof rankCandidates>>) => ranking.candidates.map((c) => c.name);

	it('rank partners with shared terms above those without, and let text relevance break the tie', async () => {
		const ranking = await rankCandidates(brokeringSource(runtime), proposal);
		expect(ranking.textSearchAvailable).toBe(true);
		const order = names(ranking);
		expect(order.slice(0, 2)).toEqual(['Zeitlos Jugendtreff', 'Aktiv Medien e.V.']);
		expect(order.indexOf('Aktiv Medien e.V.')).toBeLessThan(order.indexOf('Bürgerbüro Seniorennetz'));
		expect(order).toContain('Stadtteilverein Pethau');
		expect(order).not.toContain('Verkehrsverein');
	});

	it('explain in German why each partner fits', async () => {
		const { candidates } = await rankCandidates(brokeringSource(runtime), proposal);
		const byName = new Map(candidates.map((c) => [c.name, c.reasons]));
		expect(byName.get('Zeitlos Jugendtreff')).toEqual([
			'2 gemeinsame Themen: Medienprävention, Mobbing',
			'1 gemeinsame Zielgruppe: Jugendliche',
			expect.stringMatching(/^passt laut Volltextsuche zu „.*(Klassenchats|Medienscouts).*“$/)
		]);
		expect(byName.get('Stadtteilverein Pethau')).toEqual(['auch in Pethau tätig']);
		expect(byName.get('Bürgerbüro Seniorennetz')?.[0]).toMatch(/^passt laut Volltextsuche/);
	});

	it('leave out the author and drafts, and list the team and pending offers apart', async () => {
		const ranking = await rankCandidates(brokeringSource(runtime), proposal);
		expect(names(ranking)).not.toContain('Oberschule Nord');
		expect(names(ranking)).not.toContain('Entwurf Medienprojekt');
		expect(names(ranking)).not.toContain('Medienzentrum Team');
		expect(ranking.involved).toEqual([
			expect.objectContaining({ name: 'Medienpädagogik Angebot', offer: 'pending' }),
			expect.objectContaining({ name: 'Medienzentrum Team', offer: 'accepted' })
		]);
	});

	it('introduce a partner: both sides get the context by mail and the match is "kontaktiert"', async () => {
		const { candidates } = await rankCandidates(brokeringSource(runtime), proposal);
		const candidate = candidates.find((c) => c.name === 'Zeitlos Jugendtreff')!;
		const mailer = createMailer({
			smtpUrl: smtp.url,
			mailFrom: 'KPR <noreply@localhost>',
			mailDir: '/nonexistent'
		});
		const result = await introducePartner(
			runtime.db,
			{
				proposal,
				candidate,
				note: 'Frau Keller vom Jugendtreff kennt die Schule schon.',
				coordinator: { id: coordinatorId, name: 'Erika Muster' }
			},
			{ origin, mailer }
		);
		expect(result).toEqual({ kind: 'sent', recipients: 3 });

		const toAuthor = await smtp.waitForMail((m) => m.to.includes('leitung@os-nord.example'));
		expect(toAuthor.subject).toBe(
			'Vorstellung: Zeitlos Jugendtreff für Ihr Vorhaben „Medienscouts gegen Cybermobbing“'
		);
		expect(toAuthor.text).toContain(
			'Worum es geht:\nÄltere Schülerinnen und Schüler begleiten Jüngere in Klassenchats.'
		);
		expect(toAuthor.text).toContain('Gesucht wird:\nPartner mit Erfahrung in Klassenchats und Medienscouts');
		expect(toAuthor.text).toContain(
			'Erika Muster schreibt dazu:\nFrau Keller vom Jugendtreff kennt die Schule schon.'
		);
		// The partner has no accounts, so its public address stands for it.
		expect(toAuthor.text).toContain('Sie erreichen Zeitlos Jugendtreff unter: team@zeitlos.example');
		expect(findLinks(toAuthor.text)).toEqual([`${origin}/projekte/medienscouts-gegen-cybermobbing`]);
		await smtp.waitForMail((m) => m.to.includes('lehrer@os-nord.example'));

		const toPartner = await smtp.waitForMail((m) => m.to.includes('team@zeitlos.example'));
		expect(toPartner.subject).toBe(
			'Vorstellung: das Vorhaben „Medienscouts gegen Cybermobbing“ von Oberschule Nord'
		);
		expect(toPartner.text).toContain(
			'Sie erreichen Oberschule Nord unter: lehrer@os-nord.example, leitung@os-nord.example'
		);
		expect(
			smtp.messages.some(
				(m) => m.to.includes('eingeladen@os-nord.example') || m.to.includes('sekretariat@os-nord.example')
			)
		).toBe(false);

		const [match] = await listProposalMatches(runtime.db, proposal.id);
		expect(match).toMatchObject({
			organization: { name: 'Zeitlos Jugendtreff' },
			status: 'contacted',
			score: candidate.score,
			reasons: candidate.reasons,
			introducedBy: 'Erika Muster',
			note: 'Frau Keller vom Jugendtreff kennt die Schule schon.',
			mailError: null
		});
		expect(match.introducedAt).not.toBeNull();
	});

	it('with the mail server down, say so and mark nothing as sent', async () => {
		const { candidates } = await rankCandidates(brokeringSource(runtime), proposal);
		const candidate = candidates.find((c) => c.name === 'Aktiv Medien e.V.')!;
		await person('vorstand@aktiv-medien.example', candidate.organizationId);
		const down = await startTestSmtpServer();
		await down.stop();
		const mailer = createMailer(
			{ smtpUrl: down.url, mailFrom: 'KPR <noreply@localhost>', mailDir: '/nonexistent' },
			{ timeoutMs: 2_000 }
		);
		const result = await introducePartner(
			runtime.db,
			{ proposal, candidate, note: null, coordinator: { id: coordinatorId, name: 'Erika Muster' } },
			{ origin, mailer }
		);
		if (result.kind !== 'mail_failed') throw new Error(`expected a failure, got ${JSON.stringify(result)}`);
		expect(result.failed.sort()).toEqual([
			'lehrer@os-nord.example',
			'leitung@os-nord.example',
			'vorstand@aktiv-medien.example'
		]);
		const match = (await listProposalMatches(runtime.db, proposal.id)).find(
			(m) => m.organization.name === 'Aktiv Medien e.V.'
		)!;
		expect(match).toMatchObject({ status: 'suggested', introducedAt: null, introducedBy: null });
		expect(match.mailError).toContain('Nicht zugestellt an: ');
		expect(match.mailError).toContain('vorstand@aktiv-medien.example');
	});

	it('refuse to introduce a partner nobody can be mailed at, before recording anything', async () => {
		const { candidates } = await rankCandidates(brokeringSource(runtime), proposal);
		const candidate = candidates.find((c) => c.name === 'Stadtteilverein Pethau')!;
		const mails = smtp.messages.length;
		const mailer = createMailer({
			smtpUrl: smtp.url,
			mailFrom: 'KPR <noreply@localhost>',
			mailDir: '/nonexistent'
		});
		const attempt = introducePartner(
			runtime.db,
			{ proposal, candidate, note: null, coordinator: { id: coordinatorId, name: 'Erika Muster' } },
			{ origin, mailer }
		);
		await expect(attempt).rejects.toEqual(new NoRecipientsError('Stadtteilverein Pethau'));
		expect((await listProposalMatches(runtime.db, proposal.id)).map((m) => m.organization.name)).not.toContain(
			'Stadtteilverein Pethau'
		);
		expect(smtp.messages.length).toBe(mails);
	});

	it('mark a match "beteiligt" once the organization\'s offer was accepted', async () => {
		await runtime.db
			.updateTable('proposal_offers')
			.set({ status: 'accepted' })
			.where('proposal_id', '=', proposal.id)
			.where('organization_id', '=', ids.offered)
			.execute();
		await runtime.db
			.insertInto('proposal_matches')
			.values({
				proposal_id: proposal.id,
				organization_id: ids.offered,
				status: 'contacted',
				score: 5,
				reasons: '[]'
			})
			.execute();
		await syncInvolvedMatches(runtime.db, proposal.id);
		const matches = await listProposalMatches(runtime.db, proposal.id);
		expect(matches.find((m) => m.organization.name === 'Medienpädagogik Angebot')?.status).toBe('involved');
		expect(matches.find((m) => m.organization.name === 'Zeitlos Jugendtreff')?.status).toBe('contacted');
	});

	it('still rank by shared terms when Meilisearch is stopped, and say that the text part is missing', async () => {
		await runtime.meili.kill();
		const ranking = await rankCandidates(brokeringSource(runtime), proposal);
		expect(ranking.textSearchAvailable).toBe(false);
		expect(names(ranking).slice(0, 2)).toEqual(['Aktiv Medien e.V.', 'Zeitlos Jugendtreff']);
		expect(names(ranking)).not.toContain('Bürgerbüro Seniorennetz');
		expect(ranking.candidates[0].reasons).toEqual([
			'2 gemeinsame Themen: Medienprävention, Mobbing',
			'1 gemeinsame Zielgruppe: Jugendliche'
		]);
	});
});
