import { stringify } from 'csv-stringify/sync';
import writeXlsxFile from 'write-excel-file/node';
import { TEMPLATE_COLUMNS } from './columns';

const EXAMPLE = [
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

const HEADER = TEMPLATE_COLUMNS.map(([, header]) => header);

/** The downloadable template: the header and one example line, as Excel opens it (BOM, semicolons). */
export function importTemplateCsv(): string {
	return '\uFEFF' + stringify([HEADER, EXAMPLE], { delimiter: ';', record_delimiter: '\r\n' });
}

/** The same template as an Excel workbook; every cell is text, so a PLZ keeps its leading zero. */
export async function importTemplateXlsx(): Promise<Buffer> {
	const text = (value: string) => ({ value, type: String });
	return writeXlsxFile([HEADER.map((h) => ({ ...text(h), fontWeight: 'bold' as const })), EXAMPLE.map(text)], {
		columns: HEADER.map((_, i) => ({ width: i === 0 || i >= 8 ? 40 : 18 })),
		sheet: 'Partner'
	}).toBuffer();
}
