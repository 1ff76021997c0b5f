/* test-spam-heldout19.c: the spam filter against a nineteenth held-out set
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Seventy comments written before the nineteenth round read the
 * rules, of spam that hides its payload where a reader does not look or
 * behind a host readers trust: thirty spam (a few words of agreement
 * with the payload only in the author's name, e-mail or website; a
 * reply quoting another reader, or answering one by name, that turns to
 * a pitch; link shorteners and redirectors (tinyurl, bit.ly, cutt.ly,
 * google.com/url, l.facebook.com, href.li); IPFS gateways; Telegram,
 * Discord and WhatsApp group invites; Google Sites, Docs and Forms,
 * Notion, Linktree and pages.dev pages; words spelt with letters
 * spaced out, dots inside them, soft hyphens, leetspeak and Greek
 * letters; in Persian, Arabic, Russian, German and Spanish) and forty
 * readers near those shapes (a scam text quoted to warn others; a
 * linguist on look-alike letters; a chess club's Discord and a repair
 * café's; a word spaced out for emphasis; a reader quoted and answered;
 * a residents' group's minutes in a shared document, a school survey's
 * form, a council's short link; a band's Linktree, a volunteer's Notion
 * list, a map on github.io; a city's Telegram channel; readers in
 * Persian, Arabic, Russian, German, Spanish, Greek and Japanese, some
 * warning of the same schemes).
 *
 * Untrained, before any change, the filter caught 16 of the 30 and
 * flagged 4 of the 40: that is the held-out figure. It caught the
 * casino bonus in the author's fields (0.94), the loan under a short
 * link in the author's website (0.70), the "@Karen" grant at a short
 * link (0.53), the minister's leaked video (0.57) and the airdrop
 * (0.62) on IPFS gateways, the Discord trading signals (0.85), the loan
 * form (0.90), the job in a shared document (0.70), the Linktree photos
 * (0.50), the casino behind l.facebook.com (0.72), dotted pills (0.97),
 * the leetspeak casino (0.93), the Greek-lettered bitcoin (0.57), the
 * soft-hyphened casino (0.83), the Russian Discord job (0.57) and the
 * German loan at bit.ly (0.92). It missed pills (0.45) and a
 * "recovery expert" (0.45) named only in the author's name, dating on
 * Google Sites in the website field (0.00), a quoted reader answered
 * with a Telegram mentor (0.00) and in Arabic with a WhatsApp group
 * (0.15), MetaMask's "verify" on an IPFS gateway (0.45), fixed matches
 * on a Telegram invite (0.45), a Notion income blueprint (0.49), a
 * pension grant on pages.dev (0.15), CBD behind google.com/url (0.15),
 * a stream behind href.li (0.15), a casino spelt a letter at a time
 * (0.00), Persian daily income on Telegram (0.35) and Spanish betting
 * tips on Telegram (0.35). It flagged the linguist quoting 'pаypal'
 * with a Cyrillic letter (0.50, words mixing scripts), a chess club's
 * and a repair café's Discord invites (0.53 each, "the author's own
 * messenger") and a reader quoting 'b3st c4s1n0 b0nus' to mock it
 * (0.50).
 *
 * The round's rules are kinds, not these comments' words, in a new
 * byline-spam-filter-hideouts.c, each weighed down by a reader's
 * warning (scam, beware, estafa, мошенники, احتيال, کلاهبرداری...): an
 * invite link into a private group (t.me/+, joinchat, chat.whatsapp.com,
 * discord.gg, signal.group) with money promised there (by the day,
 * sure odds, signals, guaranteed; درآمد, روزانه, مضمونة, в день,
 * apuestas, lucros...); a redirect on a big site's own address
 * (google.com/url, l.facebook.com, href.li, away.vk.com...) whose
 * target, decoded, looks like a shop's (0.5) or is hidden (0.3), none
 * for an official body's or a newspaper's; a free page on a big
 * platform (a notion.site, pages.dev, github.io... subdomain, or a
 * sites.google.com or linktr.ee path) named for what spam sells; a page
 * on an IPFS gateway; a name giving a messenger's number, or a few
 * words under a name that is an advert; a listed word spelt a letter
 * at a time. And three readers' shapes weigh less: look-alike letters
 * from a reader naming the scripts with nowhere to send anyone (0.2), a
 * disguised word from one talking of spam with nowhere to send anyone
 * (0.3), a club's group invite as "the author's own messenger" (0.3).
 * With them the set is 30 of 30 and none of 40, no longer held out. No
 * reader of an earlier set scores higher and no spam lower; 41 earlier
 * spam score higher (spam with only a few words under an advert's name
 * in the corpus, heldout11, heldout16 and heldout17; Discord, WhatsApp
 * and Signal groups with money in heldout8, 13 and the fresh set).
 * bench-spam: precision, recall and untrained recall alike before and
 * after; counted by callgrind inside byline_spam_filter_classify() over
 * bench-spam's run (a debug build), 1068.4 million instructions before
 * and 1089.6 million after the round and its later ten's fixes (+2.0%).
 *
 * Then five spam and five readers of the round's kinds were written
 * after its rules and scored once: 4 of the 5 caught and 1 of the 5
 * flagged. It missed an energy deal behind Bing's click redirect, its
 * target in base64 (0.15), and flagged a Russian reader warning of a
 * Telegram invite's "заработок 5000 в день" as "развод" (0.71). Both
 * are read now (see the later ten below); six neighbours probe them.
 */

