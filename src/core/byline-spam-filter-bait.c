/* byline-spam-filter-bait.c: spam that baits readers to a link or an
 * address: free gifts, hidden links, dating, trading mentors, recovery
 * hackers, cracked software
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A free gift card "for a short survey" behind a bare bit.ly link; links
 * through shorteners and to the endings spammers buy by the thousand
 * (.xyz, .top, .icu …); "lonely tonight? see my private photos"; a
 * testimonial for a trading mentor with an Instagram handle to write to;
 * "thanks to X Recovery Hackers I got it all back, email them"; a hacker
 * for hire to catch a cheating spouse; "Photoshop crack, full version,
 * free download" on a site of its own. Readers write about all of these
 * too (a gift card text their father got, the dating apps, the signal
 * groups that cost a brother his savings, the "recovery" firm that came
 * after the scam): what tells is the bait together with somewhere to
 * answer it, never the subject alone.
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-spam-filter-private.h"

/* Services that shorten links: the reader cannot see where one goes */
static const char * const shorteners[] = {
  "bit.ly", "bitly.com", "tinyurl.com", "goo.gl", "t.co", "is.gd", "v.gd", "cutt.ly", "rb.gy", "shorturl.at",
  "tiny.cc", "ow.ly", "buff.ly", "rebrand.ly", "t.ly", "bl.ink", "s.id", "shorte.st", "adf.ly", "clck.ru",
  "u.to", "encurtador.com.br", "qrco.de", "tr.im", "soo.gd", "bc.vc", "ouo.io", "gg.gg", "shorturl.com",
  "bit.do", "cutt.us", "x.co", "shrtco.de", "tiny.one", "surl.li", "short.gy", "t2m.io", "snip.ly", "kutt.it",
  "vk.cc", "goo.su", "cli.re", "urlz.fr", "shorturl.asia",
  NULL
};

/* Endings sold for next to nothing, where most sites are spam, phishing
 * or worse. Those that are no word are a link even written bare
 * ("free-gift.xyz"); those that are words only in a link, with a path
 * or after a hyphen or a digit: "I agree.Best wishes" with its space
 * left out is no address. */
static const char * const spam_tlds[] = {
  "xyz", "icu", "sbs", "cfd", "cyou", "pw", "gq", "tk", "ml", "cf", "gdn", "xxx",
  NULL
};

static const char * const spam_word_tlds[] = {
  "top", "click", "loan", "win", "bid", "buzz", "cam", "monster", "rest", "quest", "bar", "lol", "mom",
  "beauty", "hair", "skin", "boats", "autos", "yachts", "homes", "ga", "work", "party", "date", "faith",
  "racing", "review", "stream", "download", "accountant", "cricket", "science", "men", "kim", "country",
  "best", "bond", "uno", "lat", "sex", "porn", "adult", "webcam", "pics", "dating", "su",
  "live", "app",
  NULL
};

gboolean
_byline_spam_host_is_shortener (const char *host)
{
  return _byline_spam_host_in (host, shorteners);
}

/* The ending of @host if it is one spammers favour, or %NULL; @words:
 * also those that are words */
static const char *
spam_tld (const char *host,
          gboolean    words)
{
  const char *dot = strrchr (host, '.');

  if (dot == NULL || dot == host ||
      !(g_strv_contains (spam_tlds, dot + 1) || (words && g_strv_contains (spam_word_tlds, dot + 1))))
    return NULL;

  return dot + 1;
}

/* Where the link without "http" or "www." at @p in normalised @text
 * ends, or %NULL when there is none there: a shortener's with its code
 * ("bit.ly/AbC12") or a host under an ending spammers favour
 * ("free-gift.xyz"). Other addresses written bare ("Amazon.com",
 * "facebook.com/bakerbob") stay what they were, an address to write to
 * (see _byline_spam_has_contact()): a reader's market stall page is no
 * more a link for being written out. Not a file ("report.pdf") or an
 * e-mail address either. */
const char *
_byline_spam_bare_link (const char *p,
                        const char *text)
{
  g_autofree char *host = NULL;
  const char *q = p, *last_dot = NULL;
  gboolean path;

  if (!g_ascii_isalpha (*p) || (p > text && (g_ascii_isalnum (p[-1]) || strchr ("@.-_/:", p[-1]))))
    return NULL;
  for (; g_ascii_isalnum (*q) || *q == '-' || (*q == '.' && g_ascii_isalnum (q[1])); q++)
    {
      if (*q == '.')
        last_dot = q;
    }
  if (last_dot == NULL || *q == '@')
    return NULL;

  host = g_strndup (p, q - p);
  path = *q == '/' && g_ascii_isalnum (q[1]);
  /* a word ending needs a path, or a name no sentence has ("walmart-gc.top");
   * a chat's address ("t.me/SignalsVIP") is a link as a short one is */
  if (!(path && (_byline_spam_host_is_shortener (host) || _byline_spam_host_is_messenger (host))) &&
      spam_tld (host, path || strpbrk (host, "-0123456789") != NULL) == NULL)
    return NULL;

  while (*q && !g_ascii_isspace (*q) && !strchr ("\"'<>()", *q))
    q++;

  return q;
}

