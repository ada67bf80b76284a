// How the people finder fares on names it was never tuned to: public figures of every region
// (heads of state and government, opposition leaders, journalists, activists), each written into
// four sentences of the kind the reports hold, with no gold behind them; and names of things
// (organisations, parties, places, outlets, bodies, movements, many untranslated) in five
// sentences that would introduce a person, which should yield none. Printed by `npm run evaluate`, held by its ratchet. No list of the
// pipeline holds these names (a few serve as examples in its comments); the sentences are this
// script's own. The Europe, Eurasia, Africa, Americas and Middle East lists grew by 138 names on
// 2026-12-05 (issue #17), after that day's people changes had been measured on them.
import { findPeople } from '../pipeline/extract/people.ts';

// "Full Name" or "Full Name/Short", where the report would call the person by another word than
// the last (a family name first, a title of respect, the given name).
const PEOPLE: Record<string, string> = {
  africa: `Abiy Ahmed/Abiy|Yoweri Museveni|Bobi Wine|Jacob Zuma|Emmerson Mnangagwa|Paul Kagame|Félix Tshisekedi|Joseph Kabila|Paul Biya|Faustin-Archange Touadéra|Mahamat Idriss Déby|Assimi Goïta|Ibrahim Traoré|Macky Sall|Ousmane Sonko|Alassane Ouattara|Muhammadu Buhari|Bola Tinubu|Cyril Ramaphosa|Lazarus Chakwera|Samia Suluhu Hassan|John Magufuli|Uhuru Kenyatta|William Ruto|Raila Odinga|Isaias Afwerki/Isaias|Hassan Sheikh Mohamud|Salva Kiir|Riek Machar|Teodoro Obiang Nguema Mbasogo/Obiang|Denis Sassou Nguesso|Ali Bongo Ondimba|Faure Gnassingbé|Patrice Talon|Roch Marc Christian Kaboré|George Weah|Julius Maada Bio|Adama Barrow|Umaro Sissoco Embaló|José Maria Neves|Hage Geingob|Mokgweetsi Masisi|Andry Rajoelina|Azali Assoumani|Ismaïl Omar Guelleh|Mswati III/Mswati|Letsie III/Letsie|Hakainde Hichilema|Stella Nyanzi|Tundu Lissu|Nelson Chamisa|Kizza Besigye|Alieu Kosiah|Ngozi Okonjo-Iweala|Mohamed Bazoum|Abdourahamane Tchiani|Idriss Déby|Sahle-Work Zewde|Jean-Pierre Bemba|Moïse Katumbi|Martin Fayulu|Laurent Gbagbo|Guillaume Soro|Alpha Condé|Mamady Doumbouya|Pierre Nkurunziza|Évariste Ndayishimiye|Agathon Rwasa|Victoire Ingabire|Paul Rusesabagina`,
  americas: `Nayib Bukele|Daniel Ortega|Rosario Murillo|Andrés Manuel López Obrador/López Obrador|Juan Guaidó|Evo Morales|Jeanine Áñez|Iván Duque|Gustavo Petro|Pedro Castillo|Dina Boluarte|Alberto Fernández|Cristina Fernández de Kirchner|Jovenel Moïse|Ariel Henry|Miguel Díaz-Canel|Xiomara Castro|Juan Orlando Hernández|Alejandro Giammattei|Bernardo Arévalo|Laurentino Cortizo|Luis Abinader|Andrew Holness|Keith Rowley|Mia Mottley|Irfaan Ali|Chan Santokhi|Guillermo Lasso|Rafael Correa|Luis Arce|Mario Abdo Benítez|Luis Lacalle Pou|Gabriel Boric|Sebastián Piñera|Javier Milei|Justin Trudeau|Marielle Franco|Dilma Rousseff|Leopoldo López|María Corina Machado|Diosdado Cabello|Otto Pérez Molina|Jimmy Morales|Thelma Aldana|Zury Ríos|Ollanta Humala|Alejandro Toledo|Manuel Merino|Francisco Sagasti|Álvaro Uribe|Juan Manuel Santos|Marina Silva|Ciro Gomes`,
  asia: `Prabowo Subianto/Prabowo|Nguyen Phu Trong|Min Aung Hlaing|Hun Sen/Hun|Prayuth Chan-ocha/Prayuth|Rodrigo Duterte|Joko Widodo|Imran Khan|Ranil Wickremesinghe|Gotabaya Rajapaksa|Kim Jong-un/Kim|Moon Jae-in/Moon|Tsai Ing-wen/Tsai|Carrie Lam|Jimmy Lai|Joshua Wong|Sheikh Hasina/Hasina|Khaleda Zia|Pushpa Kamal Dahal|Ashraf Ghani|Hamid Karzai|Shehbaz Sharif|Nawaz Sharif|Lai Ching-te/Lai|Ma Ying-jeou/Ma|Shinzo Abe|Fumio Kishida|Yoon Suk-yeol/Yoon|Ulziisaikhan Enkhbayar|Xi Jinping/Xi|Li Keqiang/Li|Liu Xiaobo/Liu|Ilham Tohti|Nguyen Xuan Phuc|Thongloun Sisoulith|Hun Manet|Kem Sokha|Sam Rainsy|Anwar Ibrahim/Anwar|Najib Razak/Najib|Mahathir Mohamad/Mahathir|Lee Hsien Loong/Lee|Ferdinand Marcos|Leila de Lima|Maria Ressa|José Ramos-Horta|Xanana Gusmão|Sitiveni Rabuka|Frank Bainimarama|James Marape|Manasseh Sogavare|Jacinda Ardern|Scott Morrison|Narendra Modi|Rahul Gandhi|Yogi Adityanath|Arvind Kejriwal|Mamata Banerjee`,
  eurasia: `Alyaksandr Lukashenka|Sviatlana Tsikhanouskaya|Ilham Aliyev|Shavkat Mirziyoyev|Emomali Rahmon|Gurbanguly Berdimuhamedov|Sadyr Japarov|Alexei Navalny|Vladimir Putin|Volodymyr Zelenskyy|Mikheil Saakashvili|Nikol Pashinyan|Islam Karimov|Maia Sandu|Salome Zourabichvili|Bidzina Ivanishvili|Petro Poroshenko|Mikhail Khodorkovsky|Ramzan Kadyrov|Almazbek Atambayev|Igor Dodon|Ilan Shor|Vladimir Plahotniuc|Vlad Filat|Irakli Kobakhidze|Irakli Garibashvili|Giorgi Gakharia|Nika Melia|Robert Kocharyan|Serzh Sargsyan|Ruben Vardanyan|Tofig Yagublu|Khadija Ismayilova|Anar Mammadli|Mehriban Aliyeva|Ramil Safarov|Emin Huseynov|Idrak Abbasov|Sooronbay Jeenbekov|Kamchybek Tashiev|Bolot Temirov|Sergei Tikhanovsky|Maria Kalesnikava|Ales Bialiatski|Viktar Babaryka|Roman Protasevich|Vladimir Kara-Murza|Ilya Yashin|Evan Gershkovich|Andriy Yermak|Vitali Klitschko|Ihor Kolomoisky|Viktor Medvedchuk|Yuriy Lutsenko|Arsen Avakov|Oleg Sentsov|Nariman Dzhelyal|Mustafa Dzhemilev|Dauletmurat Tazhimuratov|Rovshan Ergashev|Gulnara Karimova|Nurlan Nogaev`,
  europe: `Aleksandar Vučić|Milo Đukanović|Edi Rama|Andrzej Duda|Jarosław Kaczyński|Recep Tayyip Erdoğan|Viktor Orbán|António Costa|Marcelo Rebelo de Sousa|Pedro Sánchez|Giorgia Meloni|Emmanuel Macron|Olaf Scholz|Christian Lindner|Angela Merkel|Boris Johnson|Kyriakos Mitsotakis|Robert Fico|Janez Janša|Andrej Babiš|Klaus Iohannis|Rumen Radev|Boyko Borissov|Selahattin Demirtaş|Osman Kavala|Ekrem İmamoğlu|Albin Kurti|Milorad Dodik|Zoran Milanović|Mark Rutte|Vjosa Osmani|Zuzana Čaputová|Igor Matovič|Kiril Petkov|Zoran Zaev|Hristijan Mickoski|Stevo Pendarovski|Dritan Abazović|Ana Brnabić|Kolinda Grabar-Kitarović|Krišjānis Kariņš|Kaja Kallas|Ingrida Šimonytė|Gitanas Nausėda|Egils Levits|Lech Wałęsa|Zbigniew Ziobro|Mateusz Morawiecki|Beata Szydło|Péter Márki-Zay|Katalin Novák|Liviu Dragnea|Viorica Dăncilă|Laura Codruța Kövesi|Aleksandar Vulin|Slobodan Milošević|Hashim Thaçi|Ramush Haradinaj|Bakir Izetbegović|Željko Komšić|Denis Bećirović|Andrej Plenković|Robert Golob|Marjan Šarec|Ján Kuciak|Daphne Caruana Galizia|Peter Pellegrini|Petr Fiala|Miloš Zeman|Ahmed Dogan|Delyan Peevski|Tsvetan Vassilev|Bujar Nishani|Sali Berisha|Lulzim Basha|Ilir Meta|Kemi Badenoch`,
  middle_east: `Mahmoud Abbas|Tamim bin Hamad al-Thani/Tamim|Mohammed bin Salman|Abdel Fattah al-Sisi/Sisi|Benjamin Netanyahu|Omar al-Bashir/Bashir|Abdel Fattah al-Burhan/Burhan|Mohamed Hamdan Dagalo|Kaïs Saïed|Abdelmadjid Tebboune|Khalifa Haftar|Bashar al-Assad/Assad|Michel Aoun|Najib Mikati|Hassan Rouhani|Ebrahim Raisi|Ali Khamenei|Mahsa Amini|Narges Mohammadi|Nasser Zefzafi|Loujain al-Hathloul|Jamal Khashoggi|Mohammed VI/Mohammed|Abdullah II/Abdullah|Mustafa al-Kadhimi|Muqtada al-Sadr|Recep Erdoğan|Yair Lapid|Naftali Bennett|Ismail Haniyeh|Abdel Fattah el-Sisi/Sisi|Alaa Abd El-Fattah|Hosni Mubarak|Mohamed Morsi|Abdelaziz Bouteflika|Saad Hariri|Nabih Berri|Hassan Nasrallah|Mohammed Shia al-Sudani|Masoud Barzani|Ahmed Shafik|Nouri al-Maliki|Haider al-Abadi|Salman bin Abdulaziz/Salman|Ali Abdullah Saleh|Abdrabbuh Mansur Hadi/Hadi|Qaboos bin Said/Qaboos|Haitham bin Tariq/Haitham`,
};

