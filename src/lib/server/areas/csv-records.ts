export interface CsvRecord {
	/** Line number (1-based) the record starts on. */
	line: number;
	/** The record's text as it stood in the file. */
	raw: string;
	fields: string[];
	/** True when the file ended inside a quoted field. */
	unterminated: boolean;
}

/**
 * Decodes an uploaded file as UTF-8 (with or without BOM). Bytes that are not UTF-8 come from
 * German Excel's plain "CSV" format, which is Windows-1252; text that is not UTF-8 is almost never
 * valid UTF-8 by accident, so the fallback cannot garble a correct file.
 */
export function decodeCsv(content: string | Uint8Array): string {
	const text = typeof content === 'string' ? content : decodeBytes(content);
	return text.replace(/^\uFEFF/, '');
}

function decodeBytes(bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch (error) {
		if (!(error instanceof TypeError)) throw error;
		return new TextDecoder('windows-1252').decode(bytes);
	}
}

/** Semicolon (what German Excel writes) unless the first line has more commas than semicolons. */
export function detectDelimiter(text: string): ';' | ',' {
	const firstLine = text.split(/\r?\n/, 1)[0];
	const count = (char: string) => firstLine.split(char).length - 1;
	return count(',') > count(';') ? ',' : ';';
}

/** Splits CSV text into records (RFC 4180: quoted fields may hold delimiters, quotes as "" and line breaks). */
export function readCsvRecords(text: string, delimiter: string): CsvRecord[] {
	const records: CsvRecord[] = [];
	let fields: string[] = [];
	let field = '';
	let quoted = false;
	let line = 1;
	let startLine = 1;
	let startIndex = 0;
	const finish = (end: number, unterminated: boolean) => {
		fields.push(field);
		records.push({ line: startLine, raw: text.slice(startIndex, end).replace(/\r$/, ''), fields, unterminated });
		fields = [];
		field = '';
	};
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (quoted) {
			if (char === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (char === '"') {
				quoted = false;
			} else {
				if (char === '\n') line++;
				field += char;
			}
		} else if (char === '"' && field.trim() === '') {
			field = '';
			quoted = true;
		} else if (char === delimiter) {
			fields.push(field);
			field = '';
		} else if (char === '\n') {
			finish(i, false);
			line++;
			startLine = line;
			startIndex = i + 1;
		} else if (char !== '\r') {
			field += char;
		}
	}
	if (quoted || field !== '' || fields.length > 0) finish(text.length, quoted);
	return records;
}