#include "config.h"

#include "byline-core.h"

#include "spam-test-util.h"

static const Comment spam[] = {
  /* the payload only in the author's fields */
  { "Thanks for this.",
    "Best Online Casino Bonus 2026", "vip@casino-bonus-vip.top", "https://casino-bonus-vip.top" },
  { "Very true, well said.",
    "cheap viagra online no prescription", "sales@rx-pills-discount.net", NULL },
  { "Agreed with every word.",
    "Mia", "mia.lonely22@gmail.com", "https://sites.google.com/view/mia-hot-dates-tonight" },
  { "Nice one.",
    "Crypto Recovery Expert (WhatsApp +1 415 555 0193)", "recoverywizard@protonmail.com", NULL },
  { "Interesting.",
    "Loans Today", "apply@quickloans-today.xyz", "https://cutt.ly/loans-today" },
  /* a reader quoted or named, then a pitch */
  { "> The council says bills will rise 8% next year.\n"
    "That's exactly why I started earning from home. $450 a day with my mentor, message him on "
    "Telegram: t.me/+Qx7rTradeMentor",
    "Jessica Moore", "jessica.moore.1987@gmail.com", NULL },
  { "@Karen you said you can't afford the heating. I was the same until I found this grant: "
    "https://tinyurl.com/freeheat2026grant",
    "Linda", "linda.w.happy@gmail.com", NULL },
  { "> الأسعار ترتفع كل شهر\n"
    "صحيح، ولهذا أنصحكم بالاستثمار مع خبير التداول، أرباح يومية مضمونة. انضموا عبر الرابط: "
    "https://chat.whatsapp.com/Invite7xTradeGold",
    "سارة", "sara.trade2026@gmail.com", NULL },
  /* IPFS gateways */
  { "Leaked video of the minister 😱 watch before it's deleted: "
    "https://ipfs.io/ipfs/QmX7b9YtR2kLpq8ZnVw3fHs6dE1cJ4aGuT5mNoPyBrKxWz/leak.html",
    "News Leaks", "leaks.daily@gmail.com", NULL },
  { "Free ETH airdrop for the first 500 readers of this article! Connect your wallet to claim: "
    "https://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi.ipfs.dweb.link/claim",
    "ETH Foundation", "airdrop@eth-claim.org", NULL },
  { "MetaMask users: verify your wallet before 1 December or lose access: "
    "https://cloudflare-ipfs.com/ipfs/bafybeih4mtv3xqz2/metamask-verify.html",
    "MetaMask Support", "support@metamask-verify.help", NULL },
  /* group invites */
  { "Join our VIP trading signals group, 90% win rate every week: https://discord.gg/vipsignals2026",
    "Signals Pro", "signals.pro.vip@gmail.com", NULL },
  { "Daily fixed matches, 100% sure odds, no losses. Join https://t.me/joinchat/AAAAFixedOddsVIP",
    "Fixed Odds", "fixedodds.vip@gmail.com", NULL },
  /* trusted hosts */
  { "Need a loan fast? Fill the form: https://forms.gle/LoanFast2026 approval in 10 minutes, no "
    "credit check.",
    "Fast Loans", "fastloans2026@gmail.com", NULL },
  { "Work from home, $300 a day, no experience needed. All the info in this doc: "
    "https://docs.google.com/document/d/1xYzJobsHomeQ9/edit",
    "HR Team", "hr.remotejobs26@gmail.com", NULL },
  { "The passive income blueprint that made me $12k last month: "
    "https://incomeblueprint.notion.site/Start-Here",
    "Daniel", "daniel.income@gmail.com", NULL },
  { "All my private pics are here 😘 linktr.ee/sweet_anna_xx",
    "Anna 💋", "anna.sweet.xx@gmail.com", NULL },
  { "Pensioners: the new winter grant of £600 is open, check your eligibility now: "
    "https://uk-pension-grant.pages.dev",
    "Pension Help", "pensionhelp.uk@gmail.com", NULL },
  /* redirectors */
  { "Best CBD gummies of 2026, honest reviews: "
    "https://www.google.com/url?q=https://cbd-gummies-best.shop&sa=D",
    "Health Tips", "healthtips@cbd-gummies-best.shop", NULL },
  { "Great read. More on this at https://l.facebook.com/l.php?u=https%3A%2F%2Fslots-777-win.xyz",
    "Tom", "tom.slots777@gmail.com", NULL },
  { "Watch the full match free in HD, no sign-up: https://href.li/?https://livestream-hd-free.xyz",
    "Live Stream", "stream.hd.free@gmail.com", NULL },
  /* spelt to slip past */
  { "Best c a s i n o bonus of 2026: 300% on your first deposit, sign up at bonus777 . win",
    "Lucky", "lucky.bonus777@gmail.com", NULL },
  { "Get v.i.a.g.r.a and c.i.a.l.i.s without prescription, 70% off, order at rx-meds24 dot net",
    "Pharmacy", "orders.rxmeds24@gmail.com", NULL },
  { "Best 0nl1ne c4s1n0 b0nus: 200 fr33 sp1ns at https://sp1ns-w1n.top",
    "W1nner", "w1nner@sp1ns-w1n.top", NULL },
  { "Dοuble yοur Βitcοin in 24 hοurs, guaranteed prοfit: https://btc-dοuble.prο",
    "Βitcοin Εxpert", "expert@btc-double.pro", NULL },
  { "Get 500 free spins at ca\u00adsi\u00adno\u00adroyale dot vip, use code NEWS500",
    "Royale", "royale.spins@gmail.com", NULL },
  /* in other languages */
  { "کسب درآمد روزانه ۵ میلیون تومان از خانه! همین حالا عضو کانال تلگرام ما شوید: t.me/+daramad_online",
    "درآمد", "daramad.online@gmail.com", NULL },
  { "Кто ищет подработку — пишите в дискорд discord.gg/rabota24, платим от 5000 ₽ в день",
    "Работа", "rabota24.ru@gmail.com", NULL },
  { "Danke für den Artikel! Übrigens: seriöse Kredite ohne Schufa, Auszahlung in 24 Stunden: "
    "https://bit.ly/kredit-sofort-24",
    "Sabine", "sabine.kredit@gmail.com", NULL },
  { "Gran artículo. Gana dinero con apuestas deportivas, pronósticos seguros en mi canal de "
    "Telegram: t.me/+apuestasseguras",
    "Carlos", "carlos.apuestas@gmail.com", NULL },
};

