import {
	expect,
	test,
	type APIRequestContext,
	type APIResponse,
	type Browser,
	type BrowserContext
} from '@playwright/test';
import { DEMO_ACCOUNTS, signIn } from './login';
import { collectProblems } from './concurrently';
import { listEndpoints } from './route-inventory';

// The authorization matrix: every protected route and form action of the portal, asked by each kind
// of person, must give the expected answer. Adding a route is one line in ROUTES.
//
// The people are demo accounts. For organization routes "{org}" stands for the organization the
// person works for (the school for the editor, the police station for its admin); the outsider, the
// association's admin, and everyone else are sent to the school, which is not theirs.

type Person = 'anonymous' | 'outsider' | 'editor' | 'orgAdmin' | 'coordinator';
/** 'login': 303 to /anmelden; 'forbidden': 403; 'ok': 200 for a page, any non-refusal for an action. */
type Answer = 'login' | 'forbidden' | 'ok' | 'missing';
type Expectation = Record<Person, Answer>;

const PEOPLE: Person[] = ['anonymous', 'outsider', 'editor', 'orgAdmin', 'coordinator'];
const ACCOUNTS = {
	outsider: DEMO_ACCOUNTS.associationAdmin,
	editor: DEMO_ACCOUNTS.schoolEditor,
	orgAdmin: DEMO_ACCOUNTS.policeAdmin,
	coordinator: DEMO_ACCOUNTS.coordinator
} as const;
const SCHOOL = DEMO_ACCOUNTS.schoolEditor.organization.slug;
const POLICE = DEMO_ACCOUNTS.policeAdmin.organization.slug;
// The demo's "AG Sicherheit im öffentlichen Raum": the school and the police station are members, the
// police admin leads it, the association is outside. Its first meeting (id 1) carries attachment 1.
const GROUP = 'ag-sicherheit-im-oeffentlichen-raum';
const DEMO_IDS: Record<string, string> = { '{group}': GROUP, '{meeting}': '1', '{attachment}': '1' };
const OWN_ORGANIZATION: Record<Person, string> = {
	anonymous: SCHOOL,
	outsider: SCHOOL,
	editor: SCHOOL,
	orgAdmin: POLICE,
	coordinator: SCHOOL
};

const PUBLIC: Expectation = { anonymous: 'ok', outsider: 'ok', editor: 'ok', orgAdmin: 'ok', coordinator: 'ok' };
const SIGNED_IN: Expectation = { ...PUBLIC, anonymous: 'login' };
const PARTNERS_ONLY: Expectation = { ...SIGNED_IN, coordinator: 'forbidden' };
const COORDINATOR: Expectation = {
	anonymous: 'login',
	outsider: 'forbidden',
	editor: 'forbidden',
	orgAdmin: 'forbidden',
	coordinator: 'ok'
};
const ORGANIZATION_MEMBERS: Expectation = { ...COORDINATOR, editor: 'ok', orgAdmin: 'ok' };
const ORGANIZATION_ADMINS: Expectation = { ...COORDINATOR, orgAdmin: 'ok' };
const COORDINATOR_MISSING: Expectation = { ...COORDINATOR, coordinator: 'missing' };
// The demo proposal of the school (the editor's organization); the police admin and the outsider are other partners.
const SCHOOL_PROPOSAL = 'medienwoche-zittau-sued';
const PROPOSAL_AUTHORS: Expectation = { ...COORDINATOR, editor: 'ok' };
const OTHER_PARTNERS: Expectation = {
	anonymous: 'login',
	outsider: 'ok',
	editor: 'forbidden',
	orgAdmin: 'ok',
	coordinator: 'forbidden'
};
const GROUP_MEMBERS = ORGANIZATION_MEMBERS;
/** The group's lead (the police admin) and the coordinator. */
const GROUP_MANAGERS = ORGANIZATION_ADMINS;
const NOBODY: Expectation = {
	anonymous: 'missing',
	outsider: 'missing',
	editor: 'missing',
	orgAdmin: 'missing',
	coordinator: 'missing'
};

interface Route {
	/** "GET /path" or "POST /path?/action"; "{org}" is replaced per person (see above). */
	request: string;
	expect: Expectation;
	/** Form fields of a POST, chosen so that the action, once allowed, refuses them as invalid: the
	 *  matrix must not change the demo data the other specs rely on. */
	form?: Record<string, string>;
	/** An action that would change data even with an empty form (publish, send reminders): it is
	 *  sent only by the people who must be refused; the feature's own spec covers the others. */
	changesData?: true;
	/** For routes whose [slug] is not an organization (a proposal): the slug "{org}" stands for. */
	slug?: string;
}

