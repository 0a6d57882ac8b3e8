import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

// Markdown written in the portal (pages, news, proposals, minutes) is rendered on the server and
// then sanitized: marked passes raw HTML through, so the allowlist below is the only protection
// against script, event handlers and javascript: links reaching a reader's browser.
const marked = new Marked({ gfm: true, breaks: false, async: false });

const ALLOWED: sanitizeHtml.IOptions = {
	allowedTags: [
		'h2',
		'h3',
		'h4',
		'p',
		'br',
		'hr',
		'strong',
		'em',
		'del',
		'code',
		'pre',
		'blockquote',
		'ul',
		'ol',
		'li',
		'a',
		'table',
		'thead',
		'tbody',
		'tr',
		'th',
		'td',
		'abbr'
	],
	allowedAttributes: { a: ['href', 'title', 'class', 'rel'], abbr: ['title'], th: ['scope'], ol: ['start'] },
	allowedSchemes: ['https', 'http', 'mailto', 'tel'],
	allowProtocolRelative: false,
	// Headings start at h2: the page's own title is its only h1.
	transformTags: {
		h1: 'h2',
		h5: 'h4',
		h6: 'h4',
		a: (tagName, attribs) => ({
			tagName,
			attribs: {
				...attribs,
				class: 'kern-link',
				...(isExternal(attribs.href) ? { rel: 'noopener noreferrer' } : {})
			}
		})
	},
	allowedClasses: { a: ['kern-link'] },
	disallowedTagsMode: 'discard'
};

/** Sanitized HTML for Markdown typed by a partner or the coordinator; safe for {@html}. */
export function renderMarkdown(markdown: string): string {
	const html = marked.parse(markdown) as string;
	return sanitizeHtml(html, ALLOWED);
}

/** The text of Markdown without any markup, e.g. for search documents, feeds and mails. */
export function markdownToPlainText(markdown: string): string {
	const html = marked.parse(markdown) as string;
	return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/\s+/g, ' ')
		.trim();
}

function isExternal(href: string | undefined): boolean {
	return !!href && /^https?:/i.test(href);
}