static const Comment genuine[] = {
  { "Warning: a Telegram 'mentor' messaged me promising $450 a day with a link t.me/+something. "
    "It's a scam, block and report them.",
    "Pat", "pat.o@gmail.com", NULL },
  { "As a linguist: the Cyrillic 'а' and the Latin 'a' look identical, which is why scammers write "
    "'pаypal' with a Cyrillic letter. Browsers show such addresses as punycode (xn--).",
    "Dr. Helen Marsh", "h.marsh@ucl.ac.uk", NULL },
  { "Portvale Chess Club meets Thursdays at the library; we organise on Discord: "
    "discord.gg/portvalechess. Beginners welcome!",
    "Ken", "ken.l@gmail.com", NULL },
  { "This is N O T how you run a bus service. S H A M E F U L.",
    "Brenda", "brenda.k@outlook.com", NULL },
  { "> The council says bills will rise 8% next year.\n"
    "That's on top of last year's 6%. Pensioners in our street are already struggling.",
    "Alan", "alan.p@btinternet.com", NULL },
  { "@Karen the council has a hardship fund, ask at the library, they helped my mum last winter.",
    "Jo", "jo.m@gmail.com", NULL },
  { "Very true.",
    "Mike", "mike.h@gmail.com", NULL },
  { "Agreed.",
    "Sara Lind", "sara.lind@gmail.com", "https://saralind.blogspot.com" },
  { "The residents' group put the minutes of Tuesday's meeting in a shared document: "
    "https://docs.google.com/document/d/1AbCminutesResidents/edit",
    "Gwen", "gwen.t@gmail.com", NULL },
  { "Parents at Greenfield Primary: please fill in the PTA's survey on the new school run times, "
    "forms.gle/ptaSurvey26",
    "Mrs Ahmed", "r.ahmed@gmail.com", NULL },
  { "The council's consultation is open until Friday, the short link is from their own leaflet: "
    "tinyurl.com/portvale-buses",
    "Colin", "colin.b@gmail.com", NULL },
  { "The BBC's explainer on the fares is good: bit.ly/bbc-bus-fares (the link they tweeted).",
    "Nadia", "nadia.r@gmail.com", NULL },
  { "IPFS isn't magic: anything on ipfs.io/ipfs/... is just a file someone pinned, which is why "
    "phishing kits love it. The article should have explained that.",
    "Oskar", "oskar.n@proton.me", NULL },
  { "The city's transport office posts disruptions on its Telegram channel t.me/portvale_transport, "
    "quicker than the website.",
    "Dev", "dev.s@gmail.com", NULL },
  { "Our street has a WhatsApp group for the flood warnings; knock at number 12 for the invite.",
    "Maureen", "maureen.f@gmail.com", NULL },
  { "Our band plays the harbour festival on Saturday! All the times are on "
    "linktr.ee/theharbourlights",
    "The Harbour Lights", "band@theharbourlights.co.uk", NULL },
  { "I keep a public list of the town's broken streetlights in Notion, portvale-lights.notion.site, "
    "feel free to add to it.",
    "Imogen", "imogen.w@gmail.com", NULL },
  { "My son says the new skate park is 'l33t'. I had to look it up.",
    "Graham", "graham.j@gmail.com", NULL },
  { "Love the spam under the last story: 'b3st c4s1n0 b0nus'. Moderators, please!",
    "Ruth", "ruth.a@gmail.com", NULL },
  { "My inbox is full of 'v.i.a.g.r.a' emails with dots in the word. Does anyone know how to filter "
    "those in Outlook?",
    "Barry", "barry.c@outlook.com", NULL },
  { "Unser Repair-Café hat jetzt einen Discord-Server, discord.gg/repaircafe-bonn, dort stehen die "
    "Termine.",
    "Jörg", "joerg.w@gmx.de", NULL },
  { "ممنون از گزارش. در شهر ما هم اجاره‌ها در یک سال دو برابر شده است.",
    "مریم", "maryam.r@gmail.com", NULL },
  { "مراقب باشید، در تلگرام کانال‌هایی هستند که درآمد روزانه از خانه وعده می‌دهند؛ همه کلاهبرداری است.",
    "رضا", "reza.k@gmail.com", NULL },
  { "شكراً على المقال. نتمنى أن تتحسن المواصلات في مدينتنا أيضاً.",
    "أحمد", "ahmed.s@gmail.com", NULL },
  { "احذروا من مجموعات واتساب التي تعد بأرباح يومية مضمونة من التداول، إنها احتيال. خسر أخي ماله "
    "بهذه الطريقة.",
    "ليلى", "layla.h@gmail.com", NULL },
  { "Спасибо за статью. В Казани тоже обещали новые автобусы, но пока ничего.",
    "Ирина", "irina.v@yandex.ru", NULL },
  { "Осторожно: в дискорде предлагают «подработку от 5000 ₽ в день». Это мошенники, у моего сына "
    "украли аккаунт.",
    "Олег", "oleg.m@mail.ru", NULL },
  { "Guter Artikel. Bei uns in Leipzig fahren die Busse inzwischen alle zehn Minuten.",
    "Anke", "anke.s@web.de", NULL },
  { "Kredite ohne Schufa über Links in Kommentaren sind fast immer Betrug, die Verbraucherzentrale "
    "warnt davor: verbraucherzentrale.de",
    "Holger", "holger.b@t-online.de", NULL },
  { "Muy buen artículo. En Valencia también suprimieron el autobús nocturno.",
    "Lucía", "lucia.g@gmail.com", NULL },
  { "Cuidado con los canales de Telegram de «pronósticos seguros» de apuestas: mi primo perdió "
    "2.000 euros.",
    "Javier", "javier.m@gmail.com", NULL },
  { "Thanks for covering the market.",
    "Portvale Farmers Market", "info@portvalefarmersmarket.org.uk",
    "https://portvalefarmersmarket.org.uk" },
  { "Ευχαριστώ για το άρθρο, στην Αθήνα έχουμε το ίδιο πρόβλημα με τα λεωφορεία.",
    "Νίκος", "nikos.p@gmail.com", NULL },
  { "記事ありがとうございます。東京でもバスの本数が減りました。",
    "佐藤", "sato.k@gmail.com", NULL },
  { "> Where can I check my eligibility?\n"
    "On the government's own site, gov.uk/pension-credit, nowhere else.",
    "Hugh", "hugh.d@gmail.com", NULL },
  { "I write about crypto for a living: any 'giveaway' that asks you to send coins first, or to "
    "connect your wallet on an IPFS page, is a drainer.",
    "Priya", "priya.n@gmail.com", NULL },
  { "The sign at the station literally says 'P O R T V A L E' in letters a metre high, hard to miss.",
    "Steve", "steve.r@gmail.com", NULL },
  { "I copied this from the council's PDF:\u200b the route 7 changes start on 5 January.",
    "Wendy", "wendy.l@gmail.com", NULL },
  { "Here's the timetable: https://www.google.com/url?q=https://www.portvale.gov.uk/buses/timetable&sa=D",
    "Phil", "phil.g@gmail.com", NULL },
  { "I made a map of the bus cuts from the council's open data: https://jkrol.github.io/portvale-bus-map/",
    "Jan Krol", "jan.krol@gmail.com", NULL },
};

