import { formatDateTime, type MailContent } from '../mail/compose';
import { mailTemplate } from '../mail/template';
import type { Mailer } from '../mail/mailer';

// Notices to the account's own address after its credentials changed (ASVS 5.0 V6.3.7): whoever did
// not make the change learns of it and can turn to the coordination.

const NOT_YOU =
	'Falls Sie das nicht selbst waren, wenden Sie sich bitte sofort an die Koordinierungsstelle des Präventionsrats.';

export const emailChangedNoticeMail = mailTemplate((input: { newEmail: string; changedAt: Date }) => ({
	subject: 'Die E-Mail-Adresse Ihres Kontos wurde geändert',
	blocks: [
		`die E-Mail-Adresse Ihres Kontos im Partnernetzwerk wurde am ${formatDateTime(input.changedAt)} auf ${input.newEmail} geändert. Diese Adresse hier gilt für die Anmeldung nicht mehr.`,
		NOT_YOU
	]
}));

export const passwordChangedNoticeMail = mailTemplate((input: { changedAt: Date }) => ({
	subject: 'Das Passwort Ihres Kontos wurde geändert',
	blocks: [
		`das Passwort Ihres Kontos im Partnernetzwerk wurde am ${formatDateTime(input.changedAt)} geändert. Alle anderen Anmeldungen wurden dabei beendet.`,
		NOT_YOU
	]
}));

/**
 * Sends a notice after the change is already stored: a mail server that is down must not undo it
 * or turn it into an error page, so a failure is logged instead.
 */
export async function sendNotice(mailer: Mailer, to: string, content: MailContent): Promise<void> {
	try {
		await mailer.send({ to, ...content });
	} catch (error) {
		console.error(`[mail] notice „${content.subject}“ could not be sent`, error);
	}
}
