import { vocabularyMigration, type Addition } from './2026_12_03_0400_search_vocabulary_everyday_words';

// Round eight (issue #10): classes of situation told in a sentence, each led to the partner that answers
// it, with siblings in German, English, Polish and Czech: work that exploits (hours without a break, work
// through an agency, ten people in one flat) and a landlord (the migration counselling warns of both), a
// crime seen at home or next door (a fire set, a brothel or trafficking, someone prowling round the house
// or peeping; the Polizeirevier takes the report), a carer taking money from an account (theft), an
// exhausted relative caring at home and a neighbour not seen for days (the social psychiatric service
// answers worries about a person), a child left home alone (youth office), doping and party drugs,
// fireworks in a house, an icy pavement and pigeons or rats (Ordnungsamt), a fake profile in someone's
// name, spitting and insults for one's origin, a boss who gropes, paying for damage done, couples and
// parents' courses, a vigilante group, strangers hanging around, drunk people in public, alcohol at the
// wheel, newcomers who know nobody, a wheelchair and a broken lift, money paid in advance to a firm that
// vanished, sleeping out in the frost, e-scooters, a pupil threatening a teacher. Acts are phrases where their words are everyday words ("von ihrem
// Konto", "home alone"), so they lead over a single word of the same sentence naming a role or a place.
// Like the earlier rounds: rows matched by label, only missing words added, no word in two concepts;
// `down` removes the new concept.
const ADDITIONS: Addition[] = [
	[
		'Miete und Vermieter',
		'vermieter mieter verbraucherberatung',
		'',
		false,
		'vermieter*|vermieterin|mietvertrag*|mietrecht|mieterhöhung|landlord*|tenancy|rental contract|' +
			'rent contract|lease|deposit back|wynajmując*|właściciel mieszkania|właścicielka mieszkania|' +
			'umowa najmu|umowy najmu|umowę najmu|pronajímatel*|majitel bytu|majitelka bytu|' +
			'nájemní smlouv*|nájemník|kauce'
	],
	[
		'Migration',
		'',
		'',
		false,
		'leiharbeit*|zeitarbeit*|über eine agentur|über die agentur|stunden ohne pause|ohne pause arbeiten|' +
			'stunden am tag|chef zwingt|chef lässt mich|ausgebeutet|ausbeutung|zu zehnt in|mit zehn leuten|' +
			'überbelegt*|agency work*|through an agency|temp agency|hours without a break|hours a day|' +
			'boss makes me|forced to work|exploited|exploitation|overcrowded|ten people in|crammed into|' +
			'agencja pracy|agencji pracy|przez agencję|godzin bez przerwy|godzin dziennie|szef każe|' +
			'wyzysk*|wykorzystuje nas|z dziesięcioma osobami|w dziesięć osób|přes agenturu|pracovní agentur*|' +
			'agenturní|hodin bez přestávky|hodin denně|šéf mě nutí|šéf nutí|vykořisťov*|s deseti lidmi|' +
			'deset lidí v|přeplněn*'
	],
	[
		'Straftat anzeigen',
		'',
		'',
		false,
		// A fire set on purpose.
		'brandstiftung|angezündet|feuer gelegt|in brand gesteckt|set fire|set on fire|arson*|podpalił*|' +
			'podpalenie|podpalili|podpalon*|podpálil*|žhář*|zapálili popelnice|zapálil popelnice|' +
			// A brothel, trafficking.
			'bordell*|zwangsprostitution|menschenhandel|prostitution|brothel*|prostitut*|trafficking|' +
			'burdel*|agencja towarzyska|prostytucj*|handel ludźmi|nevěstin*|prostituc*|obchod s lidmi|' +
			'obchodování s lidmi|' +
			// Someone prowling round the house or peeping.
			'schleicht ums haus|schleicht um das haus|im garten herum|in die fenster|spanner|voyeur*|' +
			'prowler*|prowling|peeping|into our windows|into the windows|zaglądał w okna|zaglądał do okien|' +
			'zagląda w okna|chodził po ogrodzie|podglądacz*|nahlížel do oken|nahlíží do oken|obcházel dům|' +
			'šmírák*|šmíruje'
	],
	[
		'Diebstahl',
		'',
		'',
		false,
		'von ihrem konto|von seinem konto|vom konto|geld abgehoben|from her account|from his account|' +
			'from my account|withdrawing money|withdraws money|z jej konta|z jego konta|z mojego konta|' +
			'wypłaca pieniądze|podbiera pieniądze|z jejího účtu|z jeho účtu|z mého účtu|vybírá peníze'
	],
	[
		'Psychische Erkrankung',
		'',
		'',
		false,
		// A relative caring at home at the end of their strength.
		'pflege meinen mann|pflege meine frau|pflege meine mutter|pflege meinen vater|pflegende angehörige|' +
			'pflegender angehöriger|caring for my husband|caring for my wife|caring for my mother|' +
			'caring for my father|family carer|opiekuję się mężem|opiekuję się żoną|opiekuję się mamą|' +
			'opiekuję się tatą|pečuji o manžela|pečuju o manžela|pečuji o mámu|starám se o manžela|' +
			'starám se o mámu|starám se o tátu|' +
			// A neighbour not seen for days.
			'seit tagen nicht gesehen|tagelang nicht gesehen|briefkasten quillt|briefkasten ist voll|' +
			'havent seen her|havent seen him|not seen for days|mail is piling up|mail piling up|' +
			'nie widziałem jej|nie widziałam jej|nie widziałem go|nie widziałam go|skrzynka jest pełna|' +
			'neviděl jsem ji|neviděla jsem ji|neviděl jsem ho|plná schránka|přetéká schránka'
	],
	[
		'Jugendamt',
		'',
		'',
		false,
		'allein zu hause|alleine zu hause|allein daheim|home alone|alone at home|sam w domu|' +
			'sama w domu|same w domu|zostaje sam|zostaje sama|sám doma|sama doma|zůstává sám|zůstává sama'
	],
	[
		'Sucht',
		'',
		'',
		false,
		'steroid*|steriod*|anabolik*|doping|sterydy|sterydów|sterydami|steroidy|ketamin*|raves|rave party|' +
			'techno party|technoparty|imprezy techno|ketamina|am saufen|säuft nur noch|trinkt nur noch|' +
			'only drinking|drinks every day|drinking every day|pije codziennie|ciągle pije|tylko pije|' +
			'pořád pije|jen pije|pije každý den'
	],
	[
		'Gefahr im öffentlichen Raum',
		'',
		'',
		false,
		'böller*|feuerwerk*|silvesterknaller|pyrotechnik|firework*|firecracker*|petard*|fajerwerk*|ohňostroj*|' +
			// Drunk people in a public place.
			'betrunkene|besoffene|drunks|drunk people|drunk tourists|pijani|pijanych|pijacy|opilci|opilí|opilé|' +
			'ožralí|ožralové'
	],
	[
		'Ordnungsamt',
		'',
		'',
		false,
		'nicht gestreut|nicht geräumt|glatteis|winterdienst|streupflicht|not gritted|icy pavement|' +
			'snow not cleared|nieodśnieżon*|oblodzon*|neposypan*|náledí|neuklizený sníh|' +
			'tauben|pigeon*|ratten|ratte|rats|szczur*|gołęb*|krysy|potkan*|holub*'
	],
	[
		'Medien und Internet',
		'',
		'',
		false,
		'fake profil*|falsches profil|gefälschtes profil|fake profile*|fake account*|in my name|' +
			'in her name|in seinem namen|in ihrem namen|fałszywy profil|fałszywe konto|podszywa się|' +
			'falešný profil|falešný účet|jejím jménem|jeho jménem|deepfake*'
	],
	[
		'Rassismus',
		'',
		'',
		false,
		'angespuckt|spuckte mich an|spat at me|spat on me|spits at|opluł mnie|opluli mnie|plivl na mě|' +
			'plivali na mě|poplival*|called me a|nannte mich|wyzywał mnie od|nadával mi do'
	],
	[
		'Belästigung in der Öffentlichkeit',
		'',
		'',
		false,
		'grapscht|gropes me|groped me|groping|boss touches|szef obmacuje|' +
			'šéf osahává|šéf mě osahává|osahává ji|osahává mě|harassed at work|molestowanie w pracy|' +
			'obtěžování v práci|belästigung am arbeitsplatz'
	],
	[
		'Täter-Opfer-Ausgleich',
		'',
		'',
		false,
		'schaden bezahlen|schaden ersetzen|für den schaden|pay for the damage|pay the damage|' +
			'zapłacić za szkod*|pokryć szkod*|zaplatit škodu|uhradit škodu|nahradit škodu'
	],
	[
		'Familienberatung',
		'',
		'',
		false,
		'paarberatung|eheberatung|paartherapie|couples counselling|couples counseling|marriage counselling|' +
			'poradnia dla par|terapia dla par|terapia par|poradnia małżeńska|párová terapie|manželská poradna|' +
			'poradna pro páry|elternkurs*|kurs für väter|väterkurs|parenting course*|course for fathers|' +
			'dads group|kurs dla rodziców|kurs dla ojców|rodičovský kurz|kurz pro otce|kurz pro rodiče'
	],
	[
		'Extremismus',
		'',
		'',
		false,
		'eine bürgerwehr|bürgerwehr gründen|selbstjustiz|vigilante*|lynch mob|samosąd*|samosoud*|domobran*'
	],
	// Alcohol at the wheel is the police's (the traffic watch teaches it): a phrase leads over "alkohol".
	[
		'Polizei',
		'',
		'',
		false,
		'promille*|alkohol am steuer|alcohol limit|drink drive limit|blood alcohol|za kierownicą|promil*|' +
			'po alkoholu za|za volantem|alkohol za volantem'
	],
	// Moving somewhere and knowing nobody: the meeting places for all generations.
	[
		'Treffpunkt für alle Generationen',
		'',
		'',
		false,
		'kennen niemanden|kenne niemanden|niemand zum spielen|nach dem umzug|neu hergezogen|dont know anyone|' +
			'know nobody|no one to play with|just moved here|nie znamy nikogo|nikogo nie znamy|nie znam nikogo|' +
			'z kim się bawić|po przeprowadzce|neznáme nikoho|neznám nikoho|nemají si s kým hrát|' +
			'po přestěhování|nově přistěhovalí'
	],
	[
		'Behinderung',
		'',
		'',
		false,
		'rollstuhlfahrer*|im rollstuhl|wheelchair user*|in a wheelchair|na wózku|wózek inwalidzki|' +
			'wózku inwalidzkim|na vozíku|vozíčkář*|aufzug kaputt|aufzug defekt|fahrstuhl kaputt|lift broken|' +
			'lift is broken|broken lift|winda zepsuta|winda nie działa|jest zepsuta|výtah nefunguje|' +
			'nefunguje výtah|rozbitý výtah'
	],
	// Paid in advance and the firm is gone.
	[
		'Verbraucherschutz',
		'',
		'',
		false,
		'anzahlung*|vorkasse|im voraus bezahlt|paid upfront|paid in advance|advance payment|took the deposit|' +
			'zaliczk*|zapłaciłem z góry|zapłaciłam z góry|záloh*|zaplatil předem|zaplatila předem'
	],
	// Sleeping out in the cold.
	[
		'Wohnungslosigkeit',
		'',
		'',
		false,
		'im frost|in der kälte|erfriert|erfrieren|kältebus|kältehilfe|in the cold|freezing outside|' +
			'sleeping rough|sleeps rough|w mrozie|na mrozie|zamarznie|v mrazu|zmrzne|venku v zimě'
	],
	// A pupil threatening or attacking a teacher: the school's own people answer, not victim support.
	[
		'Schulsozialarbeit',
		'',
		'',
		false,
		'bedroht die lehrerin|bedroht den lehrer|droht der lehrerin|droht dem lehrer|lehrerin bedroht|' +
			'lehrer bedroht|lehrer angegriffen|threatens the teacher|threatened the teacher|threatened a teacher|' +
			'attacked a teacher|grozi nauczycielce|grozi nauczycielowi|nauczyciel pobity|pobił nauczyciela|' +
			'vyhrožuje učitelce|vyhrožuje učiteli|napadl učitele|napadl učitelku|udeřil učitele'
	],
	// People loitering where one has to pass: an unsafe place ("strangers" is no "strangled").
	[
		'Unsichere Orte',
		'',
		'',
		false,
		'herumlungern|lungern herum|rumlungern|fremde leute|strangers|hang around|hanging around|loitering|' +
			'kręcą się|obcy ludzie|wałęsają się|poflakují se|cizí lidé|potulují se'
	],
	[
		'Verkehrssicherheit',
		'',
		'',
		false,
		// A driving licence is traffic, not the driver of the sentence (řidič* is a setting).
		'řidičák*|řidičský průkaz|řidičské oprávnění|scooter*|e roller*|tretroller*|hulajnog*|koloběžk*'
	]
];

export const { up, down } = vocabularyMigration(ADDITIONS);