/* The held-out figure, 16 of 30, as a floor; its 4 readers flagged
 * before the round are not since */
static void
test_heldout19_untrained (void)
{
  check_heldout_floor (spam, G_N_ELEMENTS (spam), 30, genuine, G_N_ELEMENTS (genuine), 40, 16);
}

/* After the round's rules: every spam caught, no reader flagged */
static void
test_heldout19_after (void)
{
  check_all_caught (spam, G_N_ELEMENTS (spam), genuine, G_N_ELEMENTS (genuine));
}

/* Written after the round's rules without reading their words again,
 * and scored once: 4 of 5 caught and 1 of 5 flagged. Missed: an energy
 * deal behind Bing's click redirect, its target base64-encoded (0.15).
 * Flagged: a Russian reader quoting a Telegram invite's "заработок 5000
 * в день" to warn of it as "развод" (0.71, a warning word the rules did
 * not have). 5 of 5 and none of 5 since: a target in base64 after
 * "u=a1" is decoded from the comment as written (normalising lowers its
 * letters), and "развод", "лохотрон", "не ведитесь" are a Russian
 * reader's warning. Probing the invite rule from the other side, a
 * language group meeting "every day" was flagged by its first version
 * (0.62): time words ("a day", "daily", "روزانه", "в день") no longer
 * count as money without a currency sign or a money word. */
