import { KeyedLimiter } from './auth/rate-limit';

// What every form citizens send without an account (/partner-werden, /kontakt) does before it reads
// the input: a rate limit per client address and a honeypot field.

const HOUR_MS = 60 * 60 * 1000;

/** The hidden field's name; a plausible one, so that bots fill it in. */
export const HONEYPOT_FIELD = 'homepage';

/** Bots fill every field; people never see this one. */
export function isSpam(form: FormData): boolean {
	return String(form.get(HONEYPOT_FIELD) ?? '') !== '';
}

/**
 * Posts per client address: a few an hour is plenty for a person and keeps a bot from filling the
 * coordinator's lists or using the portal's mails to flood strangers.
 */
export function createPublicFormLimiter(clock: () => number = Date.now): KeyedLimiter {
	return new KeyedLimiter({ limit: 10, windowMs: HOUR_MS, blockMs: HOUR_MS, clock });
}

export type Screening = { kind: 'pass' } | { kind: 'spam' } | { kind: 'throttled'; retryAfterMs: number };

/**
 * Every post counts against the address's limit, valid or not. A post with the honeypot filled is
 * spam: callers answer it exactly like a stored one, so a bot learns nothing, but keep nothing.
 */
export function screenPublicForm(form: FormData, ip: string, limiter: KeyedLimiter): Screening {
	const retryAfterMs = limiter.retryAfter(ip);
	if (retryAfterMs > 0) return { kind: 'throttled', retryAfterMs };
	limiter.hit(ip);
	return isSpam(form) ? { kind: 'spam' } : { kind: 'pass' };
}
