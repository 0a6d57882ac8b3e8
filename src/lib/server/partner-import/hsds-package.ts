import { parse } from 'csv-parse/sync';
import { strFromU8 } from 'fflate';
import type { Taxonomy } from '../db/schema';
import { findTaxonomyByUuid } from '../hsds/taxonomies';
import type { TermOptions } from '../partners/profile-terms';
import type { ContactInput, PartnerInput, ScheduleInput } from '../partners/types';
import { checkCandidate, findTerm } from './candidate';
import type { ImportSource } from './sources';
import { MAX_ROWS } from './spreadsheet';

// An Open Referral HSDS 3.0 datapackage (as /offene-daten/hsds-datenpaket.zip exports it) read back
// into partner profiles: one organization with its service, first location, phones, hours,
// contacts and attributes is one partner.

type Row = Record<string, string>;
type PackageResult = { ok: true; sources: ImportSource[] } | { ok: false; message: string };

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The tables of the package by HSDS name; missing optional tables are empty. */
function readTables(files: Record<string, Uint8Array>): Map<string, Row[]> {
	const descriptor = JSON.parse(strFromU8(files['datapackage.json'])) as {
		resources?: { name?: unknown; path?: unknown }[];
	};
	const tables = new Map<string, Row[]>();
	for (const resource of descriptor.resources ?? []) {
		if (typeof resource.name !== 'string' || typeof resource.path !== 'string') continue;
		const content = files[resource.path];
		if (!content) continue;
		tables.set(resource.name, parse(strFromU8(content), { columns: true, skip_empty_lines: true, bom: true }));
	}
	return tables;
}

const groupBy = (rows: Row[], key: string) => {
	const groups = new Map<string, Row[]>();
	for (const row of rows) {
		const value = row[key];
		if (!value) continue;
		const group = groups.get(value);
		if (group) group.push(row);
		else groups.set(value, [row]);
	}
	return groups;
};

const orNull = (text: string | undefined) => (text ? text : null);
const number = (text: string | undefined) => (text && Number.isFinite(Number(text)) ? Number(text) : null);

export function readHsdsPackage(files: Record<string, Uint8Array>, terms: TermOptions, today: string): PackageResult {
	let tables: Map<string, Row[]>;
	try {
		tables = readTables(files);
	} catch (error) {
		return {
			ok: false,
			message: `Das HSDS-Datenpaket ist nicht lesbar (${(error as Error).message}). Bitte laden Sie das Paket unverändert hoch, wie es exportiert wurde.`
		};
	}
	const organizations = tables.get('organization') ?? [];
	if (organizations.length === 0)
		return {
			ok: false,
			message: 'Das HSDS-Datenpaket enthält keine Organisationen (organizations.csv fehlt oder ist leer).'
		};
	if (organizations.length > MAX_ROWS)
		return { ok: false, message: `Bitte teilen Sie das Paket: höchstens ${MAX_ROWS} Organisationen auf einmal.` };
	const t = (name: string) => tables.get(name) ?? [];
	const rel = relationsOf(t);
	const sources = organizations.map((o, i): ImportSource => {
		const { input, reasons } = toPartner(o, rel, terms);
		const line = i + 2;
		const uuid = UUID.test(o.id ?? '') ? o.id.toLowerCase() : undefined;
		const slug = /\/netzwerk\/([a-z0-9-]+)$/.exec(o.uri ?? '')?.[1];
		if (reasons.length > 0) return { line, name: input.name, candidate: { ok: false, reasons }, uuid };
		return { line, name: input.name, candidate: checkCandidate(input, terms, today), uuid, slug };
	});
	return { ok: true, sources };
}

/** Each table's rows by the record they belong to (HSDS foreign keys). */
function relationsOf(t: (name: string) => Row[]) {
	return {
		services: groupBy(t('service'), 'organization_id'),
		locations: groupBy(t('location'), 'organization_id'),
		addresses: groupBy(t('address'), 'location_id'),
		accessibility: groupBy(t('accessibility'), 'location_id'),
		phones: groupBy(
			t('phone').filter((p) => !p.contact_id),
			'service_id'
		),
		contactPhones: groupBy(t('phone'), 'contact_id'),
		schedules: groupBy(t('schedule'), 'service_id'),
		contacts: groupBy(t('contact'), 'service_id'),
		attributes: groupBy(t('attribute'), 'link_id'),
		terms: new Map(t('taxonomy_term').map((term) => [term.id, term]))
	};
}