const ROUTES: Route[] = [
	// Account (/konto): every signed-in person manages their own account, and only their own.
	{ request: 'GET /konto', expect: SIGNED_IN },
	{ request: 'POST /konto?/name', expect: SIGNED_IN, form: { name: '' } },
	{ request: 'POST /konto?/email', expect: SIGNED_IN, form: { email: 'kein-format' } },
	{ request: 'POST /konto?/benachrichtigungen', expect: SIGNED_IN, form: { mode: 'ungueltig' } },
	{ request: 'POST /konto?/passwort', expect: SIGNED_IN, form: { newPassword: 'kurz' } },
	{ request: 'POST /konto?/wiederherstellungscodes', expect: SIGNED_IN, form: { currentPassword: '' } },
	{ request: 'POST /konto?/zweiFaktorAus', expect: PARTNERS_ONLY, form: { currentPassword: '' } },
	{ request: 'POST /konto?/loeschen', expect: SIGNED_IN, form: { confirmEmail: 'nicht-meine@example.org' } },
	{ request: 'GET /konto/export', expect: SIGNED_IN },
	{ request: 'GET /konto/zwei-faktor', expect: SIGNED_IN },
	{ request: 'POST /konto/zwei-faktor', expect: SIGNED_IN, form: { code: '' } },
	// The confirmation link is the proof; an unknown token is refused for everyone alike.
	{ request: 'GET /konto/email/unbekannt', expect: PUBLIC },
	{ request: 'POST /konto/email/unbekannt', expect: PUBLIC },
	// The other mailed links likewise: an unknown token shows the same page to everyone.
	{ request: 'GET /einladung/unbekannt', expect: PUBLIC },
	{ request: 'GET /eintrag-uebernehmen/unbekannt', expect: PUBLIC },
	{ request: 'POST /eintrag-uebernehmen/unbekannt', expect: PUBLIC },
	{ request: 'GET /passwort-vergessen/unbekannt', expect: PUBLIC },

	// Partner area (/intern): the dashboard for everyone signed in, an organization for its people.
	{ request: 'GET /intern', expect: SIGNED_IN },
	{ request: 'GET /intern/organisation/{org}', expect: ORGANIZATION_MEMBERS },
	{ request: 'GET /intern/organisation/{org}/vorschau', expect: ORGANIZATION_MEMBERS },
	// No demo organization has a logo: those allowed learn that, the others not even that.
	{
		request: 'GET /intern/organisation/{org}/logo',
		expect: { ...ORGANIZATION_MEMBERS, editor: 'missing', orgAdmin: 'missing', coordinator: 'missing' }
	},
	{ request: 'POST /intern/organisation/{org}?/speichern', expect: ORGANIZATION_MEMBERS, form: { name: '' } },
	{ request: 'POST /intern/organisation/{org}?/zeile', expect: ORGANIZATION_MEMBERS, form: { zeile: 'phones' } },
	{
		request: 'POST /intern/organisation/{org}?/kopieren',
		expect: ORGANIZATION_MEMBERS,
		form: { kopieren: 'opening.1.werktage' }
	},
	{ request: 'POST /intern/organisation/{org}?/logo', expect: ORGANIZATION_MEMBERS },
	{ request: 'POST /intern/organisation/{org}?/veroeffentlichen', expect: ORGANIZATION_MEMBERS, changesData: true },
	{ request: 'POST /intern/organisation/{org}?/zurueckziehen', expect: ORGANIZATION_MEMBERS, changesData: true },
	{ request: 'POST /intern/organisation/{org}?/aktuell', expect: ORGANIZATION_MEMBERS, changesData: true },
	{ request: 'POST /intern/organisation/{org}?/logoEntfernen', expect: ORGANIZATION_MEMBERS, changesData: true },
	{ request: 'GET /intern/organisation/{org}/personen', expect: ORGANIZATION_ADMINS },
	{ request: 'POST /intern/organisation/{org}/personen?/einladen', expect: ORGANIZATION_ADMINS, form: { email: '' } },
	{
		request: 'POST /intern/organisation/{org}/personen?/entfernen',
		expect: ORGANIZATION_ADMINS,
		form: { userId: 'x' }
	},
	// Events for "Aktuelles": partners submit for their organizations; the coordination has its own pages.
	// "[id]" is sent as it stands, an id nobody's event has: partners learn it does not exist.
	{ request: 'GET /intern/veranstaltungen', expect: PARTNERS_ONLY },
	{ request: 'GET /intern/veranstaltungen/neu', expect: PARTNERS_ONLY },
	{ request: 'POST /intern/veranstaltungen/neu', expect: PARTNERS_ONLY, form: { title: '' } },
	{
		request: 'GET /intern/veranstaltungen/[id]',
		expect: { ...PARTNERS_ONLY, outsider: 'missing', editor: 'missing', orgAdmin: 'missing' }
	},
	{
		request: 'POST /intern/veranstaltungen/[id]',
		expect: { ...PARTNERS_ONLY, outsider: 'missing', editor: 'missing', orgAdmin: 'missing' },
		form: { title: '' }
	},

	// Coordination (/koordination): the coordinator only.
	{ request: 'GET /koordination', expect: COORDINATOR },
	{ request: 'GET /koordination/aktualitaet', expect: COORDINATOR },
	{ request: 'POST /koordination/aktualitaet?/erinnern', expect: COORDINATOR, changesData: true },
	{
		request: 'POST /koordination/aktualitaet?/uebernahme',
		expect: COORDINATOR,
		form: { claimId: '0', entscheidung: 'ablehnen' }
	},
	{ request: 'GET /koordination/antraege', expect: COORDINATOR },
	{
		request: 'POST /koordination/antraege?/annehmen',
		expect: COORDINATOR,
		form: { applicationId: 'x', category: '' }
	},
	{
		request: 'POST /koordination/antraege?/ablehnen',
		expect: COORDINATOR,
		form: { applicationId: 'x', message: '' }
	},
	{ request: 'GET /koordination/organisationen/neu', expect: COORDINATOR },
	{ request: 'POST /koordination/organisationen/neu', expect: COORDINATOR, form: { name: '' } },
	{ request: 'GET /koordination/organisationen/{org}', expect: COORDINATOR },
	{ request: 'POST /koordination/organisationen/{org}?/einladen', expect: COORDINATOR, form: { email: '' } },
	{ request: 'POST /koordination/organisationen/{org}?/entfernen', expect: COORDINATOR, form: { userId: 'x' } },
	{ request: 'GET /koordination/personen', expect: COORDINATOR },
	{ request: 'POST /koordination/personen?/sperren', expect: COORDINATOR, form: { userId: 'x' } },
	{ request: 'POST /koordination/personen?/entsperren', expect: COORDINATOR, form: { userId: 'x' } },
	// The inbox of contact messages; "1" is the first demo message, which no spec changes.
	{ request: 'GET /koordination/postfach', expect: COORDINATOR },
	{ request: 'POST /koordination/postfach?/aufraeumen', expect: COORDINATOR, form: { confirm: '' } },
	{ request: 'GET /koordination/postfach/1', expect: COORDINATOR },
	{ request: 'POST /koordination/postfach/1?/erledigt', expect: COORDINATOR, changesData: true },
	{ request: 'POST /koordination/postfach/1?/wiedereroeffnen', expect: COORDINATOR, changesData: true },
	{ request: 'POST /koordination/postfach/1?/notiz', expect: COORDINATOR, form: { note: 'x'.repeat(2001) } },
	{ request: 'POST /koordination/postfach/1?/erneutSenden', expect: COORDINATOR, changesData: true },
	{ request: 'POST /koordination/postfach/1?/loeschen', expect: COORDINATOR, form: { confirm: '' } },
	{ request: 'GET /koordination/aktuelles', expect: COORDINATOR },
	{ request: 'POST /koordination/aktuelles?/veroeffentlichen', expect: COORDINATOR, form: { itemId: 'x' } },
	{ request: 'POST /koordination/aktuelles?/zurueckziehen', expect: COORDINATOR, form: { itemId: 'x' } },
	{ request: 'POST /koordination/aktuelles?/ablehnen', expect: COORDINATOR, form: { itemId: 'x', reason: '' } },
	{ request: 'GET /koordination/aktuelles/neu', expect: COORDINATOR },
	{ request: 'POST /koordination/aktuelles/neu', expect: COORDINATOR, form: { title: '' } },
	// An id no item has: the coordinator learns it does not exist (aktuelles.spec.ts edits real ones).
	{ request: 'GET /koordination/aktuelles/[id]', expect: { ...COORDINATOR, coordinator: 'missing' } },
	{
		request: 'POST /koordination/aktuelles/[id]',
		expect: { ...COORDINATOR, coordinator: 'missing' },
		form: { title: '' }
	},
	{ request: 'GET /koordination/aktuelles/[id]/loeschen', expect: { ...COORDINATOR, coordinator: 'missing' } },
	{ request: 'POST /koordination/aktuelles/[id]/loeschen', expect: { ...COORDINATOR, coordinator: 'missing' } },
	// Service areas: "[id]" is sent as it stands, an area nobody has; the coordinator gets past the guard to a 404.
	{ request: 'GET /koordination/gebiete', expect: COORDINATOR },
	{ request: 'GET /koordination/gebiete/neu', expect: COORDINATOR },
	{ request: 'POST /koordination/gebiete/neu', expect: COORDINATOR, form: { name: '' } },
	...[
		'GET /koordination/gebiete/[id]',
		'POST /koordination/gebiete/[id]?/speichern',
		'POST /koordination/gebiete/[id]?/strassen',
		'POST /koordination/gebiete/[id]?/zeile',
		'POST /koordination/gebiete/[id]?/foto',
		'POST /koordination/gebiete/[id]?/fotoEntfernen',
		'GET /koordination/gebiete/[id]/loeschen',
		'POST /koordination/gebiete/[id]/loeschen',
		'GET /koordination/gebiete/[id]/import',
		'POST /koordination/gebiete/[id]/import?/vorschau',
		'POST /koordination/gebiete/[id]/import?/uebernehmen',
		'GET /koordination/gebiete/[id]/versionen',
		'POST /koordination/gebiete/[id]/versionen?/wiederherstellen'
	].map((request): Route => ({ request, expect: { ...COORDINATOR, coordinator: 'missing' } })),
	// Search vocabulary: "[id]" is no concept's id; the coordinator gets past the guard to a 404.
	{ request: 'GET /koordination/suchbegriffe', expect: COORDINATOR },
	{ request: 'GET /koordination/suchbegriffe/neu', expect: COORDINATOR },
	{ request: 'POST /koordination/suchbegriffe/neu', expect: COORDINATOR, form: { label: '' } },
	...[
		'GET /koordination/suchbegriffe/[id]',
		'POST /koordination/suchbegriffe/[id]',
		'GET /koordination/suchbegriffe/[id]/loeschen',
		'POST /koordination/suchbegriffe/[id]/loeschen'
	].map((request): Route => ({ request, expect: { ...COORDINATOR, coordinator: 'missing' } })),
	// Search gaps: an empty form names no counted query, so the coordinator's action refuses it.
	{ request: 'GET /koordination/suchluecken', expect: COORDINATOR },
	{ request: 'POST /koordination/suchluecken?/wortschatz', expect: COORDINATOR, form: { week: '' } },
	{ request: 'POST /koordination/suchluecken?/ratgeber', expect: COORDINATOR, form: { week: '' } },
	// Guides ("Was tun bei …?"): "{org}" is no guide's slug; the coordinator gets past the guard to a 404.
	{ request: 'GET /koordination/was-tun', expect: COORDINATOR },
	{ request: 'GET /koordination/was-tun/neu', expect: COORDINATOR },
	{ request: 'POST /koordination/was-tun/neu', expect: COORDINATOR, form: { title: '' } },
	{ request: 'GET /koordination/was-tun/{org}', expect: COORDINATOR_MISSING },
	{ request: 'POST /koordination/was-tun/{org}?/speichern', expect: COORDINATOR_MISSING, form: { title: '' } },
	{ request: 'POST /koordination/was-tun/{org}?/loeschen', expect: COORDINATOR_MISSING, form: { bestaetigt: 'ja' } },
	{ request: 'GET /koordination/was-tun/{org}/versionen', expect: COORDINATOR_MISSING },
	{
		request: 'POST /koordination/was-tun/{org}/versionen?/wiederherstellen',
		expect: COORDINATOR_MISSING,
		form: { revisionId: '1', bestaetigt: 'ja' }
	},
	{ request: 'GET /koordination/was-tun/{org}/uebersetzung/en', expect: COORDINATOR_MISSING },
	{
		request: 'POST /koordination/was-tun/{org}/uebersetzung/en?/speichern',
		expect: COORDINATOR_MISSING,
		form: { title: '' }
	},
	{
		request: 'POST /koordination/was-tun/{org}/uebersetzung/en?/loeschen',
		expect: COORDINATOR_MISSING,
		form: { bestaetigt: 'ja' }
	},
	// The partner list import: every step and the template are the coordinator's alone.
	{ request: 'GET /koordination/import', expect: COORDINATOR },
	{ request: 'GET /koordination/import/vorlage.csv', expect: COORDINATOR },
	{ request: 'GET /koordination/import/vorlage.xlsx', expect: COORDINATOR },
	{ request: 'POST /koordination/import?/vorschau', expect: COORDINATOR, form: { text: '' } },
	// "[job]" is no import's id: the coordinator gets past the guard to a 404.
	{ request: 'GET /koordination/import/[job]', expect: COORDINATOR_MISSING },
	{ request: 'POST /koordination/import/[job]?/importieren', expect: COORDINATOR_MISSING, form: { wahl: '' } },
	// Pages, reports, fields of action, sign-language video. "{org}" is no page or field slug: the
	// coordinator learns that it does not exist, everyone else is refused before that.
	{ request: 'GET /koordination/seiten', expect: COORDINATOR },
	{ request: 'GET /koordination/seiten/{org}', expect: COORDINATOR_MISSING },
	{ request: 'POST /koordination/seiten/{org}?/vorschau', expect: COORDINATOR_MISSING, form: { title: '' } },
	{ request: 'POST /koordination/seiten/{org}?/speichern', expect: COORDINATOR_MISSING, form: { title: '' } },
	{ request: 'GET /koordination/seiten/{org}/versionen', expect: COORDINATOR_MISSING },
	{
		request: 'POST /koordination/seiten/{org}/versionen?/wiederherstellen',
		expect: COORDINATOR_MISSING,
		form: { revisionId: '1' }
	},
	{ request: 'GET /koordination/seiten/{org}/uebersetzung/en', expect: COORDINATOR_MISSING },
	{
		request: 'POST /koordination/seiten/{org}/uebersetzung/en?/vorschau',
		expect: COORDINATOR_MISSING,
		form: { title: '' }
	},
	{
		request: 'POST /koordination/seiten/{org}/uebersetzung/en?/speichern',
		expect: COORDINATOR_MISSING,
		form: { title: '' }
	},
	{
		request: 'POST /koordination/seiten/{org}/uebersetzung/en?/loeschen',
		expect: COORDINATOR_MISSING,
		form: { confirm: '' }
	},
	{ request: 'GET /koordination/seiten/berichte', expect: COORDINATOR },
	{ request: 'POST /koordination/seiten/berichte?/hochladen', expect: COORDINATOR, form: { title: '' } },
	{ request: 'POST /koordination/seiten/berichte?/loeschen', expect: COORDINATOR, form: { reportId: '1' } },
	{ request: 'GET /koordination/seiten/handlungsfelder', expect: COORDINATOR },
	{ request: 'POST /koordination/seiten/handlungsfelder?/anlegen', expect: COORDINATOR, form: { title: '' } },
	{ request: 'GET /koordination/seiten/handlungsfelder/{org}', expect: COORDINATOR_MISSING },
	{
		request: 'POST /koordination/seiten/handlungsfelder/{org}?/speichern',
		expect: COORDINATOR_MISSING,
		form: { title: '' }
	},
	{ request: 'POST /koordination/seiten/handlungsfelder/{org}?/loeschen', expect: COORDINATOR_MISSING },
	{ request: 'GET /koordination/seiten/video', expect: COORDINATOR },
	{ request: 'POST /koordination/seiten/video?/hochladen', expect: COORDINATOR, form: { transcript: '' } },
	{ request: 'POST /koordination/seiten/video?/entfernen', expect: COORDINATOR },
	{ request: 'GET /koordination/vermittlung', expect: COORDINATOR },
	{ request: 'GET /koordination/vermittlung/uebersicht', expect: COORDINATOR },
	// "{org}" is no proposal: the coordinator learns that, everyone else is refused before the lookup;
	// vermittlung.spec.ts covers the coordinator on a real proposal.
	{ request: 'GET /koordination/vermittlung/{org}', expect: { ...COORDINATOR, coordinator: 'missing' } },
	{
		request: 'POST /koordination/vermittlung/{org}?/vormerken',
		expect: { ...COORDINATOR, coordinator: 'missing' },
		form: { organizationId: 'x' }
	},
	{
		request: 'POST /koordination/vermittlung/{org}?/vorstellen',
		expect: { ...COORDINATOR, coordinator: 'missing' },
		form: { organizationId: 'x' }
	},
	{
		request: 'POST /koordination/vermittlung/{org}?/status',
		expect: { ...COORDINATOR, coordinator: 'missing' },
		form: { matchId: 'x' }
	},

	// Project proposals (/projekte): public ones for everyone, partners-only ones for signed-in people,
	// drafts for the author's organization; editing, offers and status for the author and the coordinator.
	{ request: 'GET /projekte', expect: PUBLIC },
	{ request: 'GET /was-tun', expect: PUBLIC },
	{ request: 'GET /suche', expect: PUBLIC },
	{ request: 'GET /projekte/{org}', expect: PUBLIC, slug: SCHOOL_PROPOSAL },
	{
		request: 'GET /projekte/{org}',
		expect: { ...PUBLIC, anonymous: 'missing' },
		slug: 'sicherheitsbegehung-weinaupark'
	},
	{
		request: 'GET /projekte/{org}',
		expect: { anonymous: 'missing', outsider: 'ok', editor: 'missing', orgAdmin: 'missing', coordinator: 'ok' },
		slug: 'schulwegdetektive-hirschfelde'
	},
	{ request: 'GET /projekte/neu', expect: PARTNERS_ONLY },
	{ request: 'POST /projekte/neu', expect: PARTNERS_ONLY, form: { title: '' } },
	{ request: 'GET /projekte/{org}/bearbeiten', expect: PROPOSAL_AUTHORS, slug: SCHOOL_PROPOSAL },
	{
		request: 'POST /projekte/{org}/bearbeiten',
		expect: PROPOSAL_AUTHORS,
		slug: SCHOOL_PROPOSAL,
		form: { title: '' }
	},
	{
		request: 'POST /projekte/{org}?/mitmachen',
		expect: OTHER_PARTNERS,
		slug: SCHOOL_PROPOSAL,
		form: { message: '' }
	},
	{
		request: 'POST /projekte/{org}?/annehmen',
		expect: PROPOSAL_AUTHORS,
		slug: SCHOOL_PROPOSAL,
		form: { offerId: 'x' }
	},
	{
		request: 'POST /projekte/{org}?/ablehnen',
		expect: PROPOSAL_AUTHORS,
		slug: SCHOOL_PROPOSAL,
		form: { offerId: 'x' }
	},
	{
		request: 'POST /projekte/{org}?/status',
		expect: PROPOSAL_AUTHORS,
		slug: SCHOOL_PROPOSAL,
		form: { status: 'ungueltig' }
	},
	{ request: 'POST /projekte/{org}?/kommentieren', expect: SIGNED_IN, slug: SCHOOL_PROPOSAL, form: { body: '' } },
	{
		request: 'POST /projekte/{org}?/ausblenden',
		expect: COORDINATOR,
		slug: SCHOOL_PROPOSAL,
		form: { commentId: 'x' }
	},
	{ request: 'POST /projekte/{org}?/folgen', expect: SIGNED_IN, slug: SCHOOL_PROPOSAL, changesData: true },
	{ request: 'POST /projekte/{org}?/entfolgen', expect: SIGNED_IN, slug: SCHOOL_PROPOSAL, changesData: true },
	{ request: 'GET /koordination/arbeitsgruppen', expect: COORDINATOR },
	{ request: 'GET /koordination/arbeitsgruppen/neu', expect: COORDINATOR },
	{ request: 'POST /koordination/arbeitsgruppen/neu', expect: COORDINATOR, form: { name: '' } },
	{ request: 'GET /koordination/arbeitsgruppen/{group}', expect: COORDINATOR },
	{ request: 'POST /koordination/arbeitsgruppen/{group}', expect: COORDINATOR, form: { name: '' } },
	{ request: 'GET /koordination/arbeitsgruppen/{group}/archivieren', expect: COORDINATOR },
	{ request: 'POST /koordination/arbeitsgruppen/{group}/archivieren', expect: COORDINATOR, form: { confirm: '' } },
	// Working groups: public pages, joining for partners, the internal area for members.
	{ request: 'GET /arbeitsgruppen', expect: PUBLIC },
	{ request: 'GET /arbeitsgruppen/{group}', expect: PUBLIC },
	{ request: 'POST /arbeitsgruppen/{group}?/beitreten', expect: PARTNERS_ONLY, form: { organizationId: '' } },
	{ request: 'GET /arbeitsgruppen/{group}/intern', expect: GROUP_MEMBERS },
	{ request: 'POST /arbeitsgruppen/{group}/intern?/annehmen', expect: GROUP_MANAGERS, form: { requestId: 'x' } },
	{ request: 'POST /arbeitsgruppen/{group}/intern?/ablehnen', expect: GROUP_MANAGERS, form: { requestId: 'x' } },
	{ request: 'POST /arbeitsgruppen/{group}/intern?/mitteilung', expect: GROUP_MANAGERS, form: { title: '' } },
	{
		request: 'POST /arbeitsgruppen/{group}/intern?/antworten',
		expect: GROUP_MEMBERS,
		form: { announcementId: 'x', body: '' }
	},
	{ request: 'POST /arbeitsgruppen/{group}/intern?/kalender', expect: GROUP_MEMBERS, changesData: true },
	{ request: 'POST /arbeitsgruppen/{group}/intern?/kalenderWiderrufen', expect: GROUP_MEMBERS, changesData: true },
	{ request: 'GET /arbeitsgruppen/{group}/intern/austreten', expect: GROUP_MEMBERS },
	{ request: 'POST /arbeitsgruppen/{group}/intern/austreten', expect: GROUP_MEMBERS, form: { organizationId: '' } },
	{ request: 'GET /arbeitsgruppen/{group}/intern/termine/neu', expect: GROUP_MANAGERS },
	{ request: 'POST /arbeitsgruppen/{group}/intern/termine/neu', expect: GROUP_MANAGERS, form: { title: '' } },
	{ request: 'GET /arbeitsgruppen/{group}/intern/termine/{meeting}', expect: GROUP_MEMBERS },
	{
		request: 'POST /arbeitsgruppen/{group}/intern/termine/{meeting}?/speichern',
		expect: GROUP_MANAGERS,
		form: { title: '' }
	},
	{
		request: 'POST /arbeitsgruppen/{group}/intern/termine/{meeting}?/protokoll',
		expect: GROUP_MANAGERS,
		changesData: true
	},
	{ request: 'POST /arbeitsgruppen/{group}/intern/termine/{meeting}?/anhang', expect: GROUP_MANAGERS },
	{
		request: 'POST /arbeitsgruppen/{group}/intern/termine/{meeting}?/anhangEntfernen',
		expect: GROUP_MANAGERS,
		form: { attachmentId: 'x' }
	},
	{
		request: 'POST /arbeitsgruppen/{group}/intern/termine/{meeting}?/absagen',
		expect: GROUP_MANAGERS,
		form: { confirm: '' }
	},
	{ request: 'GET /arbeitsgruppen/{group}/intern/anhaenge/{attachment}', expect: GROUP_MEMBERS },
	// Calendar feeds carry their secret in the URL: an unknown token is not found for anyone.
	{ request: 'GET /kalender/unbekannt.ics', expect: NOBODY },
	{ request: 'GET /kalender/unbekannt/{group}.ics', expect: NOBODY }
];

