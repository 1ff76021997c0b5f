/* test-spam-heldout50-data.h: a fiftieth round's comments, under a
 * story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's source
 * not read, built or run), under an invented local story (story50:
 * Saint-Louis, Senegal, where a 2.3 km sea wall along the Langue de
 * Barbarie, from Goxu Mbathie to the Hydrobase, will be built from
 * Monday 1 March 2027, and 640 families living within 20 metres of the
 * shore in Guet Ndar will move to the Djougop resettlement site, 11 km
 * inland, between April and September 2027; the deputy mayor for urban
 * planning puts the cost at 27.6 billion CFA francs, 19.2 billion of it
 * from a World Bank loan and 8.4 billion from the state, for the rock
 * wall, 1,100 metres of new quay for pirogues and a fish landing site
 * with cold rooms; each family moved gets a two-room house on a plot at
 * Djougop, a one-off 450,000 francs for the move and 60,000 francs a
 * month for six months, the owners of 214 houses to be demolished paid
 * on an official valuation, claims open until Friday 30 April 2027 at
 * the Guet Ndar annex or on the commune's website, free of charge; a
 * fisherman, 58, with two pirogues in Pondokholé, "who pays the taxi to
 * Djougop at four in the morning?"; a woman, 44, who leads 120 women who
 * smoke and dry fish on the beach, wants the landing site open before
 * anyone moves; the collective Aar Guet Ndar, 31 houses taken by the sea
 * in the swells of 2026, asks for a bus line from Djougop to the
 * Faidherbe bridge; a public meeting on Saturday 13 February 2027 at
 * 10am at the Guet Ndar annex, questions to the commune's free line
 * 800 00 31 31), in four sets, most of them in French and Wolof, alone
 * or mixed in one sentence as Saint-Louis speaks them, Wolof in its
 * Latin spelling (ë, é, ñ, à), two in Arabic (one standard, one with
 * Hassaniya words and Eastern Arabic digits), one in Pulaar (with ɓ and
 * ɗ) and two in English.
 *
 * The first, the spam any site's form lets through (desk_spam), in
 * order:
 *   - a quick loan "without guarantee", 50,000 to 2,000,000 FCFA to Wave
 *     or Orange Money in ten minutes, "even dismissed civil servants", a
 *     Cyrillic Er for the P of "PRÊT", a WhatsApp number with letters O
 *     for zeros, no link (French with Wolof);
 *   - a fake DER/FJ (the state's youth and women's enterprise fund)
 *     grant, 500,000 to 5,000,000 FCFA "not to be repaid", a 10,000 FCFA
 *     file fee, a "der-sn." look-alike .site host without a scheme
 *     (French);
 *   - a fake La Poste Sénégal notice, a parcel held at Dakar-Yoff for
 *     1,950 FCFA of customs fees, a "laposte-sn." look-alike .online
 *     host without a scheme (French);
 *   - a fake Orange Sargal notice, 18,750 loyalty points that expire at
 *     midnight, a Cyrillic O in "Orange", a "sargal-orange." look-alike
 *     .click host, the same host in the website field (French with a
 *     Wolof sentence);
 *   - betting tips, a "winning ticket" at odds of 47, a 5,000 FCFA a
 *     week VIP subscription, a promo code spelt letter by letter with
 *     spaces, a Telegram channel (Wolof and French mixed);
 *   - a forex and crypto "mentor" who turned 100,000 FCFA into 2,850,000
 *     in three weeks and manages your account himself, a WhatsApp number
 *     (French);
 *   - jobs in Spain and Canada, strawberry picking in Huelva, a 350,000
 *     FCFA fee, half in advance on Wave, a WhatsApp number and a
 *     Telegram handle (Wolof, capitals in the opening);
 *   - passports, ECOWAS identity cards, driving licences without an
 *     exam, criminal records, BFEM and BAC diplomas, Schengen visas, the
 *     number half in French words (French);
 *   - a marabout from the Fouta, the loved one back in three days, luck
 *     at the lottery, protection for fishermen at sea, the basmala in
 *     Arabic script first, the number spaced digit by digit (French with
 *     Arabic and Wolof);
 *   - sponsored articles with dofollow links on the site, casino and
 *     betting accepted, 45,000 FCFA an article, an .example host in the
 *     text and the website field (French);
 *   - an adult come-on, "girls of Saint-Louis 18+", the .xyz host
 *     written with "[point]" and spaced letters, a Snapchat handle, the
 *     host in the website field (French);
 *   - a fake Tabaski lottery draw, 2,500,000 FCFA and a motorbike won, a
 *     15,000 FCFA "transfer fee" to a Wave number, soft hyphens between
 *     the letters of the lottery's name (Wolof and French mixed).
 *
 * Then twelve genuine readers (desk_genuine):
 *   - for: a mother in Goxu Mbathie whose sons' bedroom the swell took
 *     in September 2026, for the wall and for Djougop if the commune
 *     keeps its dates (French);
 *   - against: the fishermen's pirogues and the sea are here, Djougop is
 *     11 km away, 60,000 FCFA a month is not enough, "Guet Ndar will not
 *     leave" (Wolof);
 *   - sarcasm: the breach opened "provisionally" in 2003, a wall
 *     promised in 2018 and 2022, "the only thing that will arrive on
 *     time is the sea" (French, a Wolof phrase);
 *   - a reply to "@Ousseynou Mbaye": her aunt has lived at Djougop since
 *     2021, water and power are there, the problem is the 1,000 FCFA
 *     taxi (French and Wolof mixed);
 *   - a reader shouting in capitals, meetings, promises, houses lost in
 *     Lodo and Pondokholé, "all of us to the meeting on 13 February"
 *     (French with Wolof);
 *   - waves, a ruined house, a crying face, praying hands and the
 *     Senegalese flag only;
 *   - a question to the paper: can tenants in Guet Ndar, whose landlord
 *     lives in Nouakchott, get the 450,000 FCFA, or only the owner
 *     (Pulaar);
 *   - a reader quoting a WhatsApp message to his mother, a 450,000 FCFA
 *     "indemnity" and a 5,000 FCFA fee to a Wave number, to warn that it
 *     is a scam (Wolof quoting French);
 *   - the commune's page and the World Bank's documents site cited for
 *     the list and the resettlement plan (French);
 *   - a retired teacher born in Guet Ndar in 1947, who asks the town
 *     hall's agents to come to the houses rather than make him fill in
 *     forms on a computer (French);
 *   - a pirogue builders' workshop in Pondokholé since 1986, eleven
 *     workers, signing with its name, asking for land by the river or
 *     the new quay, no phone, no link (French);
 *   - a very short comment, "Yàlla na baax." (Wolof).
 *
 * The second, spam dressed as readers (dressed_spam):
 *   - courage to the 640 families, then a removals firm to Djougop, a
 *     7-tonne lorry at 35,000 FCFA, 50% deposit on Wave or Orange Money,
 *     a phone number and its site (French);
 *   - the fisherman's point about the taxi taken, then a fake indemnity
 *     site, a 2,500 FCFA "processing fee" and 450,000 FCFA on Wave in 72
 *     hours, a "gouv-sn" look-alike .site host (Wolof);
 *   - a reply to "@Cheikh T. Sarr" agreeing that the sea never misses a
 *     date, a betting referral link in the website field only (French);
 *   - Djougop houses that waited months for power, then solar kits
 *     behind an HTML <a href> on "kit panneau solaire pas cher Sénégal"
 *     (French);
 *   - the fish smokers' hard work, then a marabout near Ndiawdoune who
 *     brought back trade and a husband, the number half in Wolof words
 *     (Wolof);
 *   - the monthly allowance comes too late, then a "serious private
 *     lender", 500,000 FCFA in an hour without guarantee, a Telegram
 *     handle (French);
 *   - the landing site before the move, then an online tontine, 25,000
 *     FCFA turned into 75,000 in 15 days, a WhatsApp group link (Wolof);
 *   - a furnished flat at the Hydrobase for families not ready to move,
 *     150,000 FCFA a month, the owner "in Italy", two months' deposit on
 *     Wave, one digit of the number in a French word (French);
 *   - young people leaving by pirogue for the Canaries, then fish
 *     factory jobs in Canada with a 600,000 FCFA fee, letters O and l
 *     for digits in the number (French);
 *   - God's help to Guet Ndar's fishermen, then Yamaha 40 hp outboard
 *     motors "from a container seized at customs" at half price, 50% in
 *     advance, a Mauritanian number in Eastern Arabic digits (Arabic
 *     with Hassaniya words);
 *   - a former volunteer in Saint-Louis, then sponsored posts and
 *     do-follow links on West African news sites from $40, an .example
 *     host in the text and the website field (English);
 *   - families who lost their houses, then a charity "association" whose
 *     money goes to a personal Wave number, "the association's account
 *     will be opened later" (Wolof).
 *
 * And twelve readers a filter might take for spam (dressed_genuine):
 *   - a reader giving the police's 17, the Gendarmerie's free number
 *     800 00 20 20 and the commune's 800 00 31 31, "the commune never
 *     asks for money", and how to have a transfer blocked (French with
 *     Wolof);
 *   - a seller of guedj and ketiax from the beach at Pondokholé giving
 *     her new place at the Sor market, hangar 3, place 112, and her
 *     phone for old customers (Wolof with a French sentence);
 *   - the commune's own page, posted by the commune, the dates, the
 *     meeting and the free line, the page in the website field (French);
 *   - the sums worked out: francs a family, the indemnity's share, the
 *     World Bank's and the state's shares in percent, the taxi against
 *     the allowance, francs a metre of wall (French);
 *   - a reader quoting a scam SMS with its "gouv-sn" look-alike link to
 *     warn that only the commune's site and the Guet Ndar annex are real
 *     (French);
 *   - a young people's association in Lodo, meetings on Wednesdays at
 *     the youth centre, its WhatsApp group, "the association asks no one
 *     for money" (French and Wolof);
 *   - a doctor at the regional hospital on diarrhoea and skin infections
 *     after big swells, for the project if Djougop has a health post
 *     from the first day (French);
 *   - a lawyer explaining that the valuation commission, not a
 *     middleman, sets the indemnity, and that no one pays to "speed up"
 *     a file (French);
 *   - a reader recommending the Maison de justice's free help with
 *     papers, its hours and its phone (French with a Wolof sentence);
 *   - a coastal geographer at Université Gaston Berger on the
 *     shoreline's retreat since 2003, a local news site's article linked
 *     (English);
 *   - a Quran school teacher in Guet Ndar, 140 pupils, for the wall,
 *     asking for a mosque and a school at Djougop before the move
 *     (Arabic);
 *   - a reader mocking the spam under the story, the marabout, the fake
 *     DER, Spain and Canada, the tontine, the Yamaha motors, the flat
 *     (Wolof and French mixed).
 */

