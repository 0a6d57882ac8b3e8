// Web addresses: http(s) with a host that has a dot. What people type without a scheme ("www.x.de")
// is completed to https://.

/** The address, completed with https:// when it has no scheme; undefined when it is no web address. */
export function parseWebAddress(raw: string): string | undefined {
	const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`;
	if (/\s/.test(withScheme) || !URL.canParse(withScheme)) return undefined;
	const url = new URL(withScheme);
	return (url.protocol === 'https:' || url.protocol === 'http:') && isDottedHost(url.hostname)
		? withScheme
		: undefined;
}

/** Exactly an http:// or https:// address (nothing completed), as a public form asks for it. */
export function isWebAddress(raw: string, { httpsOnly = false } = {}): boolean {
	const schemes = httpsOnly ? ['https:'] : ['https:', 'http:'];
	if (/\s/.test(raw) || !URL.canParse(raw)) return false;
	const url = new URL(raw);
	return (
		schemes.includes(url.protocol) &&
		raw.toLowerCase().startsWith(`${url.protocol}//`) &&
		isDottedHost(url.hostname)
	);
}

function isDottedHost(hostname: string): boolean {
	return /^[^.]+(\.[^.]+)+$/.test(hostname);
}