/* Whose a short link is, as a reader passing one on says: where it was
 * found (a tweet, a leaflet, a petition)... */
static const char * const link_sources[] = {
  "tweeted", "tweet", "their official", "official account", "petition", "petición", "petição", "петиция",
  "leaflet", "press release", "newsletter", "their own", "its own",
  /* (a body named in these languages, which have no grammar of its
   * own listed here, vouches alone) */
  "ayuntamiento", "policía", "polícia", "prefeitura", "полиция", "администрация", "δήμος", "αστυνομία",
  "شهرداری", "پلیس", "الشرطة", "البلدية",
  NULL
};

/* ...or a public body, when it published the link ("the council
 * posted…") or the link is in its paper ("the council's leaflet", "the
 * council page"), said in the words just after its name */
static const char * const bodies[] = {
  "council", "police", "nhs", "gp", "government", "ministry", "minister", "department", "mayor", "school",
  "hospital", "surgery",
  NULL
};

static const char * const publishing[] = {
  "published", "publishes", "posted", "posts", "shared", "shares", "tweeted", "put out", "put up", "sent",
  "printed", "released", "issued", "linked", "links", "announced", "emailed", "texted",
  NULL
};

static const char * const body_papers[] = {
  "leaflet", "consultation", "page", "site", "website", "tweet", "text", "post", "link", "map", "report",
  "press release", "account", "form", "survey", "letter", "email", "newsletter", "app",
  NULL
};

/* News bait: a secret, a scandal or a video "they" hid, to click on */
static const char * const clickbait[] = {
  "shocking", "leaked", "leak", "you won't believe", "won't believe", "didn't tell you", "don't want you to know",
  "doesn't want you to know", "full video", "full leaked video", "watch before", "before it's deleted",
  "before it gets deleted", "banned video", "uncensored", "exposed", "the truth about", "they hid",
  "impactante", "vídeo completo", "video completo", "choquant", "vidéo complète", "schockierend",
  NULL
};

/* "Doctors hate this trick": a cure sold as a secret... */
static const char * const miracle_tricks[] = {
  "doctors hate", "doctors are furious", "doctors are stunned", "doctors are baffled", "one weird trick",
  "this simple trick", "this one trick", "this weird trick", "los médicos odian", "los médicos están furiosos",
  "médicos furiosos", "este truco", "truco sencillo", "os médicos odeiam", "médicos odeiam", "este truque",
  "truque simples", "les médecins détestent", "les médecins sont furieux", "cette astuce", "astuce simple",
  "ärzte hassen", "ärzte sind wütend", "dieser trick", "einfacher trick", "i medici odiano", "questo trucco",
  "trucco semplice", "lekarze nienawidzą", "ten trik", "prosty trik", "врачи ненавидят", "врачи в шоке",
  "этот трюк", "простой трюк", "artsen haten", "deze truc",
  NULL
};

/* ...or any trick a trade is said to hate or rage at ("this kitchen
 * trick pharmacists are furious about", "the trick dentists hate"): a
 * word for a trick with one of outrage a few words from it (not "furious
 * about the rationing, not about some trick") */
static const char * const trick_words[] = {
  "trick", "tricks", "truco", "truque", "astuce", "trucco", "trik", "трюк", "truc",
  NULL
};

static const char * const outraged[] = {
  "hate", "hates", "furious", "stunned", "baffled", "odian", "odeiam", "furiosos", "détestent", "furieux",
  "hassen", "wütend", "odiano", "furiosi", "nienawidzą", "ненавидят", "haten",
  NULL
};

/* Whether normalised @text has a trick word with an outraged one within
 * 24 characters of it, either side */
static gboolean
outraged_trick (const char *text)
{
  return _byline_spam_found_near (text, trick_words, outraged, 24, _byline_spam_terms_found);
}

/* ...for what it promises the body */
static const char * const trick_outcomes[] = {
  "belly fat", "lose weight", "weight loss", "kilos", "stone", "lbs", "grasa abdominal", "bajar de peso",
  "perder peso", "adelgazar", "emagrecer", "gordura", "perdre du poids", "graisse", "abnehmen", "bauchfett", "dimagrire",
  "grasso", "schudnąć", "tłuszcz", "похудеть", "жир", "diabetes", "diabète", "blood sugar", "wrinkles", "arrugas",
  "rides", "falten", "joint pain", "prostate", "próstata", "hair loss", "erection", "erección",
  NULL
};

/* Money to be claimed by scanning a code or giving one's bank details,
 * as a bill's or a benefit's phishing asks... */