/** Attempts on another organization's data by people who work elsewhere: refused, never data. */
interface Intrusion {
	who: Exclude<Person, 'anonymous'>;
	request: string;
	/** "{schoolEditorId}" is replaced by the school editor's user id, as an attacker could guess it. */
	form?: Record<string, string>;
	expect: Answer;
}

const INTRUSIONS: Intrusion[] = [
	{ who: 'editor', request: `GET /intern/organisation/${POLICE}`, expect: 'forbidden' },
	{ who: 'editor', request: `GET /intern/organisation/${POLICE}/vorschau`, expect: 'forbidden' },
	{ who: 'editor', request: `GET /intern/organisation/${POLICE}/logo`, expect: 'forbidden' },
	{
		who: 'editor',
		request: `POST /intern/organisation/${POLICE}?/speichern`,
		form: { name: 'Übernommen' },
		expect: 'forbidden'
	},
	{ who: 'editor', request: `POST /intern/organisation/${POLICE}?/zurueckziehen`, expect: 'forbidden' },
	{ who: 'orgAdmin', request: `GET /intern/organisation/${SCHOOL}`, expect: 'forbidden' },
	{ who: 'orgAdmin', request: `POST /intern/organisation/${SCHOOL}?/zurueckziehen`, expect: 'forbidden' },
	{ who: 'orgAdmin', request: `POST /intern/organisation/${SCHOOL}?/logoEntfernen`, expect: 'forbidden' },
	{ who: 'orgAdmin', request: `POST /intern/organisation/${SCHOOL}?/aktuell`, expect: 'forbidden' },
	{ who: 'outsider', request: `GET /intern/organisation/${POLICE}/personen`, expect: 'forbidden' },
	{
		who: 'orgAdmin',
		request: `POST /intern/organisation/${SCHOOL}/personen?/entfernen`,
		form: { userId: '{schoolEditorId}' },
		expect: 'forbidden'
	},
	{
		who: 'orgAdmin',
		request: `POST /intern/organisation/${SCHOOL}/personen?/einladen`,
		form: { email: 'freund@example.org', role: 'admin' },
		expect: 'forbidden'
	},
	// A foreign person's id posted to one's own organization: not found there, nothing removed.
	{
		who: 'orgAdmin',
		request: `POST /intern/organisation/${POLICE}/personen?/entfernen`,
		form: { userId: '{schoolEditorId}' },
		expect: 'missing'
	},
	{
		who: 'orgAdmin',
		request: 'POST /koordination/personen?/sperren',
		form: { userId: '{schoolEditorId}' },
		expect: 'forbidden'
	},
	{
		who: 'orgAdmin',
		request: `POST /koordination/organisationen/${SCHOOL}?/entfernen`,
		form: { userId: '{schoolEditorId}' },
		expect: 'forbidden'
	},
	// Whether a slug exists is not revealed to people outside the coordination.
	{ who: 'outsider', request: 'GET /intern/organisation/gibt-es-nicht', expect: 'forbidden' },
	{ who: 'coordinator', request: 'GET /intern/organisation/gibt-es-nicht', expect: 'missing' },
	{ who: 'coordinator', request: 'GET /koordination/postfach/999999', expect: 'missing' },
	{
		who: 'coordinator',
		request: 'POST /koordination/postfach/999999?/loeschen',
		form: { confirm: 'ja' },
		expect: 'missing'
	},
	{
		who: 'orgAdmin',
		request: 'POST /koordination/postfach/1?/loeschen',
		form: { confirm: 'ja' },
		expect: 'forbidden'
	},
	// Another partner's internal proposal: seen, but not edited, decided or withdrawn.
	{ who: 'editor', request: 'GET /projekte/sicherheitsbegehung-weinaupark/bearbeiten', expect: 'forbidden' },
	{
		who: 'editor',
		request: 'POST /projekte/sicherheitsbegehung-weinaupark?/status',
		form: { status: 'withdrawn', bestaetigt: 'on' },
		expect: 'forbidden'
	},
	{
		who: 'outsider',
		request: 'POST /projekte/sicherheitsbegehung-weinaupark?/annehmen',
		form: { offerId: '1' },
		expect: 'forbidden'
	},
	// A draft is not revealed to other partners, not even to offer on it.
	{
		who: 'orgAdmin',
		request: 'POST /projekte/schulwegdetektive-hirschfelde?/mitmachen',
		form: { message: 'Wir möchten gern mitmachen.' },
		expect: 'missing'
	}
];

