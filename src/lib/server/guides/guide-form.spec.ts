import { describe, expect, it } from 'vitest';
import { parseGuideForm, parsePartnerSlugs } from './guide-form';
import { formData as form } from '../../../../tests/helpers/form-data';

const TOPICS = ['mobbing', 'einbruchschutz'];

const valid = {
	title: 'Was tun bei Einbruch?',
	summary: 'Bei Ihnen wurde eingebrochen? So geht es weiter.',
	firstSteps: '- Nichts anfassen.\r\n- Polizei rufen.',
	emergency: 'Rufen Sie **110**, wenn der Täter noch da ist.',
	keywords: 'Einbruch, eingebrochen',
	partners: 'polizeirevier-zittau\n/netzwerk/schloss-und-riegel-sicherheitstechnik\npolizeirevier-zittau',
	topics: ['einbruchschutz'],
	published: 'on'
};

describe('the guide form', () => {
	it('accepts a complete guide and reads partner addresses once each, in order', () => {
		const result = parseGuideForm(form(valid), TOPICS);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.input.partners).toEqual(['polizeirevier-zittau', 'schloss-und-riegel-sicherheitstechnik']);
		expect(result.input.firstSteps).toBe('- Nichts anfassen.\n- Polizei rufen.');
		expect(result.input).toMatchObject({ published: true, aboutDanger: false, topics: ['einbruchschutz'] });
	});

	it('says in German what is missing and keeps what was typed', () => {
		const result = parseGuideForm(form({ ...valid, title: 'E', emergency: '' }), TOPICS);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors.title).toBe('Bitte geben Sie eine Überschrift mit mindestens 3 Zeichen an.');
		expect(result.errors.emergency).toMatch(/wann man 110 oder 112 anrufen soll/);
		expect(result.values.summary).toBe(valid.summary);
	});

	it('refuses a topic that is not in the list and a text that is too long', () => {
		const result = parseGuideForm(form({ ...valid, topics: ['erfunden'], summary: 'x'.repeat(301) }), TOPICS);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors.topics).toBe('Bitte wählen Sie nur Themen aus der Liste.');
		expect(result.errors.summary).toBe('Die Kurzfassung darf höchstens 300 Zeichen lang sein (jetzt 301).');
	});

	it('reads partner addresses separated by lines or commas', () => {
		expect(parsePartnerSlugs(' a-b ,\n\nhttps://kpr.example/netzwerk/c-d/ ')).toEqual(['a-b', 'c-d']);
	});
});
