/* test-spam-heldout46-data.h: a forty-sixth round's comments, under a
 * story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's
 * source not read, built or run), under an invented local story
 * (story46: Naples, Italy, where the Funicolare Centrale between the
 * Vomero hill and Via Toledo will close from Monday 3 May 2027 to
 * Friday 30 June 2028 while its cars, cables and four stations are
 * replaced; the councillor for mobility puts the cost at €27.4 million,
 * €16.9 million of it from the EU's regional fund for Campania; about
 * 26,000 passengers a weekday, a shuttle bus, line F1, every six
 * minutes from Piazza Fuga to Piazza Trieste e Trento from 6am to 11pm;
 * the roughly 4,200 Vomero and Arenella residents with a monthly pass
 * to pay €20 instead of €35, applications from Monday 1 March to Friday
 * 30 April 2027; a resident, 81, on Via Cimarosa, whose knees no longer
 * manage the Pedamentina steps and whose bus takes forty minutes; a
 * glove maker near the Augusteo station, 56, half of whose customers
 * come down from the Vomero, offered a 25% cut in the waste tax and not
 * in his rent; the committee Vomero Scende asking for Saturday night
 * shuttles and for one car kept running as long as possible; a
 * transport professor at Federico II University warning Via Cimarosa
 * and Via Tarsia could seize up without a bus lane; a public meeting on
 * Thursday 18 November 2026 at 5.30pm in the Sala dei Baroni of the
 * Maschio Angioino), in four sets, most of them in Italian, with and
 * without accents and with Neapolitan phrases, some in Neapolitan
 * slang, Romanian, Ukrainian, Bengali (in Bengali script and in
 * Banglish), simplified Chinese, English, Spanish and Sinhala.
 *
 * The first, the spam any site's form lets through (desk_spam), in
 * order:
 *   - a betting site, a €500 welcome bonus and boosted odds on a
 *     Napoli match with the code NAPULE500, a .top link, the same host
 *     in the website field (Italian with Neapolitan);
 *   - a loan "senza busta paga", "anche a protestati, cattivi
 *     pagatori e segnalati CRIF", a +39 number in groups on WhatsApp,
 *     no link (Italian, no accents);
 *   - a fake Poste Italiane parcel held in Casoria for €2.49 of customs
 *     duty, a "poste-italiane.it-" look-alike nested in a .top host
 *     (Italian, apostrophes for accents);
 *   - a fake PostePay alert, a €749.90 payment pending, the card to be
 *     confirmed at a "postepay." look-alike .live host (Italian);
 *   - a fake Agenzia delle Entrate IRPEF refund of €472.60 with a €2
 *     "bollo" at a bare .online host, the same host in the website
 *     field (Italian);
 *   - liking TikTok and YouTube videos from home for €70 a day, a
 *     Telegram handle (Romanian);
 *   - greenhouse work in the Netherlands with €380 for papers and the
 *     bus, a +380 number in dashed groups on Viber/WhatsApp
 *     (Ukrainian);
 *   - an invented TV presenter's AI trading platform, an invented
 *     shortener link, a .live host in the website field (Italian);
 *   - an Italian driving licence "without the exam", a WeChat ID and a
 *     +39 number in odd groups (simplified Chinese);
 *   - a "maga" from Forcella, "legamenti d'amore", a partner back in 7
 *     days, the number in dots and bars (Italian);
 *   - an adult come-on, "private photos", a bare .click host, the same
 *     host in the website field (Spanish);
 *   - a "permesso di soggiorno" and "sanatoria 2027" fixer with a €900
 *     advance, a +39 number in Bengali digits and a +880 number
 *     (Bengali).
 *
 * Then twelve genuine readers (desk_genuine):
 *   - a caregiver who takes an 86-year-old lady down to Toledo every
 *     Thursday, for the works, asking for shuttles with a ramp
 *     (Romanian);
 *   - against: fourteen months, the F1 stuck on Via Cimarosa, bus lanes
 *     first (Italian with Neapolitan dialect);
 *   - sarcasm on the June 2028 end date and a metro station still
 *     awaited, the Pedamentina as a gym (Italian, no accents);
 *   - all-capitals anger, "???" and "!!!", works that always last three
 *     times as long (Italian);
 *   - emoji only;
 *   - a reply to "@Salvatore D.", a commuter stuck twice in the
 *     funicular, for the works but the bus lane first (English);
 *   - a question to the reporter: is the €20 pass also for a tenant on
 *     the Vomero whose residency is still at Piazza Garibaldi
 *     (Bengali);
 *   - a reader quoting a fake "ANM Napoli" pass SMS with its .top host
 *     to warn "ATTENZIONE TRUFFA", "non cliccate" (Italian);
 *   - a comune.napoli.it page and a local news site's page cited
 *     (Italian);
 *   - an 89-year-old on Via Morghen since 1961, her granddaughter
 *     typing (Italian with Neapolitan, no accents);
 *   - a pastry shop by the Augusteo exit signing with its name, asking
 *     for an F1 stop at Piazza Carità, no phone, no link (Italian);
 *   - a very short comment, "finally being repaired, I support it"
 *     (simplified Chinese).
 *
 * The second, spam dressed as readers (dressed_spam):
 *   - a childhood on Via Kerbaker and the funicular as school, cinema
 *     and first date, then a removals firm with two numbers and its
 *     site (Italian);
 *   - a Vomero commuter's fear for the F1, then an e-bike shop behind
 *     an HTML <a href> on the words "electric bicycle" (simplified
 *     Chinese);
 *   - a reply to "@Salvatore D." agreeing, a betting site with a
 *     referral code in the website field only (Neapolitan slang);
 *   - sympathy for the resident of 81, then a "signora Nunzia" who
 *     reads cards and brought a husband back, the number in mixed
 *     digits and number words (Italian);
 *   - an Erasmus student's evenings on the funicular, then a crypto
 *     mentor and his Telegram handle (Romanian);
 *   - the glove maker's rent defended, then a loan "senza garanzie e
 *     senza busta paga", the number split by dashes (Italian, no
 *     accents);
 *   - a Bangladeshi commuter's worry about the closure, then an agency
 *     for hotel jobs in Portugal and Malta with a €650 fee, a +880 and
 *     a +39 number (Banglish with digits);
 *   - Vomero prices after the works, then "ultimi appartamenti
 *     disponibili", "senza anticipo", a broker's number and site
 *     (Italian);
 *   - the waste-tax cut praised, then a fake comune "rimborso
 *     straordinario" of €2,000 for shops with a €16 fee on a
 *     comune-napoli look-alike .site host (Italian);
 *   - the professor's point backed by a graduate, then a "fully funded"
 *     PhD scholarship with a €50 application fee (English);
 *   - praise for the committee, then an online course for short-let
 *     and B&B hosts "da 297 € a soli 47 €" (Italian);
 *   - a tourist's ride up to Castel Sant'Elmo, then a hotel deal at a
 *     "booking.com-" look-alike .live host (Spanish).
 *
 * And twelve readers a filter might take for spam (dressed_genuine):
 *   - a caregiver giving the comune's office number for free disabled
 *     transport during the closure, its days and hours (Sinhala);
 *   - a haberdasher at Piazza Fuga for 22 years, the works needed, her
 *     shop's name and landline for elderly neighbours' keys and
 *     parcels, nothing sold (Italian);
 *   - the official project page and the ANM page for the replacement
 *     service, the application dates (Italian);
 *   - the sums worked out: minutes, runs a day, passengers a run, the
 *     pass's discount in percent, euros a passenger (Italian);
 *   - an aunt's SMS about a €150 "bonus trasporto" and a 351 number to
 *     call, relayed without quotation marks, "è una truffa" (Italian);
 *   - the Questura's website and the patronati recommended, do not pay
 *     "intermediaries" for a permesso (Ukrainian);
 *   - a parish volunteers' association's free rides for the elderly,
 *     its own .org site to book, "gratis" (Italian);
 *   - a cartomante in the Quartieri Spagnoli in 1979 who foretold a man
 *     in uniform, a story, no number (Italian with Neapolitan);
 *   - a cyclist from Valencia linking a newspaper article on bikes and
 *     the Vomero hills (Spanish);
 *   - a buyer whose flat, due in June 2025, is still not delivered,
 *     the developer's office landline named (Italian);
 *   - a bar worker asking when the F1 starts, the first metro, "1ta",
 *     "2mi", "6 tay" (Banglish with digits);
 *   - a reader mocking the spam under the story, "maghe", "prestiti
 *     senza busta paga", "rimborsi dell'Agenzia delle Entrate"
 *     (Italian).
 */