static const char * const claim_steps[] = {
  "scan the qr", "scanning the qr", "scan our qr", "qr code", "scan the code", "verify your bank",
  "confirm your bank", "enter your bank", "your bank details", "your card details", "verify your card",
  "confirm your card", "cvv", "cvc", "security code", "3-digit code", "3 digit code",
  /* Turkish: "your card number", "your card details", "the 3-digit code" */
  "kart numaranızı", "kart bilgilerinizi", "3 haneli",
  NULL
};

/* ...money to receive, not a donation to give */
static const char * const claimed_money[] = {
  "claim", "rebate", "refund", "grant", "reward", "cashback", "arrives", "receive", "credited",
  "compensation", "allowance",
  /* Turkish: support, aid, a refund, a grant, "paid into my card" */
  "desteği", "yardımı", "iade", "hibe", "kartıma yattı",
  NULL
};

/* ...and a reader who warns of the stickers and the texts */
static const char * const claim_warnings[] = {
  "scam", "scams", "fake", "fraud", "phishing", "beware", "warns", "warning", "never", "don't scan",
  "only scan", "stickers", "action fraud",
  /* Turkish: a fraud, fake, don't click */
  "dolandırıcı", "sahte", "tıklamayın",
  NULL
};

/* Free gifts: the thing, that it is free, and what to do for it */
static const char * const gifts[] = {
  "gift card", "gift cards", "giftcard", "voucher", "vouchers", "iphone", "samsung galaxy", "ps5", "macbook",
  "airpods", "prize", "reward", "rewards", "coupon", "tarjeta regalo", "regalo", "cupón", "vale-presente",
  "vale presente", "brinde", "cupom", "δώρο", "δωροκάρτα", "подарок", "подарочный", "сертификат", "هدية", "جائزة",
  "کارت هدیه", "جایزه", "هدايا", "robux", "v-bucks", "cash app", "cadeau", "carte cadeau", "gutschein",
  "geschenk", "hediye", "礼品卡",
  NULL
};

static const char * const free_words[] = {
  "free", "complimentary", "giving away", "giveaway", "gratis", "grátis", "gratuito", "gratuita", "gratuit",
  "kostenlos", "ücretsiz", "免费", "δωρεάν", "бесплатн", "مجاني", "مجانا", "رایگان",
  NULL
};

static const char * const bait_actions[] = {
  "survey", "questions", "limited", "hurry", "only today", "today only", "ends tonight", "ends today",
  "few left", "before it ends", "claim", "selected", "chosen", "click here", "remaining", "last chance",
  "act now", "expires", "lucky", "congratulations", "congrats", "spin", "tap here", "from here", "link below",
  "get yours", "grab yours", "encuesta", "oferta",
  "sondage", "umfrage", "anket",
  "seleccionado", "pesquisa", "tempo limitado", "κάντε κλικ", "μόνο για σήμερα", "опрос", "только сегодня",
  /* congratulated and chosen, in Europe's languages */
  "gefeliciteerd", "geselecteerd", "uitgekozen", "herzlichen glückwunsch", "ausgewählt", "félicitations",
  "sélectionné", "sélectionnée", "congratulazioni", "selezionato", "selezionata", "gratulacje", "wybrany",
  "wybrana", "parabéns", "selecionado", "enhorabuena", "felicidades", "tebrikler", "seçildiniz", "поздравляем",
  "استطلاع", "استبيان", "اضغط هنا", "نظرسنجی", "کلیک کنید",
  NULL
};

/* "Not a scam": a scam's own words */
static const char * const vouching[] = {
  "not a scam", "no scam", "not fake", "no fake", "legit", "legitimate",
  NULL
};

/* Getting in touch with the author: a victim gathering others, not a
 * hacker's customer pointing to the hacker */
static const char * const own_contact[] = {
  "email me", "e-mail me", "contact me", "message me", "dm me", "write to me", "reach me", "my email",
  "my e-mail",
  NULL
};

/* The newspaper's own draws and a school's raffle */
static const char * const draws[] = {
  "competition", "prize draw", "raffle", "tombola", "entries", "terms and conditions", "t&cs", "concurso",
  "sorteo", "sorteio",
  NULL
};

/* A reader warning of a scam's link or gift, or telling where one
 * went */
static const char * const gift_warnings[] = {
  "scam", "scams", "phishing", "fake", "beware", "warn", "careful", "avoid", "linked to", "pointed to", "links like",
  "sites like", "golpe", "estafa", "απάτη", "мошенн", "احتيال", "کلاهبرداری", "詐欺", "诈骗", "詐騙", "사기",
  NULL
};

/* Dating bait: one of these, or flirting (below). Not "meet
 * me", "my photos" or "married women": readers post their photos of the
 * flood, ask to be met at a protest and write about married women's
 * pensions, with a link. */
