/* test-spam-heldout25.c: the spam filter against a twenty-fifth held-out set
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Eighty comments written before the twenty-fifth round read the
 * rules, under an ordinary local story, "Flooded underpass closed again
 * after overnight storm". This round hunts false positives: fifty
 * readers whose comments look like spam and thirty spam that imitate
 * them, in English mostly and in Spanish, German, French, Portuguese,
 * Italian, Polish, Arabic, Persian, Hindi, romanised Hindi, Indonesian
 * and Chinese. The readers link to the council's petition, the
 * government's flood map, the BBC, a drainage report and three more
 * sources at once; run the bakery on the corner, a café, a driving
 * school, a taxi firm, a fruit shop, a warung and a corner shop, some
 * posting from the shop's account; answer as a plumber or an
 * electrician; give a number for a lost dog (with a reward), a clean-up,
 * a pump to lend; invite neighbours into the street's WhatsApp group;
 * share a GoFundMe and a Leetchi for flooded neighbours; pass on the
 * insurer's claims line; quote a scam text to warn; shout in capitals
 * and exclamation marks; say "free", "money" and "crypto" in anger;
 * write "+1", "This." and three hundred words. The spam: fundraisers at
 * look-alike hosts ("gofundme-flood-relief.help", "gofundrne.com"), a
 * plumber, an electrician and a cellar-drier with no tie to the story,
 * a neighbours' WhatsApp group that shares crypto signals, fake claims
 * lines and grants, praise with a link or a website field, "my
 * neighbour earns…" and work from home in five languages, loans, a pet
 * tracker.
 *
 * Untrained, before any change, the filter caught 22 of the 30 and
 * flagged 1 of the 50: that is the held-out figure. Flagged, the lost
 * dog "Biscuit" (0.61): "please call 07700 900123" asks readers to
 * contact the author (0.45) and "£50 reward, no questions asked" read
 * as a free prize for a survey or a click (a reward, "questions").
 * Missed: a fundraiser at gofundrne.com (0.00: a bare address, read by
 * no rule), a Polish cellar-drying advert with its site and "Zadzwoń
 * 500 600 700" (0.45: a mobile's nine digits are no phone number), a
 * claims firm's "our flood claims experts get you paid … free
 * assessment" at flood-claims-uk.co (0.15: 1 link), a Hinglish
 * insurance "customer care … call karein … turant paisa" (0.45: the
 * author's name), a French grant at aide-inondation-gouv.fr.info (0.15)
 * and the work-from-home trio, Italian "lavora da casa e guadagna 3000
 * euro al mese" (the known miss), Spanish "mi vecina gana 2.500 € al
 * mes … desde casa" and Hinglish "ghar baithe online kamao 50,000
 * mahina" (0.15 each: 1 link). The caught scored 0.50 (the FLOOD RELIEF
 * GRANT) to 0.95; the next readers 0.45 (a Portuguese WhatsApp group
 * with a number), 0.41 (a reader's blog), 0.40 (capitals), 0.35 (two
 * readers' "crypto").
 *
 * The round's rules, in a new file, byline-spam-filter-neighbours.c
 * (their reasons worded in notices.c, which po/POTFILES.in lists), with
 * the lists they extend: a reader's own lost or found pet (a pet
 * and "ran off", "went missing", "is anyone missing him?" in twelve
 * languages) is no prize for a click (bait.c) and her number weighs 0.3
 * (shape.c), as does the street's WhatsApp group with no money in it;
 * an address spelling a known site's name with look-alike letters ("rn"
 * for "m", "cl" for "d", 0, 1, "vv") weighs 0.5 and is a made-up one for
 * the fundraiser and notice rules (notices.c); an address with a
 * government's word in its own name and no government's suffix 0.35,
 * 0.5 asking to claim or fill in a form (a ".org" is a club's); a
 * claims firm's voice, claim and free assessment with its site; a
 * claims line that promises in its own voice to pay, with its number;
 * the earnings rule in Italian, Spanish, Portuguese, French, German,
 * Polish, Indonesian, Turkish and Hinglish (work from home, a sum by
 * the month, week or day above 2000, 500 or 100, and a contact, or a
 * link to no council with an invitation to find out how). Around them:
 * French grant notices' words (notices.c), a reader asking "is that
 * real?" of a text as a warning (notices.c), a nine-digit mobile for
 * the phone-and-address rule (forms.c), romanised Hindi help desks
 * ("turant paisa", "maine" for a reader who rang: ruses.c), signals and
 * profit in seven languages for the private-group rule (hideouts.c).
 * With them the set is 30 of 30 and 0 of 50: the eight caught score
 * 0.53 (the claims firm and the work-from-home trio: one rule and a
 * link, the thinnest margin of the set; 0.57 since the desk check
 * below weighed those rules 0.5) to 0.79 (the French grant); the lost
 * dog 0.30, the Portuguese group 0.30, readers at most 0.41.
 *
 * Earlier sets, with all of the round's rules, every comment of every
 * file-scope set scored before and after: no spam fell below 0.5 and
 * no reader rose; heldout24's one spam not yet caught, the Italian
 * "lavora da casa", is caught (0.53; its not-yet check became a
 * "since" check). Moved by more than 0.1, all spam rising by the
 * earnings rule in their languages: heldout17's French "à domicile …
 * 150 € par jour" 0.50 → 0.72, heldout20's "gagne 10 000 € par mois"
 * 0.62 → 0.79, heldout22's "depuis chez vous, 500€ par jour" 0.57 →
 * 0.77 and Portuguese "em casa … R$ 300 por dia" 0.72 → 0.85,
 * heldout23's "300€ par jour depuis chez moi" 0.75 → 0.86, heldout24's
 * Hinglish "ghar baithe … roz 5000" 0.73 → 0.85, heldout9's Spanish
 * "2.500 dólares por semana … desde casa" 0.75 → 0.86 and Indonesian
 * "500 ribu per hari dari rumah" 0.67 → 0.82; heldout14's Greek tax
 * refund 0.57 → 0.72 (an address dressed as a government's). One
 * reader fell: heldout12's "Residents of Elm Road: we have a WhatsApp
 * group", 0.45 → 0.30 (the street's group).
 *
 * Not yet: a plumber reader who offers free boiler checks after the
 * flood with his number and his own site (0.92, genuine_not_yet
 * below).
 */

