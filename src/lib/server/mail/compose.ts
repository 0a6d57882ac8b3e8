/** What a template produces; the caller adds the recipient. */
export interface MailContent {
	subject: string;
	text: string;
	html: string;
}

/** A paragraph of the mail body, or a link shown on its own line (and as a button-like link in HTML). */
export type MailBlock = string | { link: string; label: string };

const NO_REPLY = 'Diese E-Mail wurde automatisch versandt. Bitte antworten Sie nicht darauf.';

/**
 * Builds the plain text and the HTML version of one mail from the same blocks, so both say the same.
 * The footer asks not to reply unless the mail carries a Reply-To worth answering.
 */
export function composeMail(subject: string, blocks: MailBlock[], siteName: string, footer = NO_REPLY): MailContent {
	const body: MailBlock[] = ['Guten Tag,', ...blocks, `Mit freundlichen Grüßen\n${siteName}`];
	const text = [...body.map(blockToText), `-- \n${footer}`].join('\n\n') + '\n';
	const html = [
		'<!doctype html>',
		`<html lang="de"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
		'<body style="font-family: sans-serif; line-height: 1.5; max-width: 40em;">',
		...body.map(blockToHtml),
		`<p style="color: #555; font-size: 0.9em;">${escapeHtml(footer)}</p>`,
		'</body></html>'
	].join('\n');
	return { subject, text, html };
}

function blockToText(block: MailBlock): string {
	return typeof block === 'string' ? block : block.link;
}

function blockToHtml(block: MailBlock): string {
	if (typeof block === 'string') return `<p>${escapeHtml(block).replace(/\n/g, '<br>')}</p>`;
	const href = escapeHtml(block.link);
	return `<p><a href="${href}">${escapeHtml(block.label)}</a><br><small>${href}</small></p>`;
}

function escapeHtml(value: string): string {
	return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const dateTimeFormat = new Intl.DateTimeFormat('de-DE', {
	dateStyle: 'long',
	timeStyle: 'short',
	timeZone: 'Europe/Berlin'
});
const dateFormat = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' });

/** "25. November 2026 um 14:30 Uhr" in Zittau's time zone, whatever the server's is. */
export function formatDateTime(date: Date): string {
	return `${dateTimeFormat.format(date)} Uhr`;
}

export function formatDate(date: Date): string {
	return dateFormat.format(date);
}
