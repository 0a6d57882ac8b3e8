import { readConfig } from '../config';
import { composeMail, type MailBlock, type MailContent } from '../mail/compose';

export interface IntroductionMailInput {
	/** Whether the mail goes to the proposal's authors or to the partner introduced to them. */
	side: 'author' | 'partner';
	proposal: { title: string; summary: string; lookingFor: string; link: string };
	/** The organization on the other side of the introduction, and how to reach its people. */
	other: { name: string; emails: string[] };
	coordinatorName: string;
	note: string | null;
}

/** The coordinator's introduction of a partner to a proposal's authors, one version for each side. */
export function introductionMail(input: IntroductionMailInput, siteName = readConfig().siteName): MailContent {
	const { proposal, other } = input;
	const subject =
		input.side === 'author'
			? `Vorstellung: ${other.name} für Ihr Vorhaben „${proposal.title}“`
			: `Vorstellung: das Vorhaben „${proposal.title}“ von ${other.name}`;
	const opening =
		input.side === 'author'
			? `die Koordinierungsstelle des Präventionsrats möchte Ihnen für Ihr Vorhaben „${proposal.title}“ eine Partnerorganisation vorstellen: ${other.name}.`
			: `die Koordinierungsstelle des Präventionsrats möchte Ihnen das Vorhaben „${proposal.title}“ von ${other.name} vorstellen. Wir meinen, dass Ihre Organisation gut dazu passt.`;
	const blocks: MailBlock[] = [opening, `Worum es geht:\n${proposal.summary}`];
	if (proposal.lookingFor) blocks.push(`Gesucht wird:\n${proposal.lookingFor}`);
	if (input.note) blocks.push(`${input.coordinatorName} schreibt dazu:\n${input.note}`);
	if (other.emails.length > 0) blocks.push(`Sie erreichen ${other.name} unter: ${other.emails.join(', ')}`);
	blocks.push(
		'Das Vorhaben im Partnernetzwerk:',
		{ link: proposal.link, label: 'Vorhaben ansehen' },
		'Bitte nehmen Sie direkt miteinander Kontakt auf. Wenn es nicht passt, geben Sie der Koordinierungsstelle gern kurz Bescheid.'
	);
	return composeMail(subject, blocks, siteName);
}
