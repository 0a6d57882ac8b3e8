import { describe, expect, it } from 'vitest';
import { parseMessage, parseProposalForm, type ProposalChoices } from './proposal-form';
import { formData as formOf } from '../../../../tests/helpers/form-data';

const choices: ProposalChoices = {
	organizationIds: [7, 9],
	topics: ['medienpraevention', 'mobbing'],
	targetGroups: ['jugendliche'],
	ortsteile: ['zittau-sued'],
	actionFields: ['jugend-und-schule']
};

const valid = {
	organizationId: '7',
	title: '  Medienkompetenz-Woche  ',
	summary: 'Eine Projektwoche zu Cybermobbing und sicheren Chats.',
	description: '## Plan\r\n\r\n- Workshops',
	lookingFor: 'Eine Präventionsbeamtin und einen Jugendclub',
	timeframe: 'März 2027',
	visibility: 'public',
	topics: ['medienpraevention', 'mobbing', 'mobbing'],
	targetGroups: 'jugendliche',
	ortsteile: 'zittau-sued'
};

describe('parseProposalForm', () => {
	it('accepts a complete proposal, trimmed, with duplicate codes dropped and line breaks normalized', () => {
		const result = parseProposalForm(formOf(valid), choices);
		expect(result).toMatchObject({
			ok: true,
			organizationId: 7,
			values: {
				title: 'Medienkompetenz-Woche',
				description: '## Plan\n\n- Workshops',
				visibility: 'public',
				topics: ['medienpraevention', 'mobbing']
			}
		});
	});

	it('says in German what is missing and keeps what was typed', () => {
		const result = parseProposalForm(
			formOf({ organizationId: '7', title: 'Idee', summary: 'kurz', lookingFor: '' }),
			choices
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.values.title).toBe('Idee');
		expect(result.errors).toEqual({
			title: 'Bitte geben Sie einen Titel mit mindestens 5 Zeichen an.',
			summary: 'Bitte fassen Sie die Idee in mindestens 20 Zeichen zusammen.',
			lookingFor:
				'Bitte beschreiben Sie, wen oder was Sie suchen, zum Beispiel „eine Präventionsbeamtin der Polizei“.',
			topics: 'Bitte wählen Sie mindestens ein Thema.'
		});
	});

	it('refuses an organization the person does not work for and codes no list offers', () => {
		const result = parseProposalForm(
			formOf({
				...valid,
				organizationId: '8',
				topics: 'erfunden',
				ortsteile: 'atlantis',
				actionField: 'gibt-es-nicht'
			}),
			choices
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toEqual({
			organizationId: 'Bitte wählen Sie die Organisation, für die Sie den Vorschlag einstellen.',
			topics: 'Bitte wählen Sie nur Themen aus der Liste.',
			ortsteile: 'Bitte wählen Sie nur Ortsteile aus der Liste.',
			actionField: 'Bitte wählen Sie ein Handlungsfeld aus der Liste oder „keines“.'
		});
	});

	it('treats any visibility but "public" as partners only', () => {
		const result = parseProposalForm(formOf({ ...valid, visibility: 'alle' }), choices);
		expect(result.ok && result.values.visibility).toBe('partners');
	});

	it('limits the length of title and description', () => {
		const result = parseProposalForm(
			formOf({ ...valid, title: 'x'.repeat(121), description: 'y'.repeat(10_001) }),
			choices
		);
		expect(result.ok ? {} : result.errors).toEqual({
			title: 'Der Titel darf höchstens 120 Zeichen lang sein (jetzt 121).',
			description: 'Die Beschreibung darf höchstens 10.000 Zeichen lang sein (jetzt 10.001).'
		});
	});
});

describe('parseMessage', () => {
	it('asks for a longer or shorter message in German', () => {
		const what = 'Ihre Nachricht an die Organisation';
		expect(parseMessage(formOf({ message: ' hallo ' }), 'message', { min: 10, max: 20, what })).toEqual({
			ok: false,
			value: 'hallo',
			error: 'Bitte schreiben Sie Ihre Nachricht an die Organisation in mindestens 10 Zeichen.'
		});
		expect(parseMessage(formOf({ message: 'z'.repeat(21) }), 'message', { min: 10, max: 20, what }).ok).toBe(false);
		expect(
			parseMessage(formOf({ message: 'Wir machen gern mit.' }), 'message', { min: 10, max: 20, what })
		).toEqual({ ok: true, value: 'Wir machen gern mit.' });
	});
});
