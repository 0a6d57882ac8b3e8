import { beforeAll, describe, expect, it } from 'vitest';
import type { GuardEvent } from '../../src/lib/server/auth/guards';
import { createSession, validateSessionToken } from '../../src/lib/server/auth/session';
import { addMembership, createUser } from '../../src/lib/server/auth/users';
import { findLinks } from '../../src/lib/server/mail/links';
import { useMailTest } from '../helpers/mail-test';
import { parseNewsForm, type NewsInput } from '../../src/lib/server/news/news-form';
import { requireOwnSubmission } from '../../src/lib/server/news/partner-access';
import {
	getNewsItem,
	getPublishedNewsBySlug,
	listOrganizationEvents,
	listPublishedNews,
	listUpcomingEvents
} from '../../src/lib/server/news/queries';
import {
	createNewsItem,
	declineSubmission,
	NewsStateError,
	publishNewsItem,
	submitEvent,
	unpublishNewsItem,
	updateSubmission
} from '../../src/lib/server/news/service';
import { createPartner } from '../../src/lib/server/partners/service';
import { makePartnerInput } from '../fixtures/partners';
import { guardOutcome } from '../helpers/guard-outcome';
import { formData } from '../helpers/form-data';

const origin = 'http://portal.test';
const now = new Date('2026-12-01T12:00:00Z');

function input(fields: Record<string, string>): NewsInput {
	const parsed = parseNewsForm(formData(fields));
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.input;
}

const pressRelease = (title: string) =>
	input({ kind: 'press_release', title, teaser: 'Der Präventionsrat informiert über seine Arbeit in Zittau.' });
const event = (title: string, day: string) =>
	input({
		kind: 'event',
		title,
		teaser: 'Eine Veranstaltung des Netzwerks für alle Zittauerinnen und Zittauer.',
		startsAt: `${day}T18:00`,
		endsAt: `${day}T20:00`,
		placeName: 'Rathaus Zittau',
		placeAddress: 'Markt 1, 02763 Zittau'
	});