#include "config.h"

#include "byline-core.h"

#include "spam-test-util.h"

static const Comment spam[] = {
  /* a fake fundraiser at a look-alike host */
  { "Please help the flooded families of Station Road, every donation counts 🙏 https://gofundme-flood-relief.help/station-road",
    "Flood Relief Team", "floodrelief.uk@gmail.com", NULL },
  { "URGENT: flood victims need your help NOW. Donate through our secure page gofundrne.com/flood-families, 100% goes to the families",
    "Station Road Appeal", "stationroad.appeal@gmail.com", NULL },
  { "Ayuda a las familias afectadas por la inundación, cada euro cuenta 🙏 Dona aquí: https://gofundme.flood-help.xyz",
    "Ayuda Inundación", "ayuda.inundacion@gmail.com", NULL },
  /* a tradesman's advert with no tie to the story */
  { "24/7 Emergency Plumber London – blocked drains, boiler repair, leak detection. No call-out fee! Call 0800 123 4567 or visit https://www.fastplumbers-london.co.uk",
    "Fast Plumbers London", "info@fastplumbers-london.co.uk", NULL },
  { "Best electrician services in Dubai, AC repair, wiring, cheap price, same day. WhatsApp +971 50 123 4567",
    "Dubai Electric Services", "dubaielectric.services@gmail.com", NULL },
  { "Osuszanie piwnic najtaniej w Polsce! Gwarancja, dojazd gratis. Zadzwoń 500 600 700 lub wejdź na www.osuszanie-tanio.pl",
    "Osuszanie Tanio", "biuro@osuszanie-tanio.pl", NULL },
  { "FLOODED BASEMENT??? WE PUMP IT OUT TODAY!!! CHEAPEST PRICES IN THE UK!!! CALL NOW 0800 999 1234 !!! www.pumpitnow.co.uk",
    "Pump It Now", "sales@pumpitnow.co.uk", NULL },
  /* a "neighbours' group" that is a crypto group */
  { "Neighbours, join our Station Road community WhatsApp group for flood updates 👉 https://chat.whatsapp.com/Hk29sLqPzX3 (we also share daily crypto signals, members made 300% last month)",
    "Station Road Community", "stationroad.community@gmail.com", NULL },
  { "洪水过后想赚钱？加入我们的邻里互助群，每天分享炒币信号，稳赚不赔！加微信：flood888",
    "邻里互助群", "flood888@163.com", NULL },
  /* a fake insurance or claims hotline, a fake grant */
  { "Flood damage? Claim up to £10,000 compensation today with no paperwork! Call the National Flood Insurance Helpline 0843 555 0199, open 24/7.",
    "Flood Claims Helpline", "floodclaims.helpline@gmail.com", NULL },
  { "Your insurer might refuse you. Our flood claims experts get you paid in 48 hours: www.flood-claims-uk.co, free assessment.",
    "Claims Experts", "experts@flood-claims-uk.co", NULL },
  { "Flood insurance claim ke liye customer care number 9876543210 pe call karein, 24 ghante seva, turant paisa account me.",
    "Insurance Helpline", "insurance.helpline24@gmail.com", NULL },
  { "FLOOD RELIEF GRANT: residents of Station Road are eligible for £500. Claim before midnight at floodrelief-gov.co.uk/claim",
    "Council Grants", "grants.council.uk@gmail.com", NULL },
  { "Sinistrés des inondations : recevez une aide de 1500 € de l'État en 24h. Remplissez le formulaire : https://aide-inondation-gouv.fr.info",
    "Aide Sinistrés", "aide.sinistres@gmail.com", NULL },
  { "تعويضات الفيضانات! احصل على 5000 دولار الآن، سجّل بياناتك عبر الرابط https://flood-aid-gov.online واتصل بنا على واتساب +44 7700 123999",
    "تعويضات", "flood.aid.gov@gmail.com", NULL },
  /* praise with a link, or with only a website field */
  { "Great article, very informative! Check out my site for more: https://best-cheap-sandbags.shop",
    "Sandbag Deals", "deals@best-cheap-sandbags.shop", NULL },
  { "Thanks for sharing this, really useful.",
    "Basement Waterproofing Deals", "seo.waterproofing@gmail.com", "https://waterproofing-deals-online.com" },
  { "So sad to see the flooding, stay safe everyone ❤️",
    "Royal Casino Bonus", "royalcasino.bonus@gmail.com", "https://royal-casino-bonus.online" },
  { "Very useful post. I also wrote about flood prevention on my blog.",
    "SEO Expert", "seo.expert.2026@gmail.com", "https://buy-followers-cheap.blog" },
  { "This! 👉 https://bit.ly/3xFloodCash",
    "Mike", "mike.cash77@gmail.com", NULL },
  /* work from home, "my neighbour earns" */
  { "My neighbour lost her job after the flood but now earns $8,500 a month working from home on her laptop. I couldn't believe it! See how: www.homejobs-daily.net",
    "Sarah Jenkins", "sarah.jenkins.home@gmail.com", NULL },
  { "Lavora da casa e guadagna 3000 euro al mese! Niente più traffico e sottopassi allagati. Scopri come su www.guadagna-da-casa.it",
    "Chiara", "chiara.guadagna@gmail.com", NULL },
  { "Mi vecina gana 2.500 € al mes trabajando desde casa, sin experiencia. Yo empecé la semana pasada. Infórmate aquí: https://trabajo-casa-facil.es",
    "Lucía", "lucia.trabajo@gmail.com", NULL },
  { "Flood me sab kuch chala gaya? Tension mat lo bhai, ghar baithe online kamao 50,000 mahina. Join karo: t.me/earnmoney_india",
    "Online Kamai", "onlinekamai@gmail.com", NULL },
  { "बाढ़ से नुकसान? घर बैठे रोज़ 3000 रुपये कमाएं! अभी WhatsApp करें +91 98111 22334",
    "Ghar Se Kamai", "gharsekamai@gmail.com", NULL },
  /* crypto, loans */
  { "Nach der Überschwemmung habe ich alles verloren, aber mit Bitcoin-Trading verdiene ich jetzt 1.500 € pro Woche. Kontaktieren Sie meinen Berater auf WhatsApp +44 7911 123456",
    "Petra", "petra.trading@gmail.com", NULL },
  { "کسب درآمد دلاری از خانه با ارز دیجیتال! روزانه ۲۰۰ دلار سود تضمینی. عضو کانال تلگرام ما شوید: @crypto_iran_vip",
    "ارز دیجیتال", "crypto.iran.vip@gmail.com", NULL },
  { "Perdeu tudo na enchente? Empréstimo rápido sem consulta ao SPC, aprovação em 1 hora. Chame no WhatsApp (11) 98765-4321",
    "Crédito Rápido", "credito.rapido@gmail.com", NULL },
  { "Korban banjir butuh dana cepat? Pinjaman online tanpa jaminan, cair 5 menit! Hubungi WA 0812-9988-7766",
    "Dana Cepat", "danacepat@gmail.com", NULL },
  /* a lost pet's shape */
  { "Lost pet in the storm? Our GPS pet tracker finds them in minutes, 50% off today only: https://pettrack-sale.shop",
    "PetTrack", "promo@pettrack-sale.shop", NULL },
};

