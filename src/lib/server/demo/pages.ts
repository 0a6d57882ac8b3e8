import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { createActionField, listActionFields, type ActionFieldInput } from '../pages/action-fields';

// Fictional fields of action of the Zittau security analysis. The pages themselves need no demo data:
// until the coordinator saves one, each shows its template.
const DEMO_ACTION_FIELDS: Omit<ActionFieldInput, 'position'>[] = [
	{
		title: 'Sicherheit im öffentlichen Raum',
		summary:
			'Plätze, Wege und Haltestellen, an denen sich Menschen abends unsicher fühlen: bessere Beleuchtung, mehr Präsenz von Polizei und Ordnungsamt, gepflegte Grünanlagen.',
		progressNote:
			'Die Begehung von Neustadt und Ring mit Polizei, Ordnungsamt und Anwohnenden hat elf Orte ergeben. An vier davon wurde die Beleuchtung bereits verbessert.'
	},
	{
		title: 'Kinder- und Jugendschutz',
		summary:
			'Kinder und Jugendliche vor Gewalt, Mobbing und Gefahren im Internet schützen und ihnen Orte und Ansprechpersonen bieten.',
		progressNote:
			'An drei Oberschulen laufen Workshops zu Cybermobbing. Ein Angebot für Eltern ist für das Frühjahr geplant.'
	},
	{
		title: 'Suchtprävention',
		summary:
			'Früh über Alkohol, Cannabis und andere Drogen informieren, Beratung bekannt machen und Hilfe ohne lange Wege vermitteln.',
		progressNote: ''
	},
	{
		title: 'Schutz älterer Menschen vor Betrug',
		summary:
			'Ältere Menschen vor Enkeltrick, falschen Polizeibeamten und Betrug an der Haustür oder am Telefon warnen und stärken.',
		progressNote:
			'Die Polizei hat in sechs Seniorentreffs über Betrugsmaschen informiert. Gemeinsam mit den Banken in Zittau wurde ein Merkblatt verteilt.'
	},
	{
		title: 'Verkehrssicherheit',
		summary: 'Sichere Schulwege, Rücksicht im Straßenverkehr und Unfallschwerpunkte entschärfen.',
		progressNote: 'Für zwei Grundschulen wurden Schulwegpläne erarbeitet.'
	},
	{
		title: 'Zusammenleben in den Ortsteilen',
		summary:
			'Nachbarschaft stärken, Konflikte früh ansprechen und Menschen aus allen Ortsteilen – von Pethau bis Hirschfelde – beteiligen.',
		progressNote: ''
	}
];

/** Loads the demo fields of action into a database that has none yet. */
export async function seedDemoPages(db: Kysely<Database>): Promise<void> {
	if ((await listActionFields(db)).length > 0) return;
	for (const [index, field] of DEMO_ACTION_FIELDS.entries()) {
		await createActionField(db, { ...field, position: (index + 1) * 10 });
	}
}
