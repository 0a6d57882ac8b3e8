import { describe, expect, it } from 'vitest';
import { findLinks } from './links';
import {
	applicationDeclinedMail,
	applicationReceivedMail,
	emailChangeMail,
	freshnessReminderMail,
	invitationMail,
	passwordResetMail
} from './templates';

const link = 'https://kpr.example/einladung/abc.def';
const expiresAt = new Date('2026-12-01T13:30:00Z');

describe('mail templates', () => {
	it('invite a person by name of the organization and the inviter, with the link and its expiry in Zittau time', () => {
		const mail = invitationMail({
			organizationName: 'Jugendamt Zittau',
			inviterName: 'Erika Muster',
			link,
			expiresAt
		});
		expect(mail.subject).toBe('Einladung zum Partnernetzwerk: Jugendamt Zittau');
		expect(mail.text).toContain('Erika Muster lädt Sie ein, das Profil von „Jugendamt Zittau“');
		expect(mail.text).toContain(`\n\n${link}\n\n`);
		expect(mail.text).toContain('bis zum 1. Dezember 2026 um 14:30 Uhr gültig');
		expect(mail.html).toContain(`<a href="${link}">Einladung annehmen</a>`);
	});

	it('sign with the council name from the configuration unless another is given', () => {
		expect(passwordResetMail({ link, expiresAt }).text).toContain(
			'Mit freundlichen Grüßen\nKommunaler Präventionsrat Zittau'
		);
		expect(passwordResetMail({ link, expiresAt }, 'Präventionsrat Görlitz').text).toContain(
			'Grüßen\nPräventionsrat Görlitz'
		);
	});

	it('escape what users typed in the HTML version but keep it verbatim in the text', () => {
		const mail = applicationDeclinedMail({
			organizationName: 'Müller & Söhne <GmbH>',
			message: 'Bitte "später" erneut.'
		});
		expect(mail.text).toContain('„Müller & Söhne <GmbH>“');
		expect(mail.html).toContain('Müller &#38; Söhne &#60;GmbH&#62;');
		expect(mail.html).not.toContain('<GmbH>');
		expect(mail.html).toContain('Bitte &#34;später&#34; erneut.');
	});

	it('tell a reset requester that nothing changes when they ignore the mail', () => {
		expect(passwordResetMail({ link, expiresAt }).text).toContain(
			'Ihr bisheriges Passwort bleibt dann unverändert'
		);
	});

	it('ask to confirm a new email address and name it', () => {
		const mail = emailChangeMail({ newEmail: 'neu@schule.example', link, expiresAt });
		expect(mail.subject).toBe('Bitte bestätigen Sie Ihre neue E-Mail-Adresse');
		expect(mail.text).toContain('neue E-Mail-Adresse neu@schule.example');
	});

	it('remind a partner to check an entry, with the date it was last confirmed or that it never was', () => {
		const input = {
			organizationName: 'Oberschule Zittau',
			link: 'https://kpr.example/intern/organisation/oberschule'
		};
		const confirmed = freshnessReminderMail({ ...input, confirmedAt: new Date('2026-03-02T10:00:00Z') });
		expect(confirmed.subject).toBe('Bitte prüfen Sie Ihren Eintrag: Oberschule Zittau');
		expect(confirmed.text).toContain('zuletzt am 2. März 2026 als aktuell bestätigt');
		expect(freshnessReminderMail({ ...input, confirmedAt: null }).text).toContain(
			'bisher noch nicht als aktuell bestätigt'
		);
	});

	it('confirm an application without a link and quote the coordinator when declining', () => {
		const received = applicationReceivedMail({ organizationName: 'Sportverein Olbersdorf' });
		expect(received.text).toContain('Ihre Anfrage für „Sportverein Olbersdorf“ ist bei uns eingegangen');
		expect(findLinks(received.text)).toEqual([]);
		const declined = applicationDeclinedMail({
			organizationName: 'Sportverein Olbersdorf',
			message: 'Kein Bezug zu Zittau.'
		});
		expect(declined.text).toContain('Die Koordinierungsstelle schreibt dazu:\nKein Bezug zu Zittau.');
	});

	it('contain exactly the link they were given, so tests and people can follow it', () => {
		expect(findLinks(invitationMail({ organizationName: 'A', inviterName: 'B', link, expiresAt }).text)).toEqual([
			link
		]);
	});
});
