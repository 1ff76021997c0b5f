/* byline-import-months.c: month names of date lines in the languages
 * wire copy comes in
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * English and Russian are byline-calendar.c's; here are the other
 * European languages newspapers print dates in (French, German, Spanish,
 * Italian, Portuguese, Dutch, Swedish, Turkish, Polish — its genitive
 * "28 listopada" too), Ukrainian, Greek (its genitive "28 Νοεμβρίου"
 * too), Swahili ("Novemba 28, 2026"), Romanian, Czech (its genitive "28.
 * listopadu" too) and Filipino ("Nobyembre 28, 2026"), full names and
 * the usual abbreviations.
 * Arabic papers name Gregorian months in three ways: يناير … (Egypt, the
 * Gulf), كانون الثاني … (the Levant and Iraq), جانفي … (the Maghreb); they
 * often print the Islamic (lunar Hijri) date beside the Gregorian one
 * ("الثلاثاء ١٤ رمضان ١٤٤٧ هـ - ٣ مارس ٢٠٢٦ م"): that part is set aside and the
 * Gregorian date read. Hindi, Urdu and Bengali papers print the
 * English months in their scripts ("28 नवंबर 2026", "28 نومبر 2026",
 * "২৮ নভেম্বর ২০২৬"). Solar Hijri months stay in byline-calendar.c: they
 * change the calendar (Afghanistan's names of them, Dari's and Pashto's,
 * are here). Icelandic, Slovenian, Albanian, Hausa, Kazakh, Georgian,
 * Armenian, Khmer and Nepali's Gregorian months have a table of their
 * own, as have Azerbaijani's and Uzbek's (with their case endings,
 * "martın", "fevralda"), Welsh's (and their soft mutations, "o Fawrth"),
 * Macedonian's and Malayalam's locative ("ഏപ്രിലിൽ", "in April");
 * Nepali's Bikram Sambat, Mongolian's numbered months, Khmer's dates and
 * Welsh's weekday "Mawrth" (Tuesday, March's name too) are read in
 * byline-import-dateforms-locales.c, the Kurdish solar calendar in
 * byline-import-dateforms.c. Basque's months with their article, genitive
 * and locative ("martxoa", "martxoaren 12a", "apirilean"), Belarusian's
 * and their genitive ("14 сакавіка"), Galician's, Tajik's and their ezafe
 * ("1 апрели"), Burmese's (and with "လ", month, after them) and Yiddish's
 * have a table of their own too; Yiddish is read without its points and
 * ligatures ("יאַנואַר" as "יאנואר"), which the Hasidic press leaves out.
 * Irish's (and their genitives, "mí na Samhna"; "Meán Fómhair" and
 * "Deireadh Fómhair", two words, are read in
 * byline-import-dateforms-locales2.c), Maltese's, Luxembourgish's
 * ("Mäerz", "Abrëll": not "Mee", May, Dutch's "with"), Somali's and
 * Marathi's have one too, as have Zulu's (and with its locative,
 * "kuNdasa"), Sinhala's, Turkmen's, Malagasy's and Tatar's, and Xhosa's,
 * Lao's and Dhivehi's (Yoruba's "Oṣù Kẹta" and Haitian Creole's "mas",
 * "me", "out" are read in byline-import-dateforms-locales2.c only).
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-calendar.h"
#include "byline-import-private.h"

/* Catalan, Hungarian, Danish (and Norwegian), Croatian, Slovak and
 * Lithuanian (their genitives: "26. novembra", "lapkričio 27 d."),
 * Latvian ("2026. gada 27. novembris"), Estonian ("4. märts 2026"),
 * Finnish (its partitive, "30. marraskuuta 2026", and the month's name),
 * Bulgarian and Serbian (in Cyrillic and Latin letters), where they
 * differ from the names above and from English's: lower case, one row
 * per month (Croatian's "listopada", October, is Polish's November and
 * reads as that: Croatian papers mostly print the month in figures) */
static const char * const more_months[12][16] = {
  { "gener", "január", "siječnja", "siječanj", "januára", "sausio", "януари", "јануар", "januar", "janvāris", "janvāra", "jaanuar", "tammikuuta", "tammikuu", NULL },
  { "febrer", "február", "febr", "veljače", "veljača", "februára", "vasario", "февруари", "фебруар", "februāris", "februāra", "veebruar", "helmikuuta", "helmikuu", NULL },
  { "març", "március", "márc", "marts", "ožujka", "ožujak", "marca", "kovo", "март", "marta", "märts", "maaliskuuta", "maaliskuu", NULL },
  { "április", "ápr", "travnja", "travanj", "apríla", "balandžio", "април", "aprīlis", "aprīļa", "aprill", "huhtikuuta", "huhtikuu", NULL },
  { "maig", "május", "máj", "svibnja", "svibanj", "mája", "gegužės", "май", "мај", "maijs", "maija", "toukokuuta", "toukokuu", NULL },
  { "juny", "június", "jún", "lipnja", "lipanj", "júna", "birželio", "юни", "јун", "jūnijs", "jūnija", "juuni", "kesäkuuta", "kesäkuu", NULL },
  { "juliol", "július", "júl", "srpnja", "srpanj", "júla", "liepos", "юли", "јул", "jūlijs", "jūlija", "juuli", "heinäkuuta", "heinäkuu", NULL },
  { "agost", "augusztus", "kolovoza", "kolovoz", "augusta", "rugpjūčio", "август", "avgust", "augusts", "elokuuta", "elokuu", NULL },
  { "setembre", "szeptember", "szept", "rujna", "rujan", "septembra", "rugsėjo", "септември", "септембар", "septembar", "septembris", "syyskuuta", "syyskuu", NULL },
  { "octubre", "október", "okt", "októbra", "spalio", "октомври", "октобар", "oktobar", "oktobris", "oktobra", "oktoober", "lokakuuta", "lokakuu", NULL },
  { "studenoga", "studenog", "studeni", "novembra", "lapkričio", "ноември", "новембар", "novembar", "novembris", "marraskuuta", "marraskuu", NULL },
  { "desembre", "prosinca", "prosinac", "decembra", "gruodžio", "декември", "децембар", "decembar", "desember", "decembris", "detsember", "joulukuuta", "joulukuu", NULL },
};

