/* test-spam-heldout45-data.h: a forty-fifth round's comments, under a
 * story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's
 * source not read, built or run), under an invented local story
 * (story45: Thessaloniki, Greece, where cars will be banned from
 * Leoforos Nikis, the seafront avenue between the port and the White
 * Tower, from Monday 7 June 2027, while the city turns its 1.2 km into
 * a pedestrian zone with trees, benches and a two-way cycle lane, to be
 * finished by Friday 29 September 2028; the deputy mayor for urban
 * planning puts the cost at €38.6 million, €24.2 million of it from the
 * EU's regional programme for Central Macedonia; about 19,000 vehicles
 * a weekday diverted to Tsimiski and Mitropoleos streets, 640 kerbside
 * parking spaces lost, deliveries from 6am to 10am, emergency vehicles
 * at all times; the avenue's roughly 4,800 residents offered a permit
 * for the municipal car park at Aristotelous Square at €15 a month
 * instead of €110, applications from Monday 1 February to Friday 30
 * April 2027; a resident, 74, on the fifth floor, worried how a taxi
 * will reach her door; a shopkeeper selling umbrellas and leather goods
 * on Mitropoleos, 49, fearing sixteen months of dust, the city's 30%
 * cut in the municipal levy and not in his rent; the chair of the
 * residents' association Paralia Zontani asking for a free electric
 * shuttle and for works in three phases; a professor of transport
 * engineering at the Aristotle University warning traffic on Tsimiski
 * could rise by a third without a bus lane and 27 retimed traffic
 * lights; a public meeting on Tuesday 10 November 2026 at 6pm at the
 * City Hall on Vasileos Georgiou street), in two sets, most of them in
 * Greek, in Greek script with and without accents and in Greeklish
 * (Latin letters, digits for letters), some in English, Albanian,
 * Bulgarian, Russian, Georgian and German.
 *
 * The first, the spam any site's form lets through (desk_spam), in
 * order:
 *   - an online casino, "μπονους χωρις καταθεση" with a code, a
 *     referral link on a .xyz host, the same host in the website field
 *     (Greek, no accents);
 *   - a loan "χωρίς Τειρεσία", "χωρίς εγγυητή", only an ID card, the
 *     number in Greek number words, no link (Greek);
 *   - a fake ELTA Courier parcel with 1.99 EUR of customs fee unpaid, a
 *     look-alike "elta-courier.gr-" name nested in a .top host
 *     (Greeklish);
 *   - a fake ΔΕΗ "επιστροφή" of €118.42, card to be confirmed at a bare
 *     .online host, the same host in the website field (Greek);
 *   - a fake Alpha Bank "ο λογαριασμός κλειδώθηκε" alert, a "myalpha.gr-"
 *     look-alike .site link (Greek, no accents);
 *   - a fake gov.gr "Market Pass" of €250 with a €2.90 fee at a bare
 *     "gov-gr." look-alike .click host (Greek);
 *   - liking videos and rating shops from home for €80 a day, a Telegram
 *     handle (Greeklish with digits);
 *   - strawberry and asparagus picking in Germany with €350 for papers
 *     and the bus, a +30 number in dotted groups on WhatsApp/Viber
 *     (Albanian);
 *   - an invented TV presenter's AI platform for crypto and shares, an
 *     invented shortener link, a .pro host in the website field
 *     (Greek);
 *   - Instagram and TikTok followers for sale, a bare .store host, a
 *     discount code, the host in the website field (Bulgarian);
 *   - a "μάγισσα", "δέσιμο" and a partner brought back, the number with
 *     a letter O, a lowercase l and a capital I for digits (Greek);
 *   - an adult come-on, "private photos", a bare .fun host, the same
 *     host in the website field (Russian).
 *
 * Then twelve genuine readers (desk_genuine):
 *   - a resident of Nikis since 2002, walking the dog among double-parked
 *     cars, for the pedestrian zone (Greek);
 *   - against: 19,000 cars onto Tsimiski, buses first (Greeklish with
 *     digits);
 *   - sarcasm on the September 2028 end date and a delayed metro
 *     (Greek);
 *   - all-capitals anger at the 640 lost parking spaces and an
 *     underground car park promised since 2015 (Greek, no accents);
 *   - emoji only;
 *   - a reply to "@Thanasis K.", a cyclist half agreeing, for the bus
 *     lane first (English);
 *   - a question to the reporter: is the €15 permit also for tenants
 *     registered in another town (Greek);
 *   - a reader quoting a fake "Δήμος Θεσσαλονίκης" parking-permit SMS
 *     with its .online host to warn "ΑΠΑΤΗ", "μην το πατήσετε",
 *     "απατεώνες" (Greek);
 *   - a thessaloniki.gr page and a local news site's page cited
 *     (Greek);
 *   - a 91-year-old resident since 1955, her granddaughter typing
 *     (Greek, no accents);
 *   - a bakery on Mitropoleos signing with its name, the delivery hours
 *     too short, no phone, no link (Greek);
 *   - a very short comment, "finally" (Greek).
 *
 * The second, spam dressed as readers (dressed_spam):
 *   - a childhood on Nikis and a father hunting for parking, then a
 *     removals firm with two numbers and its site (Greek);
 *   - driving versus cycling from Kalamaria, then an e-bike shop linked
 *     from the story's "two-way cycle lane", an HTML <a href> (Greek,
 *     no accents);
 *   - a reply to "@Thanasis K." agreeing, a betting site with a
 *     referral code in the website field only (Greeklish with
 *     digits);
 *   - sympathy for the resident on the fifth floor, then a card reader,
 *     the number in mixed digits and number words (Greek);
 *   - a former AUTh student's evening walks on Nikis, then a crypto
 *     mentor and his Telegram handle (Greeklish with digits);
 *   - the shopkeeper's rent defended, then a loan "χωρις Τειρεσια",
 *     "χωρις εγγυητη", the number split by dashes (Greek, no accents);
 *   - a Bulgarian shopper's memory of the seafront, then an agency for
 *     Norwegian fish-processing jobs with a €320 fee, a +359 number and
 *     a .site host (Bulgarian);
 *   - seafront prices after the works, then "νεόδμητα διαμερίσματα",
 *     "τελευταία διαμερίσματα", a broker's number and site (Greek);
 *   - the levy cut praised, then a fake city "αποζημίωση" of €2,400 for
 *     shops with a €19 fee on a thessaloniki-gr look-alike host
 *     (Greek);
 *   - the professor's point backed by a graduate, then a "fully funded"
 *     fellowship with a €45 application fee (English);
 *   - praise for the residents' association, then an online course for
 *     short-let hosts from €297 to €47 (Greek);
 *   - a tourist's memory of the promenade, then hotel booking at a
 *     look-alike host (Russian).
 *
 * And twelve readers a filter might take for spam (dressed_genuine):
 *   - a reader's own blog post with her photos of the avenue before the
 *     works, the blog in the website field, nothing sold (Greek);
 *   - the residents' association collecting donations for an electric
 *     shuttle, its own .org site, its IBAN there (Greek);
 *   - the cost worked out: EU share, per metre, per resident, the
 *     permit's discount in percent, the months (Greek);
 *   - an 84-year-old reader since 1968, walks before the 1978
 *     earthquake, all in capitals (Greek);
 *   - two official pages, thessaloniki.gr and gov.gr (Greek);
 *   - the free official bus app recommended, no link (Albanian);
 *   - a neighbourhood Viber group's walk before the meeting, "Δωρεάν",
 *     nothing sold (Greek);
 *   - a long rant on "προσφορές", "δωρεάν", "έκπτωση" and "cashback"
 *     (Greek);
 *   - a reader in Stuttgart, raised near Nikis, comparing with the
 *     Königstraße and asking for a bus lane (German);
 *   - a reply thanking "@Κώστας Αλεξίου" for the link (Georgian);
 *   - a daughter whose father paid €180 for a fake "elegxo" of the
 *     building, warning, no link (Greeklish with digits);
 *   - an ouzeri on the corner of Nikis signing with its name, prices and
 *     hours, no link (Greek).
 */

