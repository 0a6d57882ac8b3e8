import { describe, expect, it } from 'vitest';
import { choicesOf, fieldsOf, labelsOf } from './field-props';

describe('fieldsOf', () => {
	it('binds a field to its value and error by its key, the key being id and name', () => {
		const field = fieldsOf({ title: 'Sommerfest', place: '' }, { place: 'Bitte geben Sie einen Ort an.' });
		expect(field('title')).toEqual({ id: 'title', name: 'title', value: 'Sommerfest', error: undefined });
		expect(field('place')).toEqual({
			id: 'place',
			name: 'place',
			value: '',
			error: 'Bitte geben Sie einen Ort an.'
		});
	});

	it("names a field of a repeatable row after the row, where the row's errors stand", () => {
		const field = fieldsOf(
			{ reason: 'Sommerpause' },
			{ 'closures.1.reason': 'Höchstens 200 Zeichen.' },
			'closures.1.'
		);
		expect(field('reason')).toEqual({
			id: 'closures.1.reason',
			name: 'closures.1.reason',
			value: 'Sommerpause',
			error: 'Höchstens 200 Zeichen.'
		});
	});

	it('keeps the name plain and prefixes only the id where two forms share a page', () => {
		const field = fieldsOf({ title: 'Treffen' }, { title: 'Zu lang.' }, '', 'meeting-');
		expect(field('title')).toEqual({ id: 'meeting-title', name: 'title', value: 'Treffen', error: 'Zu lang.' });
	});

	it('starts a field empty and without an error before the form was first sent', () => {
		const field = fieldsOf<{ title: string }>(undefined, undefined);
		expect(field('title')).toEqual({ id: 'title', name: 'title', value: '', error: undefined });
	});
});

describe('choicesOf', () => {
	it('binds a group of checkboxes to the values checked and its error', () => {
		const choices = choicesOf({ topics: ['gewalt', 'sucht'] }, { topics: 'Wählen Sie höchstens drei.' });
		expect(choices('topics')).toEqual({
			id: 'topics',
			name: 'topics',
			selected: ['gewalt', 'sucht'],
			error: 'Wählen Sie höchstens drei.'
		});
	});

	it('prefixes only the id where two forms share a page', () => {
		const choices = choicesOf({ topics: [] }, {}, 'group-');
		expect(choices('topics')).toMatchObject({ id: 'group-topics', name: 'topics' });
	});

	it('binds a group of radio buttons to its one value, selected', () => {
		const choices = choicesOf({ visibility: 'public' }, {});
		expect(choices('visibility').selected).toEqual(['public']);
	});
});

describe('labelsOf', () => {
	it('names each field of a field list by its key, for the error summary', () => {
		expect(
			labelsOf<{ title: string; year: string }>([
				{ key: 'title', label: 'Titel', required: true },
				{ key: 'year', label: 'Jahr', inputmode: 'numeric' }
			])
		).toEqual({ title: 'Titel', year: 'Jahr' });
	});
});