/* Lower case; one row per month */
static const char * const european_months[12][26] = {
  { "janvier", "janv", "januar", "jänner", "jän", "enero", "ene", "gennaio", "genn", "janeiro", "januari", "січня", "січень", "ocak", "styczeń", "stycznia", "ιανουαρίου", "ιανουάριος", "ιαν", "ianuarie", "leden", "ledna", NULL },
  { "février", "fevrier", "févr", "fevr", "févr", "februar", "febrero", "febbraio", "fevereiro", "fev", "februari", "лютого", "лютий", "şubat", "luty", "lutego", "φεβρουαρίου", "φεβρουάριος", "φεβ", "februarie", "únor", "února", "pebrero", NULL },
  { "mars", "märz", "maerz", "mär", "marzo", "março", "marco", "maart", "mrt", "березня", "березень", "mart", "marzec", "marca", "machi", "μαρτίου", "μάρτιος", "μαρ", "martie", "březen", "března", "marso", "maret", "mac", NULL },
  { "avril", "avr", "abril", "abr", "aprile", "квітня", "квітень", "nisan", "kwiecień", "kwietnia", "aprili", "απριλίου", "απρίλιος", "απρ", "aprilie", "duben", "dubna", NULL },
  { "mai", "mayo", "maggio", "magg", "maio", "mei", "травня", "травень", "maj", "mayıs", "maja", "μαΐου", "μάιος", "μαι", "květen", "května", NULL },
  { "juin", "juni", "junio", "giugno", "junho", "червня", "червень", "haziran", "czerwiec", "czerwca", "ιουνίου", "ιούνιος", "ιουν", "iunie", "červen", "června", "hunyo", NULL },
  { "juillet", "juil", "juli", "julio", "luglio", "julho", "липня", "липень", "temmuz", "lipiec", "lipca", "julai", "ιουλίου", "ιούλιος", "ιουλ", "iulie", "červenec", "července", "hulyo", NULL },
  { "août", "aout", "agosto", "augustus", "augusti", "серпня", "серпень", "ağustos", "sierpień", "sierpnia", "agosti", "αυγούστου", "αύγουστος", "αυγ", "srpen", "srpna", "agustus", "ogos", NULL },
  { "septembre", "settembre", "septiembre", "setiembre", "setembro", "вересня", "вересень", "eylül", "wrzesień", "września", "septemba", "σεπτεμβρίου", "σεπτέμβριος", "σεπ", "septembrie", "září", "setyembre", NULL },
  { "octobre", "oktober", "okt", "octubre", "ottobre", "ott", "outubro", "жовтня", "жовтень", "ekim", "październik", "października", "oktoba", "οκτωβρίου", "οκτώβριος", "οκτ", "octombrie", "říjen", "října", "oktubre", NULL },
  { "novembre", "noviembre", "novembro", "листопада", "листопад", "kasım", "listopad", "listopada", "novemba", "νοεμβρίου", "νοέμβριος", "νοε", "noiembrie", "listopadu", "nobyembre", NULL },
  { "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic", "dicembre", "dezembro", "грудня", "грудень", "aralık", "grudzień", "grudnia", "desemba", "δεκεμβρίου", "δεκέμβριος", "δεκ", "decembrie", "prosinec", "prosince", "disyembre", "disember", NULL },
};

/* The three-letter forms Portuguese, Italian, Spanish, Polish and
 * Turkish pages print ("23 Out 2025", "12 set 2025", "3 de out. de 2025",
 * "23 paź 2025", "28 Kas 2026") where they are not the full names above
 * nor English's; lower case, one row per month */
static const char * const short_months[12][6] = {
  { "gen", "sty", "oca", NULL },
  { "şub", "lut", NULL },
  { "mrz", NULL },
  { "kwi", "nis", NULL },
  { "mag", NULL },
  { "giu", "cze", "haz", NULL },
  { "lug", "lip", "tem", NULL },
  { "ago", "sie", "ağu", NULL },
  { "set", "wrz", "eyl", NULL },
  { "out", "paź", "eki", NULL },
  { "lis", "kas", NULL },
  { "gru", "ara", NULL },
};

/* Icelandic ("9. desember"), Slovenian and its genitive ("21. aprila"),
 * Albanian and its definite form ("27 nëntor", "27 nëntorit"), Hausa
 * ("14 ga Mayu"), Kazakh ("12 наурыз"), Georgian and its genitive ("17
 * თებერვალი", "17 თებერვლის"), Armenian and its genitive ("14
 * հոկտեմբերի"), Khmer ("ខែកញ្ញា", the month's word on it) and Nepali's
 * Gregorian months in Devanagari ("नोभेम्बर"), where they differ from
 * the tables above; lower case, one row per month */