test('the matrix has a line for every page, endpoint and form action of the signed-in areas', () => {
	const listed = new Set(ROUTES.map((route) => route.request));
	expect(
		listEndpoints(['konto', 'intern', 'koordination', 'projekte', 'arbeitsgruppen', 'kalender']).filter(
			(endpoint) => !listed.has(endpoint)
		)
	).toEqual([]);
});

const sessions = new Map<Person, BrowserContext>();
const placeholders = new Map<string, string>();

test.beforeAll(async ({ browser }, testInfo) => {
	// Four logins through the browser, one with a TOTP code: more than a test's 30 s on a busy machine.
	testInfo.setTimeout(90_000);
	sessions.set('anonymous', await browser.newContext());
	for (const person of ['outsider', 'editor', 'orgAdmin', 'coordinator'] as const) {
		sessions.set(person, await signedInContext(browser, person));
	}
	placeholders.set('{schoolEditorId}', await userIdOf(sessions.get('coordinator')!, ACCOUNTS.editor.email));
});

test.afterAll(async () => {
	for (const context of sessions.values()) await context.close();
});

async function signedInContext(browser: Browser, person: keyof typeof ACCOUNTS): Promise<BrowserContext> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await signIn(page, ACCOUNTS[person]);
	await page.close();
	return context;
}