static const Comment spam_later[] = {
  { "Compare the cheapest energy tariffs for this winter here: "
    "https://www.bing.com/ck/a?!&&p=4f1c2e&u=a1aHR0cHM6Ly9lbmVyZ3ktZGVhbHMuc2hvcA&ntb=1",
    "Energy Saver", "energysaver.uk@gmail.com", NULL },
  { "घर बैठे रोज़ ₹3000 कमाएँ, कोई अनुभव नहीं चाहिए! हमारे टेलीग्राम ग्रुप से जुड़ें: https://t.me/+kamai_ghar_se",
    "प्रिया", "priya.kamai@gmail.com", NULL },
  { "Good points.",
    "Jenny", "jenny.fit2026@gmail.com", "https://sites.google.com/view/best-keto-gummies-2026" },
  { "> I can't find a plumber anywhere since the floods\n"
    "Call my cousin, best plumber in town, WhatsApp +44 7700 900123, 24/7 emergency callouts 🔧",
    "Dave", "dave.plumbing.pv@gmail.com", NULL },
  { "Gana d i n e r o desde casa, 200 euros al día, escríbeme en i n s t a g r a m @ganar_facil_es",
    "Ganar Fácil", "ganarfacil.es@gmail.com", NULL },
};

static const Comment genuine_later[] = {
  { "Mutual aid group for the flooded streets, we share who needs sandbags and lifts: "
    "https://t.me/+PortvaleFloodAid",
    "Kerry", "kerry.m@gmail.com", NULL },
  { "Great win for the under-12s on Sunday!",
    "Coach Pete", "pete.h@gmail.com", "https://sites.google.com/view/portvale-juniors-fc" },
  { "بنك الطعام في المسجد يوزع السلال يوم الجمعة، التفاصيل في مجموعة واتساب: "
    "https://chat.whatsapp.com/FoodBankPortvale",
    "يوسف", "yusuf.a@gmail.com", NULL },
  { "Parking at the hospital should be F R E E for patients. Full stop.",
    "Margaret", "margaret.o@gmail.com", NULL },
  { "Мне пришло сообщение: «заработок 5000 в день, вступай t.me/+xxxx». Не ведитесь, это развод.",
    "Дмитрий", "dmitry.k@mail.ru", NULL },
};