#pragma once

#include "spam-test-util.h"

/* The story the comments are under */
static const char * const story46 =
  "Naples to close Funicolare Centrale for fourteen months to replace cars and cables\n\n"
  "NAPLES, Italy — The Funicolare Centrale between the Vomero hill and Via Toledo will close from Monday 3 May 2027 to Friday 30 June 2028 while its cars, cables and four stations are replaced, the city's councillor for mobility said on Tuesday.\n\n"
  "Carmine Della Ragione put the cost at €27.4 million, €16.9 million of it from the EU's regional fund for Campania. The line carries about 26,000 passengers a weekday; a shuttle bus, line F1, will run every six minutes from Piazza Fuga to Piazza Trieste e Trento from 6am to 11pm.\n\n"
  "The roughly 4,200 Vomero and Arenella residents with a monthly pass will pay €20 instead of €35; applications run from Monday 1 March to Friday 30 April 2027.\n\n"
  "\"I am 81, my knees can't manage the Pedamentina steps, and the bus takes forty minutes,\" said Concetta Amitrano, of Via Cimarosa.\n\n"
  "Gennaro Russo, 56, who makes leather gloves near the Augusteo station, said half his customers come from the Vomero. \"The city offers a 25% cut in the waste tax, not in my rent.\"\n\n"
  "The residents' committee Vomero Scende asked for Saturday night shuttles and for one car to keep running as long as possible. Lucia Iannaccone, a transport professor at Federico II University, warned that Via Cimarosa and Via Tarsia could seize up without a bus lane.\n\n"
  "A public meeting will be held on Thursday 18 November 2026 at 5.30pm in the Sala dei Baroni of the Maschio Angioino.";