static const char * const more_locale_months[12][18] = {
  { "janúar", "januarja", "janar", "janarit", "janairu", "қаңтар", "იანვარი", "იანვრის", "იან", "հունվար", "հունվարի", "មករា", "ខែមករា", "जनवरी", NULL },
  { "febrúar", "februarja", "shkurt", "shkurtit", "fabrairu", "faburairu", "fabarairu", "ақпан", "თებერვალი", "თებერვლის", "თებ", "փետրվար", "փետրվարի", "កុម្ភៈ", "ខែកុម្ភៈ", NULL },
  { "marec", "marsit", "maris", "наурыз", "მარტი", "მარტის", "მარ", "մարտ", "մարտի", "មីនា", "ខែមីនា", "मार्च", NULL },
  { "apríl", "aprila", "prill", "prillit", "afrilu", "afirilu", "сәуір", "აპრილი", "აპრილის", "აპრ", "ապրիլ", "ապրիլի", "មេសា", "ខែមេសា", "अप्रिल", NULL },
  { "maí", "majit", "mayu", "мамыр", "მაისი", "მაისის", "მაი", "մայիս", "մայիսի", "ឧសភា", "ខែឧសភា", "मे", NULL },
  { "júní", "jún", "junij", "junija", "qershor", "qershorit", "yuni", "маусым", "ივნისი", "ივნისის", "ივნ", "հունիս", "հունիսի", "មិថុនា", "ខែមិថុនា", "जुन", NULL },
  { "júlí", "júl", "julij", "julija", "korrik", "korrikut", "yuli", "шілде", "ივლისი", "ივლისის", "ივლ", "հուլիս", "հուլիսի", "កក្កដា", "ខែកក្កដា", NULL },
  { "ágúst", "ágú", "avgusta", "avg", "gusht", "gushtit", "agusta", "тамыз", "აგვისტო", "აგვისტოს", "აგვ", "օգոստոս", "օգոստոսի", "សីហា", "ខែសីហា", NULL },
  { "septembra", "shtator", "shtatorit", "satumba", "қыркүйек", "სექტემბერი", "სექტემბრის", "სექ", "սեպտեմբեր", "սեպտեմբերի", "កញ្ញា", "ខែកញ្ញា", "सेप्टेम्बर", NULL },
  { "október", "tetor", "tetorit", "oktoba", "қазан", "ოქტომბერი", "ოქტომბრის", "ოქტ", "հոկտեմբեր", "հոկտեմբերի", "តុលា", "ខែតុលា", "अक्टोबर", NULL },
  { "nóvember", "nóv", "nëntor", "nëntorit", "nuwamba", "қараша", "ნოემბერი", "ნოემბრის", "ნოე", "նոյեմբեր", "նոյեմբերի", "វិច្ឆិកា", "ខែវិច្ឆិកា", "नोभेम्बर", NULL },
  { "dhjetor", "dhjetorit", "disamba", "желтоқсан", "დეკემბერი", "დეკემბრის", "დეკ", "դեկտեմբեր", "դեկտեմբերի", "ធ្នូ", "ខែធ្នូ", "डिसेम्बर", NULL },
};

/* Azerbaijani and Uzbek ("yanvar", "sentyabr", "sentabr", "avqust",
 * "avgust"), whose case endings are read below; Welsh and its soft
 * mutations ("Chwefror", "Fawrth", "Orffennaf"), Macedonian ("јануари",
 * "јуни") and Malayalam's locative ("ഏപ്രിലിൽ", "in April") where they
 * differ from the tables above; lower case, one row per month */
static const char * const turkic_months[12][4] = {
  { "yanvar", NULL }, { "fevral", NULL }, { "mart", NULL }, { "aprel", NULL }, { "may", NULL },
  { "iyun", NULL }, { "iyul", NULL }, { "avqust", "avgust", NULL }, { "sentyabr", "sentabr", NULL },
  { "oktyabr", "oktabr", NULL }, { "noyabr", NULL }, { "dekabr", NULL },
};

static const char * const round31_months[12][10] = {
  { "yanvar", "ionawr", "јануари", "јан", "ജനുവരിയിൽ", NULL },
  { "fevral", "chwefror", "chwef", "фев", "ഫെബ്രുവരിയിൽ", NULL },
  { "mawrth", "fawrth", "മാർച്ചിൽ", NULL },
  { "aprel", "ebrill", "ebr", "ഏപ്രിലിൽ", NULL },
  { "fai", "മെയ്", "മേയിൽ", "മെയിൽ", NULL },
  { "iyun", "mehefin", "fehefin", "meh", "јуни", "ജൂണിൽ", NULL },
  { "iyul", "gorffennaf", "orffennaf", "gorff", "јули", "ജൂലൈയിൽ", NULL },
  { "avqust", "awst", "ആഗസ്റ്റ്", "ഓഗസ്റ്റിൽ", NULL },
  { "sentyabr", "sentabr", "medi", "fedi", "сеп", "സെപ്റ്റംബറിൽ", NULL },
  { "oktyabr", "oktabr", "hydref", "ഒക്ടോബറിൽ", NULL },
  { "noyabr", "tachwedd", "dachwedd", "tach", "ное", "നവംബറിൽ", NULL },
  { "dekabr", "rhagfyr", "ragfyr", "rhag", "ഡിസംബറിൽ", NULL },
};

/* Basque (with its article, "martxoa", its genitive, "martxoaren 12a",
 * and its locative, "martxoan", in March), Belarusian (and its genitive,
 * "сакавіка"), Galician, Tajik (and its ezafe, "1 апрели", 1 April) and
 * Burmese (and with "လ", month, after it: "ဇန်နဝါရီလ"), where they differ
 * from the tables above; lower case, one row per month */
