import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMembership, createUser } from '../../src/lib/server/auth/users';
import { setNotificationMode } from '../../src/lib/server/notifications/preference';
import { createPartner } from '../../src/lib/server/partners/service';
import { parseProposalQuery } from '../../src/lib/proposals/query';
import { decideOffer, follow, offerToJoin } from '../../src/lib/server/proposals/participation';
import { emptyProposalValues, type ProposalValues } from '../../src/lib/server/proposals/proposal-form';
import { getProposalBySlug, listProposalsByOrganization } from '../../src/lib/server/proposals/queries';
import { searchProposals } from '../../search/proposal-search';
import { changeProposalStatus, createProposal } from '../../src/lib/server/proposals/service';
import { makePartnerInput } from '../fixtures/partners';
import { startTestRuntime, type TestRuntime } from '../helpers/test-runtime';

const origin = 'http://portal.test';
const password = 'ein-langes-passwort-2026';

describe('project proposals', () => {
	let rt: TestRuntime;
	const org = { school: 0, police: 0, seniors: 0 };
	const user = { teacher: 0, officer: 0, seniorHelper: 0, dailyOfficer: 0 };

	const values = (overrides: Partial<ProposalValues>): ProposalValues => ({
		...emptyProposalValues(org.school),
		summary: 'Eine Woche mit Workshops zu Klassenchats und Cybermobbing.',
		lookingFor: 'Eine Präventionsbeamtin der Polizei',
		topics: ['medienpraevention'],
		...overrides,
		title: overrides.title ?? 'Medienwoche'
	});
	/** The teacher proposes for the school; `open: false` keeps the proposal a draft. */
	const propose = (overrides: Partial<ProposalValues>, open = true) =>
		createProposal(
			rt.db,
			{ organizationId: org.school, userId: user.teacher, values: values(overrides), open },
			origin
		);
	const search = (q: string, audience: 'public' | 'partners', params = '') =>
		searchProposals(
			rt.db,
			rt.search,
			parseProposalQuery(new URLSearchParams(`q=${encodeURIComponent(q)}&${params}`)),
			audience
		);
	const titles = async (q: string, audience: 'public' | 'partners', params = '') =>
		(await search(q, audience, params)).hits.map((h) => h.title);
	const notified = async (subjectPart: string) =>
		(
			await rt.db
				.selectFrom('notifications')
				.innerJoin('users', 'users.id', 'notifications.user_id')
				.select(['users.email', 'notifications.delivery'])
				.where('subject', 'like', `%${subjectPart}%`)
				.orderBy('users.email')
				.execute()
		).map((r) => `${r.email}:${r.delivery}`);

	beforeAll(async () => {
		rt = await startTestRuntime();
		org.school = await createPartner(
			rt.db,
			makePartnerInput({ name: 'Oberschule Süd', category: 'schule', topics: ['medienpraevention', 'mobbing'] })
		);
		org.police = await createPartner(
			rt.db,
			makePartnerInput({
				name: 'Polizeirevier',
				category: 'polizei',
				topics: ['medienpraevention', 'kriminalpraevention']
			})
		);
		org.seniors = await createPartner(
			rt.db,
			makePartnerInput({ name: 'Seniorenhilfe', topics: ['betrug-enkeltrick'] })
		);
		for (const [key, organization] of [
			['teacher', org.school],
			['officer', org.police],
			['seniorHelper', org.seniors],
			['dailyOfficer', org.police]
		] as const) {
			user[key] = await createUser(rt.db, {
				email: `${key.toLowerCase()}@example.org`,
				name: key,
				role: 'partner',
				password
			});
			await addMembership(rt.db, user[key], organization, 'editor');
		}
		await setNotificationMode(rt.db, user.dailyOfficer, 'daily');
	});
	afterAll(async () => {
		await rt?.cleanup();
	});

	it("never shows a partners-only proposal in a citizen's search, but does in a partner's", async () => {
		await propose({ title: 'Interne Sicherheitsbegehung Weinaupark', visibility: 'partners' });
		await propose({ title: 'Öffentliche Medienwoche Weinaupark', visibility: 'public' });
		await rt.drain();
		expect(await titles('Weinaupark', 'public')).toEqual(['Öffentliche Medienwoche Weinaupark']);
		expect((await titles('Weinaupark', 'partners')).sort()).toEqual([
			'Interne Sicherheitsbegehung Weinaupark',
			'Öffentliche Medienwoche Weinaupark'
		]);
		expect(await titles('', 'public', 'status=open')).not.toContain('Interne Sicherheitsbegehung Weinaupark');
	});

	it('keeps drafts out of every search, also for partners', async () => {
		await propose({ title: 'Entwurf Schulwegdetektive', visibility: 'public' }, false);
		await rt.drain();
		expect(await titles('Schulwegdetektive', 'partners')).toEqual([]);
		expect(await titles('Schulwegdetektive', 'public')).toEqual([]);
		const ownList = await listProposalsByOrganization(rt.db, org.school, { includeDrafts: true });
		expect(ownList.map((p) => p.title)).toContain('Entwurf Schulwegdetektive');
		expect((await listProposalsByOrganization(rt.db, org.school)).map((p) => p.title)).not.toContain(
			'Entwurf Schulwegdetektive'
		);
	});

	it('re-indexes on a status change: opened it is found, in progress it filters as such, withdrawn it is gone', async () => {
		const slug = await propose({ title: 'Graffiti am Bahnhof', visibility: 'public' }, false);
		const { id } = (await getProposalBySlug(rt.db, slug))!;
		const change = (status: 'open' | 'in_progress' | 'withdrawn') =>
			changeProposalStatus(
				rt.db,
				{ proposalId: id, status, userId: user.teacher, byCoordinator: false },
				origin
			).then(() => rt.drain());
		await change('open');
		expect(await titles('Graffiti', 'public')).toEqual(['Graffiti am Bahnhof']);
		await change('in_progress');
		expect(await titles('Graffiti', 'public', 'status=in_progress')).toEqual(['Graffiti am Bahnhof']);
		expect(await titles('Graffiti', 'public', 'status=open')).toEqual([]);
		await change('withdrawn');
		expect(await titles('Graffiti', 'partners')).toEqual([]);
	});

	it('tells the people of organizations with a matching topic about a new proposal, as each chose, and nobody else', async () => {
		await propose({ title: 'Handyführerschein Klasse 5', topics: ['medienpraevention'] });
		expect(await notified('Neuer Projektvorschlag: Handyführerschein')).toEqual([
			'dailyofficer@example.org:daily',
			'officer@example.org:immediate'
		]);
		await propose({ title: 'Telefontraining gegen Enkeltrick', topics: ['betrug-enkeltrick'] });
		expect(await notified('Neuer Projektvorschlag: Telefontraining')).toEqual([
			'seniorhelper@example.org:immediate'
		]);
		await propose({ title: 'Noch ein Entwurf zu Medien', topics: ['medienpraevention'] }, false);
		expect(await notified('Noch ein Entwurf')).toEqual([]);
	});

	it('an accepted offer puts the organization in the team and tells the followers', async () => {
		const slug = await propose({ title: 'Elternabend Medien' });
		const proposal = (await getProposalBySlug(rt.db, slug))!;
		await follow(rt.db, proposal.id, user.seniorHelper);
		await offerToJoin(rt.db, {
			proposalId: proposal.id,
			organizationId: org.police,
			userId: user.officer,
			message: 'Wir übernehmen den Vortrag.'
		});
		await expect(
			offerToJoin(rt.db, {
				proposalId: proposal.id,
				organizationId: org.police,
				userId: user.officer,
				message: 'Noch einmal'
			})
		).rejects.toThrow('bereits');
		await expect(
			offerToJoin(rt.db, {
				proposalId: proposal.id,
				organizationId: org.school,
				userId: user.teacher,
				message: 'Wir selbst'
			})
		).rejects.toThrow('selbst');
		const offer = await rt.db
			.selectFrom('proposal_offers')
			.select(['id'])
			.where('proposal_id', '=', proposal.id)
			.executeTakeFirstOrThrow();
		await decideOffer(
			rt.db,
			{ proposalId: proposal.id, offerId: offer.id, accept: true, userId: user.teacher },
			origin
		);
		expect(await notified('Neu im Projektteam „Elternabend Medien“')).toEqual([
			'officer@example.org:immediate',
			'seniorhelper@example.org:immediate'
		]);
		await expect(
			decideOffer(
				rt.db,
				{ proposalId: proposal.id, offerId: offer.id, accept: false, userId: user.teacher },
				origin
			)
		).rejects.toThrow('bereits entschieden');
	});
});
