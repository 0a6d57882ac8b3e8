import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { berlinParts, berlinToUtc } from '$lib/validation/berlin-time';
import { addGroupTopics } from '../groups/administration';
import { DEMO_ACCOUNTS } from './accounts';
import { minimalPdf } from './minimal-pdf';

interface DemoMeeting {
	title: string;
	/** Days from the seed day, in Berlin. */
	inDays: number;
	from: string;
	to: string;
	location?: string;
	videoUrl?: string;
	agenda: string;
	minutes?: string;
	attachment?: string;
}

interface DemoGroup {
	slug: string;
	name: string;
	description: string;
	joinPolicy: 'open' | 'on_request';
	lead: keyof typeof DEMO_ACCOUNTS;
	members: string[];
	topics: string[];
	meetings: DemoMeeting[];
	announcement?: { title: string; body: string; reply?: { by: keyof typeof DEMO_ACCOUNTS; body: string } };
}

// Fictional working groups of the KPR Zittau. The police station is in the first group; the school
// is not in "AG Kinder- und Jugendschutz", so the end-to-end test can ask to join it.
const GROUPS: DemoGroup[] = [
	{
		slug: 'ag-sicherheit-im-oeffentlichen-raum',
		name: 'AG Sicherheit im öffentlichen Raum',
		description:
			'Die Arbeitsgruppe kümmert sich um Orte in Zittau, an denen sich Menschen unsicher fühlen: den Bahnhofsvorplatz, den Klosterplatz und die Wege an der Mandau.\n\n' +
			'Wir sammeln Hinweise aus der Bürgerschaft, gehen gemeinsam Orte ab (**Sicherheitsbegehungen**) und schlagen der Stadt Verbesserungen vor, etwa bei Beleuchtung und Sichtachsen.',
		joinPolicy: 'open',
		lead: 'policeAdmin',
		members: [
			'polizeirevier-zittau',
			'oberschule-am-toepferberg',
			'gewerbeverein-zittauer-innenstadt',
			'mobile-jugendarbeit-streetwork-zittau',
			'sicherheitspartnerschaft-hirschfelde'
		],
		topics: ['nachbarschaft', 'kriminalpraevention', 'einbruchschutz'],
		meetings: [
			{
				title: 'Auswertung der Sicherheitsbegehung Bahnhofsvorplatz',
				inDays: -21,
				from: '17:00',
				to: '18:30',
				location: 'Rathaus Zittau, Markt 1, Beratungsraum 2',
				agenda: '1. Ergebnisse der Begehung\n2. Beleuchtung am Busbahnhof\n3. Verschiedenes',
				minutes:
					'### Ergebnisse\n\n- Drei dunkle Wegabschnitte zwischen Bahnhof und Busbahnhof festgestellt.\n- Der Gewerbeverein fragt bei den Anliegern nach Außenbeleuchtung.\n\n### Beschlüsse\n\nDie Polizei legt bis zum nächsten Treffen eine Übersicht der Einsätze vor.',
				attachment: 'Protokoll-Begehung-Bahnhof.pdf'
			},
			{
				title: 'Planung der Begehung Klosterplatz',
				inDays: 7,
				from: '18:00',
				to: '19:30',
				location: 'Polizeirevier Zittau, Schulstraße 2, Besprechungsraum',
				agenda: '1. Rückblick Bahnhofsvorplatz\n2. Route und Termin der Begehung Klosterplatz\n3. Einladung an die Anwohnerschaft'
			},
			{
				title: 'Videotreffen: Beleuchtungskonzept',
				inDays: 35,
				from: '16:00',
				to: '17:00',
				videoUrl: 'https://konferenz.example.org/ag-sicherheit',
				agenda: 'Stellungnahme der Arbeitsgruppe zum Beleuchtungskonzept der Stadt'
			}
		],
		announcement: {
			title: 'Hinweise für die Begehung am Klosterplatz gesucht',
			body: 'Liebe Mitglieder,\n\nbitte sammeln Sie bis zum nächsten Treffen Hinweise aus Ihren Einrichtungen, **welche Stellen am Klosterplatz** als unangenehm empfunden werden.',
			reply: {
				by: 'schoolEditor',
				body: 'Unsere Schülervertretung nennt vor allem die Unterführung zur Weinau. Wir bringen eine Liste mit.'
			}
		}
	},
	{
		slug: 'ag-kinder-und-jugendschutz',
		name: 'AG Kinder- und Jugendschutz',
		description:
			'Fachkräfte aus Jugendhilfe, Schule, Polizei und Vereinen stimmen sich zu Angeboten für Kinder und Jugendliche ab: Medienkompetenz, Schutz vor Gewalt und sichere Schulwege.\n\n' +
			'Neue Mitglieder nehmen wir nach einem kurzen Gespräch auf.',
		joinPolicy: 'on_request',
		lead: 'associationAdmin',
		members: [
			'verkehrswacht-zittau',
			'jugendamt-aussenstelle-zittau',
			'schulsozialarbeit-zittau',
			'kinder-und-jugendnotdienst-oberlausitz',
			'polizeirevier-zittau'
		],
		topics: ['jugendschutz', 'gewaltpraevention', 'medienpraevention', 'mobbing'],
		meetings: [
			{
				title: 'Abstimmung Präventionswoche an Schulen',
				inDays: -14,
				from: '14:00',
				to: '15:30',
				location: 'Jugendamt, Außenstelle Zittau, Hochwaldstraße 29',
				agenda: '1. Termine der Präventionswoche\n2. Verteilung der Workshops',
				minutes:
					'Die Präventionswoche findet im März statt. Die Verkehrswacht übernimmt die Schulwegtrainings, die Schulsozialarbeit die Workshops zu Cybermobbing.'
			},
			{
				title: 'Fachaustausch Cybermobbing',
				inDays: 10,
				from: '15:00',
				to: '16:30',
				location: 'Schulsozialarbeit Zittau, Besprechungsraum',
				agenda: '1. Erfahrungen aus den Schulen\n2. Elternabende im Frühjahr'
			}
		],
		announcement: {
			title: 'Materialien zur Präventionswoche',
			body: 'Die Arbeitsblätter zur Präventionswoche liegen beim Jugendamt bereit und können ab sofort abgeholt werden.'
		}
	},
	{
		slug: 'ag-haeusliche-gewalt-und-opferschutz',
		name: 'AG Häusliche Gewalt und Opferschutz',
		description:
			'Beratungsstellen, Polizei und Justiz verbessern gemeinsam den Weg von Betroffenen häuslicher Gewalt zu Schutz und Beratung.',
		joinPolicy: 'on_request',
		lead: 'policeAdmin',
		members: [
			'polizeirevier-zittau',
			'interventionsstelle-haeusliche-gewalt-zittau',
			'opferberatung-ostsachsen-zittau',
			'lichtblick-opferhilfe-zittau'
		],
		topics: ['haeusliche-gewalt', 'opferhilfe'],
		meetings: [
			{
				title: 'Fallkonferenz-Verfahren überarbeiten',
				inDays: 21,
				from: '10:00',
				to: '12:00',
				location: 'Interventionsstelle Zittau',
				agenda: 'Entwurf des überarbeiteten Ablaufs für Hochrisikofälle'
			}
		]
	}
];

