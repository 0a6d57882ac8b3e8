import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitApplication } from '../../src/lib/server/applications/applications';
import { storeContactMessage } from '../../src/lib/server/contact/store';
import {
	countFailedMails,
	countOpenApplications,
	countOpenMessages,
	countSubmittedEvents,
	countUndeliveredMessages,
	listUnfilledLegalPages
} from '../../src/lib/server/coordination/open-work';
import { joinGroup } from '../../src/lib/server/groups/membership';
import { createMailer, type Mailer } from '../../src/lib/server/mail/mailer';
import { parseNewsForm } from '../../src/lib/server/news/news-form';
import { declineSubmission, submitEvent } from '../../src/lib/server/news/service';
import { queueNotifications } from '../../src/lib/server/notifications/queue';
import { getPage, savePage } from '../../src/lib/server/pages/pages';
import { offerToJoin } from '../../src/lib/server/proposals/participation';
import { emptyProposalValues } from '../../src/lib/server/proposals/proposal-form';
import { createProposal } from '../../src/lib/server/proposals/service';
import { listPersonalTodos } from '../../src/lib/server/todos/personal';
import { makeCoordinator, makeGroup, makeOrganizationWithPerson } from '../fixtures/groups';
import { startTestSmtpServer, type TestSmtpServer } from '../helpers/smtp';
import { createTestDatabase, type TestDatabase } from '../helpers/test-env';

const origin = 'http://portal.test';

function eventInput(title: string) {
	const form = new FormData();
	const fields = {
		kind: 'event',
		title,
		teaser: 'Eine Veranstaltung des Netzwerks für alle Zittauerinnen und Zittauer.',
		startsAt: '2027-01-12T18:00',
		endsAt: '2027-01-12T20:00',
		placeName: 'Rathaus Zittau',
		placeAddress: 'Markt 1, 02763 Zittau'
	};
	for (const [name, value] of Object.entries(fields)) form.set(name, value);
	const parsed = parseNewsForm(form);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.input;
}