static const char * const dating_strong[] = {
  "lonely tonight", "private photos", "private pics", "erotic", "erótico", "erótica", "ερωτικ", "эротич",
  "μοναχικές γυναίκες", "hot photos", "hot singles", "singles near you",
  "singles in your", "women near you", "girls near you", "girls in your area", "women in your area",
  "meet you tonight", "nudes", "horny", "bored and alone", "date tonight",
  "te sientes solo", "te sientes sola", "fotos privadas", "fotos íntimas", "estoy sola", "busco hombre",
  "busco un hombre", "estou sozinha", "procuro homem", "procuro um homem", "ψάχνω άντρα", "скучно одной",
  "откровенные фото", "seule ce soir", "je suis seule", "photos privées", "bin allein", "private fotos",
  "познакомлюсь", "ищу мужчину", "приятных встреч", "интим", "أشعر بالوحدة", "приватные фото", "скучаю одна",
  /* "I want a man friend", "looking for a man" in Swahili, Turkish,
   * Indonesian and Filipino (not Ukrainian's "шукаю чоловіка, який…",
   * looking for the man who …) */
  "nataka rafiki wa kiume", "natafuta mwanaume", "erkek arıyorum", "mencari pria", "naghahanap ng lalaki",
  "صوري الخاصة", "أبحث عن رجل", "عکس‌های خصوصی", "özel fotoğraf",
  /* a woman "looking for a man", in the first person (not "police are
   * looking for a man": English is left out) */
  "suche einen mann", "suche einen netten mann", "suche einen lieben mann", "suche mann", "cerco uomo",
  "cerco un uomo", "je cherche un homme", "cherche homme", "szukam mężczyzny", "szukam faceta", "ik zoek een man",
  "zoek een man", "caut bărbat", "caut un bărbat", "hledám muže", "keresek egy férfit", "férfit keresek",
  "sexkontakte", "seks randki", "rich men near you", "meet rich men", "rich men in your", "millionaire singles",
  NULL
};

/* Flirting, and loneliness: one of each, or two of the first. Two
 * words of loneliness are a reader's ("my nephew was bored and lonely
 * in lockdown", with a charity's page). */
static const char * const flirting[] = {
  "handsome", "cutie", "sweetie", "darling", "kisses", "affair", "discreet", "flirt", "webcam", "singles",
  "sexy", "naughty", "hook up", "hookup", "married women", "real women", "meet women", "women tonight",
  "girls tonight", "local girls", "single mom", "serious man", "chat with me", "my photos", "my pics",
  "my pictures", "guapo", "solteras", "mis fotos", "solteiras", "minhas fotos", "mes photos", "meine fotos",
  "φωτογραφίες μου", "мои фото", "صوري", "😘", "💋", "😍", "sugar daddy", "sugar daddies", "sugar baby",
  "sugar babies", "sugar mommy",
  /* "my photos" in Swahili, Filipino, Turkish, Polish, Dutch, Italian,
   * Romanian and Ukrainian */
  "picha zangu", "mga litrato ko", "fotoğraflarım", "moje zdjęcia", "mijn foto's", "le mie foto", "pozele mele",
  "мої фото",
  /* in Thai: a video call, chatting for fun, someone to chat with */
  "วิดีโอคอล", "คุยเล่น", "เพื่อนคุย",
  NULL
};

static const char * const loneliness[] = {
  "lonely", "bored", "someone to talk", "new here", "sozinha", "carente", "einsam", "μοναξιά", "μόνη μου",
  "одинок", "скучно", "ищет друга", "وحيدة", "بالوحدة", "تنها هستم", "yalnızım", "yalnız kaldım", "เหงา",
  "คนเดียว",
  NULL
};

/* In the name of a dating site ("hot-singles-girls.example"): the
 * author's website counts for dating bait only with one of these, a
 * photographer's blog sent to as "my page" is no date */
static const char * const dating_hosts[] = {
  "dating", "girls", "singles", "flirt", "hookup", "brides", "sexy", "lonely", "lovely", "escort", "xxx",
  NULL
};

/* … or one of these as a whole word of the name ("sweet-dates.club",
 * "amour-secret.fr"; not "portvale-updates.org", nor "love", "amor",
 * "date", "citas" or "rencontres": "i-love-ferries.blog", a reader
 * called Amor, a wedding photographer's "save-the-date", a clinic's
 * appointments, a festival) */
static const char * const dating_host_words[] = {
  "dates", "romance", "lovers", "amour", "znakomstva",
  NULL
};

static gboolean
host_reads_as_dating (const char *host)
{
  g_auto(GStrv) words = NULL;

  for (guint i = 0; dating_hosts[i] != NULL; i++)
    {
      if (strstr (host, dating_hosts[i]) != NULL)
        return TRUE;
    }

  words = g_strsplit_set (host, ".-", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (g_strv_contains (dating_host_words, words[i]))
        return TRUE;
    }

  return FALSE;
}

