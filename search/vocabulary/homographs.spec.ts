import { describe, expect, it } from 'vitest';
import { vocabularyConcept } from '../../tests/helpers/vocabulary-concept';
import { compileVocabulary, understandQuery } from './understand';

// Each concept holds a word that a homograph of homographs.ts only looks like (or begins with).
const WORDS: Record<string, string> = {
	Sucht: 'drog*|przepija|bere drogy',
	Bundespolizei: 'customs|koleje',
	Ausbildung: 'trainee*',
	Senioren: 'rente',
	Diebstahl: 'abgelenkt',
	Verkehrssicherheit: 'droga do szkoły|przepisy drogowe',
	Ordnungsamt: 'potkan*|śmieci',
	Rassismus: 'transfeind*',
	Geschäfte: 'händler*',
	Schulden: 'schulden',
	Schulsozialarbeit: 'smírčí',
	Medien: 'insta'
};
const vocabulary = compileVocabulary(
	Object.entries(WORDS).map(([label, words], i) => vocabularyConcept(i + 1, label, label.toLowerCase(), words))
);
// Texts whose every word only looks like a vocabulary word.
const UNREAD = [
	'drogie rzeczy od sponsora',
	'nie zna tutejszych przepisów',
	'customers are coming in angry',
	'driving safety training',
	'the flat is rented to tourists',
	'OEG-Antrag abgelehnt',
	'video koluje po škole',
	'chtěla bych se potkávat s Němci',
	'wants me to transfer it on',
	'lockable window handles installer',
	'Tütchen hinterm Schulhof'
];
const labels = (q: string) => understandQuery(q, vocabulary).concepts.map((c) => c.label);

describe('homographs', () => {
	it('reads no word of another language by a vocabulary prefix or word it only looks like', () => {
		for (const q of UNREAD) expect(labels(q), q).toEqual([]);
		expect(understandQuery('drogie rzeczy', vocabulary).text).toBe('drogie rzeczy');
	});

	it('still reads the vocabulary words, forms and phrases themselves', () => {
		const read: [string, string][] = [
			['syn bere drogy', 'Sucht'],
			['drogy na sídlišti', 'Sucht'],
			['przepija pieniądze', 'Sucht'],
			['stopped at customs', 'Bundespolizei'],
			['tory kolejowe, koleje', 'Bundespolizei'],
			['trainee position', 'Ausbildung'],
			['Frage zur Rente', 'Senioren'],
			['beim Fahren abgelenkt', 'Diebstahl'],
			['drogi do szkoły', 'Verkehrssicherheit'],
			['nowe przepisy drogowe', 'Verkehrssicherheit'],
			['potkani na dvoře', 'Ordnungsamt'],
			['vyškolit žáky jako smírčí', 'Schulsozialarbeit'],
			['Fragen zu Schulden', 'Schulden'],
			['Fotos auf Insta', 'Medien']
		];
		for (const [q, label] of read) expect(labels(q), q).toEqual([label]);
	});
});
