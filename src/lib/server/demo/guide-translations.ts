import type { GuideTextsInput } from '../guides/types';

// The demo guides in English, Polish and Czech: the same plain, short sentences as the German text.
// Keywords name the situation the way people type it, Polish and Czech also without diacritics.

type Translations = Partial<Record<'en' | 'pl' | 'cs', GuideTextsInput>>;

const steps = (...lines: string[]) => lines.map((line) => `- ${line}`).join('\n');

export const GUIDE_TRANSLATIONS: Record<string, Translations> = {
	mobbing: {
		en: {
			title: 'What to do about bullying and cyberbullying?',
			summary: 'Your child is bullied at school or online? This is how you can help now.',
			firstSteps: steps(
				'Listen to your child calmly. Say: “It is not your fault.”',
				'Write down what happened: when, where, who.',
				'Take screenshots of messages and posts.',
				'Do not answer the messages. Block the senders.',
				'Talk to the class teacher or the school social worker.'
			),
			emergency:
				'Call **110** if your child is threatened, beaten or blackmailed. Call **112** if your child is hurt or wants to harm themselves.',
			keywords: 'bullying, bullied, cyberbullying, school, online, internet, mocked, excluded, insulted, child'
		},
		pl: {
			title: 'Co robić przy mobbingu i cyberprzemocy?',
			summary: 'Twoje dziecko jest nękane w szkole lub w internecie? Tak możesz pomóc teraz.',
			firstSteps: steps(
				'Wysłuchaj dziecka spokojnie. Powiedz: „To nie twoja wina”.',
				'Zapisz, co się stało: kiedy, gdzie, kto.',
				'Zrób zrzuty ekranu wiadomości i postów.',
				'Nie odpowiadaj na wiadomości. Zablokuj nadawców.',
				'Porozmawiaj z wychowawcą lub pedagogiem szkolnym.'
			),
			emergency:
				'Dzwoń pod **110**, gdy dziecku grożą, biją je lub szantażują. Dzwoń pod **112**, gdy dziecko jest ranne lub chce sobie zrobić krzywdę.',
			keywords:
				'mobbing, nękanie, nękane, nekanie, cyberprzemoc, przemoc w szkole, szkoła, szkole, internet, dziecko'
		},
		cs: {
			title: 'Co dělat při šikaně a kyberšikaně?',
			summary: 'Vaše dítě je šikanováno ve škole nebo na internetu? Takto můžete pomoci hned.',
			firstSteps: steps(
				'Klidně dítě vyslechněte. Řekněte: „Není to tvoje vina.“',
				'Zapište si, co se stalo: kdy, kde, kdo.',
				'Udělejte snímky obrazovky se zprávami a příspěvky.',
				'Na zprávy neodpovídejte. Odesílatele zablokujte.',
				'Promluvte si s třídním učitelem nebo se školním sociálním pracovníkem.'
			),
			emergency:
				'Volejte **110**, když dítěti někdo vyhrožuje, bije ho nebo ho vydírá. Volejte **112**, když je dítě zraněné nebo si chce ublížit.',
			keywords: 'šikana, sikana, šikanováno, šikanování, kyberšikana, škola, ve škole, internet, dítě'
		}
	},
	'schockanruf-und-enkeltrick': {
		en: {
			title: 'What to do after a scam call or grandparent scam?',
			summary:
				'Someone called and asked for money – as a grandchild, police officer or doctor? Hang up. Here is what to do next.',
			firstSteps: steps(
				'Hang up. The police never ask for money or jewellery on the phone.',
				'Do not give anything to strangers at the door.',
				'Call your family on the number you know.',
				'Already paid? Call your bank at once and have your accounts blocked.',
				'Report it to the police – even if nothing happened.'
			),
			emergency:
				'Call **110** if someone is coming to collect money or is still nearby. The real police never call from 110.',
			keywords: 'scam call, scam, grandparent scam, fraud, fake police, phone call, grandma, grandpa, elderly'
		},
		pl: {
			title: 'Co robić po telefonie oszusta („na wnuczka”)?',
			summary: 'Ktoś zadzwonił i żądał pieniędzy – jako wnuczek, policjant lub lekarz? Rozłącz się. Co dalej?',
			firstSteps: steps(
				'Rozłącz się. Policja nigdy nie żąda przez telefon pieniędzy ani biżuterii.',
				'Nie dawaj niczego obcym przy drzwiach.',
				'Zadzwoń do rodziny na numer, który znasz.',
				'Pieniądze już oddane? Od razu zadzwoń do banku i zablokuj konta.',
				'Zgłoś to na policję – nawet jeśli nic się nie stało.'
			),
			emergency: 'Dzwoń pod **110**, gdy ktoś właśnie przychodzi po pieniądze lub jest jeszcze w pobliżu.',
			keywords:
				'oszustwo, oszustwo na wnuczka, na wnuczka, fałszywy policjant, falszywy policjant, telefon, babcia, dziadek, seniorzy'
		},
		cs: {
			title: 'Co dělat po podvodném telefonátu („vnuk“)?',
			summary: 'Někdo volal a chtěl peníze – jako vnuk, policista nebo lékař? Zavěste. Co dál?',
			firstSteps: steps(
				'Zavěste. Policie po telefonu nikdy nechce peníze ani šperky.',
				'Nic nedávejte cizím lidem u dveří.',
				'Zavolejte rodině na číslo, které znáte.',
				'Už jste peníze dali? Hned volejte bance a nechte zablokovat účty.',
				'Oznamte to policii – i když se nic nestalo.'
			),
			emergency: 'Volejte **110**, když si pro peníze někdo právě jde nebo je ještě poblíž.',
			keywords:
				'podvod, podvodný telefonát, podvodny telefonat, falešný policista, vnuk, telefon, babička, senioři'
		}
	},
	'haeusliche-gewalt': {
		en: {
			title: 'What to do about domestic violence?',
			summary: 'You are hit, threatened or locked in at home? You are not alone. Help is free.',
			firstSteps: steps(
				'Get yourself and your children to safety.',
				'The helpline **116 016** helps day and night, also in your language.',
				'Have injuries checked and written down by a doctor or hospital.',
				'The police can send the violent person out of the home for up to 14 days.',
				'After a police call-out, the intervention centre calls you and advises you.'
			),
			emergency: 'Call **110** if you are being threatened or hit right now. Call **112** if someone is hurt.',
			keywords:
				'domestic violence, husband hits me, partner hits me, abuse, violence at home, women shelter, threatened'
		},
		pl: {
			title: 'Co robić przy przemocy domowej?',
			summary: 'W domu ktoś cię bije, grozi ci lub zamyka? Nie jesteś sama. Pomoc jest bezpłatna.',
			firstSteps: steps(
				'Zadbaj o bezpieczeństwo swoje i dzieci.',
				'Telefon zaufania **116 016** pomaga dniem i nocą, także po polsku.',
				'Pokaż obrażenia lekarzowi i poproś o zaświadczenie.',
				'Policja może nakazać sprawcy opuszczenie mieszkania na 14 dni.',
				'Po interwencji policji zadzwoni do ciebie punkt interwencyjny.'
			),
			emergency:
				'Dzwoń pod **110**, gdy ktoś ci teraz grozi lub cię bije. Dzwoń pod **112**, gdy ktoś jest ranny.',
			keywords:
				'przemoc domowa, mąż mnie bije, maz mnie bije, bije, partner, dom dla kobiet, grozi, przemoc w rodzinie'
		},
		cs: {
			title: 'Co dělat při domácím násilí?',
			summary: 'Doma vás někdo bije, vyhrožuje vám nebo vás zamyká? Nejste sama. Pomoc je zdarma.',
			firstSteps: steps(
				'Zajistěte bezpečí sobě a dětem.',
				'Linka pomoci **116 016** pomáhá ve dne i v noci, i ve vašem jazyce.',
				'Nechte zranění prohlédnout a zapsat lékařem.',
				'Policie může násilnou osobu vykázat z bytu až na 14 dní.',
				'Po zásahu policie vám zavolá intervenční centrum.'
			),
			emergency:
				'Volejte **110**, když vám někdo právě vyhrožuje nebo vás bije. Volejte **112**, když je někdo zraněný.',
			keywords:
				'domácí násilí, domaci nasili, manžel mě bije, manzel me bije, bije, partner, azylový dům, vyhrožuje'
		}
	},
	'sucht-in-der-familie': {
		en: {
			title: 'What to do about addiction in the family?',
			summary: 'Someone in your family drinks, smokes weed or gambles too much? Counselling helps – you too.',
			firstSteps: steps(
				'Talk about it at a calm moment, not during a fight.',
				'Say what you see and what worries you. Do not blame.',
				'Addiction counselling is free and confidential – also for relatives.',
				'Look after yourself too. Self-help groups support relatives.'
			),
			emergency:
				'Call **112** if someone does not wake up, breathes badly or is confused after drugs or alcohol.',
			keywords:
				'addiction, alcohol problem, drinks, drugs, drug addiction, weed, cannabis, gambling, counselling, son, daughter'
		},
		pl: {
			title: 'Co robić przy uzależnieniu w rodzinie?',
			summary: 'Ktoś w rodzinie pije, pali marihuanę lub gra za dużo? Poradnia pomaga – także tobie.',
			firstSteps: steps(
				'Porozmawiaj w spokojnej chwili, nie w czasie kłótni.',
				'Powiedz, co widzisz i co cię martwi. Nie oskarżaj.',
				'Poradnia uzależnień jest bezpłatna i poufna – także dla bliskich.',
				'Zadbaj też o siebie. Grupy wsparcia pomagają bliskim.'
			),
			emergency:
				'Dzwoń pod **112**, gdy ktoś się nie budzi, źle oddycha lub jest zdezorientowany po narkotykach lub alkoholu.',
			keywords:
				'uzależnienie, uzależnień, uzaleznien, alkohol, problem z alkoholem, narkotyki, marihuana, marihuanę, syn, córka'
		},
		cs: {
			title: 'Co dělat při závislosti v rodině?',
			summary: 'Někdo v rodině pije, kouří trávu nebo hraje příliš? Poradna pomáhá – i vám.',
			firstSteps: steps(
				'Mluvte o tom v klidné chvíli, ne při hádce.',
				'Řekněte, co vidíte a co vás trápí. Nevyčítejte.',
				'Protidrogová poradna je zdarma a důvěrná – i pro blízké.',
				'Myslete i na sebe. Svépomocné skupiny pomáhají blízkým.'
			),
			emergency:
				'Volejte **112**, když se někdo neprobouzí, špatně dýchá nebo je po drogách či alkoholu zmatený.',
			keywords:
				'závislost, zavislost, alkohol, závislost na alkoholu, drogy, tráva, trava, kouří, kouri, protidrogová poradna, syn'
		}
	},
	einbruch: {
		en: {
			title: 'What to do after a burglary?',
			summary: 'Someone broke into your home? How to protect traces, yourself and your home.',
			firstSteps: steps(
				'Do not go in if the burglar could still be inside.',
				'Do not touch anything. The police secure traces.',
				'Write down what is missing. Block stolen bank and phone cards.',
				'Report the damage to your insurance.',
				'The police advise for free how to make doors and windows safer.'
			),
			emergency: 'Call **110** at once if you notice a burglary or the burglar is still nearby.',
			keywords: 'burglary, burglar, broke into, break-in, burglary protection, house, flat, stolen, theft'
		},
		pl: {
			title: 'Co robić po włamaniu?',
			summary: 'Ktoś włamał się do twojego mieszkania? Jak chronić ślady, siebie i dom.',
			firstSteps: steps(
				'Nie wchodź, jeśli złodziej może być jeszcze w środku.',
				'Niczego nie dotykaj. Policja zabezpieczy ślady.',
				'Zapisz, czego brakuje. Zablokuj skradzione karty.',
				'Zgłoś szkodę ubezpieczycielowi.',
				'Policja bezpłatnie doradza, jak zabezpieczyć drzwi i okna.'
			),
			emergency: 'Dzwoń od razu pod **110**, gdy zauważysz włamanie lub złodziej jest jeszcze w pobliżu.',
			keywords:
				'włamanie, wlamanie, włamanie do mieszkania, ochrona przed włamaniem, ochrona przed wlamaniem, złodziej, kradzież'
		},
		cs: {
			title: 'Co dělat po vloupání?',
			summary: 'Někdo se vám vloupal do bytu? Jak chránit stopy, sebe a domov.',
			firstSteps: steps(
				'Nechoďte dovnitř, pokud tam zloděj ještě může být.',
				'Ničeho se nedotýkejte. Policie zajistí stopy.',
				'Zapište, co chybí. Zablokujte ukradené karty.',
				'Nahlaste škodu pojišťovně.',
				'Policie zdarma poradí, jak zabezpečit dveře a okna.'
			),
			emergency: 'Volejte hned **110**, když zjistíte vloupání nebo je zloděj ještě poblíž.',
			keywords:
				'vloupání, vloupani, vloupání do bytu, ochrana před vloupáním, ochrana pred vloupanim, zloděj, krádež'
		}
	},
	stalking: {
		en: {
			title: 'What to do about stalking?',
			summary: 'Someone follows you, waits for you or messages you all the time? Stalking is a crime.',
			firstSteps: steps(
				'Say clearly once: “I do not want any contact.” Then stop answering.',
				'Write everything down: date, time, what happened. Keep the messages.',
				'Tell friends, family and work.',
				'Report it to the police.',
				'At the local court you can apply for a contact ban.'
			),
			emergency: 'Call **110** if the person is at your door, follows you or threatens you.',
			keywords: 'stalking, stalker, someone is stalking me, following me, ex, ex-partner, harassment, contact ban'
		},
		pl: {
			title: 'Co robić przy stalkingu?',
			summary: 'Ktoś cię śledzi, czeka na ciebie lub ciągle pisze? Uporczywe nękanie jest przestępstwem.',
			firstSteps: steps(
				'Powiedz raz wyraźnie: „Nie chcę kontaktu”. Potem już nie odpowiadaj.',
				'Zapisuj wszystko: datę, godzinę, co się stało. Zachowaj wiadomości.',
				'Powiedz o tym znajomym, rodzinie i w pracy.',
				'Zgłoś to na policję.',
				'W sądzie rejonowym możesz wnioskować o zakaz kontaktu.'
			),
			emergency: 'Dzwoń pod **110**, gdy ta osoba stoi pod drzwiami, idzie za tobą lub ci grozi.',
			keywords: 'stalking, uporczywe nękanie, uporczywe nekanie, śledzi, sledzi, były partner, zakaz kontaktu'
		},
		cs: {
			title: 'Co dělat při stalkingu?',
			summary: 'Někdo vás sleduje, čeká na vás nebo vám pořád píše? Pronásledování je trestný čin.',
			firstSteps: steps(
				'Řekněte jednou jasně: „Nechci žádný kontakt.“ Pak už neodpovídejte.',
				'Zapisujte vše: datum, čas, co se stalo. Zprávy si schovejte.',
				'Řekněte to přátelům, rodině a v práci.',
				'Oznamte to policii.',
				'U okresního soudu můžete požádat o zákaz kontaktu.'
			),
			emergency: 'Volejte **110**, když ta osoba stojí u vašich dveří, jde za vámi nebo vám vyhrožuje.',
			keywords: 'stalking, pronásledování, pronasledovani, sleduje, bývalý partner, zákaz kontaktu'
		}
	},
	'streit-in-der-nachbarschaft': {
		en: {
			title: 'What to do about a dispute with neighbours?',
			summary: 'Noise, rubbish, parking or an angry word? Many disputes can be solved without a court.',
			firstSteps: steps(
				'Talk to your neighbours calmly. Often they do not know about the problem.',
				'Write down when it bothers you.',
				'In a rented house: talk to the property management.',
				'Mediation helps when talking alone does not work. It costs less than a court.',
				'For noise at night or wrongly parked cars, the public order office helps.'
			),
			emergency: 'Call **110** if the dispute turns violent or someone threatens you.',
			keywords: 'neighbour, neighbours, neighbor, dispute, noise, mediation, rubbish, parking, dog'
		},
		pl: {
			title: 'Co robić przy sporze z sąsiadami?',
			summary: 'Hałas, śmieci, parkowanie lub przykre słowo? Wiele sporów da się rozwiązać bez sądu.',
			firstSteps: steps(
				'Porozmawiaj spokojnie z sąsiadami. Często nie wiedzą o problemie.',
				'Zapisz, kiedy to przeszkadza.',
				'W bloku: porozmawiaj z zarządcą budynku.',
				'Mediacja pomaga, gdy sama rozmowa nie wystarcza. Jest tańsza niż sąd.',
				'Przy hałasie w nocy lub źle zaparkowanych autach pomaga urząd porządkowy.'
			),
			emergency: 'Dzwoń pod **110**, gdy spór staje się brutalny lub ktoś ci grozi.',
			keywords: 'sąsiad, sąsiedzi, sasiedzi, spór z sąsiadem, hałas, halas, mediacja, śmieci, parkowanie'
		},
		cs: {
			title: 'Co dělat při sporu se sousedy?',
			summary: 'Hluk, odpadky, parkování nebo ošklivé slovo? Mnoho sporů se dá vyřešit bez soudu.',
			firstSteps: steps(
				'Promluvte si se sousedy v klidu. Často o problému nevědí.',
				'Zapište si, kdy vás to ruší.',
				'V nájemním domě: promluvte si se správou domu.',
				'Mediace pomůže, když samotný rozhovor nestačí. Je levnější než soud.',
				'Při nočním hluku nebo špatně zaparkovaných autech pomůže úřad pro veřejný pořádek.'
			),
			emergency: 'Volejte **110**, když se spor změní v násilí nebo vám někdo vyhrožuje.',
			keywords: 'soused, sousedé, sousede, spor se sousedy, hluk, mediace, odpadky, parkování'
		}
	},
	'rechte-parolen': {
		en: {
			title: 'What to do about right-wing slogans and hate?',
			summary: 'Racist remarks, swastikas or hate online? Do not stay silent. How to react and find help.',
			firstSteps: steps(
				'Stay calm and do not put yourself in danger.',
				'Stand by the person who is attacked. Ask: “Do you need help?”',
				'Take photos of graffiti and screenshots of posts.',
				'Incitement to hatred and swastikas are crimes in Germany. Report them to the police.',
				'Victim counselling helps people affected by right-wing and racist violence.'
			),
			emergency: 'Call **110** if someone is attacked or threatened.',
			keywords:
				'right-wing extremism, right-wing, extremism, racist attack, racism, racist, hate speech, swastika, Nazis'
		},
		pl: {
			title: 'Co robić przy prawicowych hasłach i nienawiści?',
			summary: 'Rasistowskie teksty, swastyki lub hejt w sieci? Nie milcz. Jak reagować i gdzie szukać pomocy.',
			firstSteps: steps(
				'Zachowaj spokój i nie narażaj się.',
				'Stań po stronie zaatakowanej osoby. Zapytaj: „Potrzebujesz pomocy?”',
				'Zrób zdjęcia napisów i zrzuty ekranu postów.',
				'Nawoływanie do nienawiści i swastyki są w Niemczech karalne. Zgłoś to na policję.',
				'Poradnia dla ofiar pomaga osobom dotkniętym przemocą prawicową i rasistowską.'
			),
			emergency: 'Dzwoń pod **110**, gdy ktoś jest atakowany lub mu grożą.',
			keywords: 'ekstremizm, prawicowy ekstremizm, rasizm, rasistowski, hejt, nienawiść, swastyka, naziści'
		},
		cs: {
			title: 'Co dělat při pravicových heslech a nenávisti?',
			summary:
				'Rasistické řeči, hákové kříže nebo nenávist na internetu? Nemlčte. Jak reagovat a kde hledat pomoc.',
			firstSteps: steps(
				'Zachovejte klid a nevystavujte se nebezpečí.',
				'Postavte se na stranu napadeného člověka. Zeptejte se: „Potřebujete pomoc?“',
				'Vyfoťte nápisy a udělejte snímky obrazovky s příspěvky.',
				'Podněcování k nenávisti a hákové kříže jsou v Německu trestné. Oznamte je policii.',
				'Poradna pro oběti pomáhá lidem zasaženým pravicovým a rasistickým násilím.'
			),
			emergency: 'Volejte **110**, když je někdo napaden nebo ohrožován.',
			keywords: 'extremismus, pravicový extremismus, rasismus, rasistický, nenávist, hákový kříž, neonacisté'
		}
	}
};
