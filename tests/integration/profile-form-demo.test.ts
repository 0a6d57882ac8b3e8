import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/lib/server/demo/seed-partners';
import { applyProfile, validateProfile } from '../../src/lib/server/partners/profile-form';
import { padRows, profileToFormValues } from '../../src/lib/server/partners/profile-form-values';
import { loadPartnerInput } from '../../src/lib/server/partners/profile-queries';
import { allowedCodes, loadTermOptions } from '../../src/lib/server/partners/profile-terms';
import { useTestDatabase } from '../helpers/test-database';

describe('the profile form on the demo network', () => {
	const t = useTestDatabase();
	// The seed dates consents relative to its day; the form refuses consents later than the day it checks on.
	const today = '2026-11-25';

	beforeAll(async () => {
		// The seed brings the town's own Ortsteile.
		await t.db.deleteFrom('taxonomy_terms').where('taxonomy', '=', 'ortsteil').execute();
		await seedDemoData(t.db, { today: new Date(`${today}T09:00:00Z`) });
	});

	it('saves every demo profile sent back unchanged without an error and without changing a thing', async () => {
		const allowed = allowedCodes(await loadTermOptions(t.db));
		const ids = (await t.db.selectFrom('organizations').select('id').execute()).map((r) => r.id);
		expect(ids.length).toBeGreaterThan(50);
		for (const id of ids) {
			const stored = (await loadPartnerInput(t.db, id))!;
			const result = validateProfile(padRows(profileToFormValues(stored)), allowed, today);
			expect(result.ok ? applyProfile(stored, result.fields) : result.errors).toEqual(stored);
		}
	});
});