static const Comment genuine[] = {
  /* a petition, a flood map, a newspaper, several sources */
  { "The council has an e-petition to fund proper drainage for the Station Road underpass, 1,200 signatures so far: https://petitions.millbrook.gov.uk/underpass-drainage. Please sign, it closes Friday.",
    "Anne Clarke", "anne.clarke@example.org", NULL },
  { "Check the government flood map before you drive: https://check-for-flooding.service.gov.uk. Our postcode has been on a flood warning since 2am.",
    "Peter Walsh", "peter.walsh@example.org", NULL },
  { "BBC local had drone footage of it at 6am: https://www.bbc.co.uk/news/uk-england-12345678. Third time since September.",
    "Gareth", "gareth.jones@example.org", NULL },
  { "For anyone who wants the facts: the council's 2023 drainage report (https://www.millbrook.gov.uk/drainage-report-2023.pdf), the Environment Agency's river levels (https://check-for-flooding.service.gov.uk/river-and-sea-levels), the Met Office warning (https://www.metoffice.gov.uk/weather/warnings) and the Echo's piece from last winter (https://www.millbrookecho.co.uk/news/underpass-floods-again). The pumps were never upgraded.",
    "R. Patel", "r.patel@example.org", NULL },
  { "Report blocked drains to the council's 24-hour line 01632 960 000 or online at https://www.millbrook.gov.uk/report. The more reports, the faster they come.",
    "Linda", "linda.m@example.org", NULL },
  { "FREE sandbags at the depot on Mill Lane until 8pm tonight, the council confirmed it on their Facebook page: https://www.facebook.com/MillbrookCouncil. Bring something showing your address.",
    "Kev", "kevin.b@example.org", NULL },
  /* a reader's own small business, in context */
  { "I run the bakery on the corner of Station Road. We lost two days of stock when the power went and the flour delivery couldn't get through the underpass. Open again from tomorrow, come and say hello.",
    "Tom Hughes", "tom@hughesbakery.co.uk", NULL },
  { "We're collecting dry clothes and blankets for the families on Mill Lane, drop them at the café any time until 6. Hot drinks are free for anyone who was flooded out.",
    "Corner Café Millbrook", "hello@cornercafemillbrook.co.uk", "https://www.cornercafemillbrook.co.uk" },
  { "I'm a driving instructor and I've cancelled nine lessons this week because the test route goes through the underpass. The DVSA should reroute it until it's fixed.",
    "Millbrook School of Motoring", "bookings@millbrookmotoring.co.uk", "https://www.millbrookmotoring.co.uk" },
  { "Taxi driver here: we're charging £8 extra to go round by the bypass, sorry folks, it's four more miles. Station Taxis 01632 960 123 will still do the school runs at the normal price.",
    "Station Taxis", "office@stationtaxis.co.uk", NULL },
  /* a tradesman answering */
  { "@Sarah re your cellar: I'm a plumber in town. Don't switch the boiler back on until it's been checked, and get a non-return valve fitted on the drain, about £150-£300. Happy to take a look, I'm on 07700 900789. Dave Hall Plumbing.",
    "Dave Hall", "dave@hallplumbing.co.uk", NULL },
  { "Electrician here. If water got near your sockets, switch off at the consumer unit and don't touch anything until it's dry and tested. Any registered electrician can write the insurance report, it doesn't have to be me.",
    "Steve Electrics", "steve@steve-electrics.co.uk", NULL },
  /* a lost pet, a clean-up, a neighbours' group, a fundraiser */
  { "Our dog Biscuit ran off during the storm near the underpass, brown spaniel with a red collar. If you see him please call 07700 900123. £50 reward, no questions asked, we just want him home.",
    "Emma Wright", "emma.wright@example.org", NULL },
  { "Community clean-up this Saturday 10am at the underpass entrance, bring gloves and bin bags. Free tea and biscuits from the church hall. Call Jenny on 07700 900456 if you can lend a van.",
    "Jenny", "jenny.s@example.org", NULL },
  { "There's a WhatsApp group for Station Road neighbours where we post when the underpass floods. Join here: https://chat.whatsapp.com/Gh3kLmN0pQr, or ask at the post office and they'll add you.",
    "Margaret", "margaret.o@example.org", NULL },
  { "Mrs Patel at number 14 had a foot of water through her ground floor and no contents insurance. Her granddaughter set up a GoFundMe for new carpets and a fridge: https://www.gofundme.com/f/help-mrs-patel-after-the-flood. Every little helps.",
    "Sunil", "sunil.k@example.org", NULL },
  /* the insurance hotline, a scam text quoted */
  { "If you're with Aviva, call their claims hotline on 0800 015 1498 straight away and take photos before you throw anything out. They paid ours within three weeks last time.",
    "Rachel", "rachel.t@example.org", NULL },
  { "Warning: my mum got a text this morning saying 'FLOOD RELIEF GRANT: you are eligible for £500, claim now at floodrelief-gov.co before midnight'. It is a SCAM, the council does not text people. Don't click.",
    "Claire", "claire.d@example.org", NULL },
  /* capitals and exclamation marks */
  { "THREE TIMES THIS YEAR!!! THE COUNCIL KNEW THE DRAINS WERE BLOCKED AND DID NOTHING. MY SON WAS STUCK IN HIS CAR IN THERE AT MIDNIGHT. SOMEBODY IS GOING TO DIE BEFORE THEY FIX IT!!!",
    "Brian", "brian.h@example.org", NULL },
  { "Well done to the fire crew!!!! They pulled two cars out by 3am!!!! Absolute heroes!!!!!!",
    "Sue", "sue.p@example.org", NULL },
  /* "free", "money", "crypto", "earns" in criticism */
  { "They found money for a free crypto 'innovation hub' in the town hall but not for a pump in the underpass? Priorities.",
    "Alan", "alan.r@example.org", NULL },
  { "The councillor who told us there's no money for drains also tweets about his crypto gains. Funny that.",
    "Jo", "jo.k@example.org", NULL },
  { "My neighbour earns his living fixing cars under that railway bridge and he's lost a whole week's work. Nobody will compensate him.",
    "Terry", "terry.w@example.org", NULL },
  /* short replies */
  { "+1", "Mo", "mo@example.org", NULL },
  { "This.", "Kate", "kate.l@example.org", NULL },
  { "+1 to what Dave said about the valve.", "Ian", "ian.f@example.org", NULL },
  /* a reply that quotes */
  { "> The pumps were never upgraded\nThey were, in 2019, but the new ones were installed too low. Source: I worked on the contract.",
    "Neil", "neil.b@example.org", NULL },
  /* a blog in the website field, a blog linked */
  { "I've photographed that underpass every time it has flooded since 2019, and the water line on the wall is higher each time. The old culvert under the railway is half blocked with silt.",
    "Helen Marsh", "helen.marsh@example.org", "https://helenwalksmillbrook.blogspot.com" },
  { "Great reporting, thank you. For anyone who wants the history, I wrote up the 2007 floods on my blog: https://millbrookhistory.wordpress.com/2007-floods",
    "Geoff", "geoff.h@example.org", NULL },
  /* a long comment */
  { "I've lived on Station Road for thirty-one years and I want to set down what has happened, because the council keeps saying this is a freak event. It is not. The underpass flooded in 2007, 2012, 2014, twice in 2020 and now three times this year. Each time they send a tanker to pump it out, close it for two or three days, and reopen it without touching the culvert. In 2019 they put in new pumps, which everyone welcomed, but they sit below the level the water reaches within an hour of heavy rain, so they short out exactly when they are needed. The residents' association has written to the council six times. We have had one reply. Meanwhile the bus diverts, the school run takes half an hour longer, the elderly people at the sheltered housing can't get to the surgery, and the shops on the far side lose trade every time. I don't want compensation or free anything. I want a drainage survey, a date, and a councillor who will stand in that underpass with us when it rains.",
    "Maureen Ellis", "maureen.ellis@example.org", NULL },
  /* romanised Hindi, Hindi */
  { "Bhai underpass phir se band hai, office jaane mein 40 minute extra lag rahe hain. Council ko kuch to karna chahiye, har baarish mein yahi haal hai.",
    "Rohit", "rohit.v@example.org", NULL },
  { "अंडरपास फिर से बंद है! हर साल यही हाल। नगर परिषद की याचिका पर हस्ताक्षर करें: https://petitions.millbrook.gov.uk/underpass-drainage",
    "अमित", "amit.s@example.org", NULL },
  /* Spanish */
  { "Mi hija se quedó atrapada en el paso subterráneo con el coche a las dos de la mañana. Gracias a los bomberos. El ayuntamiento tiene que arreglar el drenaje YA. Hay una petición aquí: https://petitions.millbrook.gov.uk/underpass-drainage",
    "Carmen", "carmen.g@example.org", NULL },
  { "Tengo la frutería de la esquina y perdimos toda la mercancía del sótano. Si alguien necesita fruta, mañana la regalamos antes de que se estropee, gratis.",
    "Frutería Hermanos López", "fruteria.lopez@gmail.com", NULL },
  /* German */
  { "Wir wohnen direkt an der Unterführung, das Wasser stand 1,20 m hoch. Wer Hilfe beim Auspumpen braucht: ich habe eine Pumpe und verleihe sie kostenlos, Telefon 07700 900321.",
    "Jürgen", "juergen.b@example.org", NULL },
  { "Der Artikel in der Lokalzeitung erklärt es besser: https://www.millbrookecho.co.uk/news/underpass-pumps. Die Pumpen sind seit 2021 defekt, Geld war da, es wurde nur nicht ausgegeben.",
    "Sabine", "sabine.k@example.org", NULL },
  /* French */
  { "Attention à l'arnaque ! Ma voisine a reçu un SMS « Aide inondation : recevez 300 €, cliquez ici ». C'est faux, la mairie n'envoie jamais de SMS avec un lien.",
    "Sophie", "sophie.m@example.org", NULL },
  { "Notre voisin Karim a perdu sa voiture et tous ses outils dans l'inondation. Une cagnotte a été ouverte pour lui : https://www.leetchi.com/fr/c/solidarite-karim. Merci pour lui.",
    "Nadia", "nadia.b@example.org", NULL },
  /* Portuguese */
  { "Sou eletricista. Quem teve água nas tomadas, desliguem o quadro geral e não liguem nada antes de uma verificação. Se precisarem de ajuda, meu número é 07700 900654, sem custo para idosos.",
    "Marcos Eletricista", "marcos.eletrica@gmail.com", NULL },
  { "Criamos um grupo de WhatsApp para os brasileiros da Station Road, para avisar quando a passagem alagar. Quem quiser entrar, me chama no 07700 900987.",
    "Fernanda", "fernanda.s@example.org", NULL },
  /* Italian */
  { "Mia sorella lavora da casa e guadagna poco, ma almeno oggi non ha dovuto attraversare il sottopasso. Mio marito ci ha messo un'ora per arrivare al lavoro.",
    "Francesca", "francesca.r@example.org", NULL },
  { "BASTA! OGNI ANNO LA STESSA STORIA!!! Il sottopasso si allaga e nessuno paga. Il comune pulisca i tombini!",
    "Salvatore", "salvatore.c@example.org", NULL },
  /* Polish */
  { "Mieszkam przy przejściu od 12 lat i znowu zalane. Petycja do rady miasta: https://petitions.millbrook.gov.uk/underpass-drainage. Podpiszcie, proszę!",
    "Agnieszka", "agnieszka.w@example.org", NULL },
  { "Jestem hydraulikiem, mogę za darmo pomóc sąsiadom z wypompowaniem wody z piwnic w weekend. Dzwońcie: 07700 900111.",
    "Marek Hydraulik", "marek.hydraulik@gmail.com", NULL },
  /* Arabic, Persian */
  { "أسكن بجوار النفق منذ عشر سنوات، وهذه المرة الثالثة هذا العام. على البلدية تنظيف المجاري قبل الشتاء. للطوارئ اتصلوا بـ 999 أو بخط البلدية 0300 123 4567.",
    "خالد", "khaled.a@example.org", NULL },
  { "أنا صاحب محل الخضار في شارع المحطة، خسرنا بضاعة بقيمة 800 جنيه. الحمد لله على السلامة، والمحل مفتوح غداً.",
    "محل الخضار", "yousef.veg@gmail.com", NULL },
  { "دیشب ماشینم در زیرگذر گیر کرد. بیمه‌ام گفت با شماره ۰۸۰۰ ۰۹۰۰ ۲۲۲ تماس بگیرم. کسی که تجربه دارد بگوید خسارت چقدر طول می‌کشد؟",
    "رضا", "reza.m@example.org", NULL },
  /* Indonesian, Chinese */
  { "Saya punya warung makan kecil dekat terowongan, kemarin banjir masuk dapur. Hari ini kami buka lagi, makan gratis untuk petugas pemadam kebakaran yang bekerja semalam.",
    "Warung Bu Sri", "warungbusri@gmail.com", NULL },
  { "我在车站路开了一家小超市，昨晚地下通道又淹了，仓库里的货全泡了水。保险公司的理赔电话是 0800 123 4567，大家记得拍照留证据。",
    "王老板", "wang.shop@example.org", NULL },
  { "提醒大家：有人冒充市政府发短信，说“洪水补贴500英镑，点击链接领取”，这是诈骗，千万别点！",
    "刘女士", "liu.ms@example.org", NULL },
};