/** Loads the demo working groups with meetings, minutes, an attachment and announcements (no notifications). */
export async function seedDemoGroups(db: Kysely<Database>, now = new Date()): Promise<void> {
	// A forced re-seed replaces the demo groups (their meetings and posts go with them).
	await db
		.deleteFrom('working_groups')
		.where(
			'slug',
			'in',
			GROUPS.map((g) => g.slug)
		)
		.execute();
	for (const group of GROUPS) {
		const leadId = await userId(db, group.lead);
		const { id: groupId } = await db
			.insertInto('working_groups')
			.values({
				slug: group.slug,
				name: group.name,
				description: group.description,
				join_policy: group.joinPolicy,
				lead_user_id: leadId
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		const organizations = await db
			.selectFrom('organizations')
			.select('id')
			.where('slug', 'in', group.members)
			.execute();
		await db
			.insertInto('working_group_members')
			.values(
				organizations.map((o) => ({
					group_id: groupId,
					organization_id: o.id,
					status: 'member' as const,
					decided_at: now.toISOString()
				}))
			)
			.execute();
		await addGroupTopics(db, groupId, group.topics);
		for (const meeting of group.meetings) await insertMeeting(db, groupId, leadId, meeting, now);
		if (group.announcement) {
			const { id } = await db
				.insertInto('working_group_announcements')
				.values({
					group_id: groupId,
					author_id: leadId,
					title: group.announcement.title,
					body: group.announcement.body,
					created_at: daysFrom(now, -3).toISOString()
				})
				.returning('id')
				.executeTakeFirstOrThrow();
			const reply = group.announcement.reply;
			if (reply)
				await db
					.insertInto('working_group_replies')
					.values({ announcement_id: id, author_id: await userId(db, reply.by), body: reply.body })
					.execute();
		}
	}
}

async function insertMeeting(
	db: Kysely<Database>,
	groupId: number,
	leadId: number,
	meeting: DemoMeeting,
	now: Date
): Promise<void> {
	const day = berlinParts(daysFrom(now, meeting.inDays)).date;
	const { id } = await db
		.insertInto('working_group_meetings')
		.values({
			group_id: groupId,
			title: meeting.title,
			starts_at: berlinToUtc(day, meeting.from)!.toISOString(),
			ends_at: berlinToUtc(day, meeting.to)!.toISOString(),
			location: meeting.location ?? null,
			video_url: meeting.videoUrl ?? null,
			agenda: meeting.agenda,
			minutes: meeting.minutes ?? '',
			created_by: leadId
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	if (meeting.attachment) {
		const data = minimalPdf(meeting.title);
		await db
			.insertInto('working_group_attachments')
			.values({
				meeting_id: id,
				file_name: meeting.attachment,
				content_type: 'application/pdf',
				size: data.length,
				data,
				uploaded_by: leadId
			})
			.execute();
	}
}

async function userId(db: Kysely<Database>, account: keyof typeof DEMO_ACCOUNTS): Promise<number> {
	const row = await db
		.selectFrom('users')
		.select('id')
		.where('email', '=', DEMO_ACCOUNTS[account].email)
		.executeTakeFirstOrThrow();
	return row.id;
}

function daysFrom(now: Date, days: number): Date {
	return new Date(now.getTime() + days * 86_400_000);
}