static const char * const round32_months[12][14] = {
  { "urtarrila", "urtarrilaren", "urtarrilean", "студзень", "студзеня", "студз", "xaneiro", "xan", "январ", "январи",
    "ဇန်နဝါရီ", "ဇန်နဝါရီလ", NULL },
  { "otsaila", "otsailaren", "otsailean", "люты", "лютага", "febreiro", "феврал", "феврали", "ဖေဖော်ဝါရီ",
    "ဖေဖော်ဝါရီလ", "ဖေဖေါ်ဝါရီ", "ဖေဖေါ်ဝါရီလ", NULL },
  { "martxoa", "martxoaren", "martxoan", "сакавік", "сакавіка", "марти", "မတ်", "မတ်လ", NULL },
  { "apirila", "apirilaren", "apirilean", "красавік", "красавіка", "апрел", "апрели", "ဧပြီ", "ဧပြီလ", NULL },
  { "maiatza", "maiatzaren", "maiatzean", "травень", "траўня", "майи", "မေ", "မေလ", NULL },
  { "ekaina", "ekainaren", "ekainean", "чэрвень", "чэрвеня", "xuño", "xuñ", "июн", "июни", "ဇွန်", "ဇွန်လ", NULL },
  { "uztaila", "uztailaren", "uztailean", "ліпень", "ліпеня", "xullo", "xul", "июл", "июли", "ဇူလိုင်", "ဇူလိုင်လ",
    NULL },
  { "abuztua", "abuztuaren", "abuztuan", "жнівень", "жніўня", "августи", "ဩဂုတ်", "ဩဂုတ်လ", "သြဂုတ်", "သြဂုတ်လ",
    NULL },
  { "iraila", "irailaren", "irailean", "верасень", "верасня", "сентябр", "сентябри", "စက်တင်ဘာ", "စက်တင်ဘာလ", NULL },
  { "urria", "urriaren", "urrian", "кастрычнік", "кастрычніка", "кастр", "октябр", "октябри", "အောက်တိုဘာ",
    "အောက်တိုဘာလ", NULL },
  { "azaroa", "azaroaren", "azaroan", "лістапад", "лістапада", "ноябр", "ноябри", "နိုဝင်ဘာ", "နိုဝင်ဘာလ", NULL },
  { "abendua", "abenduaren", "abenduan", "снежань", "снежня", "decembro", "декабр", "декабри", "ဒီဇင်ဘာ",
    "ဒီဇင်ဘာလ", NULL },
};

/* Irish (and its genitive: "Samhna", "Meithimh"), Maltese, Luxembourgish,
 * Somali (as its papers spell them) and Marathi, where they differ from
 * the tables above; lower case, one row per month */
static const char * const round33_months[12][8] = {
  { "eanáir", "jannar", "janaayo", "jannaayo", "जानेवारी", NULL },
  { "feabhra", "frar", "febraayo", "febrayo", "फेब्रुवारी", NULL },
  { "márta", "marzu", "mäerz", "maarso", NULL },
  { "aibreán", "aibreáin", "abrëll", "abriil", "एप्रिल", NULL },
  { "bealtaine", "mejju", "maajo", NULL },
  { "meitheamh", "meithimh", "ġunju", "juun", NULL },
  { "iúil", "lulju", "luulyo", "luuliyo", "जुलै", NULL },
  { "lúnasa", "awwissu", "agoosto", "ogost", "ऑगस्ट", NULL },
  { "settembru", "sebtembar", "sibtambar", "सप्टेंबर", NULL },
  { "ottubru", "oktoobar", "ऑक्टोबर", NULL },
  { "samhain", "samhna", "novembru", "nofembar", "nofeembar", "नोव्हेंबर", NULL },
  { "nollaig", "nollag", "diċembru", "desembar", "diseembar", "डिसेंबर", NULL },
};

/* Zulu (its own months, bare, as a name, "uNdasa", and with the
 * locative a date writes them with, "11 kuNdasa 2026"; and the English
 * ones as it spells them, "Mashi"), Sinhala, Turkmen, Malagasy (not
 * "Mey", May, nor "Jona", June, a name: they are read only in a date
 * line of byline-import-dateforms-locales2.c) and Tatar ("гыйнвар"; its
 * others are Russian's), where they differ from the tables above; lower
 * case, one row per month */
static const char * const round34_months[12][9] = {
  { "masingana", "umasingana", "kumasingana", "januwari", "ජනවාරි", "ýanwar", "janoary", "гыйнвар", NULL },
  { "nhlolanja", "unhlolanja", "kunhlolanja", "februwari", "පෙබරවාරි", "fewral", "febroary", NULL },
  { "ndasa", "undasa", "kundasa", "mashi", "මාර්තු", "martsa", NULL },
  { "mbasa", "umbasa", "kumbasa", "ephreli", "අප්‍රේල්", "අප්රේල්", "aprily", NULL },
  { "nhlaba", "unhlaba", "kunhlaba", "meyi", "මැයි", "maý", NULL },
  { "nhlangulana", "unhlangulana", "kunhlangulana", "ජූනි", "iýun", NULL },
  { "ntulikazi", "untulikazi", "kuntulikazi", "julayi", "ජූලි", "iýul", "jolay", NULL },
  { "ncwaba", "uncwaba", "kuncwaba", "agasti", "අගෝස්තු", "awgust", "aogositra", NULL },
  { "mandulo", "umandulo", "kumandulo", "සැප්තැම්බර්", "sentýabr", "septambra", NULL },
  { "mfumfu", "umfumfu", "kumfumfu", "okthoba", "ඔක්තෝබර්", "oktýabr", "oktobra", NULL },
  { "lwezi", "ulwezi", "kulwezi", "නොවැම්බර්", "noýabr", "novambra", NULL },
  { "zibandlela", "uzibandlela", "kuzibandlela", "disemba", "දෙසැම්බර්", "desambra", NULL },
};

/* Xhosa (the English months as it spells them, "Matshi", and its own,
 * with their prefix, "EyoKwindla"; Zulu's spellings above are its too),
 * Lao (alone and after "ເດືອນ", month) and Dhivehi (in Thaana, as its
 * papers spell them: "މާރިޗު"), where they differ from the tables above;
 * lower case, one row per month */
