import type { PartnerTranslations } from '../../../partner-translations';

// The demo partners' own translations, as partners near the Polish and Czech border would write
// them: the police, counselling, youth services and the KPR itself, most into all three
// languages, some only into Polish and Czech or only in part. The others stay German.

export const PARTNER_TRANSLATIONS: Record<string, PartnerTranslations> = {
	'polizeirevier-zittau': {
		en: {
			name: 'Zittau Police Station',
			description:
				'Zittau Police Station of the Görlitz Police Directorate is open around the clock for the town and all its districts. Officers here take reports – after a burglary, a theft or domestic violence, for example – and the community police officers for the town work from here. In an emergency, always call 110.',
			offer: 'Reports taken around the clock, tip-offs and witness statements, removal of violent persons from the home in cases of domestic violence, referral to the community police officers and the police advice centre, information on road safety in the border triangle.'
		},
		pl: {
			name: 'Komisariat Policji w Żytawie',
			description:
				'Komisariat Policji w Żytawie, podlegający Dyrekcji Policji w Görlitz, pracuje całą dobę dla miasta i wszystkich jego dzielnic. Tu policjanci przyjmują zgłoszenia – na przykład po włamaniu, kradzieży lub w przypadku przemocy domowej – i stąd pracują dzielnicowi na terenie miasta. W nagłych sytuacjach zawsze proszę dzwonić pod numer alarmowy 110.',
			offer: 'Przyjmowanie zgłoszeń przez całą dobę, przyjmowanie informacji i zeznań świadków, nakaz opuszczenia mieszkania dla sprawców przemocy domowej, kontakt z dzielnicowymi i z policyjnym punktem doradztwa, informacje o bezpieczeństwie ruchu drogowego na pograniczu trzech państw.'
		},
		cs: {
			name: 'Policejní služebna Žitava',
			description:
				'Policejní služebna Žitava Policejního ředitelství Zhořelec slouží nepřetržitě městu i všem jeho místním částem. Policisté zde přijímají oznámení – například po vloupání, krádeži nebo při domácím násilí – a odtud pracují i okrskáři ve městě. V akutní nouzi vždy volejte tísňovou linku 110.',
			offer: 'Přijímání oznámení nepřetržitě, přijímání podnětů a svědeckých výpovědí, vykázání násilné osoby ze společného obydlí při domácím násilí, zprostředkování kontaktu na okrskáře a policejní poradenské centrum, informace o bezpečnosti silničního provozu v Trojzemí.'
		}
	},
	'polizeiliche-beratungsstelle-zittau': {
		en: {
			name: 'Zittau Police Crime Prevention Advice Centre',
			description:
				'The advice centre of the Görlitz Police Directorate gives free and impartial advice on how to protect yourself against crime. Its main focus is burglary protection: on request, specialists visit your home and show you which door, which window and which retrofit really makes a difference. The centre also informs about scams such as the grandchild trick, shock calls, fake police officers and online fraud.',
			offer: 'Burglary protection advice at your home, talks for senior citizens’ groups and clubs, leaflets on the grandchild trick, shock calls and online fraud, advice for shops and medical practices, a list of approved security companies.'
		},
		pl: {
			name: 'Policyjny Punkt Doradztwa w Żytawie',
			description:
				'Punkt doradztwa Dyrekcji Policji w Görlitz bezpłatnie i bezstronnie doradza, jak chronić się przed przestępstwami. Najważniejsza jest ochrona przed włamaniem: na życzenie specjaliści przyjeżdżają do domu i pokazują, które drzwi, które okno i jakie zabezpieczenia naprawdę pomagają. Punkt informuje też o oszustwach, takich jak metoda „na wnuczka”, telefony „na policjanta” i oszustwa w internecie.',
			offer: 'Doradztwo w zakresie ochrony przed włamaniem na miejscu, prelekcje dla grup seniorów i stowarzyszeń, materiały o metodzie „na wnuczka”, telefonach „na policjanta” i oszustwach internetowych, doradztwo dla sklepów i gabinetów, lista sprawdzonych firm montujących zabezpieczenia.'
		},
		cs: {
			name: 'Policejní poradenské centrum Žitava',
			description:
				'Poradenské centrum Policejního ředitelství Zhořelec bezplatně a nestranně radí, jak se chránit před trestnou činností. Hlavním tématem je ochrana před vloupáním: odborníci na přání přijedou k Vám domů a ukážou, které dveře, které okno a jaké dodatečné zabezpečení opravdu pomůže. Centrum také informuje o podvodech, jako je trik na vnuka, šokující telefonáty, falešní policisté a podvody na internetu.',
			offer: 'Poradenství k ochraně před vloupáním přímo u Vás, přednášky pro skupiny seniorů a spolky, informační materiály k triku na vnuka, šokujícím telefonátům a podvodům na internetu, poradenství pro obchody a ordinace, seznam prověřených firem pro zabezpečovací techniku.'
		}
	},
	// The community officer writes for the neighbours across the border, not in English.
	'buergerpolizist-innenstadt': {
		pl: {
			name: 'Dzielnicowy – Stare Miasto',
			description:
				'Starszy aspirant Jens Kaiser jest dzielnicowym dla Starego Miasta w obrębie obwodnicy. Patroluje pieszo i na rowerze okolice Rynku, Neustadt i Klosterplatz, zna handlarzy, mieszkańców i wieczorne miejsca spotkań. Przyjmuje zgłoszenia, które nie wymagają od razu numeru alarmowego: powtarzające się zakłócanie ciszy, kłótnie na klatce schodowej, uszkodzone rowery czy podejrzane obserwacje.',
			offer: 'Dyżur dla mieszkańców w ratuszu, doradztwo dla przedsiębiorców w sprawie kradzieży sklepowych i włamań, obchody bezpieczeństwa z mieszkańcami, kontakt w sprawie bezpiecznej drogi do szkoły na Starym Mieście.'
		},
		cs: {
			name: 'Okrskář – Vnitřní město',
			description:
				'Policejní nadstrážmistr Jens Kaiser je okrskářem pro Staré Město uvnitř okruhu. Pěšky a na kole obchází okolí náměstí, Neustadtu a Klosterplatzu, zná obchodníky, obyvatele i večerní místa setkávání a přijímá podněty, které nevyžadují hned tísňovou linku: opakované rušení nočního klidu, spory v domě, poškozená kola nebo podezřelá pozorování.',
			offer: 'Úřední hodiny pro občany na radnici, poradenství pro podnikatele ke krádežím v obchodech a vloupání, bezpečnostní pochůzky s obyvateli, kontaktní osoba pro bezpečnou cestu do školy ve Starém Městě.'
		}
	},
	'praeventionsteam-schule-jugend': {
		en: {
			name: 'Schools and Youth Prevention Team of the Görlitz Police Directorate',
			description:
				'The prevention officers visit schools and youth centres in Zittau. They talk with classes about bullying at school and cyberbullying, about drugs such as crystal meth and cannabis, about violence in the schoolyard and about what is a criminal offence – from forwarding a nude picture to bodily harm.',
			offer: 'Lessons from year 3, project days on bullying and media, parents’ evenings, training for teachers and school social workers, support after acute incidents at schools.'
		},
		pl: {
			name: 'Zespół Prewencji ds. Szkół i Młodzieży Dyrekcji Policji w Görlitz',
			description:
				'Policjanci z zespołu prewencji odwiedzają szkoły i placówki młodzieżowe w Żytawie. Rozmawiają z klasami o przemocy rówieśniczej w szkole i cyberprzemocy, o narkotykach takich jak crystal i marihuana, o przemocy na szkolnym podwórku i o tym, co jest karalne – od przesłania dalej nagiego zdjęcia po uszkodzenie ciała.',
			offer: 'Zajęcia od trzeciej klasy, dni projektowe o przemocy rówieśniczej i mediach, zebrania z rodzicami, szkolenia dla nauczycieli i pedagogów szkolnych, wsparcie po nagłych incydentach w szkołach.'
		},
		cs: {
			name: 'Preventivní tým pro školy a mládež Policejního ředitelství Zhořelec',
			description:
				'Preventisté policie chodí do žitavských škol a zařízení pro mládež. Se třídami mluví o šikaně ve škole a kyberšikaně, o drogách, jako je pervitin a konopí, o násilí na školním dvoře a o tom, co je trestné – od přeposlání nahé fotky až po ublížení na zdraví.',
			offer: 'Výukové bloky od 3. třídy, projektové dny o šikaně a médiích, třídní schůzky s rodiči, školení pro učitele a školní sociální pracovníky, podpora při akutních incidentech ve školách.'
		}
	},
	'suchtberatung-zittau': {
		en: {
			name: 'Zittau Addiction Counselling and Treatment Centre',
			description:
				'The centre helps people who have problems with alcohol, drugs such as crystal meth or cannabis, medication, gambling or excessive use of media – and their relatives. Counselling is free, confidential and anonymous if you wish. Parents who are worried about their child are explicitly welcome.',
			offer: 'Drop-in hours without an appointment, individual and couples counselling, a group for relatives, referral to detox and therapy, outpatient rehabilitation, aftercare, early intervention for young people after first drug use.'
		},
		pl: {
			name: 'Poradnia Uzależnień w Żytawie',
			description:
				'Poradnia pomaga osobom, które mają problem z alkoholem, narkotykami takimi jak crystal (metamfetamina) czy marihuana, lekami, hazardem lub nadmiernym korzystaniem z mediów – oraz ich bliskim. Porady są bezpłatne, poufne, a na życzenie anonimowe. Szczególnie zapraszamy rodziców, którzy martwią się o swoje dziecko.',
			offer: 'Otwarte dyżury bez umawiania wizyty, rozmowy indywidualne i dla par, grupa dla bliskich osób uzależnionych, skierowanie na detoks i terapię, rehabilitacja ambulatoryjna, opieka po terapii, wczesna interwencja dla młodych ludzi po pierwszym kontakcie z narkotykami.'
		},
		cs: {
			name: 'Poradna pro závislosti Žitava',
			description:
				'Poradna pomáhá lidem, kteří mají problémy s alkoholem, drogami, jako je pervitin nebo konopí, s léky, hazardem nebo nadměrným používáním médií – a jejich blízkým. Poradenství je bezplatné, důvěrné a na přání anonymní. Rodiče, kteří mají o své dítě strach, jsou výslovně vítáni.',
			offer: 'Otevřené konzultační hodiny bez objednání, individuální a párové rozhovory, skupina pro blízké, zprostředkování detoxikace a léčby, ambulantní rehabilitace, následná péče, včasná intervence pro mladé lidi po prvním užití drog.'
		}
	},
	'interventionsstelle-haeusliche-gewalt-zittau': {
		en: {
			name: 'Intervention Centre against Domestic Violence and Stalking – Zittau Office',
			description:
				'After the police have been called out because of domestic violence, the intervention centre contacts those affected on its own initiative – with their consent, as early as the next day. It advises on ways to stay safe, on the Protection against Violence Act and on stalking, and helps to draw up a safety plan for yourself and your children.',
			offer: 'Proactive counselling after police call-outs, crisis talks, help with applications to the local court, accompaniment to the police and to court, counselling on stalking and digital violence, interpreters.'
		},
		pl: {
			name: 'Punkt Interwencyjny ds. Przemocy Domowej i Stalkingu – oddział w Żytawie',
			description:
				'Po interwencji policji z powodu przemocy domowej punkt sam kontaktuje się z osobami poszkodowanymi – za ich zgodą już następnego dnia. Doradza w sprawie możliwości ochrony, niemieckiej ustawy o ochronie przed przemocą (Gewaltschutzgesetz) i stalkingu oraz pomaga przygotować plan bezpieczeństwa dla siebie i dzieci.',
			offer: 'Aktywne doradztwo po interwencjach policji, rozmowy kryzysowe, pomoc przy wnioskach do sądu rejonowego, towarzyszenie na policję i do sądu, doradztwo w przypadku stalkingu i przemocy cyfrowej, pomoc tłumacza.'
		},
		cs: {
			name: 'Intervenční centrum proti domácímu násilí a pronásledování – pobočka Žitava',
			description:
				'Po zásahu policie kvůli domácímu násilí se intervenční centrum samo ozve ohroženým osobám – s jejich souhlasem už následující den. Radí, jak se chránit, vysvětluje německý zákon o ochraně před násilím (Gewaltschutzgesetz) a pomáhá při pronásledování (stalkingu). Společně s Vámi vytvoří bezpečnostní plán pro Vás a Vaše děti.',
			offer: 'Aktivní poradenství po policejních zásazích, krizové rozhovory, pomoc s návrhy k okresnímu soudu, doprovod na policii a k soudu, poradenství při pronásledování a digitálním násilí, tlumočení.'
		}
	},
	'schulsozialarbeit-zittau': {
		en: {
			name: 'School Social Work Zittau – Lausitzer Jugendwerk e.V.',
			description:
				'Six school social workers of the Lausitzer Jugendwerk work at primary, secondary and vocational schools in Zittau. They are the first people to turn to when a child is being bullied, no longer wants to go to school or something is wrong at home, and they work with classes on treating each other with respect.',
			offer: 'One-to-one counselling for pupils, class projects against bullying and cyberbullying, counselling for parents and teachers, crisis intervention, referral to further help.'
		},
		pl: {
			name: 'Szkolna praca socjalna w Żytawie – Lausitzer Jugendwerk e.V.',
			description:
				'Sześcioro szkolnych pracowników socjalnych ze stowarzyszenia Lausitzer Jugendwerk pracuje w szkołach podstawowych, średnich i zawodowych w Żytawie. Są pierwszym kontaktem, gdy dziecko doświadcza przemocy rówieśniczej (mobbingu), nie chce chodzić do szkoły albo w domu dzieje się coś złego. Z całymi klasami pracują nad wzajemnym szacunkiem.',
			offer: 'Indywidualne porady dla uczniów, projekty klasowe przeciw przemocy rówieśniczej i cyberprzemocy, doradztwo dla rodziców i nauczycieli, interwencja kryzysowa, kierowanie do dalszej pomocy.'
		},
		cs: {
			name: 'Školní sociální práce Žitava – Lausitzer Jugendwerk e.V.',
			description:
				'Šest školních sociálních pracovníků spolku Lausitzer Jugendwerk působí na základních, středních a odborných školách v Žitavě. Jsou prvním místem, kam se obrátit, když je dítě šikanováno, nechce chodit do školy nebo se doma děje něco špatného. Se třídami pracují na vzájemném respektu.',
			offer: 'Individuální poradenství pro žáky, třídní projekty proti šikaně a kyberšikaně, poradenství pro rodiče a učitele, krizová intervence, zprostředkování další pomoci.'
		}
	},
	// Translated in part: the offer stays German.
	'jugendamt-aussenstelle-zittau': {
		en: {
			name: 'Youth Welfare Office of the District of Görlitz – Zittau Branch',
			description:
				'The general social services of the youth welfare office are responsible for families from Zittau and the surrounding communities. They advise parents in difficult situations, arrange support for raising children and follow up every indication that a child’s welfare is at risk – including when children witness domestic violence between their parents.',
			offer: ''
		},
		pl: {
			name: 'Urząd ds. Młodzieży Powiatu Görlitz – oddział w Żytawie',
			description:
				'Ogólna służba socjalna urzędu ds. młodzieży (Jugendamt) odpowiada za rodziny z Żytawy i okolicznych gmin. Doradza rodzicom w trudnych sytuacjach życiowych, organizuje pomoc wychowawczą i sprawdza każdy sygnał o zagrożeniu dobra dziecka – także wtedy, gdy dzieci są świadkami przemocy domowej między rodzicami.',
			offer: ''
		},
		cs: {
			name: 'Úřad pro mládež okresu Zhořelec – pobočka Žitava',
			description:
				'Všeobecná sociální služba úřadu pro mládež (Jugendamt) má na starosti rodiny ze Žitavy a okolních obcí. Radí rodičům v obtížných životních situacích, zprostředkovává pomoc při výchově a prověřuje každé upozornění na ohrožení dítěte – i tehdy, když jsou děti svědky domácího násilí mezi rodiči.',
			offer: ''
		}
	},
	'kinder-und-jugendnotdienst-oberlausitz': {
		en: {
			name: 'Upper Lusatia Children and Youth Emergency Service',
			description:
				'Children and young people who cannot or do not want to go home find a safe place here, day and night. The emergency service takes children into care when they are threatened with violence at home and looks for a solution together with them and the youth welfare office.',
			offer: 'Taking children into care around the clock, crisis counselling by phone for children, young people and parents, emergency beds.'
		},
		pl: {
			name: 'Pogotowie Opiekuńcze dla Dzieci i Młodzieży Górne Łużyce',
			description:
				'Dzieci i młodzież, które nie mogą lub nie chcą wrócić do domu, znajdą tu bezpieczne miejsce w dzień i w nocy. Pogotowie przyjmuje dzieci pod opiekę, gdy w domu grozi im przemoc, i razem z nimi oraz z urzędem ds. młodzieży szuka rozwiązania.',
			offer: 'Przyjęcie pod opiekę przez całą dobę, telefoniczna pomoc kryzysowa dla dzieci, młodzieży i rodziców, miejsca noclegowe w nagłych sytuacjach.'
		},
		cs: {
			name: 'Krizová služba pro děti a mládež Horní Lužice',
			description:
				'Děti a mladí lidé, kteří se nemohou nebo nechtějí vrátit domů, zde ve dne i v noci najdou bezpečné místo. Krizová služba přijímá děti do péče, když jim doma hrozí násilí, a spolu s nimi a s úřadem pro mládež hledá řešení.',
			offer: 'Přijetí do péče nepřetržitě, telefonická krizová pomoc pro děti, mladé lidi a rodiče, nouzová lůžka.'
		}
	},
	'kpr-zittau-koordinierungsstelle': {
		en: {
			name: 'Zittau Municipal Crime Prevention Council – Coordination Office',
			description:
				'The Municipal Crime Prevention Council brings together the town, the police, schools, youth services, social institutions and committed citizens for a safe Zittau that is good to live in. The coordination office in the town hall organises the working groups, prepares the safety analysis and is the point of contact for everyone who would like to take part in prevention projects.',
			offer: 'Networking of the partners, management of the steering group and the working groups, safety analysis and citizens’ survey, public relations, advice on project ideas from citizens.'
		},
		pl: {
			name: 'Gminna Rada Prewencji Żytawa – Biuro Koordynacyjne',
			description:
				'Gminna Rada Prewencji łączy miasto, policję, szkoły, instytucje pomocy młodzieży, placówki socjalne i zaangażowanych mieszkańców na rzecz bezpiecznej i przyjaznej Żytawy. Biuro koordynacyjne w ratuszu organizuje grupy robocze, przygotowuje analizę bezpieczeństwa i jest punktem kontaktowym dla wszystkich, którzy chcą włączyć się w projekty prewencyjne.',
			offer: 'Sieciowanie partnerów, prowadzenie grupy sterującej i grup roboczych, analiza bezpieczeństwa i ankieta wśród mieszkańców, działania informacyjne, doradztwo przy pomysłach na projekty zgłaszanych przez mieszkańców.'
		},
		cs: {
			name: 'Obecní rada pro prevenci Žitava – koordinační kancelář',
			description:
				'Obecní rada pro prevenci sdružuje město, policii, školy, pomoc mládeži, sociální zařízení a angažované občany pro bezpečnou Žitavu, ve které se dobře žije. Koordinační kancelář na radnici organizuje pracovní skupiny, zpracovává bezpečnostní analýzu a je kontaktním místem pro všechny, kdo se chtějí zapojit do preventivních projektů.',
			offer: 'Propojování partnerů, vedení řídicí skupiny a pracovních skupin, bezpečnostní analýza a průzkum mezi občany, práce s veřejností, poradenství k projektovým nápadům občanů.'
		}
	}
};