static const Comment desk_spam[] = {
  { "⚽🔥 Napule, jamme a vencere! Bonus di benvenuto 500€ + 200 giri gratis sulle slot e quota maggiorata x5 su Napoli–Juventus solo per i nuovi iscritti con il codice NAPULE500. Prelievi in 5 minuti su PostePay e bonifico, niente SPID, niente documenti. Iscriviti subito 👉 https://partenope-bet.top/registrati?promo=NAPULE500 🍀", "PartenopeBet", "promo@partenope-bet.top", "https://partenope-bet.top" },
  { "Prestiti da 3.000 a 50.000 euro senza busta paga, anche a protestati, cattivi pagatori e segnalati CRIF. Basta la carta d'identita, niente garante, niente banca. Accredito in 24 ore sul tuo conto o sulla PostePay, rate da 89 euro al mese. Scrivi su WhatsApp al +39 351 48 27 906 e chiedi di Rita, rispondo anche la domenica.", "Rita Prestiti Veloci", "prestitiveloci.rita@gmail.com", NULL },
  { "Poste Italiane: la spedizione n. IT4729 0063 15 e' in giacenza presso il centro di smistamento di Napoli Casoria per dazi doganali non pagati (2,49 EUR). Aggiorna i dati e paga entro 24h, altrimenti il pacco verra' restituito al mittente: https://poste-italiane.it-giacenza.info-spedizioni.top/IT47290063", "Poste Italiane", "noreply@info-spedizioni.top", NULL },
  { "PostePay: abbiamo rilevato un accesso da un dispositivo non riconosciuto (Samsung SM-A556, Milano) e un pagamento di 749,90€ in attesa di autorizzazione. Se non sei stato tu, blocca l'operazione e conferma i dati della tua carta entro 2 ore: https://postepay.verifica-carta-sicura.live/blocco Servizio Sicurezza Poste", "Sicurezza PostePay", "sicurezza@verifica-carta-sicura.live", NULL },
  { "Agenzia delle Entrate – Avviso n. 2026/RIM/88412: dalla verifica della dichiarazione 730/2026 risulta a Suo favore un rimborso IRPEF di 472,60 €. Per ricevere l'accredito completi la richiesta e versi l'imposta di bollo digitale di 2,00 € sul portale agenziaentrate-rimborsi.online entro il 15/12/2026. Decorso tale termine il rimborso sarà annullato.", "Agenzia Entrate Rimborsi", "rimborsi@agenziaentrate-rimborsi.online", "https://agenziaentrate-rimborsi.online" },
  { "Bună ziua tuturor românilor din Napoli și din Campania! 👋 Căutăm 15 persoane pentru muncă de acasă de pe telefon: dai like la videoclipuri pe TikTok și YouTube și câștigi 70 € pe zi, plata în fiecare seară pe Revolut sau PostePay. Nu trebuie experiență, nu plătești nimic, începi chiar azi. Scrie-mi pe Telegram 👉 @Andreea_Job_Acasa", "Andreea Munteanu", "andreea.munteanu.hr@gmail.com", NULL },
  { "Сезонна робота в Нідерландах 🇳🇱 для українців з Неаполя та Казерти! Теплиці з помідорами та полуницею, 15,20 € на годину, офіційний договір, житло поруч з роботою. Потрібно лише оплатити 380 € за оформлення документів і квиток на автобус з Неаполя. Виїзд щопонеділка. Пишіть у Viber/WhatsApp: +380 (67) 41-93-205, Оксана", "Оксана | Робота Європа", "oksana.robota.eu@ukr.net", NULL },
  { "Il conduttore Gigi Marzano ha rivelato in diretta come guadagna 11.000 € al mese con la nuova piattaforma di trading con intelligenza artificiale approvata in Italia. Bastano 250 € per iniziare, il software compra e vende Bitcoin e azioni da solo mentre dormi. Le banche hanno fatto togliere l'intervista, guardatela prima che la cancellino: https://cutt.click/marzano-ai-napoli", "Notizie Finanza Oggi", "redazione@finanza-oggi-news.live", "https://finanza-oggi-news.live" },
  { "意大利驾照免考包过！🚗 不用上课，不用考试，15天拿到正规意大利B照，Motorizzazione系统可查。另办国际驾照、中国驾照换意大利驾照，价格优惠，先办后付一半。那不勒斯、普拉托、米兰都可以办。加微信：jiazhao_it2027 或 WhatsApp +39 320 7 18 44 96", "意大利驾照服务", "jiazhao.italia@outlook.com", NULL },
  { "Maga Carmela di Forcella 🔮 da tre generazioni: legamenti d'amore, ritorno della persona amata in 7 giorni, tolgo malocchio e fatture, amuleti per lavoro e fortuna. Risultati garantiti al 100%, primo consulto gratis. Chiamami o scrivimi: 3.4.7 | 2.9.1 | 5.0.6.8 ✨", "Maga Carmela", "carmela.maga.forcella@libero.it", NULL },
  { "Hola guapo 😘 soy Valentina, tengo 23 años y estoy de vacaciones en Nápoles hasta el domingo, me aburro sola en el hotel cerca del puerto... ¿Quieres conocerme mejor? Mis fotos y vídeos privados aquí 👉 valentina-privado.click 🔞 sin registro, escríbeme ya, estoy conectada", "Valentina 💋", "valentina@valentina-privado.click", "https://valentina-privado.click" },
  { "ইতালিতে কাগজ নেই? চিন্তা করবেন না ভাই! 🇮🇹 পারমেসো দি সোজর্নো, নতুন সানাতোরিয়া ২০২৭, ফ্লুসি আর নুল্লা ওস্তা — সব কাজ আমরা করে দিই, কোয়েস্তুরায় লাইনে দাঁড়াতে হবে না। কাজের কন্ট্রাক্ট আর রেসিডেনজাও ব্যবস্থা করি। ফাইল খোলার জন্য মাত্র ৯০০ ইউরো অগ্রিম, বাকি টাকা কাজ শেষে। নাপোলি, রোমা, মিলানো। ইমো/হোয়াটসঅ্যাপ: +৩৯ ৩২৮ ৪৭৭ ১০৫৯ অথবা +880 1712-648309", "সোহেল ভাই – ইমিগ্রেশন সার্ভিস", "sohel.immigration.napoli@gmail.com", NULL },
};

