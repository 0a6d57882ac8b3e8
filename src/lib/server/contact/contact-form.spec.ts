import { describe, expect, it } from 'vitest';
import { parseContactForm } from './contact-form';
import { formData as form } from '../../../../tests/helpers/form-data';

const valid = { topic: 'beratung', message: 'Wir möchten einen Elternabend zu Cybermobbing anbieten.' };

describe('parseContactForm', () => {
	it('accepts an anonymous message with a topic, trimmed', () => {
		const parsed = parseContactForm(form({ ...valid, message: `  ${valid.message}\n` }), 'kontakt');
		expect(parsed).toEqual({
			ok: true,
			values: {
				topic: 'beratung',
				message: valid.message,
				page: '',
				name: '',
				email: '',
				phone: '',
				wantsReply: false
			}
		});
	});

	it('refuses a topic that is not in the list and a message that is too short, keeping the input', () => {
		const parsed = parseContactForm(form({ topic: 'werbung', message: 'Hallo', name: 'Erika' }), 'kontakt');
		expect(parsed).toMatchObject({
			ok: false,
			values: { topic: 'werbung', message: 'Hallo', name: 'Erika' },
			errors: {
				topic: 'Bitte wählen Sie ein Thema aus.',
				message: 'Bitte schreiben Sie Ihre Nachricht in mindestens 10 Zeichen.'
			}
		});
	});

	it('says how long a message is when it is over the limit', () => {
		const parsed = parseContactForm(form({ ...valid, message: 'x'.repeat(5001) }), 'kontakt');
		expect(parsed.ok).toBe(false);
		if (!parsed.ok)
			expect(parsed.errors.message).toBe(
				'Ihre Nachricht ist 5001 Zeichen lang; höchstens 5000 sind möglich. Bitte kürzen Sie sie.'
			);
	});

	it('checks email and phone only when they are given', () => {
		const parsed = parseContactForm(form({ ...valid, email: 'erika(at)example.org', phone: 'abends' }), 'kontakt');
		expect(parsed).toMatchObject({
			ok: false,
			errors: {
				email: expect.stringContaining('gültige E-Mail-Adresse'),
				phone: expect.stringContaining('nur mit Ziffern')
			}
		});
		expect(
			parseContactForm(form({ ...valid, email: 'erika@example.org', phone: '+49 (3583) 752-113' }), 'kontakt').ok
		).toBe(true);
	});

	it('requires the email address when an answer by email is wanted', () => {
		const parsed = parseContactForm(form({ ...valid, reply: 'on' }), 'kontakt');
		expect(parsed).toMatchObject({
			ok: false,
			values: { wantsReply: true },
			errors: { email: expect.stringContaining('Antwort per E-Mail') }
		});
		expect(Object.keys(parsed.ok ? {} : parsed.errors)).toEqual(['email']);
	});

	it('gives accessibility feedback its own topic, whatever was posted, and asks for the page', () => {
		const missingPage = parseContactForm(
			form({ topic: 'presse', message: 'Der Filter ist mit Tastatur nicht erreichbar.' }),
			'barrierefreiheit'
		);
		expect(missingPage).toMatchObject({
			ok: false,
			values: { topic: 'barrierefreiheit' },
			errors: { page: 'Bitte geben Sie an, auf welcher Seite die Barriere ist.' }
		});
		const parsed = parseContactForm(
			form({ page: '/netzwerk', message: 'Der Filter ist mit Tastatur nicht erreichbar.' }),
			'barrierefreiheit'
		);
		expect(parsed).toMatchObject({ ok: true, values: { topic: 'barrierefreiheit', page: '/netzwerk' } });
	});

	it('ignores a page posted to the general contact form', () => {
		expect(parseContactForm(form({ ...valid, page: '/netzwerk' }), 'kontakt')).toMatchObject({
			ok: true,
			values: { page: '' }
		});
	});
});
