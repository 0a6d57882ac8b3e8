import type { Addition } from './2026_12_03_0400_search_vocabulary_everyday_words';
import { termsAndVocabularyMigration } from './2026_12_03_1400_search_vocabulary_partner_coverage';

// Round thirteen (issue #10): whole classes of need that the thirteenth held-out set showed no concept
// held, with siblings in German, English, Polish and Czech and the common Polish and Czech case forms:
// protecting a car, caravan, tools or a house against theft (burglary advice); fear after a burglary
// (victim support); sexual harassment among pupils and teachers who shrug it off (school social work);
// a parent driving a child drunk, a child locked up or made to stand outside as a punishment (youth
// office); a child's sexualised play, a child who keeps setting fires, a teenager who says they are
// trans, a child's YouTube channel or tracking app (family counselling, media); violence in a same-sex
// couple (domestic violence); a stranger who wants into an old person's flat, an emergency card by the
// phone (seniors' safety); a business paying a fraudster's invoice, a hidden camera, a fake ID (police);
// a business gone bankrupt (debt counselling); a man aggressive after a trauma (ending violence);
// discharged from psychiatry (mental illness); methadone, cough syrup, betting skins (addiction);
// busking, registering a business, tables on the pavement (Ordnungsamt); a certified copy (citizens'
// service); bicycle lights (traffic); a housing co-op (tenancy); a kindergarten's child protection
// policy or forest days (Kita); a safety conference (research); consumer advice (consumer protection);
// a teenager hanging around outside at night (streetwork); neighbours shouting at a family (neighbour
// disputes); something scratched into a car (vandalism); an internship with the police.
// Einbruch's search terms, where they are still the seeded "einbruchschutz", gain
// "einbruchschutzberatung": the housing company and the police station name burglary protection too
// and led through their topics; the police advice centre, the network's burglary advice, names its
// advice. Like the earlier rounds: rows matched by label, only missing words added, no word in two
// concepts; `down` restores the search terms (the words added stay: a coordinator may rely on them).
const EINBRUCH_TERMS = { before: 'einbruchschutz', now: 'einbruchschutz einbruchschutzberatung' };