const THINGS = `Human Rights Watch|Amnesty International|Radio Free Europe|Costa Rica|Hong Kong|Sierra Leone|Puerto Rico|South Africa|Latin America|Saudi Arabia|
El Salvador|Burkina Faso|Sri Lanka|Christian Aid|Muslim Brotherhood|Golden Dawn|Boko Haram|Al-Shabaab|Hezbollah|Islamic State|Jordan Valley|Gaza Strip|
West Bank|Santa Catarina|Rio de Janeiro|Sao Paulo|Buenos Aires|Kuala Lumpur|Addis Ababa|Dar es Salaam|Port Moresby|Phnom Penh|Ulaanbaatar|Nur-Sultan|
Tahrir Square|Lok Sabha|Rajya Sabha|Wolesi Jirga|Loya Jirga|Victoria Falls|Mount Kenya|Novaya Gazeta|Al Jazeera|Le Monde|New York Times|
Washington Post|Facebook|Telegram|Marshall Plan|Solomon Islands|Cook Islands|America First|Africa Cup|Asia Pacific|Black Lives Matter|Arab Spring|
Orange Revolution|Velvet Revolution|Rose Revolution|Jasmine Revolution|Supreme Court|Constitutional Council|National Assembly|Electoral Commission|
Central Bank|Cumhuriyet|Dawn|Daily Nation|Mail and Guardian|Malaysiakini|Rappler|Meduza|Tempo|Kompas|Prothom Alo|Ming Pao|Apple Daily|Stand News|
Charlie Hebdo|Gazeta Wyborcza|Mada Masr|Pheu Thai|Ennahda|Fidesz|Jobbik|Podemos|Syriza|Likud|Awami League|Tehreek-e-Insaf|Nur Otan|Amanat|Golos|
Memorial|Yabloko|Otpor|Gazprom|Rosneft|Huawei|Odebrecht|Petrobras|Samsung|Glencore|Sonangol|Lava Jato|Euromaidan|Tiananmen|Knesset|Duma|Verkhovna Rada|
Riigikogu|Sejm|Majlis|Storting|Bundestag|Xinjiang|Tibet|Kashmir|Mindanao|Cabo Delgado|Tigray|Nagorno-Karabakh|Donbas|Crimea|Idlib|Rakhine|Balochistan|
Chechnya|Abkhazia|Darfur|Magnitsky Act|Lex CEU|Falun Gong|Tablighi Jamaat|Hizb ut-Tahrir|Ahmadiyya|Wagner Group|Hayat Tahrir al-Sham|Ansar Allah|
Houthis|Janjaweed|Rapid Support Forces|Al-Qaeda|Jamaat-e-Islami|Hamas|Fatah|Mossad|Shin Bet|Gendarmerie|Carabineros|Guardia Civil|Sandinista Front|
Chavismo|Kirchnerism|Peronism|Bolsonarismo|Fujimorismo|Morena|Frelimo|Renamo|Zanu-PF|Jubilee Party|Orange Democratic Movement|Chama Cha Mapinduzi|
Prosperity Party|Tigray People's Liberation Front|Sudan People's Liberation Movement|Mouvement Patriotique du Salut|Rassemblement National|
Forza Italia|Vox|Chega|Sinn Féin|Plaid Cymru|Scottish National Party`.replace(/\n/g, '');