describe('news and events', () => {
	const setup = useMailTest();
	let coordinatorId: number;
	let schoolId: number;
	let policeId: number;
	let teacher: { id: number; event: GuardEvent };
	let officer: { id: number; event: GuardEvent };
	/** An event the coordinator publishes right away. */
	const publishEvent = (title: string, day: string) =>
		createNewsItem(setup.db, event(title, day), { authorId: coordinatorId, publish: true, now });

	async function member(email: string, organizationId: number) {
		const id = await createUser(setup.db, {
			email,
			name: email,
			role: 'partner',
			password: 'Ein-sicheres-Passwort-2026'
		});
		await addMembership(setup.db, id, organizationId, 'editor');
		const { token } = await createSession(setup.db, id, { twoFactorVerified: false });
		return {
			id,
			event: {
				locals: (await validateSessionToken(setup.db, token))!,
				url: new URL(`${origin}/intern/veranstaltungen`)
			}
		};
	}

	/** What requireOwnSubmission answers for this person and id: the item's id, or the error status. */
	const access = (person: { event: GuardEvent }, id: number | string) =>
		guardOutcome(
			async () => (await requireOwnSubmission({ ...person.event, params: { id: String(id) } }, setup.db)).item.id
		);

	beforeAll(async () => {
		coordinatorId = await createUser(setup.db, {
			email: 'koordination@zittau.example',
			name: 'Erika Muster',
			role: 'coordinator'
		});
		schoolId = await createPartner(setup.db, makePartnerInput({ name: 'Grundschule Pethau' }));
		policeId = await createPartner(setup.db, makePartnerInput({ name: 'Polizeirevier Zittau' }));
		teacher = await member('lehrerin@schule.example', schoolId);
		officer = await member('revier@polizei.example', policeId);
	});

	it('keep a draft off the public list until it is published, and keep the first publication date', async () => {
		const { id, slug } = await createNewsItem(setup.db, pressRelease('Präventionsrat tagt im Rathaus'), {
			authorId: coordinatorId,
			now
		});
		expect(await getPublishedNewsBySlug(setup.db, slug)).toBeNull();

		await publishNewsItem(setup.db, id, new Date('2026-12-02T08:00:00Z'));
		expect((await getPublishedNewsBySlug(setup.db, slug))?.publishedAt).toBe('2026-12-02T08:00:00.000Z');

		await unpublishNewsItem(setup.db, id);
		expect(await getPublishedNewsBySlug(setup.db, slug)).toBeNull();
		await expect(unpublishNewsItem(setup.db, id)).rejects.toBeInstanceOf(NewsStateError);

		await publishNewsItem(setup.db, id, new Date('2026-12-05T08:00:00Z'));
		expect((await getPublishedNewsBySlug(setup.db, slug))?.publishedAt).toBe('2026-12-02T08:00:00.000Z');
	});

	it('give a second item with the same title its own address', async () => {
		const first = await createNewsItem(setup.db, pressRelease('Neue Broschüre erschienen'), {
			authorId: coordinatorId,
			publish: true,
			now
		});
		const second = await createNewsItem(setup.db, pressRelease('Neue Broschüre erschienen'), {
			authorId: coordinatorId,
			publish: true,
			now
		});
		expect([first.slug, second.slug]).toEqual(['neue-broschuere-erschienen', 'neue-broschuere-erschienen-2']);
	});

	it('show a partner’s event only after the coordination approved it, with the organization as organizer', async () => {
		const { id, slug } = await submitEvent(setup.db, event('Schulfest mit Verkehrsquiz', '2026-12-12'), {
			authorId: teacher.id,
			organizationId: schoolId,
			now
		});
		expect((await getNewsItem(setup.db, id))?.status).toBe('submitted');
		expect(await getPublishedNewsBySlug(setup.db, slug)).toBeNull();
		expect((await listUpcomingEvents(setup.db, 3, now)).map((e) => e.slug)).not.toContain(slug);

		await publishNewsItem(setup.db, id, now);
		expect(await getPublishedNewsBySlug(setup.db, slug)).toMatchObject({
			status: 'published',
			organizationName: 'Grundschule Pethau'
		});
		expect((await listUpcomingEvents(setup.db, 3, now)).map((e) => e.slug)).toContain(slug);
		// Once approved, the partner cannot change it any more.
		await expect(
			updateSubmission(setup.db, { id, organizationId: schoolId }, event('Geändert nach Freigabe', '2026-12-12'))
		).rejects.toBeInstanceOf(NewsStateError);
	});

	it('mail the reason of a decline to the submitter, who can revise and submit again', async () => {
		const { id } = await submitEvent(setup.db, event('Sicherheitstag an der Grundschule', '2026-12-15'), {
			authorId: teacher.id,
			organizationId: schoolId,
			now
		});
		await declineSubmission(
			setup.db,
			{ id, reason: 'Bitte nennen Sie den Raum und ob man sich anmelden muss.' },
			{ origin, mailer: setup.mailer, now }
		);

		const mail = await setup.smtp.waitForMail((m) => m.to.includes('lehrerin@schule.example'));
		expect(mail.subject).toBe('Ihre Veranstaltung wurde nicht veröffentlicht: Sicherheitstag an der Grundschule');
		expect(mail.text).toContain('Bitte nennen Sie den Raum und ob man sich anmelden muss.');
		expect(findLinks(mail.text)).toEqual([`${origin}/intern/veranstaltungen/${id}`]);
		expect(await getNewsItem(setup.db, id)).toMatchObject({
			status: 'declined',
			declineReason: 'Bitte nennen Sie den Raum und ob man sich anmelden muss.'
		});
		await expect(
			declineSubmission(setup.db, { id, reason: 'Noch einmal abgelehnt.' }, { origin, mailer: setup.mailer })
		).rejects.toBeInstanceOf(NewsStateError);

		await updateSubmission(
			setup.db,
			{ id, organizationId: schoolId },
			event('Sicherheitstag an der Grundschule, Aula', '2026-12-15')
		);
		expect(await getNewsItem(setup.db, id)).toMatchObject({
			status: 'submitted',
			declineReason: null,
			title: 'Sicherheitstag an der Grundschule, Aula'
		});
	});

	it('let a partner change only the submissions of their own organization', async () => {
		const { id } = await submitEvent(setup.db, event('Elternabend Medienkompetenz', '2026-12-18'), {
			authorId: teacher.id,
			organizationId: schoolId,
			now
		});
		expect(await access(teacher, id)).toBe(id);
		expect(await access(officer, id)).toBe(403);
		expect(await access(officer, 999_999)).toBe(404);
		expect(await access(officer, 'abc')).toBe(404);

		await expect(
			updateSubmission(setup.db, { id, organizationId: policeId }, event('Übernommen vom Revier', '2026-12-18'))
		).rejects.toBeInstanceOf(NewsStateError);
		expect((await getNewsItem(setup.db, id))?.title).toBe('Elternabend Medienkompetenz');
		expect((await listOrganizationEvents(setup.db, [policeId])).map((e) => e.id)).not.toContain(id);
		expect((await listOrganizationEvents(setup.db, [schoolId])).map((e) => e.id)).toContain(id);
	});

	it('refuse the coordination on the partners’ submission pages', async () => {
		const { id } = await submitEvent(setup.db, event('Lesung in der Bibliothek', '2026-12-19'), {
			authorId: teacher.id,
			organizationId: schoolId,
			now
		});
		await setup.db
			.updateTable('users')
			.set({ totp_enabled_at: now.toISOString() })
			.where('id', '=', coordinatorId)
			.execute();
		const { token } = await createSession(setup.db, coordinatorId, { twoFactorVerified: true });
		const coordinator = {
			event: {
				locals: (await validateSessionToken(setup.db, token))!,
				url: new URL(`${origin}/intern/veranstaltungen`)
			}
		};
		expect(await access(coordinator, id)).toBe(403);
	});

	it('filter the public list by kind and time, upcoming events soonest first', async () => {
		const later = new Date('2026-12-10T00:00:00Z');
		const past = await publishEvent('Stadtteilspaziergang Pethau', '2026-12-03');
		const soon = await publishEvent('Info-Abend Schockanruf', '2026-12-20');
		const list = (kind: 'event' | 'press_release' | null, time: 'upcoming' | 'past' | null) =>
			listPublishedNews(setup.db, { kind, time, page: 1 }, later).then((r) => r.items.map((i) => i.slug));

		const upcoming = await list(null, 'upcoming');
		expect(upcoming).toContain(soon.slug);
		expect(upcoming).not.toContain(past.slug);
		expect(upcoming.indexOf('schulfest-mit-verkehrsquiz')).toBeLessThan(upcoming.indexOf(soon.slug));
		expect(await list('event', 'past')).toEqual([past.slug]);
		const pressReleases = await list('press_release', 'upcoming');
		expect(pressReleases).toContain('neue-broschuere-erschienen');
		expect(pressReleases).not.toContain(soon.slug);
	});

	it('show the next event first in the unfiltered list, then the rest newest first', async () => {
		const later = new Date('2026-12-10T00:00:00Z');
		const far = await publishEvent('Präventionstag im Frühjahr', '2027-03-20');
		const next = await publishEvent('Kaffeeklatsch mit dem Bürgerpolizisten', '2026-12-11');
		const done = await publishEvent('Fahrradcodierung am Markt', '2026-12-04');
		const slugs = (await listPublishedNews(setup.db, { kind: null, time: null, page: 1 }, later)).items.map(
			(i) => i.slug
		);

		expect(slugs[0]).toBe(next.slug);
		expect(slugs.indexOf(next.slug)).toBeLessThan(slugs.indexOf(far.slug));
		expect(slugs.indexOf(far.slug)).toBeLessThan(slugs.indexOf(done.slug));
	});

	it('page through a long list', async () => {
		for (let i = 1; i <= 11; i++) {
			await createNewsItem(setup.db, pressRelease(`Meldung Nummer ${i}`), {
				authorId: coordinatorId,
				publish: true,
				now: new Date(Date.UTC(2026, 10, i))
			});
		}
		const first = await listPublishedNews(setup.db, { kind: 'press_release', time: null, page: 1 });
		const second = await listPublishedNews(setup.db, { kind: 'press_release', time: null, page: 2 });
		expect(first.items).toHaveLength(10);
		expect(first.totalPages).toBe(2);
		expect(second.items.length).toBeGreaterThan(0);
		expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(
			first.items.length + second.items.length
		);
	});
});
