import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ContactLocale, ContactTopic } from '../db/tables/contact';
import { writeTransaction } from '../db/transaction';
import type { ContactValues } from './contact-form';
import { createReference } from './reference';

export interface StoredMessage {
	id: number;
	reference: string;
}

const ATTEMPTS = 3;

/**
 * Stores a citizen's message in one transaction, before any mail is tried: what was sent is never
 * lost to a mail failure. A reference that happens to exist already is drawn again.
 */
export async function storeContactMessage(
	db: Kysely<Database>,
	values: ContactValues & { topic: ContactTopic },
	locale: ContactLocale
): Promise<StoredMessage> {
	for (let attempt = 1; ; attempt++) {
		const reference = createReference();
		try {
			return await writeTransaction(db, (trx) =>
				trx
					.insertInto('contact_messages')
					.values({
						reference,
						topic: values.topic,
						message: values.message,
						page: values.page || null,
						name: values.name || null,
						email: values.email || null,
						phone: values.phone || null,
						wants_reply: values.wantsReply ? 1 : 0,
						locale
					})
					.returning(['id', 'reference'])
					.executeTakeFirstOrThrow()
			);
		} catch (error) {
			if (attempt >= ATTEMPTS || !isReferenceTaken(error)) throw error;
		}
	}
}

function isReferenceTaken(error: unknown): boolean {
	return error instanceof Error && /UNIQUE constraint failed: contact_messages\.reference/.test(error.message);
}