#pragma once

#include "spam-test-util.h"

/* The story the comments are under */
static const char * const story45 =
  "Thessaloniki to close Leoforos Nikis to cars and turn seafront avenue into pedestrian zone\n\n"
  "THESSALONIKI, Greece — Cars will be banned from Leoforos Nikis, the seafront avenue between the port and the White Tower, from Monday 7 June 2027, when the city begins turning its 1.2-kilometre length into a pedestrian zone with trees, benches and a two-way cycle lane, Thessaloniki's deputy mayor for urban planning said on Wednesday.\n\n"
  "Dimitra Kalogeropoulou said the works would cost €38.6 million, of which €24.2 million would come from the EU's regional programme for Central Macedonia, and should be finished by Friday 29 September 2028. About 19,000 vehicles use the avenue on a weekday; they will be diverted to Tsimiski and Mitropoleos streets, and 640 kerbside parking spaces will disappear. Delivery vans will be allowed in from 6am to 10am, and emergency vehicles at all times.\n\n"
  "The city will offer the roughly 4,800 people registered as living on the avenue a resident's permit for the municipal car park at Aristotelous Square at €15 a month instead of €110. Applications open on Monday 1 February 2027 and close on Friday 30 April.\n\n"
  "\"I am 74 and I live on the fifth floor. How will a taxi reach my door when I come back from the hospital?\" said Evangelia Mavridou, who has lived on Nikis since 1979.\n\n"
  "Stelios Karagiannis, 49, who sells umbrellas and leather goods on Mitropoleos, welcomed the trees but feared the works. \"For sixteen months my customers will walk through dust. The city offers a 30% cut in the municipal levy, not in my rent,\" he said.\n\n"
  "Chrysoula Papazoglou, who chairs the residents' association Paralia Zontani (Living Seafront), asked for a free electric shuttle for older residents and for the works to be done in three phases rather than all at once. Anestis Dimou, a professor of transport engineering at the Aristotle University of Thessaloniki, said traffic on Tsimiski could rise by a third unless the city gave buses their own lane and retimed 27 traffic lights.\n\n"
  "A public meeting will be held on Tuesday 10 November 2026 at 6pm at the City Hall on Vasileos Georgiou street.";