type Relations = ReturnType<typeof relationsOf>;

function toPartner(o: Row, rel: Relations, terms: TermOptions): { input: PartnerInput; reasons: string[] } {
	const reasons: string[] = [];
	const service = rel.services.get(o.id)?.[0];
	const location = rel.locations.get(o.id)?.[0];
	const address = location && rel.addresses.get(location.id)?.[0];
	const codes: Record<Taxonomy, string[]> = { category: [], topic: [], target_group: [], ortsteil: [], language: [] };
	for (const attribute of service ? (rel.attributes.get(service.id) ?? []) : []) {
		const term = rel.terms.get(attribute.taxonomy_term_id);
		const taxonomy = (term && findTaxonomyByUuid(term.taxonomy_id)) ?? (attribute.link_type as Taxonomy);
		const known =
			terms[taxonomy] && term && (findTerm(terms[taxonomy], term.code) ?? findTerm(terms[taxonomy], term.name));
		if (known) codes[taxonomy].push(known.code);
		// A town's own Ortsteile and vocabulary may differ; only the category is needed to save a profile.
		else if (taxonomy === 'category')
			reasons.push(`Kategorie: „${term?.name ?? attribute.taxonomy_term_id}“ gibt es hier nicht.`);
	}
	if (codes.category.length === 0 && reasons.length === 0)
		reasons.push('Kategorie: Die Organisation hat keine Kategorie.');
	const schedules: ScheduleInput[] = [];
	for (const s of service ? (rel.schedules.get(service.id) ?? []) : []) {
		const times = [s.opens_at, s.closes_at].map((time) => /^(\d\d:\d\d)(:\d\d)?/.exec(time ?? '')?.[1]);
		const days = (s.byday ?? '').split(',').map((day) => BYDAY.indexOf(day.trim()) + 1);
		if (!times[0] || !times[1] || days.some((day) => day === 0)) {
			reasons.push(`Zeiten: „${s.byday} ${s.opens_at}–${s.closes_at}“ ist keine wöchentliche Zeit von–bis.`);
			continue;
		}
		for (const weekday of days)
			schedules.push({
				kind: s.description === 'Sprechzeit' ? 'consultation' : 'opening',
				weekday,
				opensAt: times[0],
				closesAt: times[1],
				note: orNull(s.notes)
			});
	}
	// Consent to publish a person was given to the exporting portal, not to this one.
	const contacts: ContactInput[] = (service ? (rel.contacts.get(service.id) ?? []) : []).map((c) => ({
		name: c.name ?? '',
		role: orNull(c.title),
		email: orNull(c.email),
		phone: orNull(rel.contactPhones.get(c.id)?.[0]?.number),
		publishConsent: false,
		consentGivenAt: null
	}));
	const input: PartnerInput = {
		slug: '',
		name: o.name ?? '',
		shortName: orNull(o.alternate_name),
		category: codes.category[0] ?? '',
		description: o.description ?? '',
		offer: service?.description ?? '',
		topics: codes.topic,
		mainTopics: [],
		targetGroups: codes.target_group,
		mainTargetGroups: [],
		languages: codes.language,
		ortsteile: codes.ortsteil,
		translations: {},
		email: orNull(o.email ?? service?.email),
		website: orNull(o.website ?? service?.url),
		accessibilityNote: orNull(location && rel.accessibility.get(location.id)?.[0]?.description),
		wheelchairAccessible: false,
		verifiedAt: null,
		status: 'draft',
		address: address
			? {
					name: location.name && location.name !== o.name ? location.name : null,
					street: address.address_1 ?? '',
					postalCode: address.postal_code ?? '',
					city: address.city ?? '',
					ortsteil: null,
					latitude: number(location.latitude),
					longitude: number(location.longitude)
				}
			: null,
		phones: (service ? (rel.phones.get(service.id) ?? []) : []).map((p) => ({
			number: p.number ?? '',
			label: orNull(p.description)
		})),
		contacts,
		schedules,
		// HSDS 3 holds closures only as free text (schedule notes); none is taken over.
		closures: []
	};
	return { input, reasons };
}
