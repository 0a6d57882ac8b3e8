import { composeMail, type MailContent } from '../mail/compose';

export interface QueuedNotice {
	subject: string;
	body: string;
	link: string;
	link_label: string;
}

const SETTINGS_HINT =
	'Wie oft Sie solche Nachrichten erhalten, stellen Sie in Ihrem Konto unter „Benachrichtigungen“ ein.';

export function notificationMail(notice: QueuedNotice, unsubscribe: string, siteName: string): MailContent {
	return composeMail(
		notice.subject,
		[
			notice.body,
			{ link: notice.link, label: notice.link_label },
			SETTINGS_HINT,
			{ link: unsubscribe, label: 'Benachrichtigungen abbestellen' }
		],
		siteName
	);
}

export function digestMail(notices: QueuedNotice[], unsubscribe: string, siteName: string): MailContent {
	return composeMail(
		notices.length === 1
			? `Neues im Partnernetzwerk: ${notices[0].subject}`
			: `Neues im Partnernetzwerk: ${notices.length} Nachrichten`,
		[
			'hier ist Ihre tägliche Zusammenfassung aus dem Partnernetzwerk:',
			...notices.flatMap((n) => [`${n.subject}\n${n.body}`, { link: n.link, label: n.link_label }]),
			SETTINGS_HINT,
			{ link: unsubscribe, label: 'Benachrichtigungen abbestellen' }
		],
		siteName
	);
}