static const Comment desk_genuine[] = {
  { "Lucrez ca badantă la o doamnă de 86 de ani pe Via Scarlatti și în fiecare joi coborâm cu funiculara la Toledo, la doctor și la piață. Lucrările sunt necesare, anul trecut am rămas blocate 20 de minute între stații. Dar vă rog, puneți navete cu rampă pentru scaunul cu rotile, altfel doamna nu mai iese din casă paisprezece luni.", "Mihaela Popescu", "mihaela.popescu76@yahoo.com", NULL },
  { "Quattordici mesi senza funicolare? Ma chist' so' pazz'. 'A navetta F1 ogni 6 minuti, sì, comme no: 'ncoppa a via Cimarosa alle 8 'e matina nun se move manco 'na formica. Io scendo a Toledo tutt' 'e juorne pe' faticà, mo' me tocca piglià 'a metro a Vanvitelli e fa' 'a fila cu 'e turisti. Prima facite 'e corsie preferenziali, po' chiudite.", "Salvatore D.", "salvo.d81@libero.it", NULL },
  { "Fine lavori venerdi 30 giugno 2028. Me lo segno sul calendario accanto alla data di apertura della stazione della metro che aspetto da quando andavo alle medie, cosi le festeggiamo insieme. Nel frattempo ci alleniamo sui gradini della Pedamentina, altro che palestra 😂", "Lucia Cozzolino", "lucia.cozzolino@gmail.com", NULL },
  { "E NOI CHE LAVORIAMO A VIA TOLEDO E ABITIAMO AL VOMERO COME SCENDIAMO??? QUATTORDICI MESI DI NAVETTE IMBOTTIGLIATE NEL TRAFFICO!!! OGNI VOLTA CHE CHIUDETE QUALCOSA DOVEVA DURARE UN ANNO E NE DURA TRE. PRIMA SISTEMATE LA METRO E POI CHIUDETE LA CENTRALE!!!", "Pasquale Vitiello", "pasquale.vitiello@virgilio.it", NULL },
  { "🚡😤🚌🚌🚌⏳🙏", "Annarella", "annarella.vomero@gmail.com", NULL },
  { "@Salvatore D. I hear you, I commute down to Toledo every day too, but I've been stuck in that funicular twice this year between Corso Vittorio Emanuele and Augusteo with the lights off. Fourteen months is painful, but I'd rather that than a cable giving way. Agree with Prof. Iannaccone though: a proper bus lane on Via Cimarosa first, or the F1 will just sit in traffic.", "Daniel Hartley", "dan.hartley.naples@gmail.com", NULL },
  { "সাংবাদিক ভাইয়ের কাছে একটা প্রশ্ন: ২০ ইউরোর মাসিক পাস কি শুধু যাদের রেসিডেনজা ভোমেরো বা আরেনেল্লায় তাদের জন্য? আমি ২০১৯ থেকে ভোমেরোতে ভাড়া থাকি, কিন্তু আমার রেসিডেনজা এখনো পিয়াজ্জা গারিবাল্দির পুরনো ঠিকানায়। আমি কি ৩০ এপ্রিলের মধ্যে আবেদন করতে পারব? ধন্যবাদ।", "মোহাম্মদ রফিকুল ইসলাম", "rafiqul.islam.na@gmail.com", NULL },
  { "ATTENZIONE TRUFFA! A mia madre è arrivato ieri questo SMS: «ANM Napoli: il tuo abbonamento agevolato Funicolare Centrale a 20€ è pronto. Attivalo entro 24 ore pagando 1,90€ di spese di attivazione su anm-napoli.abbonamenti-vomero.top». L'ANM non manda messaggi del genere e le domande si aprono solo il 1° marzo 2027. Non cliccate, non mettete i dati della carta e avvisate genitori e nonni.", "Francesca Di Martino", "f.dimartino@hotmail.it", NULL },
  { "Per chi vuole vedere il progetto prima dell'assemblea del 18 novembre: tavole e cronoprogramma sono sul sito del Comune, https://www.comune.napoli.it/funicolare-centrale-lavori-2027 . Un buon pezzo sulle navette e su via Cimarosa l'ha scritto anche https://www.cronachepartenopee.it/vomero/2026/10/funicolare-centrale-chiusura-navetta-f1 . Leggeteli tutti e due prima di andare al Maschio Angioino.", "Marco Ferrara", "marco.ferrara.ing@gmail.com", NULL },
  { "scrivo io per mia nonna che ha 89 anni e me lo detta: abito a via Morghen dal 1961, con la funicolare scendevo ogni mattina a lavorare in un negozio di stoffe a Toledo. Non mi importa se la chiudono, basta che la fanno bella e sicura e che sulla navetta ci sta un posto a sedere per noi vecchi. E che finiscono presto, ca io nun tengo cchiu tiempo. Saluti a tutti, nonna Titina", "Giulia Scognamiglio", "giuliascogna05@gmail.com", NULL },
  { "Abbiamo la pasticceria a due passi dall'uscita Augusteo dal 1972. Metà dei clienti della mattina scende dalla funicolare: sfogliatella, caffè e via in ufficio. I lavori servono, ma chiediamo al Comune di far fermare la navetta F1 anche a piazza Carità e non solo a piazza Trieste e Trento, sennò per quattordici mesi la mattina qui non passa nessuno. Pasticceria Santaniello, Rosaria e Vincenzo", "Pasticceria Santaniello", "pasticceriasantaniello@libero.it", NULL },
  { "终于要修了，支持！👍", "陈晓燕", "chen.xiaoyan@qq.com", NULL },
};

