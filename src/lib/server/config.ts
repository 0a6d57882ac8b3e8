import path from 'node:path';
import { isEmailAddress } from '$lib/validation/email';
import type { RetentionPeriods } from './retention/retention';

export interface Config {
	dataDir: string;
	databasePath: string;
	/** Absent: the portal starts the bundled Meilisearch binary itself. */
	meiliUrl: string | undefined;
	meiliMasterKey: string | undefined;
	meiliBin: string | undefined;
	/** Port of the embedded Meilisearch; 0 picks a free one. */
	meiliPort: number;
	/** --max-indexing-memory of the embedded Meilisearch, e.g. "100MiB" (see search/meili-process.ts). */
	meiliMaxIndexingMemory: string;
	searchSyncIntervalMs: number;
	/**
	 * Public URL (ORIGIN) every link in a mail and feed is built from, never the request's Host
	 * header. Outside production it defaults to http://localhost:PORT; an https origin turns on HSTS.
	 */
	origin: string;
	/** NODE_ENV=production: the server refuses to start without an https ORIGIN. */
	production: boolean;
	/** Absent: mails are written as .eml files to mailDir instead of being sent. */
	smtpUrl: string | undefined;
	mailFrom: string;
	mailDir: string;
	/** Name of the council, shown in mails. */
	siteName: string;
	/** Where messages sent through /kontakt are mailed (the coordination office). */
	contactEmail: string;
	/** Months after which a handled contact message may be deleted. */
	contactRetentionMonths: number;
	/** Licence of the open data (HSDS API and datapackage). */
	openDataLicense: { name: string; url: string };
	/** Bundesland written into every exported address (HSDS requires state_province). */
	openDataState: string;
	/** How long personal data is kept; the server's daily retention job applies them (src/lib/server/retention). */
	retention: RetentionPeriods;
	/** A query appears in the search-gap report only when searched this often in a week (privacy). */
	searchGapThreshold: number;
}

type Env = Record<string, string | undefined>;

/** Reads the configuration once from the environment; scripts pass process.env, the server too. */
export function readConfig(env: Env = process.env): Config {
	const dataDir = path.resolve(env.DATA_DIR || 'data');
	return {
		dataDir,
		databasePath: path.resolve(env.DATABASE_PATH || path.join(dataDir, 'portal.db')),
		meiliUrl: env.MEILI_URL || undefined,
		meiliMasterKey: env.MEILI_MASTER_KEY || undefined,
		meiliBin: env.MEILI_BIN || undefined,
		meiliPort: readInteger(env, 'MEILI_PORT', 7700),
		meiliMaxIndexingMemory: readByteSize(env, 'MEILI_MAX_INDEXING_MEMORY', '100MiB'),
		searchSyncIntervalMs: readInteger(env, 'SEARCH_SYNC_INTERVAL_MS', 2000),
		origin: readOrigin(env),
		production: env.NODE_ENV === 'production',
		smtpUrl: readSmtpUrl(env),
		mailFrom: env.MAIL_FROM || 'KPR-Portal <noreply@localhost>',
		mailDir: path.resolve(env.MAIL_DIR || path.join(dataDir, 'mail')),
		siteName: env.SITE_NAME || 'Kommunaler Präventionsrat Zittau',
		contactEmail: readEmail(env, 'CONTACT_EMAIL', 'koordination@example.org'),
		contactRetentionMonths: readInteger(env, 'CONTACT_RETENTION_MONTHS', 12),
		openDataLicense: {
			name: env.OPEN_DATA_LICENSE_NAME || 'Datenlizenz Deutschland – Namensnennung 2.0',
			url: env.OPEN_DATA_LICENSE_URL || 'https://www.govdata.de/dl-de/by-2-0'
		},
		openDataState: env.OPEN_DATA_STATE || 'Sachsen',
		retention: {
			authEventDays: readInteger(env, 'AUTH_EVENT_RETENTION_DAYS', 90),
			auditValueMonths: readInteger(env, 'AUDIT_VALUE_RETENTION_MONTHS', 24),
			declinedApplicationMonths: readInteger(env, 'DECLINED_APPLICATION_RETENTION_MONTHS', 6),
			contactHandledMonths: readInteger(env, 'CONTACT_RETENTION_MONTHS', 12),
			contactOpenMonths: readInteger(env, 'CONTACT_OPEN_RETENTION_MONTHS', 24),
			searchGapMonths: readInteger(env, 'SEARCH_GAP_RETENTION_MONTHS', 12)
		},
		searchGapThreshold: readInteger(env, 'SEARCH_GAP_THRESHOLD', 3)
	};
}

function readOrigin(env: Env): string {
	const raw = env.ORIGIN;
	if (env.NODE_ENV === 'production' && !raw?.startsWith('https://')) {
		throw new Error(
			'ORIGIN muss im Produktivbetrieb (NODE_ENV=production) die öffentliche https-Adresse des Portals sein, ' +
				`z. B. ORIGIN=https://kpr.example.org (gesetzt: "${raw ?? ''}"). Links in E-Mails werden daraus gebaut.`
		);
	}
	if (!raw) return `http://localhost:${env.PORT || 3000}`;
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new Error(`ORIGIN must be a URL such as https://kpr.example.org, got "${raw}"`);
	}
	if (!/^https?:$/.test(url.protocol) || url.origin !== raw.replace(/\/$/, '')) {
		throw new Error(`ORIGIN must be only scheme, host and port, such as https://kpr.example.org, got "${raw}"`);
	}
	return url.origin;
}

/** A size as Meilisearch takes it: a number of bytes or one with a unit (100MiB, 2GiB, 500MB). */
function readByteSize(env: Env, name: string, fallback: string): string {
	const raw = env[name]?.trim();
	if (!raw) return fallback;
	if (!/^\d+(\.\d+)?\s*([KMGT]i?B|B)?$/i.test(raw)) {
		throw new Error(`${name} must be a size such as 100MiB or 2GiB, got "${raw}"`);
	}
	return raw.replace(/\s+/g, '');
}

function readInteger(env: Env, name: string, fallback: number): number {
	const raw = env[name];
	if (raw === undefined || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < 0) {
		throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
	}
	return value;
}

function readEmail(env: Env, name: string, fallback: string): string {
	const raw = env[name];
	if (!raw) return fallback;
	if (!isEmailAddress(raw)) throw new Error(`${name} must be an email address, got "${raw}"`);
	return raw;
}

function readSmtpUrl(env: Env): string | undefined {
	const raw = env.SMTP_URL;
	if (!raw) return undefined;
	if (!/^smtps?:\/\//.test(raw)) throw new Error('SMTP_URL must start with smtp:// or smtps://');
	return raw;
}