static const char * const round35_months[12][8] = {
  { "janyuwari", "eyomqungu", "ມັງກອນ", "ເດືອນມັງກອນ", "ޖަނަވަރީ", "ޖެނުއަރީ", NULL },
  { "eyomdumba", "ກຸມພາ", "ເດືອນກຸມພາ", "ފެބުރުއަރީ", "ފެބްރުއަރީ", NULL },
  { "matshi", "eyokwindla", "ມີນາ", "ເດືອນມີນາ", "މާރިޗު", "މާޗް", NULL },
  { "epreli", "utshazimpuzi", "ເມສາ", "ເດືອນເມສາ", "އޭޕްރީލް", "އެޕްރީލް", NULL },
  { "ucanzibe", "ພຶດສະພາ", "ເດືອນພຶດສະພາ", "މެއި", NULL },
  { "eyesilimela", "ມິຖຸນາ", "ເດືອນມິຖຸນາ", "ޖޫން", NULL },
  { "eyekhala", "ກໍລະກົດ", "ເດືອນກໍລະກົດ", "ޖުލައި", NULL },
  { "eyethupa", "ສິງຫາ", "ເດືອນສິງຫາ", "އޮގަސްޓު", "އޯގަސްޓް", NULL },
  { "eyomsintsi", "ກັນຍາ", "ເດືອນກັນຍາ", "ސެޕްޓެމްބަރު", "ސެޕްޓެންބަރު", NULL },
  { "okthobha", "eyedwarha", "ຕຸລາ", "ເດືອນຕຸລາ", "އޮކްޓޫބަރު", "އޮކްޓޯބަރު", NULL },
  { "eyenkanga", "ພະຈິກ", "ເດືອນພະຈິກ", "ނޮވެމްބަރު", "ނޮވެންބަރު", NULL },
  { "eyomnga", "ທັນວາ", "ເດືອນທັນວາ", "ޑިސެމްބަރު", "ޑިސެންބަރު", NULL },
};

/* Yiddish's months in its YIVO spelling without the points, which is the
 * Hasidic press's spelling too ("יאַנואַר" is read as "יאנואר", "מײַ" as
 * "מיי") */
static const char * const yiddish_months[12] = {
  "יאנואר", "פעברואר", "מערץ", "אפריל", "מיי", "יוני", "יולי", "אויגוסט", "סעפטעמבער", "אקטאבער", "נאוועמבער",
  "דעצעמבער",
};

/* @word in Hebrew letters without their points ("אַ", "פֿ" as "א", "פ")
 * and with the ligatures "װ", "ױ", "ײ" as two letters (a precomposed form
 * too, "ײַ", "פֿ"); NULL when @word has no Hebrew letter */
static char *
unpoint_yiddish (const char *word)
{
  g_autoptr(GString) out = NULL;
  gboolean hebrew = FALSE;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      hebrew |= (c >= 0x05D0 && c <= 0x05F2) || (c >= 0xFB1D && c <= 0xFB4F);
    }
  if (!hebrew)
    return NULL;
  out = g_string_new (NULL);
  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* (the points and the cantillation marks, not maqaf nor sof pasuq) */
      if ((c >= 0x0591 && c <= 0x05BD) || c == 0x05BF || c == 0x05C1 || c == 0x05C2 || c == 0x05C4 ||
          c == 0x05C5 || c == 0x05C7)
        continue;
      if (c == 0x05F0)
        g_string_append (out, "וו");
      else if (c == 0x05F1)
        g_string_append (out, "וי");
      else if (c == 0x05F2 || c == 0xFB1F)
        g_string_append (out, "יי");
      else if (c == 0xFB1D)
        g_string_append (out, "י");
      else if (c == 0xFB2E || c == 0xFB2F || c == 0xFB30)
        g_string_append (out, "א");
      else if (c == 0xFB44 || c == 0xFB4E)
        g_string_append (out, "פ");
      else if (c == 0xFB31 || c == 0xFB4C)
        g_string_append (out, "ב");
      else if (c == 0xFB35 || c == 0xFB4B)
        g_string_append (out, "ו");
      else if (c == 0xFB3B || c == 0xFB4D)
        g_string_append (out, "כ");
      else if (c == 0xFB4A)
        g_string_append (out, "ת");
      else if (c == 0xFB2A || c == 0xFB2B)
        g_string_append (out, "ש");
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static int
yiddish_month (const char *word)
{
  g_autofree char *bare = unpoint_yiddish (word);

  for (int i = 0; bare != NULL && i < 12; i++)
    if (g_str_equal (bare, yiddish_months[i]))
      return i + 1;
  return 0;
}

/* Azerbaijani's and Uzbek's case endings on a month ("martın",
 * "fevralda", "apreldən", "yanvarning", "iyungacha") */
static const char * const turkic_endings[] = {
  "ın", "in", "un", "ün", "nın", "nin", "da", "də", "dan", "dən", "dək", "ning", "gacha", "dagi", "dakı", "dəki",
  NULL
};

static int
turkic_month (const char *lower)
{
  for (int i = 0; i < 12; i++)
    {
      for (guint j = 0; turkic_months[i][j] != NULL; j++)
        {
          const char *stem = turkic_months[i][j];

          if (!g_str_has_prefix (lower, stem))
            continue;
          for (guint k = 0; turkic_endings[k] != NULL; k++)
            if (g_str_equal (lower + strlen (stem), turkic_endings[k]))
              return i + 1;
        }
    }
  return 0;
}

/* Two-word Levantine names are joined with "_" before the line is split */
static const char * const arabic_months[12][8] = {
  { "يناير", "كانون_الثاني", "جانفي", NULL },
  { "فبراير", "شباط", "فيفري", NULL },
  { "مارس", "آذار", NULL },
  { "أبريل", "ابريل", "إبريل", "نيسان", "أفريل", NULL },
  { "مايو", "أيار", "ماي", NULL },
  { "يونيو", "يونية", "حزيران", "جوان", NULL },
  { "يوليو", "يولية", "تموز", "جويلية", "يوليوز", NULL },
  { "أغسطس", "اغسطس", "آب", "أوت", "غشت", NULL },
  { "سبتمبر", "أيلول", "ايلول", "شتنبر", NULL },
  { "أكتوبر", "اكتوبر", "تشرين_الأول", "تشرين_الاول", NULL },
  { "نوفمبر", "تشرين_الثاني", "نونبر", NULL },
  { "ديسمبر", "كانون_الأول", "كانون_الاول", "دجنبر", NULL },
};