/* An invitation to chat with the author: dating bait with a site of
 * its own to go to or a short link, a reader's with an event page
 * ("chat with me at the stall on Saturday") */
static const char * const invites[] = {
  "chat with me", "chat to me", "video chat", "habla conmigo", "chatea conmigo", "fala comigo", "me chama",
  "пиши мне", "напиши мне", "γράψε μου", "كلمني", "دردشة معي", "با من چت", "schreib mir", "schreibe mir",
  "scrivimi", "écris-moi", "napisz do mnie", "schrijf me", "scrie-mi", "napiš mi", "írj nekem",
  NULL
};

/* A reader quoting the adverts: "hot singles near you? that's what the
 * popups on your site say" */
static const char * const adverts[] = {
  "ads", "adverts", "advert", "advertising", "popups", "pop-ups", "banner",
  NULL
};

/* Where a reader sends the lonely: a help line, not a date */
static const char * const befriending[] = {
  "samaritans", "helpline", "help line", "silver line", "age uk", "befriending", "charity", "support group",
  "volunteer", "volunteers",
  NULL
};

/* Trading, and a testimony of what it brought. Not "invest",
 * "strategy" or "profit", nor a bare "thanks to": "thanks to @LeedsCC
 * for the strategy" and "the non-profit @FoodBank" are readers'. */
static const char * const trading[] = {
  "trading", "trader", "traders", "signals", "forex", "fx", "crypto", "bitcoin", "investing", "broker", "mentor",
  "mentorship", "mentora", "mentoria", "copy-trading", "account manager", "manages accounts", "portfolio",
  "inversión", "invertir", "invirtiendo", "inversiones", "investir", "investindo", "investimento", "operações",
  "трейдинг", "сигнал", "наставник", "инвестиц", "سیگنال", "ترید", "تداول", "فوركس", "συναλλαγ",
  /* in Urdu and Hindi */
  "ٹریڈنگ", "بٹ کوائن", "اکاؤنٹ مینیجر", "ٹریڈر", "ट्रेडिंग", "बिटकॉइन", "अकाउंट मैनेजर", "ट्रेडर",
  NULL
};

static const char * const testimony[] = {
  "now i make", "i now make", "i now earn", "now earn", "make a living", "making a living", "changed my life",
  "life has changed", "my life changed",
  "changed everything", "best decision", "quit my job", "tired of my", "9-5", "9 to 5", "financial freedom",
  "financially free", "paycheck", "big thanks", "all thanks to", "grateful", "profits", "turned my",
  "helped me", "grow my", "grew my", "i have made", "i've made", "i made over", "i received", "earned",
  "withdrew", "taught me", "i'm up", "the real deal", "paid for my", "my new car", "earn from home",
  "highly recommend", "really works", "کمائے", "کمایا", "कमाए", "कमाया",
  "life-changing", "life changing", "paid off", "shout out", "shoutout", "hats off", "ahora gano",
  "dejé mi trabajo", "gano", "cambió mi vida", "mi vida cambió", "testimonio", "hoje vivo", "lucro",
  "deixei meu emprego", "ganho", "minha vida mudou", "mudou minha vida", "testemunho", "βγάζω", "κερδίζω",
  "зарабатываю", "заработал", "درآمد", "ربح", "أرباح", "kumikita na ako", "kumikita ako", "kumita ako",
  NULL
};

/* Sending readers to write to the trader: a testimony's own ending.
 * Not a title ("Mr. Jones from trading standards", "my adviser, Mrs.
 * Hughes at Barclays" are readers'). */
static const char * const refer[] = {
  "dm him", "dm her", "message him", "message her", "text him", "text her", "reach him", "reach her",
  "reach out to him", "reach out to her", "contact him", "contact her", "write to him", "write to her",
  "email him", "email her", "whatsapp him", "whatsapp her", "chama ele", "chama ela", "escríbele",
  "contáctalo", "contáctala", "пишите ему", "пишите ей", "напишите ему", "напишите ей", "راسلوه", "راسلها",
  "στείλτε του", "στείλτε της", "add him", "add her", "add niyo siya", "add nyo siya", "i-add niyo siya",
  NULL
};

/* Money lost, won back, and who won it back: money, not a dog */
static const char * const money[] = {
  "$", "£", "€", "₽", "money", "funds", "savings", "deposit", "investment", "btc", "usdt", "eth", "crypto",
  "bitcoin", "cryptocurrency", "usd", "eur", "gbp", "million", "dollars", "euros", "pounds", "dinero",
  "dinheiro", "dólares", "reais", "mil", "milhões", "criptomonedas", "criptomoedas", "деньги", "денег",
  "сбережения", "рублей", "млн", "тысяч", "миллион", "криптовалют", "أموال", "دولار", "پول", "ارز دیجیتال",
  "χρήματα", "ευρώ",
  NULL
};