static const Comment desk_spam[] = {
  { "🎰 Μπονους χωρις καταθεση 300€ + 150 δωρεαν περιστροφες μονο για παικτες απο Θεσσαλονικη και Χαλκιδικη!! Εγγραφη με τον κωδικο LEFKOS300, αναληψη κερδων στον λογαριασμο σου σε 10 λεπτα, χωρις ταυτοποιηση. Παιξε τωρα 👉 https://kazino-thermaikos.xyz/egrafi?kod=LEFKOS300 🍀", "Καζίνο Θερμαϊκός", "bonus@kazino-thermaikos.xyz", "https://kazino-thermaikos.xyz" },
  { "Χρειάζεστε μετρητά άμεσα; Δάνεια έως 25.000€ χωρίς Τειρεσία, χωρίς εγγυητή και χωρίς δικαιολογητικά, μόνο με την ταυτότητα. Εγκρίνουμε και όσους έχουν κατασχέσεις ή ρυθμίσεις. Τα χρήματα στον λογαριασμό σας αυθημερόν. Καλέστε ή στείλτε μήνυμα: έξι ενενήντα εννιά, τετρακόσια είκοσι ένα, ογδόντα τρία, πενήντα ένα. Κυρία Σοφία", "Σοφία – Άμεσα Δάνεια", "daneia.sofia@yahoo.gr", NULL },
  { "ELTA Courier: To dema sas me ar. apostolis GR 7730 1158 4 paramenei sto kentro dianomis Thessalonikis logw aneksoflitou telous ektelwnismou 1,99 EUR. Plirwste mexri simera 23:59, alliws 8a epistrafei ston apostolea: https://elta-courier.gr-paradosi.top/GR77301158", "ELTA Courier", "noreply@gr-paradosi.top", NULL },
  { "Αγαπητέ πελάτη ΔΕΗ, μετά την εκκαθάριση του λογαριασμού ρεύματος για την περίοδο 2025–2026 δικαιούστε επιστροφή ποσού 118,42 €. Για να πιστωθεί το ποσό στην κάρτα σας, επιβεβαιώστε τα στοιχεία της έως 30/11/2026 στο dei-epistrofi.online/pistosi . Μετά την ημερομηνία αυτή η επιστροφή ακυρώνεται. ΔΕΗ Εξυπηρέτηση Πελατών", "ΔΕΗ Εξυπηρέτηση", "epistrofi@dei-epistrofi.online", "https://dei-epistrofi.online" },
  { "Alpha Bank: Ο λογαριασμος σας κλειδωθηκε προσωρινα μετα απο υποπτη συναλλαγη 487,00€ σε ηλεκτρονικο καταστημα του εξωτερικου (14/10/2026, 02:17). Αν δεν την κανατε εσεις, ξεκλειδωστε τον λογαριασμο και επιβεβαιωστε τα στοιχεια σας εντος 12 ωρων: https://myalpha.gr-xekleidoma.site/login Τμημα Ασφαλειας", "Alpha Bank Ασφάλεια", "asfaleia@gr-xekleidoma.site", NULL },
  { "📢 Νέο Market Pass 2026: επίδομα 250€ σε κάθε νοικοκυριό της Κεντρικής Μακεδονίας με οικογενειακό εισόδημα έως 40.000€. Η πλατφόρμα κλείνει την Παρασκευή! Κάντε αίτηση με τους κωδικούς Taxisnet στο gov-gr.market-pass.click και πληρώστε παράβολο ταυτοποίησης 2,90€. Η πίστωση γίνεται σε 48 ώρες.", "gov.gr Ενημέρωση", "info@market-pass.click", NULL },
  { "Kalhspera se olous! Psaxnoume 20 atoma apo Saloniki gia douleia apo to spiti me to kinhto 📱 Kaneis likes se video kai vazeis 5 asteria se magazia sto Google Maps kai pairneis 80€ th mera, plhrwmh ka8e bradu. Xwris empeiria, xwris ka8esh, 3ekinas amesws. Steile mou mhnyma sto Telegram 👉 @Marina_Douleia_Spiti", "Μαρίνα Τσακίρη", "marina.tsakiri.hr@gmail.com", NULL },
  { "Punë sezonale në Gjermani 🇩🇪 për shqiptarët e Selanikut! Mbledhje luleshtrydhesh dhe asparagu në Bavari, 14,50 €/orë, kontratë zyrtare, strehim pranë fermës. Duhet vetëm të paguani 350 € për dokumentet dhe biletën e autobusit. Nisja çdo të hënë nga Selaniku. WhatsApp/Viber: +30.694.812.3307 Arbeni", "Arben Punë Europa", "arben.pune.europa@gmail.com", NULL },
  { "Ο παρουσιαστής Τάσος Λαμπρινός παραδέχτηκε σε ζωντανή εκπομπή ότι βγάζει 9.000€ τον μήνα με μια νέα πλατφόρμα τεχνητής νοημοσύνης που επενδύει σε κρυπτονομίσματα και μετοχές. Με αρχική κατάθεση μόλις 250€ το σύστημα δουλεύει μόνο του. Οι τράπεζες θέλουν να το σταματήσουν και το βίντεο κατέβηκε. Δείτε το πριν χαθεί: https://sntch.link/lamprinos-ai", "Επενδύσεις ΑΙ Ελλάς", "info@ependysi-ai.pro", "https://ependysi-ai.pro" },
  { "Искаш повече последователи? 🚀 Истински последователи от България и Гърция за Instagram и TikTok: 1 000 последователи само за 6,90 €, 10 000 гледания за 4,50 €. Без парола, доставка до 1 час, доживотна гаранция. Поръчай сега на posledovateli-top.store и ползвай код SOLUN25 за 25% отстъпка!", "Последователи Топ", "hello@posledovateli-top.store", "https://posledovateli-top.store" },
  { "Μάγισσα Καλλιόπη από τη Θεσσαλονίκη, 35 χρόνια πείρα ✨ Δέσιμο αγαπημένου προσώπου, επιστροφή του συντρόφου σας σε 7 ημέρες, λύνω μάγια και βασκανίες, φυλαχτά για τύχη και δουλειά. Εγγυημένο αποτέλεσμα 100%. Πρώτη ερώτηση δωρεάν, καλέστε τώρα: 69O 7l2 4I38 🔮", "Μάγισσα Καλλιόπη", "kalliopi.magissa@hotmail.com", NULL },
  { "Привет 😘 Я Алина, мне 24, отдыхаю в Салониках до конца месяца и по вечерам скучаю одна в номере у набережной... Хочешь познакомиться поближе? Мои приватные фото и видео здесь 👉 alina-privat.fun 🔞 Регистрация не нужна, пиши мне, я онлайн", "Алина 💋", "alina@alina-privat.fun", "https://alina-privat.fun" },
};