/** The id the coordination's people list shows for an email (the id an attacker would guess). */
async function userIdOf(coordinator: BrowserContext, email: string): Promise<string> {
	const page = await coordinator.newPage();
	await page.goto('/koordination/personen');
	const id = await page.getByRole('row').filter({ hasText: email }).locator('input[name="userId"]').inputValue();
	await page.close();
	return id;
}

/** One cell of the matrix: a person's request with the answer it must get. */
interface Cell {
	who: Person;
	request: string;
	form?: Record<string, string>;
	expect: Answer;
}

function matrixCells(person: Person): Cell[] {
	return ROUTES.flatMap((route): Cell[] => {
		const expected = route.expect[person];
		if (route.changesData && (expected === 'ok' || expected === 'missing')) return [];
		const slug = route.slug ?? OWN_ORGANIZATION[person];
		const request = Object.entries(DEMO_IDS).reduce(
			(line, [key, value]) => line.replaceAll(key, value),
			route.request.replace('{org}', slug)
		);
		return [{ who: person, request, form: route.form, expect: expected }];
	});
}

/** Sends every cell (a few at a time) and lists each wrong answer: "editor: GET /koordination → forbidden, got status 200". */
async function wrongAnswers(cells: Cell[], baseURL: string): Promise<string[]> {
	return collectProblems(cells, async (cell) => {
		const form =
			cell.form && Object.fromEntries(Object.entries(cell.form).map(([k, v]) => [k, placeholders.get(v) ?? v]));
		const response = await send(sessions.get(cell.who)!.request, cell.request, form, baseURL);
		const answer = answerOf(response, cell.request);
		return answer === cell.expect
			? []
			: [`${cell.who}: ${cell.request} → ${cell.expect}, got ${answer} (${statusLine(response)})`];
	});
}