static void
test_heldout19_later (void)
{
  guint flagged = 0;
  guint caught = count_set_untrained (spam_later, G_N_ELEMENTS (spam_later), genuine_later,
                                      G_N_ELEMENTS (genuine_later), &flagged);

  g_assert_cmpuint (caught, >=, 4);
  g_assert_cmpuint (flagged, <=, 1);
  check_all_caught (spam_later, G_N_ELEMENTS (spam_later), genuine_later, G_N_ELEMENTS (genuine_later));
}

/* Readers probing the round's rules and the later ten's fixes from the
 * other side: none to be flagged */
static const Comment neighbours[] = {
  { "Our Spanish conversation group practises every day at 8pm, all levels, join: "
    "https://t.me/+PortvaleEspanol",
    "Lola", "lola.r@gmail.com", NULL },
  { "Bing gave me this link to the bin calendar: "
    "https://www.bing.com/ck/a?!&&p=9a2&u=a1aHR0cHM6Ly93d3cucG9ydHZhbGUuZ292LnVrL2JpbnM&ntb=1",
    "Trevor", "trevor.b@gmail.com", NULL },
  { "Осторожно, в телеграме предлагают «заработок 3000 в день» — лохотрон, ссылки вида t.me/+abc не "
    "открывайте.",
    "Светлана", "sveta.n@yandex.ru", NULL },
  { "Nice write-up.",
    "Portvale Gardening Club", "club@portvalegardening.org.uk", "https://sites.google.com/view/portvale-gardening" },
  { "The allotment society's WhatsApp group swaps seeds every spring: https://chat.whatsapp.com/AllotmentSwap",
    "Owen", "owen.p@gmail.com", NULL },
  { "Learn the S P E L L I N G of casino: it's the word scammers hide with dots and spaces, says the "
    "fraud office.",
    "Gita", "gita.m@gmail.com", NULL },
};

