import { beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/lib/server/auth/users';
import type { ContactLocale } from '../../src/lib/server/db/tables/contact';
import { readConfig } from '../../src/lib/server/config';
import { deliverMessage, deliverPendingMessages } from '../../src/lib/server/contact/delivery';
import { deleteMessage, getInboxMessage, listInbox, saveNote, setHandled } from '../../src/lib/server/contact/inbox';
import { receiveContactMessage } from '../../src/lib/server/contact/intake';
import { countExpiredMessages, deleteExpiredMessages } from '../../src/lib/server/contact/retention';
import { findLinks } from '../../src/lib/server/mail/links';
import { createMailer, type Mailer } from '../../src/lib/server/mail/mailer';
import { useMailTest } from '../helpers/mail-test';
import { createPublicFormLimiter } from '../../src/lib/server/public-form-guard';
import { freePort } from '../../search/meili-process';
import { startTestSmtpServer } from '../helpers/smtp';
import { useCoordinatorDatabase } from '../helpers/coordinator-database';
import { formData } from '../helpers/form-data';

const origin = 'http://portal.test';
const KPR = 'kpr@zittau.example';
const mailFrom = 'KPR-Portal <noreply@localhost>';

function contactForm(overrides: Record<string, string> = {}): FormData {
	return formData({
		topic: 'beratung',
		message: 'Unser Elternrat möchte einen Abend zu Cybermobbing anbieten. Wer kann referieren?',
		name: 'Erika Elternrat',
		email: 'elternrat@schule.example',
		phone: '03583 123456',
		reply: 'on',
		homepage: '',
		...overrides
	});
}

describe('messages through the contact form', () => {
	const setup = useMailTest(mailFrom);

	beforeAll(async () => {
		await createUser(setup.db, {
			email: 'koordination@zittau.example',
			name: 'Katrin Koordinatorin',
			role: 'coordinator'
		});
	});

	const receive = (
		form: FormData,
		{ ip = '192.0.2.1', limiter = createPublicFormLimiter(), locale = 'de' as ContactLocale } = {}
	) => receiveContactMessage(setup.db, form, { form: 'kontakt', ip, locale, limiter });
	const deliver = (through: Mailer = setup.mailer) =>
		deliverPendingMessages(setup.db, { origin, mailer: through, to: KPR });
	const countMessages = async () =>
		Number(
			(
				await setup.db
					.selectFrom('contact_messages')
					.select((eb) => eb.fn.countAll().as('n'))
					.executeTakeFirstOrThrow()
			).n
		);

	it('are stored with the language they were sent in, then mailed to the KPR address with Reply-To and a link to the inbox entry', async () => {
		const result = await receive(contactForm(), { locale: 'pl' });
		if (result.kind !== 'received' || result.id === null) throw new Error(`not stored: ${JSON.stringify(result)}`);
		expect(result.reference).toMatch(/^KPR-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
		expect(await getInboxMessage(setup.db, result.id)).toMatchObject({
			locale: 'pl',
			status: 'open',
			delivery: 'pending',
			wantsReply: true
		});

		expect(await deliver()).toEqual({ sent: 1, failed: 0 });
		const mail = await setup.smtp.waitForMail((m) => m.to.includes(KPR) && m.subject.includes(result.reference));
		expect(mail.subject).toBe(`Neue Nachricht: Präventionsprojekt/Beratung (${result.reference})`);
		expect(mail.raw).toMatch(/^Reply-To: elternrat@schule\.example\r?$/m);
		expect(mail.text).toContain('Nachricht:\nUnser Elternrat möchte einen Abend zu Cybermobbing anbieten.');
		expect(mail.text).toContain('Sprache des Formulars: Polnisch');
		expect(findLinks(mail.text)).toEqual([`${origin}/koordination/postfach/${result.id}`]);
		// Name, phone number and address stay in the portal; the address only as Reply-To.
		expect(mail.text).not.toContain('Erika Elternrat');
		expect(mail.text).not.toContain('123456');
		expect(mail.text).not.toContain('elternrat@schule.example');
		expect(await getInboxMessage(setup.db, result.id)).toMatchObject({ delivery: 'sent', deliveryAttempts: 1 });
	});

	it('stay stored and are shown as not delivered while SMTP is down, and go out once it is back', async () => {
		const port = await freePort();
		const closed = createMailer(
			{ smtpUrl: `smtp://127.0.0.1:${port}`, mailFrom, mailDir: '/nonexistent' },
			{ timeoutMs: 2_000 }
		);
		const first = await receive(
			contactForm({ message: 'Erste Nachricht während der Störung des Mailservers.', email: '', reply: '' })
		);
		if (first.kind !== 'received' || first.id === null) throw new Error('not stored');

		expect(await deliver(closed)).toEqual({ sent: 0, failed: 1 });
		const failed = await getInboxMessage(setup.db, first.id);
		expect(failed).toMatchObject({
			delivery: 'failed',
			deliveryAttempts: 1,
			message: 'Erste Nachricht während der Störung des Mailservers.'
		});
		expect(failed?.deliveryError).toMatch(/ECONNREFUSED|connect/i);
		const inbox = await listInbox(setup.db, { filter: 'open', page: 1 });
		expect(inbox.entries.find((e) => e.id === first.id)?.delivery).toBe('failed');
		// The button „Erneut senden“ while SMTP is still down: still stored, still not delivered.
		expect(await deliverMessage(setup.db, first.id, { origin, mailer: closed, to: KPR })).toBe('failed');

		const back = await startTestSmtpServer({ port });
		try {
			const second = await receive(contactForm({ message: 'Zweite Nachricht, als der Mailserver wieder lief.' }));
			if (second.kind !== 'received' || second.id === null) throw new Error('not stored');
			// The pass after the new message delivers it and the one that failed before.
			expect(await deliver(closed)).toEqual({ sent: 2, failed: 0 });
			const retried = await back.waitForMail((m) => m.text.includes('Erste Nachricht während der Störung'));
			expect(retried.to).toEqual([KPR]);
			expect(retried.raw).not.toMatch(/^Reply-To:/m);
			expect(retried.text).toContain('Es wurde keine E-Mail-Adresse angegeben.');
			await back.waitForMail((m) => m.text.includes('Zweite Nachricht'));
			expect(await getInboxMessage(setup.db, first.id)).toMatchObject({
				delivery: 'sent',
				deliveryAttempts: 3,
				deliveryError: null
			});
		} finally {
			await back.stop();
		}
	});

	it('answer a bot that filled the hidden field with a reference, but store and mail nothing', async () => {
		const before = await countMessages();
		const mails = setup.smtp.messages.length;
		const result = await receive(
			contactForm({ homepage: 'https://spam.example', message: 'Günstige Kredite ohne Schufa!!!' })
		);
		expect(result).toMatchObject({ kind: 'received', id: null, reference: expect.stringMatching(/^KPR-/) });
		expect(await countMessages()).toBe(before);
		expect(await deliver()).toEqual({ sent: 0, failed: 0 });
		expect(setup.smtp.messages.length).toBe(mails);
	});

	it('refuse an address after ten posts in an hour, keeping the input, while another address may still write', async () => {
		const limiter = createPublicFormLimiter();
		const invalid = contactForm({ message: 'kurz' });
		for (let i = 0; i < 10; i += 1)
			expect((await receive(invalid, { ip: '198.51.100.7', limiter })).kind).toBe('invalid');
		const before = await countMessages();
		const throttled = await receive(contactForm(), { ip: '198.51.100.7', limiter });
		expect(throttled).toMatchObject({ kind: 'throttled', values: { topic: 'beratung', name: 'Erika Elternrat' } });
		expect(await countMessages()).toBe(before);
		expect((await receive(contactForm(), { ip: '198.51.100.8', limiter })).kind).toBe('received');
	});

	it('store nothing when the input is wrong and say what to fix', async () => {
		const before = await countMessages();
		const result = await receive(contactForm({ topic: '', email: '', reply: 'on' }));
		expect(result).toMatchObject({
			kind: 'invalid',
			values: { name: 'Erika Elternrat', wantsReply: true },
			errors: {
				topic: 'Bitte wählen Sie ein Thema aus.',
				email: expect.stringContaining('brauchen wir Ihre E-Mail-Adresse')
			}
		});
		expect(await countMessages()).toBe(before);
	});
	it('are not mailed any more once the coordinator handled them in the inbox', async () => {
		const { id } = await setup.db
			.insertInto('contact_messages')
			.values({
				reference: 'KPR-HAND-2222',
				topic: 'presse',
				message: 'Schon telefonisch beantwortet.',
				locale: 'de',
				status: 'handled',
				handled_at: new Date().toISOString()
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		// The pass still delivers the open message the rate-limit test left behind.
		expect(await deliver()).toEqual({ sent: 1, failed: 0 });
		expect(setup.smtp.messages.some((m) => m.text.includes('Schon telefonisch beantwortet.'))).toBe(false);
		expect(await getInboxMessage(setup.db, id)).toMatchObject({ delivery: 'pending', deliveryAttempts: 0 });
	});
});

describe('the coordinator’s inbox', () => {
	const portal = useCoordinatorDatabase('Katrin Koordinatorin');
	// Numbered, not random: two random references can meet, and the column is unique.
	let inserted = 0;

	async function insert(
		count: number,
		fields: { status?: 'open' | 'handled'; handled_at?: string } = {}
	): Promise<number[]> {
		const rows = await portal.db
			.insertInto('contact_messages')
			.values(
				Array.from({ length: count }, (_, i) => ({
					reference: `KPR-TEST-${++inserted}`,
					topic: 'allgemein' as const,
					message: `Nachricht Nummer ${i + 1}`,
					locale: 'de' as const,
					...fields
				}))
			)
			.returning('id')
			.execute();
		return rows.map((r) => r.id);
	}

	it('lists open messages newest first, twenty a page', async () => {
		const ids = await insert(25);
		const first = await listInbox(portal.db, { filter: 'open', page: 1 });
		expect(first).toMatchObject({ page: 1, totalPages: 2, counts: { open: 25, handled: 0 } });
		expect(first.entries.map((e) => e.id)).toEqual(ids.slice(5).reverse());
		const second = await listInbox(portal.db, { filter: 'open', page: 9 });
		expect(second.page).toBe(2);
		expect(second.entries.map((e) => e.id)).toEqual(ids.slice(0, 5).reverse());
	});

	it('marks a message handled by the coordinator and opens it again, keeping a note', async () => {
		const [id] = await insert(1);
		expect(await setHandled(portal.db, { id, handled: true, coordinatorId: portal.coordinatorId })).toBe(true);
		expect(await saveNote(portal.db, id, 'Rückruf am Montag vereinbart.')).toBe(true);
		expect(await getInboxMessage(portal.db, id)).toMatchObject({
			status: 'handled',
			handledByName: 'Katrin Koordinatorin',
			note: 'Rückruf am Montag vereinbart.'
		});
		const handled = await listInbox(portal.db, { filter: 'handled', page: 1 });
		expect(handled.entries.map((e) => e.id)).toEqual([id]);
		expect((await listInbox(portal.db, { filter: 'open', page: 1 })).entries.some((e) => e.id === id)).toBe(false);

		await setHandled(portal.db, { id, handled: false, coordinatorId: portal.coordinatorId });
		expect(await getInboxMessage(portal.db, id)).toMatchObject({
			status: 'open',
			handledAt: null,
			handledByName: null
		});
		expect(await setHandled(portal.db, { id: 999_999, handled: true, coordinatorId: portal.coordinatorId })).toBe(
			false
		);
	});

	it('deletes a message for good', async () => {
		const [id] = await insert(1);
		expect(await deleteMessage(portal.db, id)).toBe(true);
		expect(await getInboxMessage(portal.db, id)).toBeNull();
		expect(await deleteMessage(portal.db, id)).toBe(false);
	});

	it('deletes handled messages once the retention period after their handling is over, and only those', async () => {
		const now = new Date('2026-12-01T12:00:00Z');
		const [expired] = await insert(1, { status: 'handled', handled_at: '2025-11-30T12:00:00.000Z' });
		const [recent] = await insert(1, { status: 'handled', handled_at: '2026-01-15T12:00:00.000Z' });
		const [openOld] = await insert(1);
		await portal.db
			.updateTable('contact_messages')
			.set({ created_at: '2024-01-01T00:00:00.000Z' })
			.where('id', '=', openOld)
			.execute();

		expect(await countExpiredMessages(portal.db, { now, months: 12 })).toBe(1);
		expect(await deleteExpiredMessages(portal.db, { now, months: 12 })).toBe(1);
		expect(await getInboxMessage(portal.db, expired)).toBeNull();
		expect(await getInboxMessage(portal.db, recent)).not.toBeNull();
		expect(await getInboxMessage(portal.db, openOld)).not.toBeNull();
	});
});

describe('contact configuration', () => {
	it('mails to the demo coordinator unless CONTACT_EMAIL is set, and keeps handled messages 12 months', () => {
		expect(readConfig({})).toMatchObject({ contactEmail: 'koordination@example.org', contactRetentionMonths: 12 });
		expect(readConfig({ CONTACT_EMAIL: 'KPR@zittau.de', CONTACT_RETENTION_MONTHS: '6' })).toMatchObject({
			contactEmail: 'KPR@zittau.de',
			contactRetentionMonths: 6
		});
		expect(() => readConfig({ CONTACT_EMAIL: 'kein-format' })).toThrow(/CONTACT_EMAIL/);
	});
});
