import type { Kysely } from 'kysely';
import type { KeyedLimiter } from '../auth/rate-limit';
import type { Database } from '../db/schema';
import type { Mailer } from '../mail/mailer';
import { screenPublicForm } from '../public-form-guard';
import { parseApplicationForm, type ApplicationErrors, type ApplicationValues } from './application-form';
import { applicationLimiter } from './rate-limit';
import { submitApplication } from './applications';

export type IntakeResult =
	| { kind: 'received' }
	| { kind: 'invalid'; values: ApplicationValues; errors: ApplicationErrors }
	| { kind: 'throttled'; retryAfterMs: number };

export interface IntakeOptions {
	/** The client address (adapter-node's getClientAddress). */
	ip: string;
	limiter?: KeyedLimiter;
	mailer?: Mailer;
}

/**
 * What /partner-werden does with a post. A filled honeypot answers exactly like a stored
 * application, but nothing is stored or mailed (see screenPublicForm).
 */
export async function receiveApplication(
	db: Kysely<Database>,
	form: FormData,
	{ ip, limiter = applicationLimiter, mailer }: IntakeOptions
): Promise<IntakeResult> {
	const screening = screenPublicForm(form, ip, limiter);
	if (screening.kind === 'throttled') return screening;
	if (screening.kind === 'spam') return { kind: 'received' };
	const parsed = parseApplicationForm(form);
	if (!parsed.ok) return { kind: 'invalid', values: parsed.values, errors: parsed.errors };
	await submitApplication(db, parsed.values, { mailer });
	return { kind: 'received' };
}