/* Readers probing the round's rules from the other side, written after
 * the rules and before running them. At their first run (the first
 * thirteen and three spam) 3 of 13 were flagged and 2 of 3 missed: a
 * daughter's "1200 euro al mese" with comune.milano.it (0.53: a
 * council's site, not read as official), a reader asking "Is that
 * real?" of floodrelief-gov.co.uk (0.68, the older notice rule's 0.5
 * among it) and a lost cat with the street group's page (0.57); a
 * residents' millbrook-gov-watch.org scored 0.45 and a found cat 0.45;
 * "paypa1.me" (0.45) and aide-sinistres-gouv.com (0.35) were missed.
 * Fixed by kind: a council's own address, sums by the month above
 * 2000, a ".org" no government's look-alike, "is that real?" a
 * warning, a pet found as one lost, a look-alike 0.5, a government's
 * look-alike asking to claim 0.5. Two readers of a claims line written
 * after the later five's rules scored 0.00. The last six readers and
 * two spam, written after those: the street's group with a number
 * (0.45 twice, now 0.30), a neighbour's own ceramics shop with "gana
 * 3.000 € al mes desde casa" (0.53: an invitation is now wanted with a
 * link, 0.15), the Corriere (0.00); "gofunclme" missed (0.00, "cl" for
 * "d" now, 0.50) and a pet tracker dressed as a lost dog caught (0.78). */