#pragma once

/* Included after spam-test-util.h, which defines Comment */

/* The story the comments are under */
static const char * const story50 =
  "Saint-Louis to build Langue de Barbarie sea wall and move 640 Guet Ndar families in 2027\n\n"
  "SAINT-LOUIS, Senegal — Building of a 2.3 km sea wall along the Langue de Barbarie, from Goxu Mbathie to "
  "the Hydrobase, starts on Monday 1 March 2027, and 640 families living within 20 metres of the shore in "
  "Guet Ndar will move to the Djougop resettlement site, 11 km inland, between April and September 2027, "
  "the commune said.\n\n"
  "Mame Diarra Sow, the deputy mayor for urban planning, put the cost at 27.6 billion CFA francs, 19.2 "
  "billion of it from a World Bank loan and 8.4 billion from the state, for the rock wall, 1,100 metres of "
  "new quay for pirogues and a fish landing site with cold rooms. Each family moved gets a two-room house "
  "on a plot at Djougop, a one-off 450,000 francs for the move and 60,000 francs a month for six months. "
  "Owners of the 214 houses to be demolished will be paid on an official valuation. Claims are open until "
  "Friday 30 April 2027 at the town hall's annex in Guet Ndar or on the commune's website, free of "
  "charge.\n\n"
  "\"Our pirogues are here, the sea is here. Who pays the taxi to Djougop at four in the morning?\" said "
  "Moustapha Guèye, 58, who owns two pirogues in Pondokholé.\n\n"
  "Aïssatou Fall, 44, who leads 120 women who smoke and dry fish on the beach, wants the landing site open "
  "before anyone moves.\n\n"
  "The collective Aar Guet Ndar says the sea took 31 houses in the swells of 2026 and asks for a bus line "
  "from Djougop to the Faidherbe bridge. A public meeting is set for Saturday 13 February 2027 at 10am at "
  "the Guet Ndar annex. Questions go to the commune's free line, 800 00 31 31.";