const PERSON_FRAMES = [
  (full: string, short: string) => `In March, ${full} announced new measures against the opposition. ${short} said the measures were needed.`,
  (full: string) => `Opposition leader ${full} was arrested in May.`,
  (full: string) => `${full}, a former minister, was detained in June.`,
  (full: string, short: string) => `Protesters demanded the resignation of ${full}. In April, ${short} dissolved the parliament.`,
];
// A name alone in its sentence: no title before it, no appositive or repetition, only what the
// sentence does with it (written 2026-12-07 before the day's changes were measured on it; the first
// frame is one no rule reads). The same frames hold the names of things, which should yield none.
const BARE_FRAMES = [
  (name: string) => `In May, ${name} won the vote with 52 percent.`,
  (name: string) => `${name} dismissed the cabinet in March.`,
  (name: string) => `In June, the court convicted ${name} of corruption.`,
  (name: string) => `Police arrested ${name} and two aides in July.`,
];
const THING_FRAMES = [
  (name: string) => `In March, ${name} said the measures were unlawful.`,
  (name: string) => `Authorities raided ${name} in May.`,
  (name: string) => `${name}, which had criticized the government, was closed in June.`,
  (name: string) => `Supporters of ${name} were detained in April.`,
  (name: string) => `The report was published by ${name}. In April, ${name.split(' ').at(-1)} said it would appeal.`,
];