static const Comment desk_genuine[] = {
  { "Μένω στη Νίκης από το 2002 και κάθε απόγευμα βγάζω βόλτα το σκυλί ανάμεσα σε μηχανάκια, κόρνες και αυτοκίνητα σε δεύτερη σειρά. Επιτέλους ο πιο όμορφος δρόμος της πόλης θα γίνει για ανθρώπους. Δεκαέξι μήνες σκόνη θα είναι βάσανο, αλλά αξίζει. Είμαι υπέρ.", "Μαρία Θεοδωρίδου", "maria.theodoridou@gmail.com", NULL },
  { "Egw eimai kata. 19.000 amaksia th mera 8a pesoun sthn Tsimiskh kai sth Mhtropolews, pou hdh stis 2 to mesimeri den kounane. Prwta na ftia3oun leoforeia pou erxontai sthn wra tous kai meta na kleinoun dromous. 3erw ti 8a ginei: 2 xronia skones, kornes kai 0 theseis gia mas.", "Thanasis K.", "thanasis.k.skg@hotmail.com", NULL },
  { "Ωραία, τέλος έργων την Παρασκευή 29 Σεπτεμβρίου 2028. Το σημείωσα στο ημερολόγιο δίπλα στην ημερομηνία που μας έλεγαν για το μετρό πριν από δεκαπέντε χρόνια. Τουλάχιστον θα έχουμε 16 μήνες θέα σε λαμαρίνες με τυπωμένα δέντρα πάνω τους. 😂", "Κατερίνα Ζαχαρίου", "katerina.zachariou@gmail.com", NULL },
  { "ΚΑΙ ΠΟΥ ΘΑ ΠΑΡΚΑΡΟΥΜΕ ΕΜΕΙΣ ΠΟΥ ΔΟΥΛΕΥΟΥΜΕ ΣΤΟ ΚΕΝΤΡΟ;;; 640 ΘΕΣΕΙΣ ΧΑΝΟΝΤΑΙ ΚΑΙ ΜΑΣ ΛΕΝΕ ΓΙΑ ΠΟΔΗΛΑΤΑ!!! ΑΠΟ ΤΟ 2015 ΥΠΟΣΧΕΣΤΕ ΥΠΟΓΕΙΟ ΠΑΡΚΙΝΓΚ ΚΑΙ ΑΚΟΜΑ ΤΙΠΟΤΑ. ΠΡΩΤΑ ΤΟ ΠΑΡΚΙΝΓΚ ΚΑΙ ΜΕΤΑ ΟΙ ΠΕΖΟΔΡΟΜΟΙ!!!", "Γιώργος Χατζηευσταθίου", "g.chatzieustathiou@otenet.gr", NULL },
  { "🌊🚶‍♀️🌳🚲☕😍", "Ελπίδα", "elpida.skg@gmail.com", NULL },
  { "@Thanasis K. I get the traffic worry, but I cycled along Nikis to work for three years and nearly got doored twice a week. Half of those 19,000 cars are just circling for a parking space. Still, I'd want the bus lane Professor Dimou talks about in place before they close anything.", "Rachel Whitfield", "rachel.whitfield.skg@gmail.com", NULL },
  { "Ερώτηση για τον συντάκτη του άρθρου: η άδεια για το πάρκινγκ της Αριστοτέλους με 15€ τον μήνα ισχύει μόνο για όσους είναι δημότες Θεσσαλονίκης ή και για ενοικιαστές που μένουν στη Νίκης αλλά είναι γραμμένοι αλλού; Εγώ νοικιάζω εδώ από το 2019, αλλά είμαι ακόμα δημότης Κοζάνης. Μπορώ να κάνω αίτηση ως τις 30 Απριλίου;", "Ιωάννα Μπίτσιου", "ioanna.bitsiou@yahoo.gr", NULL },
  { "ΠΡΟΣΟΧΗ, ΑΠΑΤΗ! Στη μάνα μου ήρθε χθες SMS: «Δήμος Θεσσαλονίκης: Η άδεια στάθμευσης κατοίκου Λ. Νίκης (15€/μήνα) λήγει. Ολοκληρώστε την αίτηση σε 24 ώρες και πληρώστε τέλος ταυτοποίησης 2,50€ στο thess-parking-nikis.online». Ο Δήμος δεν στέλνει τέτοια μηνύματα και οι αιτήσεις ανοίγουν 1η Φεβρουαρίου 2027. Μην το πατήσετε, είναι απατεώνες. Πείτε το και στους γονείς σας.", "Νίκος Τριανταφύλλου", "nikos.triantafyllou@gmail.com", NULL },
  { "Για όσους θέλουν να δουν τα σχέδια πριν από τη συνέλευση της Τρίτης: η μελέτη και οι φάσεις των έργων είναι στη σελίδα του Δήμου https://thessaloniki.gr/pezodromisi-leoforou-nikis/ . Καλή ανάλυση για το τι θα γίνει στην Τσιμισκή και στη Μητροπόλεως έγραψε και το https://www.thessnea.gr/poli/2026/10/leoforos-nikis-pezodromos-kykloforia . Αξίζει να τα διαβάσετε και τα δύο.", "Κώστας Αλεξίου", "kostas.alexiou.arch@gmail.com", NULL },
  { "γραφω για τη γιαγια μου, ειναι 91 και μου τα λεει: στη Νικης μενω απο το 1955, τοτε περνουσε ακομα το τραμ και κατεβαιναμε στη θαλασσα να δουμε τα καραβια. Δεν με πειραζει να φυγουν τα αυτοκινητα, αλλα να βαλουν παγκακια με σκια γιατι εμεις οι γεροι δεν περπαταμε πολυ. Φιλια σε ολους, Ελενη Κυριακιδου", "Δανάη Κυριακίδου", "danai.kyriakidou05@gmail.com", NULL },
  { "Έχουμε τον φούρνο στη Μητροπόλεως από το 1987, ακριβώς πίσω από τη Νίκης. Τα δέντρα και οι πεζόδρομοι μας αρέσουν, αλλά το ωράριο τροφοδοσίας 6 με 10 δεν φτάνει: το αλεύρι έρχεται στις 11 και τα κουλούρια φεύγουν από τις 5 το πρωί για τα περίπτερα της παραλίας. Ας μας ρωτήσουν πριν το κλειδώσουν. Φούρνος «Το Σταχύ», Σταύρος και Ρούλα Αποστολίδη", "Φούρνος Το Σταχύ", "fournos.tostaxy@gmail.com", NULL },
  { "Μπράβο, επιτέλους!", "Λένα", "lena.m.thess@gmail.com", NULL },
};