static const Comment desk_spam[] = {
  { "💸 РRÊT RAPIDE SANS GARANTIE 💸 Xaalis bi ci 10 minutes ! De 50 000 à 2 000 000 FCFA envoyés "
    "directement sur votre Wave ou Orange Money, sans bulletin de salaire, sans avaliste, même "
    "fonctionnaires radiés et commerçants acceptés. Taux 2 % seulement. Contactez Mme Ndiaye sur WhatsApp "
    ": +221 77 6O8 14 5O. Dafa yomb, dafa gaaw !",
    "Crédit Express Sénégal", "creditexpress.sn221@gmail.com", NULL },
  { "DÉLÉGATION GÉNÉRALE À L'ENTREPRENEURIAT RAPIDE DES FEMMES ET DES JEUNES (DER/FJ) — PROGRAMME 2027 : "
    "financement NON REMBOURSABLE de 500 000 à 5 000 000 FCFA pour les jeunes et les femmes de 18 à 45 "
    "ans. Inscription avant le 28/02/2027, frais de dossier 10 000 FCFA seulement. Formulaire officiel : "
    "der-sn.financement-jeunes.site/inscription Quota région de Saint-Louis : 1 200 dossiers, premier "
    "arrivé premier servi.",
    "DER/FJ Officiel", "inscription@financement-jeunes.site", NULL },
  { "La Poste Sénégal : votre colis n° CP884217356SN est bloqué au centre de tri de Dakar-Yoff pour frais "
    "de dédouanement impayés (1 950 FCFA). Sans règlement sous 48 h, il sera retourné à l'expéditeur. "
    "Payez par Wave, Orange Money ou carte bancaire : laposte-sn.suivi-colis.online/paiement",
    "La Poste Sénégal", "no-reply@suivi-colis.online", NULL },
  { "🎉 Оrange Sargal : Félicitations ! Vos 18 750 points Sargal expirent ce soir à minuit ⏳ "
    "Convertissez-les maintenant en 25 000 FCFA de crédit ou 60 Go d'Internet. Bul leen bàyyi ñu ñàkk ! "
    "Confirmez votre numéro ici 👉 https://sargal-orange.sn-bonus.click/convertir",
    "Orange Sargal", "sargal@sn-bonus.click", "https://sargal-orange.sn-bonus.click" },
  { "⚽🔥 TICKET GAGNANT DU JOUR 🔥 Démb combiné bi cote 47 la génn, 100% gagné ! Abonnement VIP 5 000 FCFA "
    "la semaine, pronostics sûrs Ligue 1, Premier League, CAN. Dugal code promo  N D A R 2 0 2 7  ci "
    "inscription bi, bonus 200 % sur ton premier dépôt. Canal Télégram : @ndar_pronos_vip ✅ Ñi bëgg am "
    "xaalis rekk !",
    "Pronos Ndar VIP", "ndarpronos.vip@gmail.com", NULL },
  { "Bonjour à tous 🙏 Il y a 8 mois j'étais chômeur à Pikine Bas-Sénégal. Grâce à mon mentor, M. Ibrahima "
    "Sy, trader certifié Forex et crypto (USDT), j'ai transformé 100 000 FCFA en 2 850 000 FCFA en 3 "
    "semaines. Il gère votre compte lui-même, bénéfices versés chaque vendredi sur Wave, aucun risque. "
    "Écrivez-lui sur WhatsApp +221 78 312 90 66 en disant que vous venez de ma part 💯",
    "Awa Diop", "awa.diop.success@gmail.com", NULL },
  { "LIGGÉEY CI ESPAGNE AK CANADA 🇪🇸🇨🇦 Contrat saisonnier ci tool yi (fraises Huelva), usine, "
    "construction. Weer wu nekk 1 200 – 1 600 euros. Visa ci 45 fan, amul concours, amul niveau. Frais "
    "dossier 350 000 FCFA, nga fey genn-wàll bi ci kanam (175 000) ci Wave. Place yi dañoo néew, gaawleen "
    "! WhatsApp : 76 440 18 27 / Telegram : @travail_espagne_sn",
    "Agence Teranga Emploi", "teranga.emploi.inter@gmail.com", NULL },
  { "Besoin de papiers rapidement ? Nous faisons passeports, cartes d'identité CEDEAO, permis de conduire "
    "toutes catégories sans examen, casiers judiciaires, diplômes BFEM, BAC et licences enregistrés dans "
    "le système, visas Schengen. Livraison à Saint-Louis, Dakar et Thiès en 72 h, discrétion totale. "
    "Appelez le soixante-dix-sept, 5 2 1, quarante-huit, zéro trois. Demandez Pape.",
    "Pape Services", "pape.services.docs@yahoo.fr", NULL },
  { "بسم الله الرحمن الرحيم — GRAND MARABOUT THIERNO AMADOU BA DU FOUTA 🌙 Spécialiste du retour de l'être "
    "aimé en 3 jours, chance aux jeux et au loto, réussite aux concours, protection des pêcheurs en mer "
    "(xaatim, safara, téere), guérison de la stérilité, mariage rapide, désenvoûtement. Résultats garantis "
    "100 %, même à distance. Tél / WhatsApp : 7 7 - 3 9 0 - 6 1 - 2 2 . Yàlla baax na !",
    "Thierno Amadou Ba", "thiernoamadouba.marabout@gmail.com", NULL },
  { "Bonjour à l'équipe de rédaction, nous sommes une agence de netlinking spécialisée Afrique "
    "francophone. Nous souhaitons publier des articles sponsorisés avec lien dofollow sur votre site "
    "(casino, paris sportifs, crypto et santé acceptés). Tarif : 45 000 FCFA l'article, paiement Wave ou "
    "PayPal. Nous avons aussi 500+ sites au Sénégal, en Côte d'Ivoire et au Cameroun, DA 30+. Catalogue : "
    "backlinks-afrique.example/catalogue",
    "Linkafrik SEO", "contact@backlinks-afrique.example", "https://backlinks-afrique.example" },
  { "Tu t'ennuies ce soir à Ndar ? 😏 Des filles de Saint-Louis, Sor et Hydrobase 18+ disponibles "
    "maintenant, photos réelles, discrétion assurée 💋 Rejoins-nous sur ndar-rencontres [point] x y z /vip "
    "ou ajoute @ndar_nuit sur Snapchat",
    "Fatou 💋", "fatou.coquine@ndar-rencontres.xyz", "https://ndar-rencontres.xyz" },
  { "🎊 FÉLICITATIONS ! Sa numéro bi moo génn ci tirage spécial Tabaski bi "
    "L\u00adO\u00adN\u00adA\u00adS\u00adE : vous avez gagné 2 500 000 FCFA ak benn moto Jakarta 🏍️ Ngir "
    "jot sa xaalis, yónnee 15 000 FCFA frais de transfert ci numéro Wave 70 812 44 39 (M. Diagne, agent de "
    "paiement) ba suba 12 h. Code gagnant : LN-27-SL-0431",
    "Tirage Spécial Tabaski", "tirage.special.tabaski@gmail.com", NULL },
};

