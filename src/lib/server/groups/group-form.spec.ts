import { describe, expect, it } from 'vitest';
import { parseGroupForm } from './group-form';
import { formData as form } from '../../../../tests/helpers/form-data';

const choices = { topicCodes: ['jugendschutz', 'mobbing'], leads: ['7:3'], actionFieldIds: [2] };

describe('the coordinator form for a working group', () => {
	it('reads a complete group with its lead person and organization', () => {
		const result = parseGroupForm(
			form({
				name: 'AG Kinder- und Jugendschutz',
				description: 'Fachkräfte stimmen Angebote ab.',
				topics: ['mobbing', 'mobbing'],
				lead: '7:3',
				joinPolicy: 'on_request',
				actionField: '2'
			}),
			choices
		);
		expect(result.ok && result.fields).toEqual({
			name: 'AG Kinder- und Jugendschutz',
			description: 'Fachkräfte stimmen Angebote ab.',
			topicCodes: ['mobbing'],
			lead: { userId: 7, organizationId: 3 },
			joinPolicy: 'on_request',
			actionFieldId: 2
		});
	});

	it('refuses a lead, topic or field of action that is not on the lists, and keeps what was typed', () => {
		const result = parseGroupForm(
			form({
				name: 'AG',
				description: 'kurz',
				topics: 'erfunden',
				lead: '1:1',
				joinPolicy: 'alle',
				actionField: '9'
			}),
			choices
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(Object.keys(result.errors).sort()).toEqual([
			'actionField',
			'description',
			'joinPolicy',
			'lead',
			'name',
			'topics'
		]);
		expect(result.values.name).toBe('AG');
	});
});
