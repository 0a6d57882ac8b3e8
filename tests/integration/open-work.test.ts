import { beforeAll, describe, expect, it } from 'vitest';
import { submitApplication } from '../../src/lib/server/applications/applications';
import { storeContactMessage } from '../../src/lib/server/contact/store';
import { countOpenWork, listUnfilledLegalPages } from '../../src/lib/server/coordination/open-work';
import { joinGroup } from '../../src/lib/server/groups/membership';
import { useMailTest } from '../helpers/mail-test';
import { parseNewsForm } from '../../src/lib/server/news/news-form';
import { declineSubmission, submitEvent } from '../../src/lib/server/news/service';
import { queueNotifications } from '../../src/lib/server/notifications/queue';
import { getPage, savePage } from '../../src/lib/server/pages/pages';
import { offerToJoin } from '../../src/lib/server/proposals/participation';
import { emptyProposalValues } from '../../src/lib/server/proposals/proposal-form';
import { createProposal } from '../../src/lib/server/proposals/service';
import { listPersonalTodos } from '../../src/lib/server/todos/personal';
import { makeCoordinator, makeGroup, makeOrganizationWithPerson } from '../fixtures/groups';
import { formData } from '../helpers/form-data';

const origin = 'http://portal.test';

function eventInput(title: string) {
	const fields = {
		kind: 'event',
		title,
		teaser: 'Eine Veranstaltung des Netzwerks für alle Zittauerinnen und Zittauer.',
		startsAt: '2027-01-12T18:00',
		endsAt: '2027-01-12T20:00',
		placeName: 'Rathaus Zittau',
		placeAddress: 'Markt 1, 02763 Zittau'
	};
	const parsed = parseNewsForm(formData(fields));
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.input;
}

describe('work that waits is shown', () => {
	const setup = useMailTest();
	let coordinatorId: number;
	let lead: Awaited<ReturnType<typeof makeOrganizationWithPerson>>;
	let school: Awaited<ReturnType<typeof makeOrganizationWithPerson>>;

	beforeAll(async () => {
		coordinatorId = await makeCoordinator(setup.db);
		lead = await makeOrganizationWithPerson(setup.db, 'Polizeirevier Zittau');
		school = await makeOrganizationWithPerson(setup.db, 'Oberschule am Töpferberg');
	});

	it('tells a partner about an offer to decide and a join request to decide instead of "Alles aktuell"', async () => {
		expect(await listPersonalTodos(setup.db, { id: lead.userId }, [lead.organizationId])).toEqual([]);

		const values = {
			...emptyProposalValues(lead.organizationId),
			title: 'Sicherer Schulweg',
			summary: 'Gemeinsam Gefahrenstellen auf dem Schulweg finden.',
			topics: ['jugendschutz']
		};
		const slug = await createProposal(
			setup.db,
			{ organizationId: lead.organizationId, userId: lead.userId, values, open: true },
			origin
		);
		const proposal = await setup.db
			.selectFrom('proposals')
			.select('id')
			.where('slug', '=', slug)
			.executeTakeFirstOrThrow();
		await offerToJoin(setup.db, {
			proposalId: proposal.id,
			organizationId: school.organizationId,
			userId: school.userId,
			message: 'Wir machen mit.'
		});
		const group = await makeGroup(setup.db, {
			name: 'AG Schulwege',
			joinPolicy: 'on_request',
			lead,
			coordinatorId
		});
		await joinGroup(setup.db, group, { organizationId: school.organizationId, userId: school.userId, message: '' });

		const todos = await listPersonalTodos(setup.db, { id: lead.userId }, [lead.organizationId]);
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
		expect(await listPersonalTodos(setup.db, { id: school.userId }, [school.organizationId])).toEqual([]);
	});

	it('tells a partner about a declined event with the reason, and a proposal draft', async () => {
		const { id } = await submitEvent(setup.db, eventInput('Elternabend Medien'), {
			authorId: school.userId,
			organizationId: school.organizationId
		});
		expect((await countOpenWork(setup.db)).submittedEvents).toBe(1);
		await declineSubmission(
			setup.db,
			{ id, reason: 'Bitte nennen Sie den Raum.' },
			{ origin, mailer: setup.mailer }
		);
		expect((await countOpenWork(setup.db)).submittedEvents).toBe(0);
		const values = {
			...emptyProposalValues(school.organizationId),
			title: 'Lesepaten',
			summary: 'Ältere lesen mit Jüngeren.',
			topics: ['jugendschutz']
		};
		await createProposal(
			setup.db,
			{ organizationId: school.organizationId, userId: school.userId, values, open: false },
			origin
		);

		const texts = (await listPersonalTodos(setup.db, { id: school.userId }, [school.organizationId])).map(
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
		const first = await storeContactMessage(setup.db, { ...message, topic: 'allgemein' }, 'de');
		await storeContactMessage(setup.db, { ...message, topic: 'sonstiges' }, 'de');
		await setup.db
			.updateTable('contact_messages')
			.set({ delivery: 'failed' })
			.where('reference', '=', first.reference)
			.execute();
		await setup.db
			.updateTable('contact_messages')
			.set({ status: 'handled' })
			.where('reference', '!=', first.reference)
			.execute();
		expect(await countOpenWork(setup.db)).toMatchObject({ openMessages: 1, undeliveredMessages: 1 });

		await submitApplication(
			setup.db,
			{
				organizationName: 'Verein Kinderschutz',
				contactName: 'Eva Weber',
				email: 'eva@verein.example',
				phone: '',
				website: '',
				message: 'Wir möchten mitmachen.'
			},
			{ mailer: setup.mailer }
		);
		expect((await countOpenWork(setup.db)).openApplications).toBe(1);

		await setup.db.transaction().execute((trx) =>
			queueNotifications(trx, [lead.userId], {
				subject: 'Neue Mitteilung',
				body: 'Text',
				link: `${origin}/intern`,
				linkLabel: 'Öffnen'
			})
		);
		expect((await countOpenWork(setup.db)).failedMails).toBe(0);
		await setup.db.updateTable('notifications').set({ attempts: 1 }).execute();
		expect((await countOpenWork(setup.db)).failedMails).toBe(1);
	});

	it('lists legal pages until their [bracketed] template parts are filled in', async () => {
		expect((await listUnfilledLegalPages(setup.db)).map((page) => page.slug)).toEqual([
			'impressum',
			'datenschutz',
			'barrierefreiheit'
		]);
		const imprint = await getPage(setup.db, 'impressum');
		await savePage(
			setup.db,
			'impressum',
			{ title: imprint.title, body: imprint.body.replace(/\[[^\]\n]{3,}\](?![([:])/g, 'ausgefüllt') },
			coordinatorId
		);
		expect((await listUnfilledLegalPages(setup.db)).map((page) => page.slug)).toEqual([
			'datenschutz',
			'barrierefreiheit'
		]);
	});
});