for (const person of PEOPLE) {
	test(`every route of the matrix answers ${person} as expected`, async ({ baseURL }) => {
		test.setTimeout(120_000);
		const cells = matrixCells(person);
		expect(await wrongAnswers(cells, baseURL!), `wrong answers among ${cells.length} requests`).toEqual([]);
	});
}

test("attempts on someone else's organization, proposal or message are refused", async ({ baseURL }) => {
	expect(await wrongAnswers(INTRUSIONS, baseURL!), `wrong answers among ${INTRUSIONS.length} attempts`).toEqual([]);
});

test('the refused attempts changed nothing: the police entry is public, the school editor still works there', async () => {
	const anonymous = sessions.get('anonymous')!.request;
	expect((await anonymous.get(`/netzwerk/${POLICE}`, { maxRedirects: 0 })).status()).toBe(200);
	expect((await anonymous.get(`/netzwerk/${SCHOOL}`, { maxRedirects: 0 })).status()).toBe(200);
	const editor = sessions.get('editor')!.request;
	expect((await editor.get(`/intern/organisation/${SCHOOL}`, { maxRedirects: 0 })).status()).toBe(200);
	const coordinator = sessions.get('coordinator')!.request;
	expect((await coordinator.get('/koordination/postfach/1', { maxRedirects: 0 })).status()).toBe(200);
});