/* Hindi (Devanagari, with and without the nukta), Urdu, Bengali, Tamil,
 * Telugu, Malayalam, Kannada, Gujarati and Amharic: the English months
 * as South Asian and Ethiopian papers print them */
static const char * const south_asian_months[12][14] = {
  { "जनवरी", "جنوری", "জানুয়ারি", "ஜனவரி", "జనవరి", "ജനുവരി", "ಜನವರಿ", "જાન્યુઆરી", "ጃንዋሪ", "ጃንዩወሪ", NULL },
  { "फ़रवरी", "फरवरी", "فروری", "ফেব্রুয়ারি", "பிப்ரவரி", "ఫిబ్రవరి", "ഫെബ്രുവരി", "ಫೆಬ್ರವರಿ", "ફેબ્રુઆરી", "ፌብሩዋሪ", "ፌብሩወሪ", NULL },
  { "मार्च", "مارچ", "মার্চ", "மார்ச்", "మార్చి", "മാർച്ച്", "ಮಾರ್ಚ್", "માર્ચ", "ማርች", NULL },
  { "अप्रैल", "اپریل", "এপ্রিল", "ஏப்ரல்", "ఏప్రిల్", "ഏപ്രിൽ", "ಏಪ್ರಿಲ್", "એપ્રિલ", "ኤፕሪል", NULL },
  { "मई", "مئی", "মে", "மே", "మే", "മേയ്", "ಮೇ", "મે", "ሜይ", NULL },
  { "जून", "جون", "জুন", "ஜூன்", "జూన్", "ജൂൺ", "ಜೂನ್", "જૂન", "ጁን", NULL },
  { "जुलाई", "جولائی", "জুলাই", "ஜூலை", "జూలై", "ജൂലൈ", "ಜುಲೈ", "જુલાઈ", "ጁላይ", NULL },
  { "अगस्त", "اگست", "আগস্ট", "ஆகஸ்ட்", "ఆగస్టు", "ഓഗസ്റ്റ്", "ಆಗಸ್ಟ್", "ઑગસ્ટ", "ኦገስት", NULL },
  { "सितंबर", "सितम्बर", "ستمبر", "সেপ্টেম্বর", "செப்டம்பர்", "సెప్టెంబర్", "സെപ്റ്റംബർ", "ಸೆಪ್ಟೆಂಬರ್", "સપ્ટેમ્બર", "ሴፕቴምበር", NULL },
  { "अक्टूबर", "अक्तूबर", "اکتوبر", "অক্টোবর", "அக்டோபர்", "అక్టోబర్", "ഒക്ടോബർ", "ಅಕ್ಟೋಬರ್", "ઑક્ટોબર", "ኦክቶበር", NULL },
  { "नवंबर", "नवम्बर", "نومبر", "নভেম্বর", "நவம்பர்", "నవంబర్", "നവംബർ", "ನವೆಂಬರ್", "નવેમ્બર", "ኖቬምበር", NULL },
  { "दिसंबर", "दिसम्बर", "دسمبر", "ডিসেম্বর", "டிசம்பர்", "డిసెంబర్", "ഡിസംബർ", "ಡಿಸೆಂಬರ್", "ડિસેમ્બર", "ዲሴምበር", NULL },
};

/* Hebrew, alone and with the prefix "in" a date writes it with ("6
 * במרץ 2026") */
static const char * const hebrew_months[12][5] = {
  { "ינואר", "בינואר", NULL },
  { "פברואר", "בפברואר", NULL },
  { "מרץ", "במרץ", "מרס", "במרס", NULL },
  { "אפריל", "באפריל", NULL },
  { "מאי", "במאי", NULL },
  { "יוני", "ביוני", NULL },
  { "יולי", "ביולי", NULL },
  { "אוגוסט", "באוגוסט", NULL },
  { "ספטמבר", "בספטמבר", NULL },
  { "אוקטובר", "באוקטובר", NULL },
  { "נובמבר", "בנובמבר", NULL },
  { "דצמבר", "בדצמבר", NULL },
};

static const char * const levantine_pairs[] = {
  "كانون الثاني", "كانون الأول", "كانون الاول", "تشرين الأول", "تشرين الاول", "تشرين الثاني", NULL
};

/* Words that mark an Islamic (lunar Hijri) date */
static const char * const lunar_hijri_words[] = {
  "محرم", "صفر", "ربيع", "جمادى", "رجب", "شعبان", "رمضان", "شوال", "ذو", "ذي", "هـ", "ه", NULL
};

/**
 * _byline_import_join_month_words:
 *
 * Returns: (transfer full): @line with the two-word Levantine month
 *   names ("كانون الثاني") joined into one word ("كانون_الثاني")
 */
char *
_byline_import_join_month_words (const char *line)
{
  char *out = g_strdup (line);

  for (guint i = 0; levantine_pairs[i] != NULL; i++)
    {
      char *hit;

      while ((hit = strstr (out, levantine_pairs[i])) != NULL)
        hit[strlen ("كانون")] = '_';   /* "كانون" and "تشرين" are as long */
    }
  return out;
}

/**
 * _byline_import_drop_lunar_hijri:
 *
 * "الثلاثاء ١٤ رمضان ١٤٤٧ هـ - ٣ مارس ٢٠٢٦ م" → "٣ مارس ٢٠٢٦ م": of the parts
 * between dashes or bars, those holding an Islamic month or "هـ" are left
 * out (the Gregorian date is the one read)
 *
 * Returns: (transfer full) (nullable): the rest, or %NULL when nothing was
 *   left out
 */
