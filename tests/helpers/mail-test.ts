import { afterAll, beforeAll } from 'vitest';
import { createMailer, type Mailer } from '../../src/lib/server/mail/mailer';
import { startTestSmtpServer, type TestSmtpServer } from './smtp';
import { createTestDatabase, type TestDatabase } from './test-env';

// The set-up of a suite that sends mail: a migrated database, a real SMTP server and a mailer that
// delivers to it. The mailer's folder is never written: it is only the fallback while SMTP is down.

export interface MailTest {
	db: TestDatabase['db'];
	smtp: TestSmtpServer;
	mailer: Mailer;
}

/**
 * Registers the suite's beforeAll and afterAll. Call it before the suite's own hooks, which then find
 * the database ready; the fields are filled once beforeAll has run (`const setup = useMailTest()`).
 */
export function useMailTest(mailFrom = 'KPR <noreply@localhost>'): MailTest {
	const setup = {} as MailTest;
	let database: TestDatabase | undefined;
	beforeAll(async () => {
		database = await createTestDatabase();
		setup.db = database.db;
		setup.smtp = await startTestSmtpServer();
		setup.mailer = createMailer({ smtpUrl: setup.smtp.url, mailFrom, mailDir: '/nonexistent' });
	});
	afterAll(async () => {
		await setup.smtp?.stop();
		await database?.cleanup();
	});
	return setup;
}
