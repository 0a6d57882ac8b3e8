import { readConfig } from '../config';
import { composeMail, type MailContent } from '../mail/compose';

/** To the partner who submitted an event the coordination declined, with the coordinator's reason. */
export function eventDeclinedMail(
	input: { title: string; reason: string; link: string },
	siteName = readConfig().siteName
): MailContent {
	return composeMail(
		`Ihre Veranstaltung wurde nicht veröffentlicht: ${input.title}`,
		[
			`vielen Dank für Ihre Veranstaltung „${input.title}“. Die Koordinierungsstelle hat sie nicht veröffentlicht.`,
			`Die Koordinierungsstelle schreibt dazu:\n${input.reason}`,
			'Sie können die Angaben überarbeiten und die Veranstaltung erneut einreichen:',
			{ link: input.link, label: 'Veranstaltung bearbeiten' }
		],
		siteName
	);
}