static void
test_heldout19_neighbours (void)
{
  check_none_flagged (neighbours, G_N_ELEMENTS (neighbours));
}

/* Each new shape names itself */
static void
test_heldout19_reasons (void)
{
  static const ReasonCheck checks[] = {
    { spam, G_N_ELEMENTS (spam), "Agreed with", "a free page on a big platform" },
    { spam, G_N_ELEMENTS (spam), "Pensioners", "a free page on a big platform" },
    { spam, G_N_ELEMENTS (spam), "Very true", "under a name that is an advert" },
    { spam, G_N_ELEMENTS (spam), "Nice one", "the author’s name gives a WhatsApp" },
    { spam, G_N_ELEMENTS (spam), "> The council", "private group chat by a link" },
    { spam, G_N_ELEMENTS (spam), "کسب", "private group chat by a link" },
    { spam, G_N_ELEMENTS (spam), "Best CBD", "through a redirect to" },
    { spam, G_N_ELEMENTS (spam), "Watch the full", "through a redirect to" },
    { spam, G_N_ELEMENTS (spam), "MetaMask", "IPFS gateway" },
    { spam, G_N_ELEMENTS (spam), "Best c a s", "a letter at a time" },
    { spam_later, G_N_ELEMENTS (spam_later), "Compare", "through a redirect to" },
    { spam_later, G_N_ELEMENTS (spam_later), "Good points", "a free page on a big platform" },
  };
  check_reasons (checks, G_N_ELEMENTS (checks));
}

/* The shortest comments, and the shapes this round's rules look for
 * cut short at the end of the text */
static void
test_heldout19_tiny (void)
{
  static const char * const contents[] = {
    "", "a b c d", "a b c d ", "c a s i n o", "t.me/+", "discord.gg/", "google.com/url?", "google.com/url?q=http",
    "href.li/?", "l.facebook.com/l.php?u=%", "l.facebook.com/l.php?u=http%3", "sites.google.com/view/",
    "linktr.ee/", ".notion.site", "x.pages.dev", "ipfs.io", "%", "a a a a a a a a a a a a a",
  };
  check_tiny_comments (contents, G_N_ELEMENTS (contents));
}

/* A spot check by another engineer, written before the round's rules
 * were read (a story about a town's timber footbridge): before them 3 of
 * 7 caught, none of 7 readers flagged; after them 5 of 7, and 6 of 7
 * once a German free page's name ("schnell-reich") was read. The one
 * still missed — eight words that fit any comment under a travel
 * agency's name and website — scores as a local firm's real comment
 * does (0.45 both), and stays a miss. */