static const Comment dressed_spam[] = {
  { "Sono cresciuto in via Kerbaker e la funicolare centrale per me era tutto: la scuola, il cinema, il primo appuntamento a via Toledo. Quattordici mesi senza saranno duri, soprattutto per chi sta ai piani alti e non ha la macchina. Per chi in questo periodo pensa di trasferirsi più in basso, noi di Traslochi Partenope facciamo case e uffici con autoscala, imballaggio gratuito e deposito mobili. Tel. 081 552 3817 o 339 604 2271, www.traslochipartenope.it, dite che avete letto l'articolo 🚚", "Traslochi Partenope", "info@traslochipartenope.it", "https://traslochipartenope.it" },
  { "我住在Vomero，每天坐缆车去Toledo上班。缆车关十四个月，F1接驳巴士在Via Cimarosa肯定堵死。我去年买了一辆<a href=\"https://bici-elettriche-napoli.shop/zh?utm_source=funicolare\">电动自行车</a>，从Chiaia骑上Vomero只要12分钟，下坡更快。现在所有车型打八折，还送头盔。", "王磊", "wanglei.napoli@gmail.com", NULL },
  { "@Salvatore D. hai ragione frà, 'ncoppa a via Cimarosa se more 'e traffico già mo', figurammece cu 'e navette. Comm'a sempe a Napule: primma chiudono e po' pensano addò fa' passà 'a gente. Ce vedimmo 'o 2030 😂", "Ciro Scarpati", "ciro.scarpati93@gmail.com", "https://vincitutto-quote.bet/iscriviti?ref=CIRO1926" },
  { "Mi dispiace tanto per la signora Amitrano, anche mia mamma ha 80 anni e senza funicolare dal Vomero non scende più. Io però voglio dire grazie alla signora Nunzia: quando mio marito se n'era andato di casa e avevo perso pure il lavoro, lei mi ha letto le carte, mi ha tolto il malocchio e dopo tre settimane lui è tornato. Chiamatela, è una santa: tre 4 otto, 7 sei 2, nove 1 zero 5", "Assunta R.", "assunta.r1968@hotmail.it", NULL },
  { "Am fost student Erasmus la Federico II în 2019 și în fiecare seară coboram cu funiculara de pe Vomero pe Toledo, o să-mi lipsească dacă mă întorc în 2027. Vă spun și ceva util: dacă nu era mentorul meu Radu, încă plăteam chirie și munceam în două locuri. Cu semnalele lui la crypto am făcut din 1.500 € peste 22.000 € în patru luni. Scrieți-i pe Telegram @Radu_Crypto_Semnale și spuneți că vă trimite Vlad.", "Vlad Ionescu", "vlad.ionescu.ro@yahoo.com", NULL },
  { "Ha ragione il signor Russo, lo sconto del 25% sulla Tari non paga l'affitto e il padrone di casa non regala niente. Chi ha un negozio a Toledo e deve tirare avanti 14 mesi: io ho preso un prestito senza garanzie e senza busta paga dal signor Enzo, 15.000 euro sul conto in 48 ore, rate come vuoi tu. Tel: 3-2-9 - 5-8-1 - 4-4-0-7", "Marisa Capuano", "marisa.capuano@libero.it", NULL },
  { "Ami 2014 theke Napoli te achi, protidin Augusteo theke funicolare Centrale diye Vomero te kaj e jai, 14 mash bondho thakle amader khub kosto hobe. Bhaiera jara Italy te kaj pacchen na, amader agency Portugal ar Malta te hotel ar restaurant e kaj dey, beton 1200 euro, thakar jayga free. Shudhu file processing fee 650 euro, visa ready 30 din e. WhatsApp +880 1819-552047 / Italy +39 389 066 1532", "Jahid Hasan", "jahid.hasan.bd@gmail.com", NULL },
  { "Con la funicolare nuova e le stazioni rifatte, i prezzi al Vomero vicino a piazza Fuga saliranno di sicuro appena finiscono i lavori nel 2028. Chi vuole anticipare: ultimi appartamenti disponibili in nuova costruzione in via Luca Giordano, bilocali e trilocali con terrazzo vista golfo, consegna 2028, prenotazione senza anticipo fino a fine mese. Consulente Antonio Mazzarella, 347 220 6183, www.vomero-residenze-immobiliare.it", "Antonio Mazzarella – Immobiliare", "info@vomero-residenze-immobiliare.it", "https://vomero-residenze-immobiliare.it" },
  { "Giusto lo sconto sulla Tari, ma non tutti sanno che il Comune dà anche un rimborso straordinario di 2.000 € a ogni attività commerciale vicino ai cantieri della funicolare. La mia vicina con la merceria a via Toledo l'ha già preso. La domanda si fa su https://comune-napoli.rimborso-esercenti.site con un contributo di istruttoria di 16 € con carta. Scadenza 20 dicembre, giratelo a chi ha un negozio in zona!", "Teresa Aprea", "teresa.aprea@gmail.com", NULL },
  { "Prof. Iannaccone is spot on about the bus lane, I modelled the Vomero–Toledo corridor for my master's thesis at Federico II and Via Cimarosa jammed at 8am even with the funicular running. For any engineering students reading: I got a fully funded PhD place in Rotterdam through the European Urban Transit Scholarship, tuition, housing and €1,400 a month. There is only a refundable €50 application fee, deadline 15 December: eu-urban-transit-scholarship.org/apply", "Federica Landolfi", "federica.landolfi.eng@gmail.com", NULL },
  { "Complimenti al comitato Vomero Scende, senza di loro nessuno parlerebbe di navette notturne. Vi dico solo una cosa: con la funicolare nuova il Vomero diventerà la zona più richiesta per affitti brevi e B&B. Nel mio corso online «Host a Napoli da zero» impari a riempire casa tutto l'anno con Airbnb e Booking, da 297 € a soli 47 €, offerta valida fino a domenica: https://corso-host-napoli.online/vomero", "Giada Ruocco – Host Coach", "giada@corso-host-napoli.online", "https://corso-host-napoli.online" },
  { "Estuvimos en Nápoles en abril y subimos al Vomero en la funicular para ver la bahía desde Castel Sant'Elmo, fue lo mejor del viaje. Qué pena que la cierren tanto tiempo. Quien vaya a ir, que reserve con tiempo: yo encontré un hotel con vistas al Vesubio con un 45% de descuento en booking.com-napoli-ofertas.live, mucho más barato que en otras webs y se paga al llegar.", "Lucía Fernández", "lucia.fernandez.mad@hotmail.es", NULL },
};

