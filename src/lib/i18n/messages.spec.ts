import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import settings from './project.inlang/settings.json' with { type: 'json' };

// Every domain's four files must carry the same keys with real text, so a missing translation
// fails here and not in front of a citizen.
const MESSAGES_DIR = path.join(import.meta.dirname, 'messages');
const domains = fs.readdirSync(MESSAGES_DIR).filter((name) => fs.statSync(path.join(MESSAGES_DIR, name)).isDirectory());

type Message = string | { match: Record<string, string> }[];

function readMessages(domain: string, locale: string): Record<string, Message> {
	const file = path.join(MESSAGES_DIR, domain, `${locale}.json`);
	const { $schema: _schema, ...messages } = JSON.parse(fs.readFileSync(file, 'utf8'));
	return messages;
}

/** The texts of a message: the string itself, or every variant of a plural message. */
function texts(message: Message): string[] {
	return typeof message === 'string' ? [message] : message.flatMap((entry) => Object.values(entry.match ?? {}));
}

describe('messages', () => {
	it('are read from every domain folder', () => {
		const patterns = settings['plugin.inlang.messageFormat'].pathPattern;
		expect(domains.map((domain) => `./messages/${domain}/{locale}.json`).sort()).toEqual([...patterns].sort());
	});

	describe.each(domains)('of %s', (domain) => {
		const base = readMessages(domain, settings.baseLocale);

		it('have snake_case keys that start with the domain', () => {
			for (const key of Object.keys(base)) expect(key).toMatch(new RegExp(`^${domain}_[a-z0-9_]+$`));
		});

		it.each(settings.locales)('are complete in %s: the same keys as German, none empty', (locale) => {
			const messages = readMessages(domain, locale);
			expect(Object.keys(messages).sort()).toEqual(Object.keys(base).sort());
			for (const [key, message] of Object.entries(messages)) {
				const variants = texts(message);
				expect(variants.length, key).toBeGreaterThan(0);
				for (const text of variants) expect(text.trim(), key).not.toBe('');
			}
		});
	});
});