static const Comment spot_spam[] = {
  { "Totally agree with the councillors on this one.",
    "Cheap Flights To Lisbon 2026", "deals@flyhub-offers.net", "https://flyhub-offers.net/lisbon" },
  { "> Timber is what this river has always had.\n\nWell said Margaret! By the way, anyone wanting passive "
    "income should look at the group I run, we share signals daily: https://t.me/+Qw3rTyUiOp9",
    "Daniel", "dan.k1987@gmail.com", NULL },
  { "Interesting read. Full details here: https://www.google.com/url?q=https://bestloanz-now.xyz/apply&sa=D",
    "Mark", "mark.t@yahoo.com", NULL },
  { "Great news for the town. Check my profile for the b.e.s.t o.n.l.i.n.e c.a.s.i.n.o bonuses!",
    "Kelly", "kelly88@hotmail.com", NULL },
  { "Mehr Infos zum schnellen Geld findest du hier: https://sites.google.com/view/schnell-reich-2026",
    "Jonas", "jonas.b@web.de", NULL },
  { "Nice article. https://bit.ly/3xYz9Qw",
    "Anna", "anna.smith.1990@gmail.com", NULL },
  { "برای کسب درآمد دلاری روزانه به گروه تلگرام ما بپیوندید: https://t.me/+abcDEF123xyz",
    "سارا", "sara.m@gmail.com", NULL },
  /* (written after: spam opening with the words a reader's warning has) */
  { "Don't miss this chance! Join our Telegram group, members earn $400 daily: https://t.me/+Zx9Yw8Vu7",
    "Mia", "mia.l@gmail.com", NULL },
  { "Never been easier to make money from home, join https://chat.whatsapp.com/AbC123dEf today and earn",
    "Leo", "leo.p@gmail.com", NULL },
};

static const Comment spot_genuine[] = {
  { "> the price of wood has not stopped moving\n\nHe is right. Our shed cost twice as much in 2022 as in 2019.",
    "Peter Hall", "p.hall@example.org", NULL },
  { "The Elmsford Rowing Club is organising a volunteer clean-up of the old bridge site on Saturday. Details "
    "on our Discord: https://discord.gg/elmsfordrowing",
    "Sue", "sue.r@example.org", NULL },
  { "Someone left a comment on the council's Facebook page with a link saying 'c.a.s.i.n.o' — please don't "
    "click these, they are scams.",
    "Greg", "greg.w@example.org", NULL },
  { "The engineers' report is on the council site, shortened here for convenience: "
    "https://bit.ly/elmsford-bridge-report",
    "Amir", "amir.k@example.org", NULL },
  { "We set up a WhatsApp group for east bank residents to share lifts during the detour: "
    "https://chat.whatsapp.com/Jh7kL2mN3pQ — all welcome, it's free.",
    "Beth", "beth.n@example.org", NULL },
  { "Das ist eine gute Entscheidung. Holzbrücken halten lange, wenn man sie pflegt.",
    "Klaus", "klaus.m@example.de", NULL },
  { "روزانه از این پل رد می‌شدم. امیدوارم زودتر ساخته شود.",
    "رضا", "reza.t@example.org", NULL },
  /* (probing the free pages' names: a reader's page may say free, date,
   * cash or pension; a government's own site behind a redirect) */
  { "The Little Free Library by the old bridge has its own page now: "
    "https://sites.google.com/view/elmsford-free-library",
    "Joan", "joan.b@example.org", NULL },
  { "Our choir sings at the pontoon opening, tickets are free: "
    "https://sites.google.com/view/elmsford-choir-free-concert",
    "Ian", "ian.c@example.org", NULL },
  { "Key dates for the bridge consultation are on the school's page: https://sites.google.com/view/elmsford-key-dates",
    "Val", "val.o@example.org", NULL },
  { "The pension fund that paid for half the bridge is explained here: "
    "https://www.google.com/url?q=https://www.gov.uk/resilience-fund",
    "Pat", "pat.e@example.org", NULL },
};

static void
test_heldout19_spot_check (void)
{
  check_heldout_floor (spot_spam, G_N_ELEMENTS (spot_spam), 9, spot_genuine, G_N_ELEMENTS (spot_genuine), 11, 8);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spam-heldout19/untrained", test_heldout19_untrained);
  g_test_add_func ("/spam-heldout19/after", test_heldout19_after);
  g_test_add_func ("/spam-heldout19/later", test_heldout19_later);
  g_test_add_func ("/spam-heldout19/neighbours", test_heldout19_neighbours);
  g_test_add_func ("/spam-heldout19/reasons", test_heldout19_reasons);
  g_test_add_func ("/spam-heldout19/tiny", test_heldout19_tiny);
  g_test_add_func ("/spam-heldout19/spot-check", test_heldout19_spot_check);

  return g_test_run ();
}