static const char * const losses[] = {
  "scammed", "scam", "lost", "fake", "fraud", "stolen", "stole", "estafa", "perdí", "golpe", "perdi",
  "обманули", "потерял", "фальшив", "احتيال", "خسرت", "وهمية", "απάτη", "έχασα", "χάσαμε", "کلاهبرداری",
  "از دست دادم", "جعلی",
  NULL
};

static const char * const recoveries[] = {
  "got it all back", "got it back", "got all my", "got my money back", "got back", "recovered", "retrieved",
  "every penny", "every cent", "every dollar", "all back", "back in full",
  /* "got all of it back", "had them back", "my savings back" */
  "it back", "them back", "money back", "funds back", "savings back",
  "traced", "recuperé", "recuperado", "recuperei", "recuperou", "recuperaram", "devolvieron", "devolveu",
  "вернули", "вернул", "استعدت", "استرجاع", "πήρα πίσω", "πίσω", "επέστρεψ", "برگرداند",
  NULL
};

/* Who won it back: hackers and their like, or a team or an expert,
 * which is no hacker when a bank or the police is named */
static const char * const hackers[] = {
  "hacker", "hackers", "hacking", "recovery", "spy", "spyware", "cyber", "forensic", "retrieval", "wizard",
  "recuperación", "recuperação", "хакер", "هكر", "هاكر", "هکر", "استرداد",
  NULL
};

static const char * const helpers[] = {
  "team", "expert", "experts", "specialist", "specialists", "agency", "equipe", "equipo", "experto",
  "expertos", "especialista", "especialistas", "команда", "специалист", "эксперт", "ομάδα", "ειδικοί",
  "ειδικούς", "فريق", "خبير", "خبراء", "تیم", "متخصص", "کارشناس",
  NULL
};

static const char * const institutions[] = {
  "bank", "police", "ombudsman", "citizens advice", "paypal", "solicitor", "court", "insurer", "banco",
  "policía", "polícia", "банк", "полиция", "τράπεζα", "αστυνομία", "البنك", "الشرطة", "بانک", "پلیس",
  NULL
};

/* Money won back the proper way: a reader's "my solicitor got my money
 * back", not a hacker's customer's "my bank could not help" */
static const char * const proper_recovery[] = {
  "bank got", "bank refunded", "bank recovered", "solicitor got", "lawyer got", "ombudsman got", "police got",
  "police recovered", "refunded me", "chargeback", "buyer protection",
  NULL
};

/* What hackers for hire offer: the first list says it alone, the
 * second with a hacker or a spy named ("remote access" is also what
 * phone scammers ask of the readers who warn of them) */
static const char * const hire[] = {
  "hire a hacker", "hired a hacker", "professional hacker", "hacking service", "hacking services",
  "catch a cheating", "cheating spouse", "cheating partner", "access to her phone", "access to his phone",
  "access to their phone", "without them knowing", "contratar un hacker", "hacker for hire", "hackers for hire",
  "hacker à louer", "hacker de aluguel",
  NULL
};

static const char * const hire_weak[] = {
  "email hacking", "account hacking", "is cheating", "was cheating", "credit repair", "fix your credit",
  "credit score", "school grades", "change grades", "change of grades", "phone hack", "hack into",
  "full access", "remote access", "university grades", "change your grades", "clear a criminal record",
  "clear your criminal record", "hacked instagram", "hacked account",
  NULL
};

/* A reader warning of the recovery scam */
static const char * const warnings[] = {
  "action fraud", "report it", "report them", "beware", "don't fall", "do not fall", "don't pay", "do not pay",
  "never pay", "second scam", "another scam", "no paguéis", "no pagues", "не ведитесь",
  NULL
};

/* Cracked software, the bait of malware sites: one of these names the
 * crack ("crack" alone is also a drug and a police "crack down"; a
 * licence key is what a university buys its students) */
static const char * const cracks[] = {
  "crack", "cracked", "keygen", "key generator", "activator", "pre-activated", "nulled", "warez", "mod apk",
  "взлом", "кряк", "破解",
  NULL
};

/* ...and one of these offers it for download */
static const char * const downloads[] = {
  "free download", "download free", "full version", "download link", "direct download", "download now",
  "latest version", "lifetime", "working 100%", "100% working", "скачать", "descargar", "baixar", "下载",
  NULL
};

/* A reader telling what a crack brought, or of the police */
static const char * const not_cracks[] = {
  "crack down", "cracking down", "cracks down", "crack cocaine", "crack house", "malware", "ransomware", "virus",
  "viruses", "trojan", "infected",
  NULL
};

/* A handle to write to ("@olivia_fx"), not the reply a comment opens
 * with ("@Mike_T I trade a bit too") nor an e-mail address */