static const Comment desk_genuine[] = {
  { "J'habite à Goxu Mbathie, à dix mètres de la mer. En septembre 2026 la houle a emporté le mur de notre "
    "cour et la chambre de mes deux garçons, depuis on dort chez ma belle-sœur à Sor. Je suis pour la "
    "digue et pour Djougop, même si c'est loin : au moins mes enfants ne dormiront plus avec le bruit des "
    "vagues sous le lit. Mais que la mairie tienne ses délais cette fois.",
    "Ndèye Fatou Diagne", "ndeyefatou.diagne@gmail.com", NULL },
  { "Ñépp a ngi wax ci digue bi, waaye kan moo xalaat ci mool yi ? Sunu gaal yi fii lañu nekk, géej gi fii "
    "la nekk. Djougop sori na lool, 11 km ! Ñaata lañuy fey taksi ci suba teel ngir dem géej ? 60 000 FCFA "
    "ci weer du doy dara. Guet Ndar du jóge fii.",
    "Ousseynou Mbaye", "ousseynou.mbaye.ndar@yahoo.fr", NULL },
  { "Bravo. En 2003 on a ouvert la brèche « provisoirement », en 2018 on nous a promis une digue « pour "
    "l'année prochaine », en 2022 une autre « avant l'hivernage ». Maintenant c'est le 1er mars 2027. Je "
    "parie que la seule chose qui arrivera à l'heure, c'est la mer 🌊 Dinañu gis.",
    "Cheikh T. Sarr", "cheikh.sarr@hotmail.fr", NULL },
  { "@Ousseynou Mbaye dégg naa la, mais ma tante est à Djougop depuis 2021 : les maisons sont correctes, "
    "il y a l'eau et le courant. Le vrai problème c'est le transport, taksi bi 1 000 FCFA la course. Si la "
    "commune met le bus jusqu'au pont Faidherbe comme le demande Aar Guet Ndar, ça peut marcher. Ñëwal ci "
    "réunion bi samedi 13, nanu wax ko fa.",
    "Aminata Sall", "aminata.sall91@gmail.com", NULL },
  { "ON EN A MARRE !!! CHAQUE ANNÉE DES RÉUNIONS, DES PROMESSES, DES PHOTOS AVEC LES EXPERTS, ET CHAQUE "
    "ANNÉE LA MER PREND DES MAISONS À LODO ET À PONDOKHOLÉ ! 27 MILLIARDS, OÙ EST PASSÉ L'ARGENT DES "
    "AUTRES PROJETS ?! NANU DEM ÑÉPP CI RÉUNION BI 13 FÉVRIER !!!",
    "Babacar Ndiaye", "babacar.ndiaye.gn@gmail.com", NULL },
  { "🌊🏚️😢🙏🇸🇳",
    "Khady", "khady.sow02@gmail.com", NULL },
  { "Jam waali. Miɗo yiɗi naamnaade jaaynde ndee : min ko luwaakaaɓe e Gednaar, jom suudu oo ina wuuri "
    "Nuwaakusoot. Hol si min heɓay 450 000 FCFA oo, walla ko jom suudu oo tan heɓata ? A jaaraama.",
    "Hamady Bâ", "hamady.ba@yahoo.fr", NULL },
  { "Moytuleen ! Sama yaay dafa jot message bii ci WhatsApp : « Mairie de Saint-Louis : vous êtes sur la "
    "liste des familles de Guet Ndar. Indemnité 450 000 FCFA. Envoyez 5 000 FCFA de frais d'inscription au "
    "Wave 77 908 31 64 avant vendredi. » Naxe la ! Meeri bi du laaj kenn xaalis, dossier bi ci annexe bi "
    "walla ci site bu commune bi lañuy def, te amul frais. Buleen yónnee dara.",
    "Moussa Faye", "moussa.faye.sl@gmail.com", NULL },
  { "Pour ceux qui demandent où trouver les vrais documents : la liste des 640 ménages, le plan de "
    "réinstallation et le barème d'indemnisation sont affichés à l'annexe de Guet Ndar et publiés sur "
    "https://www.villedesaintlouis.sn/digue-langue-de-barbarie . Le plan de réinstallation du projet est "
    "aussi sur https://documents.worldbank.org (chercher « Saint-Louis réinstallation »). Les réclamations "
    "sont ouvertes jusqu'au 30 avril 2027, sans aucun frais.",
    "Ibrahima Diallo", "ibrahima.diallo@outlook.fr", NULL },
  { "Je suis né à Guet Ndar en 1947, fils et petit-fils de pêcheur, et j'ai été instituteur à l'école "
    "élémentaire du quartier pendant trente-cinq ans. Dans ma jeunesse, la plage faisait cinquante mètres "
    "devant la maison de mon père ; aujourd'hui la mer est à la porte. Je ne m'oppose pas au départ, mais "
    "à 79 ans, qu'on ne me demande pas de remplir des formulaires sur un ordinateur. Que les agents de la "
    "mairie passent dans les maisons, comme autrefois les recenseurs. Merci au journal.",
    "Abdoulaye Mbengue", "abdoulaye.mbengue47@yahoo.fr", NULL },
  { "Nous sommes l'atelier de charpenterie marine Ndiaye et Fils, à Pondokholé depuis 1986, onze ouvriers. "
    "Nous construisons et réparons les pirogues de la moitié du quartier. Nous ne sommes pas contre la "
    "digue, mais il nous faut un terrain au bord du fleuve ou près du nouveau quai : on ne construit pas "
    "une pirogue de 18 mètres à Djougop. Nous serons à la réunion du 13 février. — Atelier Ndiaye et Fils, "
    "Guet Ndar",
    "Atelier Ndiaye et Fils", "atelier.ndiayeetfils@gmail.com", NULL },
  { "Yàlla na baax.",
    "Sokhna", "sokhna.mb@gmail.com", NULL },
};

