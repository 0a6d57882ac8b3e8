// vCard (RFC 6350) and iCalendar (RFC 5545) share the content-line format: CRLF line ends and lines
// folded at 75 octets.

export const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/** Lines longer than 75 octets continue on lines starting with a space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
	const encoder = new TextEncoder();
	const out: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		if (octets + size > MAX_LINE_OCTETS) {
			out.push(current);
			current = ' ';
			octets = 1;
		}
		current += char;
		octets += size;
	}
	out.push(current);
	return out.join(CRLF);
}

/** TEXT values (RFC 2426 and RFC 5545 alike): backslash, comma, semicolon and line breaks are escaped. */
export function escapeText(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/,/g, '\\,')
		.replace(/;/g, '\\;')
		.replace(/\r\n|\r|\n/g, '\\n');
}