static gboolean
has_handle (const char *text)
{
  const char *p = text;

  /* past the handles the comment replies to */
  while (g_ascii_isspace (*p) || *p == '@')
    {
      if (*p == '@')
        {
          while (*p && !g_ascii_isspace (*p))
            p++;
        }
      else
        p++;
    }

  for (p = strchr (p, '@'); p != NULL; p = strchr (p + 1, '@'))
    {
      if ((p == text || !g_ascii_isalnum (p[-1])) && g_ascii_isalnum (p[1]) && g_ascii_isalnum (p[2]) &&
          g_ascii_isalnum (p[3]))
        return TRUE;
    }

  return FALSE;
}

/* An e-mail address in normalised @text */
static gboolean
has_email (const char *text)
{
  for (const char *p = strchr (text, '@'); p != NULL; p = strchr (p + 1, '@'))
    {
      const char *dot = p + 1 + strspn (p + 1, "abcdefghijklmnopqrstuvwxyz0123456789-");

      if (p > text && (g_ascii_isalnum (p[-1]) || strchr ("._-", p[-1])) && g_ascii_isalnum (p[1]) &&
          *dot == '.' && g_ascii_isalpha (dot[1]))
        return TRUE;
    }

  return FALSE;
}

/* Whether normalised @text says whose its short link is: where it was
 * found, or a body that published it ("the council has finally
 * published the list…, it's here: bit.ly/…") or in whose paper it is
 * ("the council's leaflet, bit.ly/…"). A council the comment only
 * argues about ("the council could save the money…, more info
 * shorturl.at/…", "a ridiculous decision by the mayor, full details
 * tinyurl.com/…") does not vouch for it. */
static gboolean
short_link_attributed (const char *text)
{
  if (_byline_spam_terms_found (text, link_sources) > 0)
    return TRUE;

  for (guint i = 0; bodies[i] != NULL; i++)
    {
      gsize len = strlen (bodies[i]);

      for (const char *p = _byline_spam_find (text, bodies[i]); p != NULL; p = strstr (p + len, bodies[i]))
        {
          const char *q = p + len;
          g_autofree char *next = NULL;

          if ((p > text && g_ascii_isalnum (p[-1])) || g_ascii_isalpha (*q))
            continue;
          next = g_strndup (q, 30);
          if (_byline_spam_words_found (next, publishing) > 0 || _byline_spam_words_found (next, body_papers) > 0)
            return TRUE;
        }
    }

  return FALSE;
}

/* @content: @sample's content, normalised; @hosts: the hosts it links
 * to; @outside_links: links to other than official bodies and
 * newspapers. The author's website counts with the links for the
 * shorteners and the endings. */