static const Comment guards[] = {
  /* earnings from home, told with the council's or a paper's link */
  { "Mia figlia lavora da casa e guadagna 1200 euro al mese, e il comune offre corsi gratuiti: https://www.comune.milano.it/lavoro",
    "Paola", "paola.v@example.org", NULL },
  { "Mi vecina gana 2.500 € al mes trabajando desde casa y aun así no puede pagar el sótano. Lo cuenta El País: https://elpais.com/economia/teletrabajo",
    "Javier", "javier.m@example.org", NULL },
  { "Mera bhai ghar baithe online kaam karta hai, 20,000 mahina milta hai, par flood ke baad se internet band hai.",
    "Pooja", "pooja.r@example.org", NULL },
  /* a claims firm's words, warned of */
  { "Beware the claims firms leaving flyers: 'our experts get you paid in 48 hours, free assessment, www.claims-now.co'. Your insurer's own claims line is free.",
    "Hugh", "hugh.c@example.org", NULL },
  /* a look-alike address and a government's word, quoted or a club's */
  { "Someone is sharing gofundrne.com links in the Station Road group. Look closely, it's 'rn' not 'm'. It's a scam, don't give.",
    "Margaret", "margaret.o@example.org", NULL },
  { "The text said to claim at floodrelief-gov.co.uk. Is that real? The council's own site doesn't mention any grant.",
    "Bev", "bev.t@example.org", NULL },
  { "Our residents' group keeps a list of every promise the council made about the underpass: https://www.millbrook-gov-watch.org",
    "Colin", "colin.p@example.org", NULL },
  { "Pour l'aide de l'État aux sinistrés, remplissez le formulaire sur https://www.service-public.fr, c'est gratuit et il n'y a rien à payer.",
    "Élise", "elise.d@example.org", NULL },
  /* lost and found pets, with a number and a page */
  { "Our cat Misty went missing in the flood. If you see her please call 07700 900222 or message us through https://www.facebook.com/groups/millbrookpets. Reward offered.",
    "Lucy", "lucy.h@example.org", NULL },
  { "Found: a ginger cat, soaked, by the underpass steps this morning. Is anyone missing him? Call 07700 900333.",
    "Owen", "owen.g@example.org", NULL },
  { "Nuestro perro Toby se perdió anoche con la tormenta. Si lo veis, llamad al 07700 900444. Hay recompensa.",
    "Marta", "marta.l@example.org", NULL },
  /* a Polish number of nine digits, with the council's address */
  { "Zadzwońcie do administracji osiedla 600 700 800 albo zgłoście zalanie na www.millbrook.gov.uk/report.",
    "Ewa", "ewa.k@example.org", NULL },
  /* a claims line, what the insurer paid, written after the later
   * five's rules */
  { "Pagamos el seguro del hogar cada año y la reclamación sigue sin resolverse. Llamé a la línea de siniestros 900 123 456 y me dicen que esperan al perito.",
    "Rosa", "rosa.p@example.org", NULL },
  { "If you're with Direct Line, we rang their claims line on 0345 246 8704 and they paid us for the carpets within a week.",
    "Amir", "amir.k@example.org", NULL },
  /* written last: the street's group with a number, a neighbour's
   * earnings told with a paper's link or her own shop's */
  { "Criamos um grupo de WhatsApp para os moradores, me chama no +44 7700 900987 que eu te adiciono.",
    "Fernanda", "fernanda.s@example.org", NULL },
  { "Join the Station Road neighbours WhatsApp group, message me on +44 7700 900111 and I'll add you.",
    "Margaret", "margaret.o@example.org", NULL },
  { "Il mio vicino guadagna 4000 euro al mese lavorando da casa, ne parla il Corriere: https://www.corriere.it/economia/lavoro",
    "Luca", "luca.b@example.org", NULL },
  { "Mi vecino gana 3.000 € al mes desde casa con su tienda online de cerámica: https://www.ceramicasrosa.es",
    "Pilar", "pilar.g@example.org", NULL },
  /* a help desk in romanised Hindi, rung by the reader */
  { "Maine insurance ke customer care 1800 266 7780 pe call kiya, turant paisa nahi milta, claim ka paisa wapas 2 hafte me aata hai.",
    "Sanjay", "sanjay.m@example.org", NULL },
};