static const Comment dressed_spam[] = {
  { "Courage aux 640 familles de Guet Ndar, quitter la maison de ses parents n'est jamais facile. Pour "
    "votre déménagement vers Djougop, Ndar Express vous propose un camion de 7 tonnes avec 4 manœuvres à "
    "35 000 FCFA seulement, emballage offert ! Acompte de 50 % par Wave ou Orange Money à la réservation. "
    "Appelez le 77 284 60 13 ou réservez sur ndarexpress-demenagement.sn",
    "Ndar Express Déménagement", "contact@ndarexpress-demenagement.sn", "https://ndarexpress-demenagement.sn" },
  { "Moustapha Guèye dafa wax dëgg, taksi bi dina nu jaral lool. Waaye xibaar bu baax : leegi mën ngeen "
    "def seen dossier indemnité ci internet te jot 450 000 FCFA ci 72 waxtu ! Duggal seen numéro CNI ci "
    "site bu bees bi, fey 2 500 FCFA frais de traitement, xaalis bi dina dugg ci seen Wave : "
    "indemnites-guetndar.gouv-sn.site Wax ko seen dëkkandoo yi !",
    "Fatou Binetou Ndiaye", "fatoubinetou.ndiaye@gmail.com", NULL },
  { "@Cheikh T. Sarr 😂 tu as tout dit, depuis 2003 on attend. La mer, elle, ne rate jamais un rendez-vous. "
    "J'irai quand même à la réunion du 13 février pour entendre ce qu'ils vont nous raconter.",
    "Modou", "modou.fall.88@gmail.com", "https://teranga-bet.top/ref/MODOU50" },
  { "À Djougop, beaucoup de maisons de la première phase ont attendu le compteur Senelec pendant des mois. "
    "Nous, on s'est équipés en solaire et on ne regrette pas : kit complet panneau 300 W + batterie + 4 "
    "lampes, livré et installé. Voir ici : <a "
    "href=\"https://solaire-pascher-senegal.shop/kits?ref=ndar50\">kit panneau solaire pas cher "
    "Sénégal</a>, -35 % ce mois-ci.",
    "Rokhaya Diouf", "rokhaya.diouf.sl@gmail.com", NULL },
  { "Li Aïssatou Fall wax, dëgg la, jigéen ñi dañuy sonn lool ci tefes gi. Man itam sama njaay dafa daan "
    "dee, sama jëkkër bàyyi ma. Serigne Lamine Cissé ci Ndiawdoune moo ma dimbali : ci ñetti fan sama "
    "njaay dellu, sama jëkkër dellusi. Ku am jafe-jafe, woo ko : juróom-ñaar, juróom-ñett, 413, ñaar fukk "
    "ak juróom-benn, 09.",
    "Astou", "astou.ndiaye85@gmail.com", NULL },
  { "Les 60 000 FCFA par mois pendant six mois, c'est bien, mais le déménagement et les travaux, c'est "
    "maintenant. Moi j'ai eu 500 000 FCFA en une heure auprès d'un particulier sérieux, sans garantie et "
    "sans papiers, remboursable sur 12 mois. Écrivez-lui sur Telegram @pret_rapide_sn en précisant que "
    "c'est Seynabou qui vous envoie.",
    "Seynabou", "seynabou.dia77@gmail.com", NULL },
  { "Ñun jigéen ñi di liggéey jën ci tefes gi, dañu bëgg ñu ubbi quai bi balaa ñuy toxu, Aïssatou am na "
    "dëgg. Waaye ba loolu, defal sa xaalis mu liggéey : tontine digitale « Mbootaay Gold », dugal 25 000 "
    "FCFA, ci 15 fan nga jot 75 000 FCFA ! Maa ngi ci biir 6 weer, dafa dox. Groupe WhatsApp : "
    "chat.whatsapp.com/MbootaayGoldNdar",
    "Coumba Mbaye", "coumba.mbaye.gold@gmail.com", NULL },
  { "Pour les familles qui ne veulent pas aller tout de suite à Djougop : je loue un F3 meublé à "
    "l'Hydrobase, vue sur mer, 150 000 FCFA par mois, eau et électricité comprises. Je suis en Italie, mon "
    "cousin vous remettra les clés après versement de la caution de 2 mois par Wave. WhatsApp : 77 sept 40 "
    "22 18, M. Diop.",
    "Alioune Diop", "alioune.diop.italia@gmail.com", NULL },
  { "Triste de voir la mer avaler Guet Ndar pendant que nos jeunes partent en pirogue vers les Canaries. "
    "Il existe une voie légale : recrutement de 300 Sénégalais pour le Canada (usines de poisson au "
    "Nouveau-Brunswick), salaire 2 800 $ CAD, visa de travail en 2 mois, billet payé. Frais d'ouverture du "
    "dossier : 600 000 FCFA. Contact WhatsApp +221 7O l88 54 l2 (M. Kane).",
    "Canada Emploi Sénégal", "canada.emploi.senegal@gmail.com", NULL },
  { "الله يكون في عون صيادي غيت اندر، البحر أخذ ديارهم. عندنا محركات ياماها 40 حصان للقوارب، جديدة في "
    "كراتينها، من حاوية محجوزة في الديوانة، بنص الثمن: 950 ألف فرنك بدل مليونين. الدفع مسبقا 50٪ عبر ويف، "
    "والتوصيل إلى سان لويس. واتساب: ٠٠٢٢٢ ٣٦ ٤١ ٧٧ ٠٩",
    "Sidi Mohamed", "sidimed.moteurs@gmail.com", NULL },
  { "I spent two years in Saint-Louis as a volunteer and watched the sea eat the beach at Guet Ndar, so "
    "I'm glad the wall is finally coming. A note for the site owners: we place sponsored posts and "
    "do-follow links on 250+ West African news sites (Senegal, Côte d'Ivoire, Ghana, DA 35+) from $40 per "
    "article. Rate card: https://westafrica-guestposts.example/rates",
    "Jessica Moore", "jessica@westafrica-guestposts.example", "https://westafrica-guestposts.example" },
  { "Yërmaande ! Njaboot yi géej gi yóbbu seen kër ci Guet Ndar amuñu dara. Sunu association « Ndar "
    "Solidarité » mu ngi leen di jàppale ak ceeb, matelas ak garab. Ku mën dimbali, yónnee sa ndimbal ci "
    "Wave 76 208 55 31 (Mame Diarra N.), compte association bi dinañu ko ubbi ci kanam. Yàlla na leen "
    "Yàlla fey 🤲",
    "Ndar Solidarité", "ndarsolidarite@gmail.com", NULL },
};

