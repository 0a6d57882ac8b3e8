import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { addComment, decideOffer, offerToJoin } from '../proposals/participation';
import { emptyProposalValues, type ProposalValues } from '../proposals/proposal-form';
import { changeProposalStatus, createProposal } from '../proposals/service';
import type { ProposalStatus } from '../proposals/types';
import { DEMO_ACCOUNTS } from './accounts';

// Fictional project proposals of the Zittau demo network, written through the proposal service like
// a partner's would be: one per stage, public and partners-only, with offers, a team and questions.

interface DemoOffer {
	organization: string;
	message: string;
	accepted?: boolean;
}

interface DemoProposal {
	slug: string;
	organization: string;
	/** Demo account (by email) that writes it; the coordinator for organizations without one. */
	author: string;
	values: Partial<ProposalValues> & Pick<ProposalValues, 'title' | 'summary' | 'lookingFor' | 'topics'>;
	status: ProposalStatus;
	offers?: DemoOffer[];
	comments?: { author: string; body: string }[];
}

const SCHOOL = DEMO_ACCOUNTS.schoolEditor;
const POLICE = DEMO_ACCOUNTS.policeAdmin;
const COORDINATOR = DEMO_ACCOUNTS.coordinator;

export const DEMO_PROPOSALS: DemoProposal[] = [
	{
		slug: 'medienwoche-zittau-sued',
		organization: SCHOOL.organization.slug,
		author: SCHOOL.email,
		status: 'open',
		values: {
			title: 'Medienkompetenz-Woche für die Klassen 5–7 in Zittau-Süd',
			summary:
				'Eine Projektwoche rund um Cybermobbing, Datenschutz und sichere Chats für die Klassen 5 bis 7 – mit Workshops, Elternabend und einer Abschlussausstellung.',
			description:
				'## Worum es geht\n\nViele unserer Schülerinnen und Schüler bekommen mit zehn Jahren ihr erstes Smartphone. In einer **Projektwoche** wollen wir mit ihnen üben, wie man sich in Klassenchats fair verhält, was Cybermobbing ist und wo man Hilfe bekommt.\n\n## Geplant\n\n- Workshops zu Klassenchats, Privatsphäre und Kostenfallen\n- ein Elternabend zu Jugendschutz-Einstellungen\n- eine Ausstellung der Ergebnisse im Schulhaus\n\nDie Woche findet in der Oberschule am Töpferberg statt; Räume und Technik sind vorhanden.',
			lookingFor:
				'Eine Präventionsbeamtin oder einen Präventionsbeamten der Polizei für einen Workshop und einen Jugendclub, der einen Nachmittag mit Medienprojekten gestaltet.',
			timeframe: 'März 2027, eine Woche',
			visibility: 'public',
			topics: ['medienpraevention', 'mobbing'],
			targetGroups: ['jugendliche', 'eltern'],
			ortsteile: ['zittau-sued']
		},
		offers: [
			{
				organization: 'medienwerkstatt-zittau',
				message: 'Wir können zwei Workshops zu Klassenchats und Handyvideos übernehmen und bringen Tablets mit.'
			}
		],
		comments: [
			{
				author: POLICE.email,
				body: 'Steht die Woche im März schon fest? Unser Präventionsteam plant die Einsätze an Schulen drei Monate im Voraus.'
			}
		]
	},
	{
		slug: 'sicherheitsbegehung-weinaupark',
		organization: POLICE.organization.slug,
		author: POLICE.email,
		status: 'open',
		values: {
			title: 'Sicherheitsbegehung im Weinaupark mit Anwohnerinnen und Anwohnern',
			summary:
				'Ein abendlicher Rundgang durch den Weinaupark, um dunkle Ecken, fehlende Beleuchtung und Treffpunkte gemeinsam mit Anwohnern zu erfassen.',
			description:
				'Nach mehreren Hinweisen aus der Nachbarschaft möchten wir den Park **gemeinsam** begehen. Die Ergebnisse gehen an das Ordnungsamt und die Stadtwerke.\n\nBitte noch nicht öffentlich bewerben: Der Termin wird mit dem Ordnungsamt abgestimmt.',
			lookingFor:
				'Das Ordnungsamt, die Seniorensicherheitsberater und eine Person aus der Jugendarbeit, die die Sicht der Jugendlichen einbringt.',
			timeframe: 'Herbst 2026, ein Abend',
			visibility: 'partners',
			topics: ['nachbarschaft', 'kriminalpraevention'],
			targetGroups: ['alle', 'senioren'],
			ortsteile: ['zittau-west']
		},
		offers: [
			{
				organization: 'mobile-jugendarbeit-streetwork-zittau',
				message:
					'Wir kennen die Jugendlichen, die sich abends im Park treffen, und sprechen sie gern vorher an.'
			}
		]
	},
	{
		slug: 'schulwegdetektive-hirschfelde',
		organization: DEMO_ACCOUNTS.associationAdmin.organization.slug,
		author: DEMO_ACCOUNTS.associationAdmin.email,
		status: 'draft',
		values: {
			title: 'Schulwegdetektive in Hirschfelde',
			summary:
				'Grundschulkinder erkunden ihren Schulweg, markieren gefährliche Stellen und stellen ihre Karte im Ortschaftsrat vor.',
			lookingFor: 'Die Grundschule Hirschfelde und den Bürgerpolizisten für Hirschfelde.',
			timeframe: 'Schuljahr 2026/27',
			topics: ['verkehrssicherheit'],
			targetGroups: ['kinder', 'eltern'],
			ortsteile: ['hirschfelde']
		}
	},
	{
		slug: 'aktionstage-enkeltrick-innenstadt',
		organization: 'seniorensicherheitsberater-zittau',
		author: COORDINATOR.email,
		status: 'in_progress',
		values: {
			title: 'Aktionstage gegen Enkeltrick und Schockanrufe in der Innenstadt',
			summary:
				'Infostände am Markt und in Seniorentreffs: Wie erkenne ich falsche Polizisten am Telefon, und was tue ich, wenn es geklingelt hat?',
			description:
				'An drei Samstagen informieren wir am Markt und in zwei Seniorentreffs. Dazu gibt es ein Telefon-Training mit **echten Beispielanrufen**.',
			lookingFor:
				'Die Polizei für Vorträge und die Verbraucherberatung für Fragen zu Verträgen und Abzocke am Telefon.',
			timeframe: 'Oktober bis Dezember 2026',
			visibility: 'public',
			topics: ['betrug-enkeltrick', 'kriminalpraevention'],
			targetGroups: ['senioren'],
			ortsteile: ['innenstadt']
		},
		offers: [
			{
				organization: POLICE.organization.slug,
				message: 'Unsere Beratungsstelle übernimmt die Vorträge an allen drei Samstagen.',
				accepted: true
			},
			{
				organization: 'verbraucherberatung-zittau',
				message: 'Wir sind mit einem Stand dabei und beantworten Fragen zu Verträgen.',
				accepted: true
			}
		]
	},
	{
		slug: 'graffiti-workshop-alte-feuerwache',
		organization: 'jugendtreff-alte-feuerwache-hirschfelde',
		author: COORDINATOR.email,
		status: 'completed',
		values: {
			title: 'Graffiti-Workshop an der Alten Feuerwache',
			summary:
				'Jugendliche haben mit einem Künstler die Wand am Jugendtreff gestaltet – legal, sichtbar und gemeinsam mit der Nachbarschaft.',
			lookingFor: 'Eine Streetwork-Gruppe und Unterstützung bei Farben und Gerüst.',
			timeframe: 'Sommerferien 2026',
			visibility: 'public',
			topics: ['gewaltpraevention', 'nachbarschaft'],
			targetGroups: ['jugendliche'],
			ortsteile: ['hirschfelde']
		},
		offers: [
			{
				organization: 'mobile-jugendarbeit-streetwork-zittau',
				message: 'Wir begleiten den Workshop an allen Tagen.',
				accepted: true
			}
		]
	}
];

