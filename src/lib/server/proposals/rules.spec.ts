import { describe, expect, it } from 'vitest';
import type { Viewer } from './access';
import { offeringOrganizations, readStatusRequest, statusChoices } from './rules';

const member = (isCoordinator: boolean, ...organizationIds: number[]): Viewer => ({
	userId: 1,
	isCoordinator,
	memberships: organizationIds.map(
		(organizationId) =>
			({ organizationId, organizationName: `Org ${organizationId}` }) as Viewer['memberships'][number]
	)
});

describe('proposal rules', () => {
	it('lets the author take an open proposal forward but not back to a draft', () => {
		expect(statusChoices('open', member(false, 7), true)).toEqual(['in_progress', 'completed', 'withdrawn']);
	});

	it('lets the coordinator set any other status, and offers nothing to someone who may not manage', () => {
		expect(statusChoices('completed', member(true), true)).toEqual(['draft', 'open', 'in_progress', 'withdrawn']);
		expect(statusChoices('open', member(false, 7), false)).toEqual([]);
		expect(statusChoices('open', null, true)).toEqual([]);
	});

	it('asks for a confirmation before a withdrawal and refuses an unknown status', () => {
		expect(readStatusRequest('withdrawn', false)).toMatchObject({ ok: false });
		expect(readStatusRequest('withdrawn', true)).toEqual({ ok: true, status: 'withdrawn' });
		expect(readStatusRequest('deleted', true)).toEqual({ ok: false, error: 'Bitte wählen Sie einen neuen Stand.' });
	});

	it('lets a person offer for their organizations except the author', () => {
		expect(offeringOrganizations(member(false, 3, 7), 7)).toEqual([{ id: 3, name: 'Org 3' }]);
		expect(offeringOrganizations(null, 7)).toEqual([]);
	});
});
