const SPELLED_OUT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * Lower case, with ä, ö, ü and ß spelled out the way German writes them where umlauts cannot stand
 * (addresses, file names, slugs): "Töpferberg Größe" → "toepferberg groesse".
 */
export function spellOutUmlauts(text: string): string {
	return text.toLocaleLowerCase('de').replace(/[äöüß]/g, (letter) => SPELLED_OUT[letter]);
}
