import { KeyedLimiter } from '../auth/rate-limit';

const HOUR_MS = 60 * 60 * 1000;

/**
 * Applications per client address: a few an hour is plenty for a person and keeps a bot from
 * filling the coordinator's list or using the confirmation mail to flood strangers.
 */
export function createApplicationLimiter(clock: () => number = Date.now): KeyedLimiter {
	return new KeyedLimiter({ limit: 10, windowMs: HOUR_MS, blockMs: HOUR_MS, clock });
}

export const applicationLimiter = createApplicationLimiter();
