import type { DemoPartner } from '../types';
import beratung from './beratung.json';
import gesundheit from './gesundheit.json';
import jugendhilfe from './jugendhilfe.json';
import justiz from './justiz.json';
import kirche from './kirche.json';
import kitas from './kitas.json';
import polizei from './polizei.json';
import schulen from './schulen.json';
import sonstige from './sonstige.json';
import soziales from './soziales.json';
import vereine from './vereine.json';
import verwaltung from './verwaltung.json';
import wirtschaft from './wirtschaft.json';

/** A record as TypeScript reads it from JSON: tuples arrive as arrays and the status as a string. */
type PartnerRecord = Omit<DemoPartner, 'phones' | 'contacts' | 'status'> & {
	phones: (string | null)[][];
	contacts?: (string | boolean)[][];
	status?: string;
};

const GROUPS: PartnerRecord[][] = [
	polizei,
	schulen,
	kitas,
	jugendhilfe,
	soziales,
	beratung,
	gesundheit,
	verwaltung,
	justiz,
	vereine,
	kirche,
	wirtschaft,
	sonstige
];

/** The whole fictional Zittau network, in the order the seed writes it (the records: the JSON files here). */
export const DEMO_PARTNERS = GROUPS.flat() as DemoPartner[];