char *
_byline_import_drop_lunar_hijri (const char *line)
{
  static const char * const separators[] = { " - ", " – ", " — ", " | ", NULL };
  g_autoptr(GString) kept = g_string_new (NULL);
  g_autofree char *work = g_strdup (line);
  g_auto(GStrv) parts = NULL;
  gboolean dropped = FALSE;

  for (guint i = 0; separators[i] != NULL; i++)
    {
      g_auto(GStrv) split = g_strsplit (work, separators[i], -1);

      g_free (work);
      work = g_strjoinv ("\x1f", split);
    }
  parts = g_strsplit (work, "\x1f", -1);
  if (g_strv_length (parts) < 2)
    return NULL;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit (g_strstrip (parts[i]), " ", -1);
      gboolean lunar = FALSE;

      for (guint w = 0; words[w] != NULL && !lunar; w++)
        lunar = g_strv_contains (lunar_hijri_words, words[w]);
      if (lunar)
        {
          dropped = TRUE;
          continue;
        }
      g_string_append_printf (kept, "%s%s", kept->len > 0 ? " - " : "", parts[i]);
    }
  if (!dropped || kept->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&kept), FALSE);
}

/**
 * _byline_import_parse_month:
 * @word: a word of a date line ("March", "mars", "März", "марта", "ene.")
 *
 * Returns: the month 1–12, or 0
 */
int
_byline_import_parse_month (const char *word)
{
  g_autofree char *lower = NULL;
  gsize len;
  int month;

  if ((month = byline_calendar_parse_english_month (word)) > 0 ||
      (month = byline_calendar_parse_russian_month (word)) > 0)
    return month;

  lower = g_utf8_strdown (word, -1);
  len = strlen (lower);
  /* ("des.", Icelandic's and Norwegian's December, only with its dot:
   * "des" is a French word) */
  if (g_str_equal (lower, "des."))
    return 12;
  if (len > 0 && lower[len - 1] == '.')
    lower[--len] = '\0';
  if (len < 3)
    return 0;   /* (every Arabic name is at least two letters, four bytes) */

  for (int i = 0; i < 12; i++)
    {
      for (guint j = 0; j < G_N_ELEMENTS (european_months[i]) && european_months[i][j] != NULL; j++)
        {
          if (g_str_equal (lower, european_months[i][j]))
            return i + 1;
        }
      for (guint j = 0; j < G_N_ELEMENTS (more_months[i]) && more_months[i][j] != NULL; j++)
        {
          if (g_str_equal (lower, more_months[i][j]))
            return i + 1;
        }
      for (guint j = 0; j < G_N_ELEMENTS (short_months[i]) && short_months[i][j] != NULL; j++)
        {
          if (g_str_equal (lower, short_months[i][j]))
            return i + 1;
        }
      for (guint j = 0; j < G_N_ELEMENTS (arabic_months[i]) && arabic_months[i][j] != NULL; j++)
        {
          if (g_str_equal (lower, arabic_months[i][j]))
            return i + 1;
        }
      for (guint j = 0; j < G_N_ELEMENTS (south_asian_months[i]) && south_asian_months[i][j] != NULL; j++)
        {
          if (g_str_equal (lower, south_asian_months[i][j]))
            return i + 1;
        }
      for (guint j = 0; j < G_N_ELEMENTS (hebrew_months[i]) && hebrew_months[i][j] != NULL; j++)
        {
          if (g_str_equal (lower, hebrew_months[i][j]))
            return i + 1;
        }
      for (guint j = 0; j < G_N_ELEMENTS (more_locale_months[i]) && more_locale_months[i][j] != NULL; j++)
        {
          if (g_str_equal (lower, more_locale_months[i][j]))
            return i + 1;
        }
      for (guint j = 0; j < G_N_ELEMENTS (round31_months[i]) && round31_months[i][j] != NULL; j++)
        {
          if (g_str_equal (lower, round31_months[i][j]))
            return i + 1;
        }
      for (guint j = 0; j < G_N_ELEMENTS (round32_months[i]) && round32_months[i][j] != NULL; j++)
        {
          if (g_str_equal (lower, round32_months[i][j]))
            return i + 1;
        }
      for (guint j = 0; j < G_N_ELEMENTS (round33_months[i]) && round33_months[i][j] != NULL; j++)
        {
          if (g_str_equal (lower, round33_months[i][j]))
            return i + 1;
        }
      for (guint j = 0; j < G_N_ELEMENTS (round34_months[i]) && round34_months[i][j] != NULL; j++)
        {
          if (g_str_equal (lower, round34_months[i][j]))
            return i + 1;
        }
      for (guint j = 0; j < G_N_ELEMENTS (round35_months[i]) && round35_months[i][j] != NULL; j++)
        {
          if (g_str_equal (lower, round35_months[i][j]))
            return i + 1;
        }
    }
  if ((month = yiddish_month (lower)) > 0)
    return month;
  return turkic_month (lower);
}

/* The Solar Hijri months as Afghanistan names them: in Dari, by the
 * zodiac's Arabic names (Hamal, Sawr, Jawza …), and in Pashto by its own
 * (وری، غویی، غبرګولی …); written with Persian yeh and gaf, one row per
 * month */
static const char * const afghan_months[12][5] = {
  { "حمل", "وری", NULL }, { "ثور", "غویی", "غوایی", NULL }, { "جوزا", "جوزاء", "غبرگولی", NULL },
  { "سرطان", "چنگاښ", "چنگاش", NULL }, { "اسد", "زمری", NULL }, { "سنبله", "وږی", NULL },
  { "میزان", "تله", NULL }, { "عقرب", "لړم", NULL }, { "قوس", "لیندی", NULL },
  { "جدی", "مرغومی", "مرغومې", NULL }, { "دلو", "سلواغه", NULL }, { "حوت", "کب", NULL },
};

/**
 * _byline_import_parse_afghan_month:
 * @word: a word of a date line ("لیندۍ", "قوس")
 *
 * Returns: the Solar Hijri month 1–12 that @word names in Dari or Pashto,
 *   or 0
 */
