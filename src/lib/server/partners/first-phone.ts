import type { ExpressionBuilder } from 'kysely';
import type { Database } from '../db/schema';

/** The first phone number (by position) of the organization `o`, as a subquery for its row. */
export function firstPhoneNumber(eb: ExpressionBuilder<Database & { o: Database['organizations'] }, 'o'>) {
	return eb
		.selectFrom('phones as p')
		.select('p.number')
		.whereRef('p.organization_id', '=', 'o.id')
		.orderBy('p.position')
		.limit(1);
}
