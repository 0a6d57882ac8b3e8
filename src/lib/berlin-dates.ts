// Dates and times as the coordination's tables and the project pages show them ("3. Dez. 2026, 14:30"),
// in Zittau's time zone whatever the server's or the browser's is.

export const berlinDateTime = new Intl.DateTimeFormat('de-DE', {
	dateStyle: 'medium',
	timeStyle: 'short',
	timeZone: 'Europe/Berlin'
});

export const berlinDate = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'Europe/Berlin' });