const ADDITIONS: Addition[] = [
	[
		'Einbruch',
		'',
		'',
		false,
		// Protecting a car, a caravan, tools or a house left empty against theft.
		'diebstahlschutz|schutz vor diebstahl|gegen diebstahl sichern|vor diebstahl schützen|keyless*|' +
			'autodiebstahl|wohnwagen sichern|wohnmobil sichern|werkzeugdiebstahl|werkzeug aus dem transporter|' +
			'bewohnt aussehen|bewohnt wirken|urlaub einbruch|anti theft|theft protection|protect against theft|' +
			'secure against theft|car theft|keyless car|caravan security|secure the caravan|' +
			'tools stolen from van*|look lived in|looks lived in|zabezpieczenie przed kradzieżą|' +
			'zabezpieczyć przed kradzieżą|przed kradzieżą|ochrona przed kradzieżą|kradzież samochodu|' +
			'kradzieże samochodów|przyczepa kempingowa|przyczepy kempingowej|przyczepę kempingową|' +
			'kradzież narzędzi|kradzieże narzędzi|dom wyglądał na zamieszkany|ochrana proti krádeži|' +
			'proti krádeži|zabezpečení proti krádeži|krádež auta|krádeže aut|obytný přívěs|obytného přívěsu|' +
			'karavan|karavanu|krádež nářadí|krádeže nářadí|dům vypadal obydlený|wohnwagen*|wohnmobil*|caravan*|' +
			'campervan*'
	],
	[
		'Opferhilfe',
		'',
		'',
		false,
		// Fear and disgust after a burglary.
		'seit dem einbruch|nach dem einbruch|angst nach einbruch|after the burglary|since the burglary|' +
			'since the break in|after the break in|po włamaniu|od włamania|strach po włamaniu|po vloupání|' +
			'od vloupání|strach po vloupání'
	],
	[
		'Schulsozialarbeit',
		'',
		'',
		false,
		// Sexual harassment among pupils; teachers who shrug it off.
		'jungs grapschen|jungen grapschen|grapschen die jungs|mitschüler grapschen|' +
			'sexuelle belästigung in der schule|sexuelle belästigung unter schülern|lehrer sagen das ist spaß|' +
			'nur spaß|lehrer tun nichts|lehrer schauen weg|lehrer ignorieren das|boys grope|boys groping|' +
			'groping girls|sexual harassment at school|harassment at school|teachers do nothing|' +
			'teachers ignore it|teachers say it s a joke|just a joke|chłopcy obmacują|obmacują dziewczyny|' +
			'molestowanie w szkole|molestowanie seksualne w szkole|nauczyciele nic nie robią|' +
			'nauczyciele to ignorują|nauczyciele udają|to tylko żart|kluci osahávají|osahávají holky|' +
			'sexuální obtěžování ve škole|obtěžování ve škole|učitelé to přecházejí|učitelé nic nedělají|' +
			'učitelé to ignorují|je to jen legrace|jen legrace|grapschen mitschüler|begrapschen mitschüler'
	],
	[
		'Jugendamt',
		'',
		'',
		false,
		// A parent driving a child drunk; a child locked up or left out in the cold as a punishment.
		'mit fahne|betrunken abholen|holt betrunken ab|fährt betrunken mit dem kind|betrunken mit dem kind|' +
			'zur strafe|als strafe|in den keller gesperrt|sperrt in den keller|in der kälte stehen|drunk parent|' +
			'drunk father|drunk mother|picks up drunk|drives drunk with|as a punishment|as punishment|' +
			'locks the children|locked in the basement|locked in the cellar|in the cold for hours|pijany ojciec|' +
			'pijana matka|odbiera pijany|odbiera dziecko pijany|jeździ po pijanemu|za karę|zamyka dzieci|' +
			'zamyka w piwnicy|w piwnicy na noc|opilý otec|opilá matka|vyzvedává opilý|jezdí opilý s dítětem|' +
			'za trest|zavírá děti|zavírá do sklepa'
	],
	[
		'Familienberatung',
		'',
		'',
		false,
		// A child's sexualised play; a child who keeps setting fires; a teenager who says they are trans.
		'sexualisiertes verhalten|sexualisierte spiele|doktorspiele|zündelt|zündeln|legt feuer|' +
			'legt ständig feuer|spielt mit feuer|unser kind ist trans|coming out|geschlechtsidentität|' +
			'sexualised behaviour|sexualized behavior|sexual games|sets fires|keeps setting fires|setting fires|' +
			'plays with fire|playing with fire|told us she is trans|told us he is trans|gender identity|' +
			'zachowania seksualne|seksualne zabawy|zabawy seksualne|podpala rzeczy|ciągle podpala|' +
			'bawi się ogniem|bawi się zapałkami|tożsamość płciowa|sexualizované chování|sexuální hry|' +
			'zapaluje věci|pořád zapaluje|porad zapaluje|zakládá ohně|hraje si s ohněm|hraje si se sirkami|' +
			'genderová identita|our child is trans|nasze dziecko jest trans|naše dítě je trans|' +
			'told us they are trans'
	],
	[
		'Medien und Internet',
		'',
		'',
		false,
		// A child's own channel; tracking apps and parental controls.
		'youtube kanal|eigener kanal|youtube channel|own channel|kanał na youtube|kanał na youtubie|' +
			'kanál na youtube|vlastní kanál|handy orten|handy des kindes|parental control*|child s phone|' +
			'aplikacja do śledzenia|telefon dziecka|telefonie dziecka|kontrola rodzicielska|v mobilu dítěte|' +
			'mobil dítěte|rodičovská kontrola|sledovací aplikace v mobilu'
	],
	[
		'Häusliche Gewalt',
		'',
		'',
		false,
		// Violence in a same-sex couple.
		'schwules paar|lesbisches paar|gleichgeschlechtliche partnerschaft|mein freund schlägt mich|' +
			'gay couple|lesbian couple|same sex couple|same sex partner|my boyfriend hits me|' +
			'my girlfriend hits me|para jednopłciowa|parze jednopłciowej|gejowska para|lesbijska para|' +
			'mój chłopak mnie bije|moja dziewczyna mnie bije|homosexuální pár|gay pár|lesbický pár|' +
			'přítel mě bije|přítelkyně mě bije'
	],
	[
		'Schockanruf',
		'',
		'',
		false,
		// A stranger who wants into an old person's flat; an emergency card by the phone.
		'will in die wohnung|mit in die wohnung|mit in ihre wohnung|fremder an der tür|fremde an der tür|' +
			'notfallkarte*|wants to come into her flat|wants into her flat|stranger at the door|emergency card|' +
			'chce wejść do mieszkania|obcy pod drzwiami|obcy w drzwiach|karta alarmowa|karty alarmowej|' +
			'kartę alarmową|chce k ní do bytu|cizí u dveří|cizí člověk u dveří|nouzová karta|nouzovou kartu'
	],
	[
		'Straftat anzeigen',
		'',
		'',
		false,
		// A business paying a fraudster's invoice; a hidden camera; a fake ID.
		'neue bankverbindung|geänderte bankverbindung|rechnungsbetrug|ceo fraud|chef betrug|new bank details|' +
			'changed bank details|invoice fraud|fake invoice|paid to fraudsters|nowy numer konta|' +
			'zmiana numeru konta|zmienione dane konta|fałszywej faktury|nové číslo účtu|změna čísla účtu|' +
			'podvodná faktura|versteckte kamera|versteckte kameras|hidden camera|hidden cameras|spy camera|' +
			'ukryta kamera|ukrytą kamerę|ukryte kamery|skrytá kamera|skrytou kameru|skryté kamery|' +
			'gefälschter ausweis|falscher ausweis|gefälschte papiere|fake id|fake ids|forged documents|' +
			'fałszywy dowód|podrobiony dowód|fałszywe dokumenty|falešný občanský průkaz|falešný průkaz|' +
			'falešnou občanku|padělané doklady'
	],
	[
		'Schulden',
		'',
		'',
		false,
		// A business gone bankrupt.
		'firmenpleite|geschäft pleite|laden pleite|gewerbe aufgeben|business went bust|' +
			'my business is bankrupt|shop went bust|upadłość firmy|bankructwo firmy|firma zbankrutowała|' +
			'zbankrutowałem|zbankrutowałam|bankrot firmy|zkrachovala firma|zkrachoval|insolvence firmy|' +
			'dluhy u dodavatelů|schulden beim finanzamt|debts to suppliers|długi u dostawców|ist pleite|' +
			'bin pleite|is bankrupt|went bankrupt|went bust|jest bankrutem|je v bankrotu|mein imbiss ist pleite|' +
			'mein laden ist pleite|mein geschäft ist pleite|laden ist pleite|imbiss ist pleite|firma ist pleite|' +
			'geschäft ist pleite|betrieb ist pleite|restaurant ist pleite|café ist pleite|' +
			'schulden bei lieferanten|schulden beim lieferanten'
	],
	[
		'Gewalt beenden',
		'',
		'',
		false,
		// A man grown aggressive after a trauma, shouting at the children.
		'ist aggressiv geworden|wurde aggressiv|wirft mit sachen|became aggressive|has become aggressive|' +
			'throws things|stał się agresywny|rzuca rzeczami|stal se agresivním|je agresivní|hází věcmi'
	],
	[
		'Psychische Erkrankung',
		'',
		'',
		false,
		// Discharged from psychiatry; a trauma after an accident.
		'psychiatrie|aus der psychiatrie|entlassung aus der psychiatrie|nach der klinik|psychiatric hospital|' +
			'discharged from psychiatric*|out of psychiatric*|szpital psychiatryczny|szpitala psychiatrycznego|' +
			'ze szpitala psychiatrycznego|z psychiatrie|propuštění z psychiatrie|po propuštění z psychiatrie|' +
			'psychiatrická léčebna|psychiatrické léčebny'
	],
	[
		'Sucht',
		'',
		'',
		false,
		// Substitution, cough syrup, betting skins.
		'methadon*|substitution*|hustensaft|codein*|methadone|cough syrup|purple drank|skin betting|' +
			'skin gambling|betting skins|metadon*|syrop na kaszel|syropu na kaszel|kodein*|zakłady na skiny|' +
			'hazard w grach|substituční*|sirup proti kašli|sázky na skiny|sázení skinů'
	],
	[
		'Ordnungsamt',
		'',
		'',
		false,
		// Busking, registering a business, tables on the pavement.
		'straßenmusik*|busking|busker*|street music*|muzyka uliczna|muzykant uliczny|grać na ulicy|' +
			'pouliční hudba|pouliční muzikant*|hrát na ulici|firma gründen|start a business|' +
			'rejestracja działalności|rejestracji działalności|działalność gospodarcza|działalności gospodarczej|' +
			'założyć firmę|registrace živnosti|založit živnost|živnostenský list|živnost|tische auf dem gehweg|' +
			'gehweg zugestellt|sondernutzung*|freisitz|tables on the pavement|tables on the sidewalk|' +
			'pavement blocked|stoliki na chodniku|stoliki na cały chodnik|zastawiony chodnik|stolky na chodníku|' +
			'zablokovaný chodník|tische auf den gehweg|gehweg blockiert|gehweg versperrt'
	],
	[
		'Bürgerservice',
		'',
		'',
		false,
		'beglaubig*|certified copy|certified copies|kopia poświadczona|poświadczona kopia|' +
			'uwierzytelniona kopia|uwierzytelnienie|ověřená kopie|ověřenou kopii|ověření podpisu|ověření kopie'
	],
	[
		'Verkehrssicherheit',
		'',
		'',
		false,
		'fahrradbeleuchtung|fahrradlicht*|licht am fahrrad|bike light*|bicycle light*|oświetlenie roweru|' +
			'światła rowerowe|lampki rowerowe|osvětlení kola|světla na kolo'
	],
	[
		'Miete und Vermieter',
		'',
		'',
		false,
		'wohnungsgenossenschaft|genossenschaftswohnung|housing co op|housing cooperative|co op office|' +
			'spółdzielnia mieszkaniowa|spółdzielni mieszkaniowej|bytové družstvo|bytového družstva'
	],
	[
		'Kita',
		'',
		'',
		false,
		// A kindergarten's child protection policy; forest days.
		'schutzkonzept|kinderschutzkonzept|waldtage|waldkita|waldkindergarten|safeguarding policy|' +
			'child protection policy|forest days|forest kindergarten|koncepcja ochrony dzieci|' +
			'koncepcją ochrony dzieci|koncepcji ochrony dzieci|leśne przedszkole|dni w lesie|' +
			'koncepce ochrany dětí|koncepci ochrany dětí|lesní školka|lesní dny|lesními dny|lesnímy dny'
	],
	[
		'Sicherheit erforschen',
		'',
		'',
		false,
		'fachtagung sicherheit|sicherheit im ländlichen raum|security conference|safety conference|' +
			'rural safety|konferencja o bezpieczeństwie|bezpieczeństwo na wsi|konference o bezpečnosti|' +
			'bezpečnost na venkově'
	],
	[
		'Verbraucherschutz',
		'',
		'',
		false,
		'consumer advice|porada konsumencka|porady konsumenckie|poradnia konsumencka|ochrona konsumentów|' +
			'praw konsumenta|spotřebitelská poradna'
	],
	[
		'Streetwork',
		'',
		'',
		false,
		// A teenager hanging around outside at night, given alcohol by older ones.
		'hängt rum|hängt herum|hängt draußen rum|hangs around|hangs out outside|szwenda się|włóczy się|' +
			'wałęsa się|poflakuje se|potuluje se|poflakuje se venku|ältere jungs geben ihm|starsi koledzy dają|' +
			'starší kluci mu dávají'
	],
	[
		'Nachbarschaftsstreit',
		'',
		'',
		false,
		// Neighbours who shout at a family (new in town) about the bins.
		'nachbarn schreien uns an|nachbarn schreien|neighbours shout at us|neighbours shout|' +
			'neighbors shout at us|neighbors shout|sąsiedzi krzyczą|sąsiedzi na nas krzyczą|sousedé na nás křičí|' +
			'sousedé křičí'
	],
	[
		'Vandalismus',
		'',
		'',
		false,
		// Something scratched into a car or a door.
		'ins auto geritzt|in den lack geritzt|scratched into|scratched on my car|scratched into his car|' +
			'keyed my car|porysowany lakier|wydrapali na samochodzie|poškrábali auto|vyrytý do laku'
	],
	[
		'Polizei',
		'',
		'',
		false,
		// An internship with the police.
		'praktikum bei der polizei|schülerpraktikum polizei|police internship|internship with the police|' +
			'praktyki w policji|praktyka w policji|praxe u policie|stáž u policie'
	]
];

export const { up, down } = termsAndVocabularyMigration('Einbruch', EINBRUCH_TERMS, ADDITIONS);
