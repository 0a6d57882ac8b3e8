// Kept apart from rate-limit.ts, which the command-line scripts load outside of Vite.
import { m } from '$lib/paraglide/messages';

const MINUTE_MS = 60 * 1000;

/** "Zu viele Versuche. Bitte versuchen Sie es in 15 Minuten erneut." — rounded up to whole minutes. */
export function retryMessage(retryAfterMs: number): string {
	const minutes = Math.max(1, Math.ceil(retryAfterMs / MINUTE_MS));
	return minutes === 1 ? m.auth_error_too_many_one_minute() : m.auth_error_too_many_minutes({ minutes });
}
