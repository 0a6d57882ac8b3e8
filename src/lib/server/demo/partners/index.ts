import type { DemoPartner, JsonRecord } from '../types';
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

const GROUPS: JsonRecord<DemoPartner>[][] = [
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