/* Readers still flagged, asserted so, that a rule clearing them is
 * noticed: a plumber who offers free boiler checks after the flood,
 * with his number and his own site (0.92: the number and the address
 * together, his site read as a shop's, a call to contact him). The same
 * words are a plumber's advert with no tie to the story; what would
 * tell them apart is the story's own street named and the offer free,
 * which no rule reads yet. And (a probe of the other engineer's, below)
 * Citizens Advice's local office offering its free advice on claims with
 * its number and site (0.57, flagged before the round too: a number and
 * an address together, a call to contact it) — a charity's service, but
 * in an advert's very shape. */
static const Comment genuine_not_yet[] = {
  { "I'm a plumber on Mill Lane, happy to check anyone's boiler after the flood for free, call 07700 900789 or see www.hallplumbing.co.uk",
    "Dave Hall", "dave@hallplumbing.co.uk", NULL },
  { "Our advisers at Citizens Advice give free advice on insurance claims after floods, see citizensadvice.org.uk or call 0800 144 8848",
    "Citizens Advice Millbrook", "millbrook@citizensadvice.org.uk", NULL },
};

/* Spam against the round's rules from the other side */
static const Comment spam_probes[] = {
  { "Donate for the flooded families of Station Road at paypa1.me/floodfamilies, every pound helps!",
    "Flood Families", "floodfamilies.uk@gmail.com", NULL },
  { "Recevez l'aide exceptionnelle de 800 € : remplissez le formulaire sur aide-sinistres-gouv.com avant dimanche.",
    "Aide Sinistrés", "aide.sinistres.fr@gmail.com", NULL },
  { "Please donate to help the flooded families: gofunclme.com/station-road-families",
    "Station Road Appeal", "appeal.sr@gmail.com", NULL },
  { "Our dog ran off in the storm! We found him in an hour with the PawFinder GPS tag, 40% off today: https://pawfinder-deals.shop",
    "Paw Finder", "deals@pawfinder-deals.shop", NULL },
  { "Pompowanie wody z piwnic 24h, cała Polska, najniższe ceny! Zadzwoń 511 222 333 lub www.pompowanie-24h.pl",
    "Pompowanie 24h", "biuro@pompowanie-24h.pl", NULL },
};

/* Five more spam and five more readers, written after the round's
 * rules and before running them: a Spanish neighbours' WhatsApp group
 * sharing bitcoin signals, a German fundraiser at a made-up host, a
 * Spanish claims line, a Portuguese "minha vizinha ganha R$ 6.000 por
 * mês", an electrician's site with praise; readers with their bar's
 * number, the DVLA's form and a warning of claims lines, a Hindi
 * neighbours' group, an Arabic GoFundMe, an Indonesian shout. At their
 * first run 3 of 5 caught and 0 of 5 flagged: missed, the Spanish
 * group ("señales de bitcoin con 200% de ganancia", 0.45: "bitcoin" on
 * the suspect list, 1 link) and the Spanish claims line ("le pagamos
 * en 24 horas", 0.00). Read since: signals and profit in seven
 * languages are money to make in a private group (hideouts.c); a claims
 * line that promises in its own voice to pay, with its number
 * (neighbours.c). 5 of 5 and 0 of 5 now (0.75 and 0.50). */
static const Comment spam_later[] = {
  { "Hola vecinos, ya hay un grupo de WhatsApp del barrio para avisar de la inundación 👉 https://chat.whatsapp.com/Lm3QxZ9abc, allí compartimos también señales de bitcoin con 200% de ganancia.",
    "Vecinos Station Road", "vecinos.stationroad@gmail.com", NULL },
  { "Bitte spendet für die Familien der Station Road, die alles verloren haben, jeder Euro zählt: https://spenden-hochwasser-hilfe.site",
    "Hochwasserhilfe", "hochwasserhilfe2026@gmail.com", NULL },
  { "¿Daños por la inundación? Llame a la línea nacional de reclamaciones de seguros 0800 555 0142, le pagamos en 24 horas sin papeleo.",
    "Línea de Reclamaciones", "reclamaciones.seguros@gmail.com", NULL },
  { "Minha vizinha ganha R$ 6.000 por mês trabalhando de casa pelo celular, mesmo depois da enchente. Veja como: https://renda-extra-facil.online",
    "Juliana", "juliana.renda@gmail.com", NULL },
  { "Great article! If anyone needs an electrician after the floods, check out https://cheap-electricians-usa.com, best prices nationwide.",
    "Electricians USA", "leads@cheap-electricians-usa.com", NULL },
};