describe('work that waits is shown', () => {
	let t: TestDatabase;
	let smtp: TestSmtpServer;
	let mailer: Mailer;
	let coordinatorId: number;
	let lead: Awaited<ReturnType<typeof makeOrganizationWithPerson>>;
	let school: Awaited<ReturnType<typeof makeOrganizationWithPerson>>;

	beforeAll(async () => {
		t = await createTestDatabase();
		smtp = await startTestSmtpServer();
		mailer = createMailer({ smtpUrl: smtp.url, mailFrom: 'KPR <noreply@localhost>', mailDir: '/nonexistent' });
		coordinatorId = await makeCoordinator(t.db);
		lead = await makeOrganizationWithPerson(t.db, 'Polizeirevier Zittau');
		school = await makeOrganizationWithPerson(t.db, 'Oberschule am Töpferberg');
	});
	afterAll(async () => {
		await smtp?.stop();
		await t?.cleanup();
	});

	it('tells a partner about an offer to decide and a join request to decide instead of "Alles aktuell"', async () => {
		expect(await listPersonalTodos(t.db, { id: lead.userId }, [lead.organizationId])).toEqual([]);

		const values = {
			...emptyProposalValues(lead.organizationId),
			title: 'Sicherer Schulweg',
			summary: 'Gemeinsam Gefahrenstellen auf dem Schulweg finden.',
			topics: ['jugendschutz']
		};
		const slug = await createProposal(
			t.db,
			{ organizationId: lead.organizationId, userId: lead.userId, values, open: true },
			origin
		);
		const proposal = await t.db
			.selectFrom('proposals')
			.select('id')
			.where('slug', '=', slug)
			.executeTakeFirstOrThrow();
		await offerToJoin(t.db, {
			proposalId: proposal.id,
			organizationId: school.organizationId,
			userId: school.userId,
			message: 'Wir machen mit.'
		});
		const group = await makeGroup(t.db, { name: 'AG Schulwege', joinPolicy: 'on_request', lead, coordinatorId });
		await joinGroup(t.db, group, { organizationId: school.organizationId, userId: school.userId, message: '' });

		const todos = await listPersonalTodos(t.db, { id: lead.userId }, [lead.organizationId]);
		expect(todos).toEqual([
			{
				text: 'Oberschule am Töpferberg möchte beim Projekt mitmachen – bitte entscheiden Sie:',
				href: `/projekte/${slug}`,
				linkText: 'Sicherer Schulweg'
			},
			{
				text: 'Oberschule am Töpferberg möchte der Arbeitsgruppe beitreten – bitte entscheiden Sie:',
				href: `/arbeitsgruppen/${group.slug}/intern`,
				linkText: 'AG Schulwege'
			}
		]);
		// The offering school has nothing to decide.
		expect(await listPersonalTodos(t.db, { id: school.userId }, [school.organizationId])).toEqual([]);
	});

	it('tells a partner about a declined event with the reason, and a proposal draft', async () => {
		const { id } = await submitEvent(t.db, eventInput('Elternabend Medien'), {
			authorId: school.userId,
			organizationId: school.organizationId
		});
		expect(await countSubmittedEvents(t.db)).toBe(1);
		await declineSubmission(t.db, { id, reason: 'Bitte nennen Sie den Raum.' }, { origin, mailer });
		expect(await countSubmittedEvents(t.db)).toBe(0);
		const values = {
			...emptyProposalValues(school.organizationId),
			title: 'Lesepaten',
			summary: 'Ältere lesen mit Jüngeren.',
			topics: ['jugendschutz']
		};
		await createProposal(
			t.db,
			{ organizationId: school.organizationId, userId: school.userId, values, open: false },
			origin
		);

		const texts = (await listPersonalTodos(t.db, { id: school.userId }, [school.organizationId])).map(
			(todo) => `${todo.text} ${todo.linkText}`
		);
		expect(texts).toEqual([
			'Veranstaltung abgelehnt („Bitte nennen Sie den Raum.“) – ändern und erneut einreichen: Elternabend Medien',
			'Projektvorschlag noch im Entwurf: Lesepaten'
		]);
	});

	it('counts open and undelivered inbox messages, open applications and failed mails for the coordination', async () => {
		const message = {
			message: 'Die Laterne am Töpferberg ist seit Wochen dunkel.',
			page: '',
			name: '',
			email: '',
			phone: '',
			wantsReply: false
		};
		const first = await storeContactMessage(t.db, { ...message, topic: 'allgemein' }, 'de');
		await storeContactMessage(t.db, { ...message, topic: 'sonstiges' }, 'de');
		await t.db
			.updateTable('contact_messages')
			.set({ delivery: 'failed' })
			.where('reference', '=', first.reference)
			.execute();
		await t.db
			.updateTable('contact_messages')
			.set({ status: 'handled' })
			.where('reference', '!=', first.reference)
			.execute();
		expect([await countOpenMessages(t.db), await countUndeliveredMessages(t.db)]).toEqual([1, 1]);

		await submitApplication(
			t.db,
			{
				organizationName: 'Verein Kinderschutz',
				contactName: 'Eva Weber',
				email: 'eva@verein.example',
				phone: '',
				website: '',
				message: 'Wir möchten mitmachen.'
			},
			{ mailer }
		);
		expect(await countOpenApplications(t.db)).toBe(1);

		await t.db.transaction().execute((trx) =>
			queueNotifications(trx, [lead.userId], {
				subject: 'Neue Mitteilung',
				body: 'Text',
				link: `${origin}/intern`,
				linkLabel: 'Öffnen'
			})
		);
		expect(await countFailedMails(t.db)).toBe(0);
		await t.db.updateTable('notifications').set({ attempts: 1 }).execute();
		expect(await countFailedMails(t.db)).toBe(1);
	});

	it('lists legal pages until their [bracketed] template parts are filled in', async () => {
		expect((await listUnfilledLegalPages(t.db)).map((page) => page.slug)).toEqual([
			'impressum',
			'datenschutz',
			'barrierefreiheit'
		]);
		const imprint = await getPage(t.db, 'impressum');
		await savePage(
			t.db,
			'impressum',
			{ title: imprint.title, body: imprint.body.replace(/\[[^\]\n]{3,}\](?![([:])/g, 'ausgefüllt') },
			coordinatorId
		);
		expect((await listUnfilledLegalPages(t.db)).map((page) => page.slug)).toEqual([
			'datenschutz',
			'barrierefreiheit'
		]);
	});
});
