// Where partners and the coordination office work after signing in: German only, and on a desk more
// often than on a phone.
const SIGNED_IN_AREAS = ['/intern', '/koordination', '/konto'];

/** True for a (German) path inside one of the signed-in areas. */
export function isSignedInArea(path: string): boolean {
	return SIGNED_IN_AREAS.some((area) => path === area || path.startsWith(`${area}/`));
}