static const Comment genuine_later[] = {
  { "Ho un piccolo bar vicino al sottopasso, ieri abbiamo perso tutta la merce. Da domani siamo aperti, caffè gratis per i volontari! Bar Centrale, tel. 07700 900555.",
    "Bar Centrale", "barcentrale.millbrook@gmail.com", NULL },
  { "Anyone who lost a car in there: the DVLA says you must tell them if it's written off, form here https://www.gov.uk/written-off-vehicle. Don't pay any 'claims helpline' that texts you.",
    "Phil", "phil.a@example.org", NULL },
  { "हमारे मोहल्ले का व्हाट्सऐप ग्रुप है, अंडरपास में पानी भरते ही सबको बता देते हैं। जुड़ना हो तो मुझे 07700 900666 पर मैसेज करें।",
    "सीमा", "seema.g@example.org", NULL },
  { "جارنا أبو سمير فقد كل شيء في الفيضان، أطلقنا حملة تبرعات له على https://www.gofundme.com/f/abu-samir-flood نرجو المشاركة ولو بالقليل.",
    "سمر", "samar.h@example.org", NULL },
  { "SUDAH TIGA KALI TAHUN INI!!! DEWAN KOTA TIDAK PERNAH MEMBERSIHKAN SALURAN AIR. KAMI BAYAR PAJAK UNTUK APA???",
    "Dedi", "dedi.s@example.org", NULL },
};

/* Another engineer's desk check, written before reading the round's
 * rules or its set: eight spam and eight readers under a story of the
 * same flood. Before the round 5 of 8 caught, 0 of 8 flagged (the lost
 * dog at 0.45, the bakery's "still open for anyone who needs bread" at
 * 0.40); after the round's rules 5 and 0 (the dog 0.30). Missed: a
 * claims firm's "Our claims experts recover 100% … no win no fee. Free
 * assessment: …" (0.00: the firm's voice had no words between "our"
 * and "experts"; then 0.45, its rule alone), a German "Hochwasserhilfe
 * sofort: 2.000 € Soforthilfe … Antrag nur heute online unter …" (0.00:
 * no government's word in its address) and the Italian "lavoro da casa
 * e guadagno 2500 euro al mese … Info su …" (0.45: "Info su" was no
 * invitation). Read since (neighbours.c): "our" a few words before a
 * firm's people; a relief payment, a sum, to claim at once at a site of
 * its own (the haste: "nur heute", "sofort", "before funds run out"; no
 * charity's, club's or council's site); "info su", "más info", "mehr
 * infos" as invitations; and a claims firm's advert or the round's
 * earnings by the period, with its invitation or contact, weigh 0.5
 * (they weighed 0.45, the older earnings rule's weight: each is a whole
 * advert's shape). 8 of 8, 0 of 8 now. */
static const Comment desk_spam[] = {
  { "So sorry for everyone flooded. My cousin got back everything she lost with a flood relief grant, apply in 5 minutes at floodrelief-claims.org before funds run out!", "Karen Miles", "karen.miles88@gmail.com", NULL },
  { "Need a plumber after the storm? 24/7 emergency drain unblocking, no call-out fee. Call 0800 955 0142 or book at rapiddrains-247.co.uk", "Rapid Drains", "info@rapiddrains-247.co.uk", "https://rapiddrains-247.co.uk" },
  { "Neighbours, join our Riverside residents group on WhatsApp for updates! Also we share daily bitcoin signals, 300% profit last month: wa.me/447700900123", "Riverside Updates", "riverside.updates@gmail.com", NULL },
  { "Insurance won't pay? Our claims experts recover 100% of your flood loss, no win no fee. Free assessment: floodclaimexperts.net", "Claim Experts", "leads@floodclaimexperts.net", NULL },
  { "Great article, very informative about the underpass. I also write about home improvement, check my site for waterproofing tips!", "Best Waterproofing Tips 2026", "seo@waterproofingtips.xyz", "https://waterproofingtips.xyz/basement" },
  { "Mientras el túnel sigue cerrado yo gano 250 euros al día desde casa con un sistema sencillo. Escríbeme por Telegram @ganarcasa_es", "Lucía", "lucia.gana@gmail.com", NULL },
  { "Hochwasserhilfe sofort: 2.000 € Soforthilfe für alle Betroffenen, Antrag nur heute online unter hochwasser-soforthilfe.info", "Bürgerservice", "antrag@hochwasser-soforthilfe.info", NULL },
  { "Vi consiglio questo: lavoro da casa e guadagno 2500 euro al mese, senza esperienza. Info su guadagnafacile-casa.it", "Giulia", "giulia.casa@libero.it", NULL },
};
static const Comment desk_genuine[] = {
  { "THIS IS THE THIRD TIME THIS YEAR!!! The council has known about the drain since 2019. Sign the petition: https://petition.parliament.uk/petitions/701234", "Margaret H", "margaret.h@example.org", NULL },
  { "I run the bakery by the underpass, we lost two days of stock and the freezer. Still open for anyone who needs bread tomorrow, 7am as usual.", "Corner Bakery", "hello@cornerbakery.example", "https://cornerbakery.example" },
  { "Lost dog near the underpass last night, black lab called Bruno, red collar. Please call 07700 900456 if you see him!!", "Tom Wright", "tom.wright@example.org", NULL },
  { "The Environment Agency flood map shows this whole street in zone 3: https://flood-map-for-planning.service.gov.uk/ and the council's own report says the pump failed: https://www.example-council.gov.uk/reports/underpass-pump.pdf", "Dr Anika Shah", "anika.shah@example.org", NULL },
  { "Beware: I got a text saying 'Flood grant approved, claim at floodgrant-uk.info'. It is a SCAM. The council never texts like that.", "Peter Lowe", "peter.lowe@example.org", NULL },
  { "Electrician here (30 years). Don't switch your sockets back on until someone checks the RCD, water in the back boxes is dangerous. Free advice, just ask.", "Sparky Dave", "dave@example.org", NULL },
  { "Wir haben beim letzten Hochwasser über die Versicherungshotline 0800 123 4567 schnell Hilfe bekommen, einfach anrufen und Schadensnummer notieren.", "Jens Brandt", "jens.brandt@example.org", NULL },
  { "Our neighbour lost everything on the ground floor. We've set up a fundraiser for her: https://www.gofundme.com/f/help-maria-after-the-flood – every pound helps.", "Sophie Green", "sophie.green@example.org", NULL },
};