const namesOf = (sentence: string) => [...findPeople([sentence]).people.values()].map((p) => p.words.join(' '));

/** The public figures of every region: the full name and the word a report would call them by alone. */
export const PUBLIC_FIGURES: { region: string; full: string; short: string }[] = Object.entries(PEOPLE).flatMap(([region, list]) =>
  list.split('|').map((entry) => {
    const [full, short = full.split(' ').at(-1)!] = entry.split('/');
    return { region, full, short };
  }),
);

/** Sentences naming a person in which the person was found by the full name, by region; the names missed, with the sentences (1-4) that missed them. */
export type PeopleTally = Record<string, { found: number; sentences: number; missed: string[] }>;
/** Sentences naming a thing, those in which a person was found, and the names of things that gave one, with the sentences that did. */
export interface ThingsTally {
  sentences: number;
  withPerson: number;
  names: string[];
}

export interface NameProbe {
  people: PeopleTally;
  things: ThingsTally;
  /** The same names alone in their sentences (BARE_FRAMES). */
  bare: { people: PeopleTally; things: ThingsTally };
}

/** The people found and the sentences read, over every region. */
export const peopleTotals = (people: PeopleTally) => Object.values(people).reduce((a, r) => ({ found: a.found + r.found, sentences: a.sentences + r.sentences }), { found: 0, sentences: 0 });

type Frame = (full: string, short: string) => string;

function peopleIn(frames: readonly Frame[]): PeopleTally {
  const people: PeopleTally = {};
  for (const { region, full, short } of PUBLIC_FIGURES) {
    const tally = (people[region] ??= { found: 0, sentences: 0, missed: [] as string[] });
    const missedIn: number[] = [];
    frames.forEach((frame, i) => {
      tally.sentences++;
      if (namesOf(frame(full, short)).includes(full)) tally.found++;
      else missedIn.push(i + 1);
    });
    if (missedIn.length) tally.missed.push(`${full} (${missedIn.join(', ')})`);
  }
  return people;
}

function thingsIn(frames: readonly ((name: string) => string)[]): ThingsTally {
  const things: ThingsTally = { sentences: 0, withPerson: 0, names: [] };
  for (const name of THINGS.split('|')) {
    const personIn: number[] = [];
    frames.forEach((frame, i) => {
      things.sentences++;
      if (namesOf(frame(name)).length) personIn.push(i + 1);
    });
    things.withPerson += personIn.length;
    if (personIn.length) things.names.push(`${name} (${personIn.join(', ')})`);
  }
  return things;
}

export function probeNames(): NameProbe {
  return { people: peopleIn(PERSON_FRAMES), things: thingsIn(THING_FRAMES), bare: { people: peopleIn(BARE_FRAMES), things: thingsIn(BARE_FRAMES) } };
}
