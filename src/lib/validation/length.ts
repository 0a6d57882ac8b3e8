// The one wording for text that is too long; numbers are written the German way (10.000).

const number = (value: number) => value.toLocaleString('de-DE');

/** "Der Titel darf höchstens 120 Zeichen lang sein (jetzt 131)." — subject with its article. */
export function tooLongMessage(subject: string, max: number, length: number): string {
	return `${subject} darf höchstens ${number(max)} Zeichen lang sein (jetzt ${number(length)}).`;
}