static void
test_heldout25_untrained (void)
{
  check_heldout_floor (spam, G_N_ELEMENTS (spam), 30, genuine, G_N_ELEMENTS (genuine), 50, 22);
}

static void
test_heldout25_after (void)
{
  check_all_caught (spam, G_N_ELEMENTS (spam), genuine, G_N_ELEMENTS (genuine));
}

static void
test_heldout25_later (void)
{
  check_all_caught (spam_later, G_N_ELEMENTS (spam_later), genuine_later, G_N_ELEMENTS (genuine_later));
}

static void
test_heldout25_guards (void)
{
  check_all_caught (spam_probes, G_N_ELEMENTS (spam_probes), guards, G_N_ELEMENTS (guards));
}

static void
test_heldout25_not_yet (void)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();

  g_assert_cmpuint (count_flagged (filter, genuine_not_yet, G_N_ELEMENTS (genuine_not_yet), "ham"), ==,
                    G_N_ELEMENTS (genuine_not_yet));
}

/* ...and eleven readers of mine probing the desk check's rules, written
 * after them: the first form of the relief rule flagged two (the Red
 * Cross's flood fund "before funds run out" at redcross.org.uk, 0.50;
 * the city's Soforthilfe "nur noch heute" at stadt-koeln.de, 0.57): it
 * now wants a sum and a site of its own, no charity's, club's or
 * council's under any name; the claims firm's weight of 0.5 flagged a
 * loss adjuster warning of "a free assessment" and pointing to the
 * regulator's register (0.50): the firm's site is now one of its own,
 * as the relief rule's; the earnings rule's 0.5 flagged "mi hija … gana
 * 2.000 euros al mes … más info en la web del ayuntamiento: valencia.es"
 * (0.50): it weighs 0.5 only at a site named for the money or with a
 * messenger's contact, else 0.45 as the older rule. (The fifth of the
 * second five, Citizens Advice's own office, is in genuine_not_yet.) */
static const Comment desk_probe_genuine[] = {
  { "The British Red Cross has a flood relief fund for households, apply before funds run out at redcross.org.uk/flood-support", "Janet", "janet@example.org", NULL },
  { "Hurry, the council's emergency grant closes Friday. Apply at www.millbrook.gov.uk/floodgrant", "Ravi", "ravi@example.org", NULL },
  { "Die Stadt zahlt Soforthilfe, Antrag nur noch heute im Rathaus oder unter www.stadt-koeln.de/hochwasser", "Klaus", "klaus@example.org", NULL },
  { "Our team at the food bank will be at the underpass from 9am with free hot meals and dry blankets. Details at riversidefoodbank.org", "Riverside Food Bank", "info@riversidefoodbank.org", NULL },
  { "My insurer said no at first. Our solicitors at the residents' association got the claim reviewed for free, see residents-assoc.org.uk", "Helen", "helen@example.org", NULL },
  { "La Croix-Rouge verse une aide d'urgence aux sinistrés, dossier à remplir dès aujourd'hui sur croix-rouge.fr", "Marie", "marie@example.org", NULL },
  { "I'm a loss adjuster. Our team never charges homeowners: if someone offers a free assessment and wants a cut of your claim, check them on the FCA register at register.fca.org.uk", "Mark T", "mark.t@example.org", NULL },
  { "Mi hija trabaja desde casa y gana 2.000 euros al mes como traductora, pero esta inundación le ha dejado sin internet. Más info en la web del ayuntamiento: valencia.es", "Rosa", "rosa@example.org", NULL },
  { "We paid our plumber 300 pounds a day to pump out the cellar. Worth every penny. His site is pumpitout.co.uk if anyone needs one.", "Dave", "dave@example.org", NULL },
  { "Found a grey cat near the underpass, very wet and scared. Is anyone missing him? Call me on 07700 900222", "Lucy", "lucy@example.org", NULL },
  { "Paypal donations to the residents' fund: paypal.me/riversideflood. Every pound goes to families on Station Road.", "Station Road Residents", "residents@example.org", NULL },
};

static void
test_heldout25_desk (void)
{
  check_all_caught (desk_spam, G_N_ELEMENTS (desk_spam), desk_genuine, G_N_ELEMENTS (desk_genuine));
  check_none_flagged (desk_probe_genuine, G_N_ELEMENTS (desk_probe_genuine));
}

static void
test_heldout25_reasons (void)
{
  const ReasonCheck checks[] = {
    { spam, G_N_ELEMENTS (spam), "URGENT: flood victims", "look-alike letters" },
    { spam, G_N_ELEMENTS (spam), "Sinistrés des inondations", "dressed as a government" },
    { spam, G_N_ELEMENTS (spam), "Your insurer might", "a claims firm" },
    { spam, G_N_ELEMENTS (spam), "Lavora da casa", "claims easy earnings" },
    { spam_later, G_N_ELEMENTS (spam_later), "¿Daños por", "a claims line" },
  };

  check_reasons (checks, G_N_ELEMENTS (checks));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spam-heldout25/untrained", test_heldout25_untrained);
  g_test_add_func ("/spam-heldout25/after", test_heldout25_after);
  g_test_add_func ("/spam-heldout25/later", test_heldout25_later);
  g_test_add_func ("/spam-heldout25/not-yet", test_heldout25_not_yet);
  g_test_add_func ("/spam-heldout25/guards", test_heldout25_guards);
  g_test_add_func ("/spam-heldout25/reasons", test_heldout25_reasons);
  g_test_add_func ("/spam-heldout25/desk", test_heldout25_desk);

  return g_test_run ();
}
