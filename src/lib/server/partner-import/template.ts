import { stringify } from 'csv-stringify/sync';
import { TEMPLATE_COLUMNS } from './columns';

/** The downloadable template: the header and one example line, as Excel opens it (BOM, semicolons). */
export function importTemplateCsv(): string {
	const example = [
		'Jugendtreff Beispiel e. V.',
		'Jugendhilfe',
		'Markt 1',
		'02763',
		'Zittau',
		'03583 12345',
		'kontakt@beispiel.de',
		'https://www.beispiel.de',
		'Offener Treff, Hausaufgabenhilfe',
		'Wir sind der Jugendtreff in der Innenstadt.',
		'Gewaltprävention, Suchtprävention'
	];
	return (
		'\uFEFF' +
		stringify([TEMPLATE_COLUMNS.map(([, header]) => header), example], { delimiter: ';', record_delimiter: '\r\n' })
	);
}