const ORIGIN = 'http://localhost';

export async function seedDemoProposals(db: Kysely<Database>): Promise<number> {
	const mark = await lastNotificationId(db);
	const userId = async (email: string) =>
		(await db.selectFrom('users').select(['id']).where('email', '=', email).executeTakeFirstOrThrow()).id;
	const organizationId = async (slug: string) =>
		(await db.selectFrom('organizations').select(['id']).where('slug', '=', slug).executeTakeFirstOrThrow()).id;
	const coordinatorId = await userId(COORDINATOR.email);

	for (const demo of DEMO_PROPOSALS) {
		const author = await userId(demo.author);
		const values = { ...emptyProposalValues(), ...demo.values };
		const slug = await createProposal(
			db,
			{
				slug: demo.slug,
				organizationId: await organizationId(demo.organization),
				userId: author,
				values,
				open: demo.status !== 'draft'
			},
			ORIGIN
		);
		const { id } = await db
			.selectFrom('proposals')
			.select(['id'])
			.where('slug', '=', slug)
			.executeTakeFirstOrThrow();
		for (const offer of demo.offers ?? []) {
			await offerToJoin(db, {
				proposalId: id,
				organizationId: await organizationId(offer.organization),
				userId: coordinatorId,
				message: offer.message
			});
			if (offer.accepted) {
				const { id: offerId } = await db
					.selectFrom('proposal_offers')
					.select(['id'])
					.where('proposal_id', '=', id)
					.orderBy('id', 'desc')
					.executeTakeFirstOrThrow();
				await decideOffer(db, { proposalId: id, offerId, accept: true, userId: author }, ORIGIN);
			}
		}
		for (const comment of demo.comments ?? []) {
			const commenter = await userId(comment.author);
			const membership = await db
				.selectFrom('memberships')
				.select(['organization_id'])
				.where('user_id', '=', commenter)
				.executeTakeFirst();
			await addComment(db, {
				proposalId: id,
				userId: commenter,
				organizationId: membership?.organization_id ?? null,
				body: comment.body
			});
		}
		if (demo.status === 'in_progress' || demo.status === 'completed') {
			await changeProposalStatus(
				db,
				{ proposalId: id, status: demo.status, userId: author, byCoordinator: true },
				ORIGIN
			);
		}
	}
	// The demo's history is not news: nobody is mailed about proposals that were only seeded.
	await db.deleteFrom('notifications').where('id', '>', mark).execute();
	return DEMO_PROPOSALS.length;
}

async function lastNotificationId(db: Kysely<Database>): Promise<number> {
	const row = await db
		.selectFrom('notifications')
		.select((eb) => eb.fn.max('id').as('max'))
		.executeTakeFirstOrThrow();
	return Number(row.max ?? 0);
}