static const Comment dressed_genuine[] = {
  { "වයසක අයට සහ රෝද පුටු භාවිතා කරන අයට: ෆුනිකුලර් එක වහලා තියෙන කාලෙට කොමූනේ එකෙන් ආබාධිත අය සඳහා නොමිලේ ප්‍රවාහන සේවාවක් තියෙනවා. මම වැඩ කරන නෝනාට ඒක දැනටමත් ලැබුණා. දවස් දෙකකට කලින් 081 795 6220 අංකයට කතා කරලා වෙන් කරගන්න ඕනේ, සඳුදා සිට සිකුරාදා උදේ 9 සිට 1 දක්වා. ඉතාලි කතා කරන්න අමාරු නම් දරුවෙක්ගෙන් උදව් ගන්න.", "නිලන්ති පෙරේරා", "nilanthi.perera.na@gmail.com", NULL },
  { "Ho la merceria a piazza Fuga da ventidue anni, proprio di fronte all'uscita della funicolare. Con il cantiere davanti per quattordici mesi ci perderemo tutti, ma la funicolare va rifatta: l'anno scorso si è fermata tre volte con la gente dentro. Ai signori anziani del palazzo dico: se vi serve lasciare le chiavi o un pacco mentre andate giù con la navetta, passate pure o chiamate in negozio allo 081 578 4412. Merceria Iovine, Anna", "Anna Iovine", "merceria.iovine@libero.it", NULL },
  { "Chi vuole mandare osservazioni prima dell'assemblea: il progetto completo, con le fasi del cantiere e il percorso della navetta F1, è pubblicato su https://www.comune.napoli.it/mobilita/funicolare-centrale-progetto e gli orari del servizio sostitutivo e della Linea 1 saranno aggiornati su https://www.anm.it/funicolare-centrale-servizio-sostitutivo . Le domande per l'abbonamento a 20 € si fanno dal 1° marzo al 30 aprile 2027, segnatevelo.", "Roberta Sannino", "roberta.sannino@gmail.com", NULL },
  { "Un po' di conti: oggi dal Vomero a Toledo con la funicolare ci metto 5 minuti, con la Linea 1 da Vanvitelli a Toledo 9 minuti più 6 a piedi. La F1 ogni 6 minuti dalle 6:00 alle 23:00 fa 170 corse al giorno: per 26.000 passeggeri sono 153 persone a corsa, e un autobus da 12 metri ne porta 100. L'abbonamento a 20 € invece di 35 € è uno sconto del 43%, 180 € risparmiati in 12 mesi. E i 27,4 milioni fanno più di 1.000 € a passeggero giornaliero.", "Gianluca Orefice", "gianluca.orefice@yahoo.it", NULL },
  { "Attenzione soprattutto voi che avete genitori anziani al Vomero: a mia zia ieri è arrivato un sms che diceva che per la chiusura della funicolare aveva vinto un bonus trasporto di 150 euro e che doveva chiamare il 351 902 4418 per riceverlo. Lei ha chiamato e le hanno chiesto il codice della carta, per fortuna ha riattaccato. È una truffa, il Comune non regala bonus per telefono: non chiamate e non date codici a nessuno.", "Patrizia Caiazzo", "patrizia.caiazzo@virgilio.it", NULL },
  { "Для українців у Неаполі: не платіть «посередникам», які обіцяють permesso di soggiorno за 800 євро. Поновити дозвіл на проживання або тимчасовий захист можна самостійно, вся офіційна інформація є на сайті Квестури: https://questure.poliziadistato.it/it/Napoli . Заповнити kit для пошти безкоштовно або за символічну плату допомагають у патронатах. Я сама так робила у 2025 році, заплатила тільки марку і пошту.", "Наталія Коваленко", "natalia.kovalenko@ukr.net", NULL },
  { "Siamo i volontari di Gradini Solidali, l'associazione nata nella nostra parrocchia del Vomero. Durante la chiusura della funicolare accompagneremo gratis gli anziani del quartiere in centro per visite mediche e commissioni, con due pulmini e una decina di volontari. Ci si prenota sul sito https://www.gradinisolidali.org/prenota oppure lasciando un biglietto in sagrestia dopo la messa. Cerchiamo anche altri volontari con patente B!", "Associazione Gradini Solidali", "info@gradinisolidali.org", "https://www.gradinisolidali.org" },
  { "Ve faccio ridere: nel 1979 con la mia amica Rituccia scendemmo con la funicolare centrale a Toledo per andare da una cartomante ai Quartieri Spagnoli, mille lire a testa. Mi disse che avrei sposato un uomo in divisa e che avrei vissuto 'ncoppa a 'na collina. Ho sposato un bigliettaio dell'ATAN che lavorava proprio alla funicolare e abito al Vomero da 45 anni. Quella aveva capito tutto, o forse fu solo fortuna. Chiudetela pure, basta che la riaprite bella.", "Maria Grazia Esposito", "mariagrazia.esposito47@libero.it", NULL },
  { "Soy de Valencia y vivo en Nápoles desde 2022, voy en bici a todas partes aunque aquí parezca una locura. Sobre las cuestas del Vomero y los carriles bici que prometen desde hace años, este artículo lo explica bien: https://www.ilmattino.it/napoli/citta/funicolare_centrale_chiusura_bici_vomero-2026.html . Ojalá durante la obra dejen subir bicis a la Línea 1 también en hora punta.", "Pablo Ortega", "pablo.ortega.vlc@gmail.com", NULL },
  { "Altro che 2028. Io ho comprato un appartamento in via Luca Giordano sulla carta nel 2023, consegna prevista giugno 2025, e sto ancora pagando affitto e mutuo insieme. Il costruttore, Edilvomero Costruzioni, al numero dell'ufficio 081 229 7703 non risponde mai e adesso dice che con il cantiere della funicolare i camion non passano e si slitta ancora. Se il Comune chiude tutto per 14 mesi, chi paga i ritardi di chi aspetta casa?", "Stefano Pirozzi", "stefano.pirozzi@hotmail.it", NULL },
  { "Bhai apnara ki jano F1 navetta sokal 6 tay shuru hobe naki? Ami Vomero te 1ta bar e kaj kori, 5.30 e dokan khulte hoy. 2mi jodi Garibaldi theke ashte chao, Linea 1 er 1st train o 6 tar age nai. Amra 3 jon bhai eksathe jai, 14 mash eta kivabe cholbe bujhtesi na. Comune ke keu ektu bolen please 🙏", "Shuvo Ahmed", "shuvo.ahmed.nap@gmail.com", NULL },
  { "Leggo i commenti qui sotto e mi sembra di stare al mercato della Duchesca: maghe che ti riportano il marito, prestiti senza busta paga, rimborsi dell'Agenzia delle Entrate, Valentina che si annoia in albergo e il mentore delle cripto. Manca solo quello che vende il Rolex a 50 euro. Cara redazione, un moderatore costa meno di una funicolare, mettetelo. E voi non chiamate nessun numero trovato nei commenti!", "Enzo Marigliano", "enzo.marigliano@gmail.com", NULL },
};
