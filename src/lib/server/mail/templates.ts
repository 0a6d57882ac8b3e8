import { formatDateTime } from './compose';
import { confirmedSince, mailTemplate } from './template';

// German texts of every mail the portal sends. Each template takes what it shows and, optionally, the
// council's name (SITE_NAME); the caller adds the recipient: mailer.send({ to, ...invitationMail(…) }).

export const invitationMail = mailTemplate(
	(input: { organizationName: string; inviterName: string; link: string; expiresAt: Date }) => ({
		subject: `Einladung zum Partnernetzwerk: ${input.organizationName}`,
		blocks: [
			`${input.inviterName} lädt Sie ein, das Profil von „${input.organizationName}“ im Partnernetzwerk des Präventionsrats selbst zu pflegen.`,
			'Über den folgenden Link legen Sie Ihren Namen und Ihr Passwort fest:',
			{ link: input.link, label: 'Einladung annehmen' },
			`Der Link ist bis zum ${formatDateTime(input.expiresAt)} gültig und kann nur einmal verwendet werden.`,
			'Falls Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail einfach ignorieren.'
		]
	})
);

export const passwordResetMail = mailTemplate((input: { link: string; expiresAt: Date }) => ({
	subject: 'Neues Passwort festlegen',
	blocks: [
		'Sie haben ein neues Passwort für Ihr Konto im Partnernetzwerk angefordert. Über den folgenden Link legen Sie es fest:',
		{ link: input.link, label: 'Neues Passwort festlegen' },
		`Der Link ist bis zum ${formatDateTime(input.expiresAt)} gültig und kann nur einmal verwendet werden.`,
		'Falls Sie kein neues Passwort angefordert haben, ignorieren Sie diese E-Mail bitte. Ihr bisheriges Passwort bleibt dann unverändert.'
	]
}));

export const emailChangeMail = mailTemplate((input: { newEmail: string; link: string; expiresAt: Date }) => ({
	subject: 'Bitte bestätigen Sie Ihre neue E-Mail-Adresse',
	blocks: [
		`für Ihr Konto im Partnernetzwerk wurde die neue E-Mail-Adresse ${input.newEmail} angegeben. Bitte bestätigen Sie die Änderung über den folgenden Link:`,
		{ link: input.link, label: 'E-Mail-Adresse bestätigen' },
		`Der Link ist bis zum ${formatDateTime(input.expiresAt)} gültig. Bis zur Bestätigung gilt Ihre bisherige Adresse.`,
		'Falls Sie diese Änderung nicht veranlasst haben, ignorieren Sie diese E-Mail bitte.'
	]
}));

export const freshnessReminderMail = mailTemplate(
	(input: { organizationName: string; confirmedAt: Date | null; link: string }) => ({
		subject: `Bitte prüfen Sie Ihren Eintrag: ${input.organizationName}`,
		blocks: [
			`bitte prüfen Sie Ihren Eintrag „${input.organizationName}“ im Partnernetzwerk. ${confirmedSince(input.confirmedAt)}`,
			'Damit Bürgerinnen und Bürger die richtige Ansprechperson finden, sollten Adresse, Erreichbarkeit und Ansprechpersonen stimmen. Ändern Sie, was nicht mehr zutrifft, und klicken Sie anschließend auf „Angaben sind aktuell“:',
			{ link: input.link, label: 'Eintrag prüfen' },
			'Vielen Dank für Ihre Mithilfe.'
		]
	})
);

/** The reminder for an entry nobody has an account for, sent to its public address: claim it, or tell us what changed. */
export const entryClaimReminderMail = mailTemplate(
	(input: { organizationName: string; confirmedAt: Date | null; claimLink: string; contactLink: string }) => ({
		subject: `Bitte prüfen Sie Ihren Eintrag: ${input.organizationName}`,
		blocks: [
			`Ihre Organisation „${input.organizationName}“ steht im Partnernetzwerk. ${confirmedSince(input.confirmedAt)} Bisher hat niemand aus Ihrer Organisation einen Zugang, um den Eintrag zu pflegen.`,
			'Möchten Sie den Eintrag selbst aktuell halten? Dann beantragen Sie hier den Zugang; die Koordinierungsstelle bestätigt ihn und Sie erhalten eine Einladung:',
			{ link: input.claimLink, label: 'Eintrag übernehmen' },
			'Der Link gilt 60 Tage und nur einmal. Lieber ohne Zugang? Dann schreiben Sie uns über das Kontaktformular, was sich geändert hat:',
			{ link: input.contactLink, label: 'Änderung mitteilen' }
		]
	})
);

export const applicationReceivedMail = mailTemplate((input: { organizationName: string }) => ({
	subject: `Ihre Anfrage zur Aufnahme: ${input.organizationName}`,
	blocks: [
		`vielen Dank für Ihr Interesse am Partnernetzwerk. Ihre Anfrage für „${input.organizationName}“ ist bei uns eingegangen.`,
		'Die Koordinierungsstelle prüft sie und meldet sich bei Ihnen. Wird Ihre Organisation aufgenommen, erhalten Sie eine Einladung, mit der Sie Ihr Profil selbst anlegen.'
	]
}));

export const applicationDeclinedMail = mailTemplate((input: { organizationName: string; message: string }) => ({
	subject: `Ihre Anfrage zur Aufnahme: ${input.organizationName}`,
	blocks: [
		`vielen Dank für Ihr Interesse am Partnernetzwerk. Leider können wir „${input.organizationName}“ derzeit nicht aufnehmen.`,
		`Die Koordinierungsstelle schreibt dazu:\n${input.message}`,
		'Bei Fragen wenden Sie sich gern an die Koordinierungsstelle.'
	]
}));
