import { beforeAll, describe, expect, it } from 'vitest';
import { createUser, disableUser } from '../../src/lib/server/auth/users';
import { writeTransaction } from '../../src/lib/server/db/transaction';
import { findLinks } from '../../src/lib/server/mail/links';
import { createMailer, type Mailer } from '../../src/lib/server/mail/mailer';
import { useMailTest } from '../helpers/mail-test';
import { deliverImmediateNotifications, sendDailyDigests } from '../../src/lib/server/notifications/delivery';
import { setNotificationMode } from '../../src/lib/server/notifications/preference';
import { queueNotifications, type Notice } from '../../src/lib/server/notifications/queue';
import { findUnsubscribeAccount, unsubscribe, UNSUBSCRIBE_PATH } from '../../src/lib/server/notifications/unsubscribe';

const origin = 'http://portal.test';
const password = 'ein-langes-passwort-2026';
const notice = (subject: string): Notice => ({
	subject,
	body: 'Die Oberschule sucht Partner für eine Medienwoche.',
	link: `${origin}/projekte/1`,
	linkLabel: 'Vorschlag ansehen'
});

describe('notifications', () => {
	const setup = useMailTest();
	let options: { mailer: Mailer; origin: string; siteName: string };
	const users = { sofort: 0, taeglich: 0, aus: 0, gesperrt: 0 };

	beforeAll(async () => {
		options = { mailer: setup.mailer, origin, siteName: 'KPR Test' };
		for (const key of Object.keys(users) as (keyof typeof users)[]) {
			users[key] = await createUser(setup.db, {
				email: `${key}@example.org`,
				name: key,
				role: 'partner',
				password
			});
		}
		await setNotificationMode(setup.db, users.taeglich, 'daily');
		await setNotificationMode(setup.db, users.aus, 'off');
		await disableUser(setup.db, users.gesperrt);
	});

	it('mails "immediate" people at once, saves "daily" people for the digest and skips "off" and disabled accounts', async () => {
		const queued = await writeTransaction(setup.db, (trx) =>
			queueNotifications(trx, Object.values(users), notice('Neuer Projektvorschlag: Medienwoche'))
		);
		expect(queued).toBe(2);
		expect(await deliverImmediateNotifications(setup.db, options)).toEqual({ sent: 1, failed: 0 });
		const mail = await setup.smtp.waitForMail((m) => m.to.includes('sofort@example.org'));
		expect(mail.subject).toBe('Neuer Projektvorschlag: Medienwoche');
		expect(mail.text).toContain(`${origin}/projekte/1`);
		expect(setup.smtp.messages.some((m) => m.to.includes('taeglich@example.org'))).toBe(false);
	});

	it('sends one daily digest with every queued item, once', async () => {
		await writeTransaction(setup.db, (trx) =>
			queueNotifications(trx, [users.taeglich], notice('Neuer Termin: AG Sicherheit'))
		);
		expect(await sendDailyDigests(setup.db, options)).toEqual({ sent: 1, failed: 0 });
		const digest = await setup.smtp.waitForMail((m) => m.to.includes('taeglich@example.org'));
		expect(digest.subject).toBe('Neues im Partnernetzwerk: 2 Nachrichten');
		expect(digest.text).toContain('Medienwoche');
		expect(digest.text).toContain('AG Sicherheit');
		expect(await sendDailyDigests(setup.db, options)).toEqual({ sent: 0, failed: 0 });
	});

	it('keeps a notification queued while the mail server is down and sends it on the next run', async () => {
		const down = createMailer(
			{ smtpUrl: 'smtp://127.0.0.1:9', mailFrom: 'KPR <noreply@localhost>', mailDir: '/nonexistent' },
			{ timeoutMs: 1_000 }
		);
		await writeTransaction(setup.db, (trx) => queueNotifications(trx, [users.sofort], notice('Neue Mitteilung')));
		expect(await deliverImmediateNotifications(setup.db, { ...options, mailer: down })).toEqual({
			sent: 0,
			failed: 1
		});
		expect(await deliverImmediateNotifications(setup.db, options)).toEqual({ sent: 1, failed: 0 });
		await setup.smtp.waitForMail((m) => m.subject === 'Neue Mitteilung');
	});

	it('the unsubscribe link in a mail switches notifications off and drops what is still queued', async () => {
		const mail = setup.smtp.messages.find((m) => m.to.includes('sofort@example.org'))!;
		const link = findLinks(mail.text).find((l) => l.includes(UNSUBSCRIBE_PATH))!;
		const token = decodeURIComponent(link.split('/').pop()!);
		expect(await findUnsubscribeAccount(setup.db, token)).toEqual({
			email: 'sofort@example.org',
			mode: 'immediate'
		});
		await writeTransaction(setup.db, (trx) => queueNotifications(trx, [users.sofort], notice('Noch eine')));
		expect(await unsubscribe(setup.db, token)).toBe(true);
		expect(await deliverImmediateNotifications(setup.db, options)).toEqual({ sent: 0, failed: 0 });
		expect(await findUnsubscribeAccount(setup.db, token)).toMatchObject({ mode: 'off' });
		expect(await unsubscribe(setup.db, 'falsch')).toBe(false);
	});
});