void
_byline_spam_bait_evidence (const BylineSpamSample *sample,
                            const char             *content,
                            GPtrArray              *hosts,
                            guint                   outside_links,
                            GArray                 *evidence)
{
  g_autofree char *url = _byline_spam_normalize (sample->author_url);
  g_autofree char *site = url[0] != '\0' ? _byline_spam_url_host (url) : NULL;
  g_autofree char *own_blanked = NULL;
  const char *blanked = _byline_spam_indexed_blanked (content);
  gboolean private_contact = _byline_spam_has_private_contact (content);
  gboolean messenger = _byline_spam_has_messenger_contact (content);
  gboolean shortened = FALSE, own_link = FALSE, own_site, warned, recovered, agents, hiring, attributed;
  const char *ending = NULL;

  if (blanked == NULL)
    blanked = own_blanked = _byline_spam_blank_sources (content);

  /* The links in the comment and the author's website */
  for (guint i = 0; i <= hosts->len; i++)
    {
      const char *host = i < hosts->len ? g_ptr_array_index (hosts, i) : site;

      if (host == NULL)
        continue;
      shortened |= _byline_spam_host_is_shortener (host);
      own_link |= i < hosts->len && !_byline_spam_host_is_official (host) && !_byline_spam_host_is_news (host) &&
        !_byline_spam_host_is_platform (host);
      /* (a site named for its author is his own, whatever its ending) */
      if (ending == NULL && !_byline_spam_host_is_own_name (sample, host))
        ending = spam_tld (host, TRUE);
    }

  /* The author's website, when it is not a public body's, a newspaper's
   * or a platform's */
  own_site = site != NULL && !_byline_spam_host_is_official (site) && !_byline_spam_host_is_news (site) &&
    !_byline_spam_host_is_platform (site);

  /* A reader passing on the council's short link says whose it is; one
   * quoting a scam's says it is one */
  warned = _byline_spam_terms_found (content, gift_warnings) > 0 && _byline_spam_terms_found (content, vouching) == 0;
  attributed = shortened && short_link_attributed (content);
  if (shortened && !warned && !attributed)
    _byline_spam_add_evidence (evidence, 0.45,
                               g_strdup (_("links through a link shortener, which hides where it goes")));
  /* "SHOCKING: what they didn't tell you, full video 👉 t.ly/…": a
   * reader links where a story is, and says whose it is */
  if (!warned && (shortened || own_link) &&
      (_byline_spam_terms_found (content, clickbait) >= 2 ||
       (shortened && _byline_spam_terms_found (content, clickbait) > 0 && !attributed)))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("baits readers with a scandal or a hidden video behind a link")));

  /* A reader mocks the adverts ("ignore the 'doctors hate this trick'
   * ads"): the trick sold has a link or an address of its own */
  if ((shortened || own_link || private_contact) && !warned && _byline_spam_terms_found (content, adverts) == 0 &&
      (_byline_spam_terms_found (content, miracle_tricks) > 0 || outraged_trick (content)) &&
      _byline_spam_terms_found (content, trick_outcomes) > 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("sells a cure as a “trick doctors hate”, with a link")));

  if ((outside_links > 0 || private_contact) && _byline_spam_terms_found (content, claim_steps) > 0 &&
      _byline_spam_terms_found (content, claimed_money) > 0 && _byline_spam_terms_found (content, claim_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("asks readers to scan a code or give bank details to claim money")));

  if (ending != NULL && !warned)
    _byline_spam_add_evidence (evidence, 0.45,
                               /* Translators: %s is the end of a web address, as xyz or top */
                               g_strdup_printf (_("links to a site ending in “.%s”, an ending spammers favour"),
                                                ending));

  /* Somewhere to claim the gift, and no warning of it; a reward for
   * the writer's lost dog is none */
  if ((outside_links > 0 || private_contact) && !warned && !_byline_spam_tells_of_lost (content) &&
      _byline_spam_terms_found (content, gifts) > 0 && _byline_spam_terms_found (content, draws) == 0)
    {
      guint signs = (_byline_spam_terms_found (content, free_words) > 0) + (_byline_spam_terms_found (content, bait_actions) > 0);

      /* Free and to be claimed, or only one of them */
      if (signs > 0)
        _byline_spam_add_evidence (evidence, signs == 2 ? 0.5 : 0.3,
                                   g_strdup (_("offers a free gift card, phone or prize for a survey or a click")));
    }

  /* Dating bait also sends readers to "my page" on a dating site in the
   * author's website field, with no link in the text */
  if ((outside_links > 0 || messenger || private_contact ||
       (own_site && host_reads_as_dating (site) && _byline_spam_promotion (content) > 0)) &&
      !warned && _byline_spam_terms_found (content, adverts) == 0 &&
      _byline_spam_terms_found (content, befriending) == 0 &&
      (_byline_spam_terms_found (content, dating_strong) > 0 || _byline_spam_terms_found (content, flirting) >= 2 ||
       (_byline_spam_terms_found (content, flirting) > 0 && _byline_spam_terms_found (content, loneliness) > 0) ||
       (own_link && _byline_spam_terms_found (content, invites) > 0)))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("invites readers to a chat, a date or private photos, with a link or an "
                                           "address")));

  /* A handle, a number or an address to write to, not a web address
   * ("the Prince's Trust's mentor scheme, princes-trust.org.uk/…") nor
   * a charity's that helped a reader */
  if ((messenger || has_handle (blanked) || has_email (blanked) || _byline_spam_has_phone (blanked)) &&
      _byline_spam_terms_found (content, own_contact) == 0 && _byline_spam_terms_found (content, trading) > 0 &&
      (_byline_spam_terms_found (content, testimony) > 0 || _byline_spam_terms_found (content, refer) > 0) &&
      !_byline_spam_names_public_help (content))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("praises a trader or a mentor and gives a handle or a number to write "
                                           "to")));

  /* A reader who names a crack and a download warns of it, or links to
   * no site of its own: a link to click is the bait */
  if (own_link && !warned && _byline_spam_terms_found (content, cracks) > 0 && _byline_spam_terms_found (content, downloads) > 0 &&
      _byline_spam_terms_found (content, not_cracks) == 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("offers cracked software or keys to download, as malware sites do")));

  /* A story of money won back says more than an offer of hacking */
  agents = _byline_spam_terms_found (content, hackers) > 0 ||
    (_byline_spam_terms_found (content, helpers) > 0 && _byline_spam_terms_found (content, institutions) == 0);
  recovered = agents && _byline_spam_terms_found (content, losses) > 0 && _byline_spam_terms_found (content, recoveries) > 0 &&
    _byline_spam_terms_found (content, money) > 0 && _byline_spam_terms_found (content, proper_recovery) == 0;
  hiring = !warned && (_byline_spam_terms_found (content, hire) > 0 ||
                       (_byline_spam_terms_found (content, hackers) > 0 && _byline_spam_terms_found (content, hire_weak) > 0));
  if (private_contact && _byline_spam_terms_found (content, warnings) == 0 && _byline_spam_terms_found (content, own_contact) == 0 &&
      (recovered || hiring))
    _byline_spam_add_evidence (evidence, recovered ? 0.55 : 0.5,
                               g_strdup (_("tells of money won back by hackers, or offers hacking for hire, with "
                                           "an address")));
}
