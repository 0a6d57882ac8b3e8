import type { DemoPartner } from '../types';
import { beratung } from './beratung';
import { kitas, schulen } from './bildung';
import { kirche, vereine, wirtschaft } from './engagement';
import { jugendhilfe, justiz } from './jugend';
import { polizei } from './polizei';
import { gesundheit, soziales } from './soziales';
import { sonstige, verwaltung } from './verwaltung';

/** The whole fictional Zittau network, in the order the seed writes it. */
export const DEMO_PARTNERS: DemoPartner[] = [
	...polizei,
	...schulen,
	...kitas,
	...jugendhilfe,
	...soziales,
	...beratung,
	...gesundheit,
	...verwaltung,
	...justiz,
	...vereine,
	...kirche,
	...wirtschaft,
	...sonstige
];
