import { describe, expect, it } from 'vitest';
import { markdownToPlainText, renderMarkdown } from './render';

describe('renderMarkdown', () => {
	it('renders headings, lists and links a coordinator writes', () => {
		const html = renderMarkdown('# Ziele\n\n- Sicherheit\n- Bildung\n\n[Stadt](https://www.zittau.de)');
		expect(html).toContain('<h2>Ziele</h2>');
		expect(html).toContain('<li>Sicherheit</li>');
		expect(html).toContain('<a href="https://www.zittau.de" class="kern-link" rel="noopener noreferrer">Stadt</a>');
	});

	it.each([
		['<script>alert(1)</script>Text', '<script'],
		['<img src=x onerror="alert(1)">', 'onerror'],
		['[klick](javascript:alert(1))', 'javascript:'],
		['<a href="#" onclick="alert(1)">x</a>', 'onclick'],
		['<iframe src="https://evil.example"></iframe>', '<iframe'],
		['<svg onload="alert(1)"></svg>', 'onload'],
		['<p style="background:url(javascript:alert(1))">x</p>', 'style']
	])('makes %s harmless', (markdown, forbidden) => {
		expect(renderMarkdown(markdown).toLowerCase()).not.toContain(forbidden);
	});
});

describe('markdownToPlainText', () => {
	it('keeps the words and drops the markup', () => {
		expect(markdownToPlainText('## Termin\n\n**Info-Abend** zu *Enkeltrick* & Co.')).toBe(
			'Termin Info-Abend zu Enkeltrick & Co.'
		);
	});
});
