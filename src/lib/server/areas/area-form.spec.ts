import { describe, expect, it } from 'vitest';
import { parseAreaForm } from './area-form';
import { formData as form } from '../../../../tests/helpers/form-data';

const known = { organizationIds: [7], ortsteilCodes: ['innenstadt', 'pethau'], takenNames: ['altstadt'] };

describe('the area form', () => {
	it('accepts a partner, kind, name, note and known Ortsteile', () => {
		const result = parseAreaForm(
			form({
				organizationId: '7',
				kind: 'schulbezirk',
				name: ' Schulbezirk Süd ',
				note: '',
				ortsteile: ['pethau', 'pethau']
			}),
			known
		);
		expect(result).toMatchObject({
			ok: true,
			area: { organizationId: 7, kind: 'schulbezirk', name: 'Schulbezirk Süd', note: null, ortsteile: ['pethau'] }
		});
	});

	it('refuses an unknown partner, kind and Ortsteil and a name the partner already uses, keeping the input', () => {
		const result = parseAreaForm(
			form({ organizationId: '8', kind: 'geheim', name: 'Xy', ortsteile: ['atlantis'] }),
			known
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(Object.keys(result.errors).sort()).toEqual(['kind', 'name', 'organizationId', 'ortsteile']);
		expect(result.values.name).toBe('Xy');
		const taken = parseAreaForm(form({ organizationId: '7', kind: 'sonstige', name: 'Altstadt' }), known);
		expect(!taken.ok && taken.errors.name).toContain('schon einen Bereich mit diesem Namen');
	});
});