static const Comment dressed_spam[] = {
  { "Μεγάλωσα σε πολυκατοικία στη Νίκης, στο ύψος της Προξένου Κορομηλά, και θυμάμαι τον πατέρα μου να ψάχνει μισή ώρα για πάρκινγκ κάθε βράδυ. Καταλαβαίνω όσους θα θέλουν να φύγουν μέχρι να τελειώσουν τα έργα. Για όποιον μετακομίζει, εμείς στις Μετακομίσεις Θερμαϊκός κάνουμε σπίτια και γραφεία με ανυψωτικό, δωρεάν υλικά συσκευασίας και φύλαξη επίπλων. Τηλ. 2310 554 812 και 697 330 2184, πείτε ότι διαβάσατε το άρθρο 🚚", "Μετακομίσεις Θερμαϊκός", "info@metakomiseis-thermaikos.gr", "https://metakomiseis-thermaikos.gr" },
  { "Ο νεος <a href=\"https://podilata-paralia.shop/ilektrika?utm_source=nikis\">ποδηλατοδρομος διπλης κατευθυνσης</a> ειναι ο,τι καλυτερο εχει αυτο το σχεδιο. Εγω απο Καλαμαρια μεχρι την Αριστοτελους κανω 35 λεπτα με το αυτοκινητο στην κινηση, με ηλεκτρικο ποδηλατο 17. Οσοι το σκεφτεστε, τωρα εχουν και 25% εκπτωση σε ολα τα μοντελα.", "Βασίλης Γκόγκος", "vasilis.gkogkos82@gmail.com", NULL },
  { "@Thanasis K. swsta ta les, 8a ginei xamos sthn Tsimiskh. Opws panta sth Saloniki: prwta kleinoun to dromo kai meta skeftontai pou 8a pane ta amaksia. Ta 3analeme to 2028...", "Dimitris Tsolakis", "dimitris.tsolakis88@gmail.com", "https://apodoseis-vip.bet/egrafi?ref=dimts88" },
  { "Την κυρία Μαυρίδου την καταλαβαίνω απόλυτα, η μητέρα μου μένει κι αυτή σε πέμπτο όροφο και χωρίς ταξί στην πόρτα δεν βγαίνει από το σπίτι. Εμένα πάντως, όταν χώρισα και έχασα και τη δουλειά μου την ίδια χρονιά, με βοήθησε μόνο η κυρία Ασπασία: μου έριξε τα χαρτιά, μου έλυσε τα μάγια και σε τρεις εβδομάδες ο άντρας μου γύρισε. Πάρτε την να δείτε: έξι 9 τρία | 51 μηδέν | 7 εννιά | 42", "Σταυρούλα Μ.", "stavroula.m1971@hotmail.com", NULL },
  { "Spoudaza sto APTh apo to 2011 ews to 2016 kai ka8e bradu perpatousa th Nikis apo to Limani ws ton Lefko Pyrgo, 8a einai teleia xwris amaksia. Na sas pw kai kati: an den htan o mentoras mou o Aris, akoma 8a plhrwna enoikio kai 8a etrexa se 2 douleies. Me ta shmata tou sto crypto ekana ta 1.500€ 24.000€ se 4 mhnes. Grapste tou sto Telegram @Aris_Crypto_Signals kai peite oti sas stelnei o Giannis.", "Giannis Pap.", "giannis.pap.auth@gmail.com", NULL },
  { "Σωστα τα λεει ο κυριος Καραγιαννης, η εκπτωση 30% στα δημοτικα τελη δεν πληρωνει το ενοικιο και ο ιδιοκτητης δεν χαριζει τιποτα. Οποιος καταστηματαρχης χρειαζεται να βγαλει τους 16 μηνες, εγω πηρα δανειο χωρις Τειρεσια και χωρις εγγυητη απο τον κυριο Μανωλη, 20.000€ στον λογαριασμο σε 2 μερες, δοσεις οπως θελεις. Τηλ: 6-9-8 - 4-0-2 - 7-7-1-5", "Ρένα Ζαφειρίου", "rena.zafeiriou@gmail.com", NULL },
  { "Всеки месец идвах в Солун за пазаруване и винаги се разхождахме по крайбрежната Никис до Бялата кула, колите там наистина са ужасни. Хубаво, че ще стане пешеходна зона. Аз обаче вече работя в Норвегия чрез агенция „Север Работа“: рибопреработка, 21 € на час, квартира и самолетен билет. Таксата за обработка на договора е само 320 €, плаща се преди заминаване. Пишете на Viber +359 88 7 41 - 62 - 09 или на sever-rabota.site", "Десислава Петрова", "desi.petrova.bg@abv.bg", NULL },
  { "Με τον πεζόδρομο και τα δέντρα οι τιμές στην παραλία θα πάρουν φωτιά μόλις τελειώσουν τα έργα το 2028, αυτό είναι σίγουρο. Όποιος θέλει να προλάβει: νεόδμητα διαμερίσματα στην Προξένου Κορομηλά, 2 και 3 υπνοδωματίων με θέα θάλασσα, τελευταία διαμερίσματα διαθέσιμα, παράδοση 2028, κράτηση χωρίς προκαταβολή μέχρι το τέλος του μήνα. Μεσίτης Λευτέρης Χατζόπουλος, 694 220 7316, www.paralia-residences-akinita.gr", "Λευτέρης Χατζόπουλος – Ακίνητα", "info@paralia-residences-akinita.gr", "https://paralia-residences-akinita.gr" },
  { "Καλή η έκπτωση στα δημοτικά τέλη, αλλά δεν ξέρουν όλοι ότι ο Δήμος δίνει και έκτακτη αποζημίωση 2.400€ σε κάθε κατάστημα κοντά στα έργα της Νίκης. Η γειτόνισσά μου με το κομμωτήριο την πήρε ήδη. Η αίτηση γίνεται στο https://thessaloniki-gr.apozimiosi-katastimaton.site με παράβολο 19€ με κάρτα. Προθεσμία μέχρι 15 Δεκεμβρίου, στείλτε το σε όποιον έχει μαγαζί στο κέντρο!", "Κατερίνα Λιάπη", "katerina.liapi@gmail.com", NULL },
  { "Professor Dimou is right about retiming the traffic lights, we simulated exactly this corridor for my diploma thesis at AUTh and Tsimiski collapsed at 6pm without a bus lane. For any transport engineering students here: I got a fully funded master's place in Copenhagen through the Nordic Urban Mobility Fellowship, tuition, housing and €1,250 a month. There is just a refundable €45 application fee, deadline 30 November: nordic-mobility-fellowship.org/apply", "Alexandros Vlachos", "alex.vlachos.civil@gmail.com", NULL },
  { "Μπράβο στον σύλλογο «Παραλία Ζωντανή» και στην κυρία Παπάζογλου, χωρίς αυτούς κανείς δεν θα μιλούσε για έργα σε φάσεις. Να πω μόνο ότι με τον πεζόδρομο η Νίκης θα γίνει το πιο περιζήτητο σημείο για βραχυχρόνια μίσθωση. Στο online σεμινάριό μου «Host από το μηδέν» μαθαίνεις να γεμίζεις το διαμέρισμα όλο τον χρόνο, από 297€ τώρα μόνο 47€, η προσφορά λήγει την Κυριακή: https://host-academy-gr.online/thessaloniki", "Ναταλία Ρούσου – Host Coach", "natalia@host-academy-gr.online", "https://host-academy-gr.online" },
  { "Были в Салониках в сентябре, каждый вечер гуляли по набережной от порта до Белой башни, только машины и мотоциклы очень мешали. Хорошо, что там сделают пешеходную зону. Кто собирается приехать, бронируйте заранее: я нашла номер с видом на море со скидкой 40% на bookinq-thessaloniki.com, намного дешевле, чем на других сайтах, и оплата при заселении.", "Ольга Смирнова", "olga.smirnova.spb@mail.ru", NULL },
};