static const Comment dressed_genuine[] = {
  { "Rappel pour nos parents de Guet Ndar, surtout les personnes âgées : la commune et le projet ne "
    "demandent JAMAIS d'argent, ni de code Wave ou Orange Money, pour l'indemnité. En cas d'arnaque : "
    "Police 17, numéro vert de la Gendarmerie 800 00 20 20, et la ligne gratuite de la commune 800 00 31 "
    "31. Si vous avez déjà envoyé, appelez tout de suite le service client de Wave ou d'Orange Money pour "
    "bloquer le transfert. Buleen yónnee kenn xaalis !",
    "Adja Seck", "adja.seck@gmail.com", NULL },
  { "Sama kiliyaan yi, maa ngi tudd Mariama Guèye, 14 at laa jaay guedj ak ketiax ci tefes gi ci "
    "Pondokholé. Ginnaaw bi ñuy tabax digue bi, dinaa toxu : li dale 1er mars, dingeen ma gis ci marché "
    "Sor, hangar 3, place 112. Sama nimero moo di bu njëkk bi : 77 562 40 18. Les prix ne changent pas, "
    "venez nombreux 🐟",
    "Mariama Guèye", "mariamagueye.guedj@gmail.com", NULL },
  { "Communiqué de la Commune de Saint-Louis : les informations officielles sur la digue de la Langue de "
    "Barbarie et la réinstallation à Djougop sont sur "
    "https://www.villedesaintlouis.sn/digue-langue-de-barbarie : carte des 640 ménages concernés, "
    "calendrier des déménagements (avril à septembre 2027), barème d'indemnisation et formulaire de "
    "réclamation. Réclamations jusqu'au vendredi 30 avril 2027, gratuitement. Réunion publique le samedi "
    "13 février 2027 à 10 h à l'annexe de Guet Ndar. Ligne gratuite : 800 00 31 31.",
    "Commune de Saint-Louis", "communication@villedesaintlouis.sn", "https://www.villedesaintlouis.sn" },
  { "J'ai fait le calcul. 27,6 milliards ÷ 640 familles ≈ 43,1 millions FCFA par famille, mais une famille "
    "touchera 450 000 + 6 × 60 000 = 810 000 FCFA, soit moins de 2 %. La Banque mondiale paie 19,2 "
    "milliards (69,6 %), l'État 8,4 milliards (30,4 %). Taxi Djougop–Guet Ndar : 1 000 FCFA × 2 × 26 jours "
    "= 52 000 FCFA par mois, presque toute l'allocation de 60 000. Et 2 300 m de digue pour 27,6 "
    "milliards, c'est 12 millions FCFA le mètre.",
    "Ousmane Thiam", "ousmane.thiam@gmail.com", NULL },
  { "Attention, ça a déjà commencé. Ma mère a reçu ce SMS hier : « COMMUNE DE SAINT-LOUIS : votre ménage "
    "est retenu pour l'indemnité de 450 000 F. Validez votre dossier avant le 20/02 : "
    "saintlouis-indemnite.gouv-sn.site ». Le site demande le numéro Wave et le code secret. C'est une "
    "ARNAQUE : le seul site est celui de la commune, et tout peut se faire à l'annexe de Guet Ndar, sans "
    "frais.",
    "Rama Sène", "rama.sene@yahoo.fr", NULL },
  { "Association des jeunes de Lodo « Lodo Bokk Jom » : danuy amal ay ndaje ngir xamal waa kër yi seen "
    "droits ci indemnisation bi. Chaque mercredi à 17 h à la maison des jeunes de Guet Ndar. Groupe "
    "WhatsApp : chat.whatsapp.com/LodoBokkJom2027 . Ñu ngi koy wax bu leer : association bi du laaj kenn "
    "xaalis, bul yónnee dara.",
    "Pape Samba Diop", "papesamba.diop@gmail.com", NULL },
  { "Je suis médecin à l'hôpital régional de Saint-Louis. Après chaque forte houle, nous recevons des "
    "enfants de Guet Ndar avec des diarrhées et des infections de la peau, parce que les fosses débordent "
    "et que l'eau de mer entre dans les maisons. Plus de 25 000 personnes sur une bande de sable de "
    "quelques centaines de mètres, c'est une urgence de santé publique. Je soutiens le projet, à condition "
    "qu'il y ait un poste de santé à Djougop dès le premier jour.",
    "Aïda Ndoye", "aida.ndoye.md@gmail.com", NULL },
  { "Juriste à Saint-Louis, je précise quelques points vus dans les commentaires. L'indemnité des 214 "
    "maisons démolies est fixée par la commission départementale d'évaluation, sur procès-verbal, pas par "
    "un intermédiaire. Les familles qui n'ont qu'un permis d'occuper, ou rien du tout, ont quand même "
    "droit à la réinstallation. Et personne n'a à payer pour « accélérer » un dossier : si on vous le "
    "demande, refusez et signalez-le.",
    "Khadim Sarr", "khadim.sarr.juriste@gmail.com", NULL },
  { "Pour les familles qui ont des problèmes de papiers (pas d'acte de naissance, maison au nom d'un "
    "grand-père décédé), la Maison de justice de Guet Ndar aide gratuitement, avec un médiateur qui parle "
    "wolof et pulaar. Elle est ouverte du lundi au vendredi de 9 h à 17 h, tél. 33 961 48 20. Sama yaay "
    "dem na fa, dañu ko dimbali bu baax.",
    "Fatimata Kane", "fatimata.kane@outlook.fr", NULL },
  { "I am a coastal geographer at Université Gaston Berger. Our shoreline surveys show the beach in front "
    "of Guet Ndar retreating by one to two metres a year since the 2003 breach, with peaks after big "
    "swells. A sea wall buys time but does not stop the sand loss further south, so monitoring has to go "
    "on. A readable summary in French: "
    "https://www.ndarinfo.com/Erosion-cotiere-a-Guet-Ndar-ce-que-disent-les-mesures_a41207.html",
    "Marie Faye", "marie.faye@ugb.edu.sn", NULL },
  { "السلام عليكم. أنا معلم في دارة لتحفيظ القرآن في حي غيت اندر منذ عشرين سنة، ويدرس عندنا مئة وأربعون "
    "طالبا. نؤيد بناء الحاجز، فالبحر وصل إلى جدار المسجد، لكننا نسأل البلدية: هل سيُبنى مسجد ودارة في موقع "
    "جوغوب قبل نقل العائلات؟ الأطفال لا يستطيعون قطع أحد عشر كيلومترا كل صباح. جزاكم الله خيرا.",
    "Oustaz Abdourahmane Seck", "oustaz.seck@gmail.com", NULL },
  { "Ha ha, commentaires yi dañu neex 😂 Am na fi lépp : marabout bu Fouta, DER bu fenn, Espagne ak Canada, "
    "tontine Mbootaay Gold, moteurs Yamaha yu Nouakchott, appartement à l'Hydrobase… Géej gi du naxe kenn, "
    "waaye naxkat yi ñoom dañu gaaw ! Buleen yónnee kenn xaalis ci numéro yi fi nekk.",
    "Lamine Ba", "lamine.ba.ndar@gmail.com", NULL },
};