int
_byline_import_parse_afghan_month (const char *word)
{
  g_autoptr(GString) norm = g_string_new (NULL);

  /* (Arabic and Pashto yehs as the Persian one, Pashto's ګ as گ, the
   * Arabic kaf as keheh; no joiners or tatweel) */
  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x064A || c == 0x0649 || c == 0x06CD || c == 0x06D0)
        c = 0x06CC;
      else if (c == 0x06AB)
        c = 0x06AF;
      else if (c == 0x0643)
        c = 0x06A9;
      else if (c == 0x200C || c == 0x0640 || c == 0x200F || c == 0x200E)
        continue;
      g_string_append_unichar (norm, c);
    }
  for (int i = 0; i < 12; i++)
    {
      for (guint j = 0; j < G_N_ELEMENTS (afghan_months[i]) && afghan_months[i][j] != NULL; j++)
        {
          if (g_str_equal (norm->str, afghan_months[i][j]))
            return i + 1;
        }
    }
  return 0;
}

/* The Islamic months, as Arab papers write them (two words for some) */
static const char * const lunar_months[12][4] = {
  { "محرم", NULL }, { "صفر", NULL },
  { "ربيع الأول", "ربيع الاول", "ربيع أول", NULL }, { "ربيع الآخر", "ربيع الثاني", "ربيع الاخر", NULL },
  { "جمادى الأولى", "جمادى الاولى", "جمادى الأول", NULL }, { "جمادى الآخرة", "جمادى الثانية", "جمادى الاخرة", NULL },
  { "رجب", NULL }, { "شعبان", NULL }, { "رمضان", NULL }, { "شوال", NULL },
  { "ذو القعدة", "ذي القعدة", NULL }, { "ذو الحجة", "ذي الحجة", NULL },
};

/* The days of the week, Monday first */
static const char * const weekdays[7][3] = {
  { "الاثنين", "الإثنين", NULL }, { "الثلاثاء", NULL }, { "الأربعاء", "الاربعاء", NULL }, { "الخميس", NULL },
  { "الجمعة", NULL }, { "السبت", NULL }, { "الأحد", "الاحد", NULL },
};

/* The number that ends right before @end (past spaces), from @start on */
static int
number_before (const char  *start,
               const char  *end,
               const char **begin)
{
  const char *p = end;
  int value = 0, scale = 1;

  while (p > start && p[-1] == ' ')
    p--;
  if (p == start || !g_ascii_isdigit (p[-1]))
    return -1;
  while (p > start && g_ascii_isdigit (p[-1]) && scale <= 1000)
    {
      value += (p[-1] - '0') * scale;
      scale *= 10;
      p--;
    }
  *begin = p;
  return value;
}

/**
 * _byline_import_convert_lunar_hijri:
 *
 * "الجمعة ١١ شعبان ١٤٤٤ هـ - ١٠:٢٠" → "الجمعة 3 March 2023 - 10:20": an
 * Islamic date with no Gregorian one beside it, told in the Gregorian
 * calendar by the arithmetic (tabular) Islamic calendar, which the
 * printed (Umm al-Qura) dates follow to a day or so
 *
 * Returns: (transfer full) (nullable): the line with its date rewritten,
 *   or %NULL when it holds no Islamic date
 */
char *
_byline_import_convert_lunar_hijri (const char *line)
{
  static const char * const english[] = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December"
  };
  g_autofree char *ascii = byline_calendar_digits_to_ascii (line);

  for (int m = 0; m < 12; m++)
    {
      for (guint v = 0; v < G_N_ELEMENTS (lunar_months[m]) && lunar_months[m][v] != NULL; v++)
        {
          const char *hit = strstr (ascii, lunar_months[m][v]);
          const char *begin = NULL;
          const char *after;
          const char *end;
          int day, year = 0;
          gint64 jdn;
          GDate date;

          if (hit == NULL || (day = number_before (ascii, hit, &begin)) < 1 || day > 30)
            continue;
          after = hit + strlen (lunar_months[m][v]);
          end = _byline_import_skip_spaces (after);
          while (g_ascii_isdigit (*end) && year < 10000)
            year = year * 10 + (*end++ - '0');
          if (year < 1300 || year > 1600)
            continue;
          /* (its mark: "هـ", "ه") */
          {
            const char *mark = _byline_import_skip_spaces (end);

            if (g_str_has_prefix (mark, "هـ"))
              end = mark + strlen ("هـ");
            else if (g_str_has_prefix (mark, "ه") && (mark[strlen ("ه")] == '\0' || mark[strlen ("ه")] == ' '))
              end = mark + strlen ("ه");
          }
          jdn = day + (59 * m + 1) / 2 + (gint64) (year - 1) * 354 + (3 + 11 * year) / 30 + 1948439;
          g_date_clear (&date, 1);
          g_date_set_julian (&date, (guint32) (jdn - 1721425));
          /* (the printed date may be a day off the arithmetic: the
           * weekday beside it, when there is one, says which) */
          for (int w = 0; w < 7; w++)
            {
              for (guint k = 0; k < G_N_ELEMENTS (weekdays[w]) && weekdays[w][k] != NULL; k++)
                {
                  if (strstr (ascii, weekdays[w][k]) == NULL)
                    continue;
                  for (int shift = -1; shift <= 1; shift++)
                    {
                      GDate near = date;

                      if (shift < 0)
                        g_date_subtract_days (&near, 1);
                      else if (shift > 0)
                        g_date_add_days (&near, 1);
                      if ((int) g_date_get_weekday (&near) == w + 1)
                        {
                          date = near;
                          break;
                        }
                    }
                  w = 7;
                  break;
                }
            }
          return g_strdup_printf ("%.*s%d %s %d%s", (int) (begin - ascii), ascii, g_date_get_day (&date),
                                  english[g_date_get_month (&date) - 1], g_date_get_year (&date), end);
        }
    }
  return NULL;
}
