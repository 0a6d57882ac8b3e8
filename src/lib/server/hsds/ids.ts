import { v5 as uuidv5 } from 'uuid';

// Only organizations store a UUID (migration 2026_12_02_1200). Every other HSDS record gets a
// name-based UUID (v5) derived from its organization and a key that survives profile saves, which
// rewrite child rows. Vocabulary ids derive from a fixed namespace, so they are the same in every
// installation of the portal and survive an export → import round trip.
const PORTAL_NAMESPACE = '6f1c1c9e-3b8a-5d64-9a5e-0c2f7d1b4a10';

export const taxonomyUuid = (taxonomy: string) => uuidv5(`taxonomy:${taxonomy}`, PORTAL_NAMESPACE);

export const termUuid = (taxonomy: string, code: string) =>
	uuidv5(`taxonomy_term:${taxonomy}:${code}`, PORTAL_NAMESPACE);

/** A child record of an organization: `service`, `location:0`, `phone:1`, `service_area:Mitte` … */
export const childUuid = (parentUuid: string, key: string) => uuidv5(key, parentUuid);
