import { mailTemplate } from '../mail/template';

/** To the partner who submitted an event the coordination declined, with the coordinator's reason. */
export const eventDeclinedMail = mailTemplate((input: { title: string; reason: string; link: string }) => ({
	subject: `Ihre Veranstaltung wurde nicht veröffentlicht: ${input.title}`,
	blocks: [
		`vielen Dank für Ihre Veranstaltung „${input.title}“. Die Koordinierungsstelle hat sie nicht veröffentlicht.`,
		`Die Koordinierungsstelle schreibt dazu:\n${input.reason}`,
		'Sie können die Angaben überarbeiten und die Veranstaltung erneut einreichen:',
		{ link: input.link, label: 'Veranstaltung bearbeiten' }
	]
}));