static const Comment dressed_genuine[] = {
  { "Από το 2024 φωτογραφίζω τη Νίκης κάθε Κυριακή στις 7 το πρωί, πριν ξυπνήσει η πόλη, γιατί ήξερα ότι κάποια στιγμή θα αλλάξει. Ανέβασα στο μπλογκ μου ένα άρθρο με καμιά πενηνταριά φωτογραφίες: ομίχλη στον Θερμαϊκό, ταξί σε διπλή σειρά, τα παλιά κιόσκια και μια καρτ ποστάλ του 1962 που βρήκα στο Μπιτ Παζάρ. Δεν πουλάω τίποτα, απλώς να μείνει κάπου: https://imerologiotisparalias.blogspot.com/2026/10/leoforos-nikis-prin-ton-pezodromo.html", "Αλεξάνδρα Νικολαΐδου", "alexandra.nikolaidou.photo@gmail.com", "https://imerologiotisparalias.blogspot.com" },
  { "Ο σύλλογος κατοίκων «Παραλία Ζωντανή» συγκεντρώνει χρήματα για ένα ηλεκτρικό λεωφορειάκι για τους ηλικιωμένους της Νίκης κατά τη διάρκεια των έργων, αν δεν το αναλάβει ο Δήμος. Κάθε ευρώ φαίνεται στον λογαριασμό του συλλόγου: το IBAN, ο απολογισμός και οι αποδείξεις είναι στη σελίδα μας https://paraliazontani.org/dorees . Ελάτε και στη συνέλευση την Τρίτη 10 Νοεμβρίου στις 6 στο Δημαρχείο. Ευχαριστούμε! Χρυσούλα Παπάζογλου, πρόεδρος", "Σύλλογος Παραλία Ζωντανή", "proedros@paraliazontani.org", "https://paraliazontani.org" },
  { "Έκανα τους λογαριασμούς: τα 24,2 από τα 38,6 εκατ. € είναι το 62,7% από την ΕΕ, άρα ο Δήμος βάζει 14,4 εκατ. Σε 1,2 χλμ. βγαίνει περίπου 32.167€ το μέτρο, και για 4.800 κατοίκους 8.042€ ο καθένας. Η άδεια με 15€ αντί 110€ είναι έκπτωση 86,4%, δηλαδή 1.140€ τον χρόνο για κάθε αυτοκίνητο. Από 7/6/2027 ως 29/9/2028 είναι περίπου 15,7 μήνες, όχι 16. Αν κάνω λάθος, διορθώστε με.", "Παναγιώτης Ρίζος", "panagiotis.rizos@gmail.com", NULL },
  { "ΕΙΜΑΙ 84 ΧΡΟΝΩΝ ΚΑΙ ΔΙΑΒΑΖΩ ΤΗΝ ΕΦΗΜΕΡΙΔΑ ΣΑΣ ΑΠΟ ΤΟ 1968. ΘΥΜΑΜΑΙ ΤΗ ΝΙΚΗΣ ΠΡΙΝ ΑΠΟ ΤΟΝ ΣΕΙΣΜΟ ΤΟΥ 1978, ΤΟΤΕ ΠΟΥ ΠΗΓΑΙΝΑΜΕ ΒΟΛΤΑ ΜΕ ΤΗ ΓΥΝΑΙΚΑ ΜΟΥ ΚΑΘΕ ΚΥΡΙΑΚΗ ΚΑΙ ΤΡΩΓΑΜΕ ΚΟΥΛΟΥΡΙ ΣΤΗΝ ΠΡΟΚΥΜΑΙΑ. Ο ΓΙΟΣ ΜΟΥ ΛΕΕΙ ΟΤΙ ΘΑ ΒΑΛΟΥΝ ΔΕΝΤΡΑ ΚΑΙ ΠΑΓΚΑΚΙΑ. ΑΝ ΓΙΝΕΙ ΣΩΣΤΑ, ΕΙΜΑΙ ΥΠΕΡ. ΕΥΧΑΡΙΣΤΩ ΓΙΑ ΤΟ ΑΡΘΡΟ ΚΑΙ ΝΑ ΕΙΣΤΕ ΚΑΛΑ ΟΛΟΙ.", "ΑΡΙΣΤΕΙΔΗΣ ΓΕΩΡΓΙΑΔΗΣ", "ar.georgiadis1942@otenet.gr", NULL },
  { "Όσοι θέλετε να καταθέσετε παρατηρήσεις πριν από τη συνέλευση: η επίσημη ανακοίνωση με τον χάρτη των νέων διαδρομών του ΟΑΣΘ είναι στο https://thessaloniki.gr/anakoinoseis/pezodromisi-leoforou-nikis-diavoulefsi/ και η αίτηση για την άδεια στάθμευσης κατοίκου θα γίνεται με κωδικούς Taxisnet μέσω https://www.gov.gr/ipiresies/oikogeneia/dimotis/adeia-stathmeusis-katoikou . Οι προθεσμίες γράφονται εκεί, κρατήστε τις.", "Ευτυχία Σπανού", "eftychia.spanou.law@gmail.com", NULL },
  { "Këshillë për të gjithë që punojnë në qendër: shkarkoni aplikacionin zyrtar të OASTH për autobusët, është falas. Tregon në kohë reale ku është autobusi dhe kur vjen në stacion, kështu që nuk do të prisni kot në Tsimiski kur të mbyllet Nikis. Unë e përdor çdo ditë që nga viti 2023 dhe nuk kërkon asnjë pagesë.", "Elona Hoxha", "elona.hoxha.skg@gmail.com", NULL },
  { "Από την ομάδα Viber «Γείτονες Νίκης – Κορομηλά» 📢 Το Σάββατο 7 Νοεμβρίου στις 11:00 συναντιόμαστε μπροστά στον Λευκό Πύργο και περπατάμε μαζί όλη τη Νίκης ως το λιμάνι. Σημειώνουμε πού χρειάζονται ράμπες, σκιά και στάσεις ταξί και τα γράφουμε για τη συνέλευση της Τρίτης. Δωρεάν, κανείς δεν πουλάει τίποτα και κανείς δεν θα σας ζητήσει χρήματα ή υπογραφή. Φέρτε και τους παππούδες! Οι διαχειριστές της ομάδας", "Γείτονες Νίκης Viber", "geitones.nikis@gmail.com", NULL },
  { "Παντού προσφορές: έκπτωση 50% στα σουβλάκια μέσω εφαρμογής, δωρεάν μεταφορικά, cashback στην κάρτα, 1+1 δώρο στον καφέ, πόντοι, κουπόνια, Black Friday από τον Οκτώβριο. Μόνο για εμάς που μένουμε στη Νίκης καμία προσφορά: 16 μήνες σκόνη δωρεάν, κομπρεσέρ δωρεάν από τις 7 το πρωί και μια «έκπτωση» στο πάρκινγκ της Αριστοτέλους που δεν καλύπτει ούτε το δεύτερο αυτοκίνητο. Cashback για τις ώρες που θα χάνουμε στην Τσιμισκή δεν θα μας δώσει κανείς. Για διαφημιστικά βίντεο με drones ο Δήμος βρίσκει λεφτά, για λεωφορειάκι για τους ηλικιωμένους όχι.", "Σωτήρης Μπαλτάς", "sotiris.baltas@yahoo.gr", NULL },
  { "Ich lebe seit 2011 in Stuttgart und bin in Thessaloniki aufgewachsen, zwei Straßen von der Nikis entfernt. Die Königstraße hier ist seit Jahrzehnten Fußgängerzone und heute eine der teuersten Einkaufsstraßen Deutschlands, also keine Angst um die Geschäfte. Der Unterschied: Stuttgart hat S-Bahn und Stadtbahn, Thessaloniki eine junge Metro und Busse im Stau. Ohne eigene Busspur auf der Tsimiski wird das schwierig.", "Eleni Koutsou", "eleni.koutsou@web.de", NULL },
  { "@Κώστας Αλεξίου დიდი მადლობა ბმულისთვის! ქალაქის გვერდზე ვიპოვე რუკა, სადაც ჩანს ავტობუსების ახალი მარშრუტები, და ჩემი გაჩერება მიტროპოლეოსზე რჩება. სამშაბათს მეც მოვალ კრებაზე. კიდევ ერთხელ მადლობა!", "ნინო ბერიძე", "nino.beridze.thess@gmail.com", NULL },
  { "Prosoxh osoi exete gonious sth Nikis: ston patera mou (81) xtyphsan thn Pempth 2 typoi me kitrina gilekakia, eipan oti einai apo to Dhmo kai kanoun ypoxrewtiko elegxo statikothtas logw twn ergwn pou 8a ginoun. Tou phran 180 eurw metrhta gia ton \"elegxo\" kai tou afhsan ena xarti xwris sfragida. O Dhmos den kanei tetoious elegxous. To dhlwsame sthn astynomia, mhn anoigete se 3enous kai mhn plhrwnete tipota.", "Fotini Karra", "fotini.karra@hotmail.com", NULL },
  { "Είμαστε στη γωνία Νίκης και Αγίας Σοφίας από το 1994 και θα μείνουμε ανοιχτοί σε όλη τη διάρκεια των έργων, με τα τραπεζάκια λίγο πιο μέσα. Μύδια αχνιστά 8,50€, γαύρος τηγανητός 7€, μπουγιουρντί 6€, τσίπουρο 200ml 4,50€, και για τα μέλη του συλλόγου λουκουμάδες κερασμένοι. Ανοιχτά 12:00–01:00, Δευτέρα κλειστά. Καλή δύναμη σε όλους! Ουζερί «Η Προκυμαία», Μπάμπης και Σούλα", "Ουζερί Η Προκυμαία", "ouzeri.prokymaia@gmail.com", NULL },
};