test('fields a person may not set are ignored: posting a role and an email with the name changes only the name', async ({
	baseURL
}) => {
	const outsider = sessions.get('outsider')!;
	const response = await send(
		outsider.request,
		'POST /konto?/name',
		{ name: ACCOUNTS.outsider.name, role: 'coordinator', email: 'uebernahme@example.org', id: '1' },
		baseURL!
	);
	expect(response.status()).toBe(200);
	expect(answerOf(await send(outsider.request, 'GET /koordination', undefined, baseURL!), 'GET /koordination')).toBe(
		'forbidden'
	);
	const exported = await (await outsider.request.get('/konto/export')).json();
	expect(exported.account).toMatchObject({
		email: ACCOUNTS.outsider.email,
		role: 'partner',
		name: ACCOUNTS.outsider.name
	});
});

/**
 * Sends the request as a browser without JavaScript would, without following redirects: asking for
 * HTML (else SvelteKit answers an action with JSON) and, for a form post, with this site's Origin.
 */
function send(
	request: APIRequestContext,
	line: string,
	form: Record<string, string> | undefined,
	baseURL: string
): Promise<APIResponse> {
	const [method, path] = line.split(' ') as ['GET' | 'POST', string];
	const headers = { Accept: 'text/html' };
	if (method === 'GET') return request.get(path, { maxRedirects: 0, headers });
	return request.post(path, {
		maxRedirects: 0,
		form: form ?? {},
		headers: { ...headers, Origin: new URL(baseURL).origin }
	});
}

function answerOf(response: APIResponse, line: string): Answer | string {
	const status = response.status();
	const location = response.headers()['location'] ?? '';
	if (status === 303 && location.startsWith('/anmelden')) return 'login';
	if (status === 403) return 'forbidden';
	if (status === 404) return 'missing';
	const isPage = line.startsWith('GET ');
	if (isPage && status === 200) return 'ok';
	// An allowed action answers with its result: done (200 or a redirect elsewhere) or a validation failure.
	if (!isPage && (status === 200 || status === 400 || status === 409 || (status === 303 && location !== '')))
		return 'ok';
	return statusLine(response);
}

function statusLine(response: APIResponse): string {
	const location = response.headers()['location'];
	return `status ${response.status()}${location ? ` → ${location}` : ''}`;
}
