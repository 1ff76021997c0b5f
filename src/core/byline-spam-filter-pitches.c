/* byline-spam-filter-pitches.c: the pitches of 2026: praise a language
 * model wrote, offers to the site's owner, gambling in the scripts of
 * East, South-East and South Asia, goods no honest shop sells, apps to install,
 * AI "humanizers", referral codes, celebrities' fake schemes, group chats to invest in,
 * a firm's own services "starting at" a price, a coach's free guide to
 * download, a bonus at a site named for betting
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "This piece offers a nuanced perspective on…, it resonates deeply
 * with the work we do at…"; "we would love to contribute a guest post
 * on a topic of your choice"; "안전한 토토사이트, 첫충 보너스"; "CBD oil,
 * 20% off this week"; "earn $30 just for installing this game". Readers
 * write of all of these too (a gambling son, a diploma mill, a guest
 * post offer deleted): each idea counts only with somewhere to go or to
 * write, and the language a model praises with only when it is thick.
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "byline-spam-filter-private.h"

/* The stock phrases of praise a language model writes, restating the
 * article: readers use one now and then, a model three in two lines */
static const char * const model_praise[] = {
  "nuanced perspective", "nuanced look", "nuanced take", "fresh perspective", "thought-provoking",
  "resonates deeply", "resonated deeply", "often overlooked", "often-overlooked", "sheds light on",
  "delves into", "delve into", "valuable insights", "insightful read", "insightful article", "insightful piece",
  "well-articulated", "compelling read", "what stands out", "stands out in this", "your exploration of",
  "genuinely balanced", "balanced and insightful", "for readers who want to explore", "explore the topic further",
  "highlights the importance", "in today's fast-paced", "navigating the complexities", "a testament to",
  "offers a nuanced", "carefully weighs", "i truly appreciate how", "underscores the importance",
  "una perspectiva matizada", "perspectiva enriquecedora", "invita a la reflexión", "aporta una perspectiva",
  "une perspective nuancée", "invite à la réflexion", "apporte un éclairage", "uma perspectiva valiosa",
  "convida à reflexão", "perspectiva equilibrada", "offre una prospettiva", "spunti di riflessione",
  "differenzierte perspektive", "differenzierten blick", "regt zum nachdenken an", "wertvolle einblicke",
  "bietet eine differenzierte", "взвешенный взгляд", "заставляет задуматься",
  /* the same, as later models word it */
  "unpacks the complexities", "without oversimplifying", "a timely reminder",
  "i appreciate how", "captures the essence", "deeply insightful", "eloquently", "meticulously researched",
  "pone de relieve", "se pasan por alto", "mirada profunda", "deseen profundizar", "análisis profundo",
  "lança luz sobre", "análise aprofundada", "desejam aprofundar", "met en lumière", "souvent négligé",
  "souhaitent approfondir", "oft übersehen", "tiefer einsteigen", "mette in luce", "spesso trascurati",
  "desiderano approfondire",
  "shedding light on", "such an important issue",
  /* a model's summary of a story, and its way to the link it places */
  "pressing challenges", "it is encouraging to see", "it's encouraging to see", "proactive steps",
  "a collaborative approach", "highlight the urgent need", "highlights the urgent need", "for more insights",
  NULL
};

/* A model's summary of a policy story, in the jargon a council's own
 * report uses too: a reader quoting the report uses two, a model's
 * paragraph three or more */
static const char * const model_summary[] = {
  "multifaceted challenges", "the delicate balance between", "a holistic approach", "navigating these complexities",
  "will ultimately hinge on", "ultimately hinges on", "underscores the delicate", "plays a pivotal role",
  /* and a model's digest of the story ("provides a comprehensive
   * overview…; key points include…") */
  "comprehensive overview", "key points include", "the success of this initiative", "valid concerns raised",
  /* and its weighing of both sides to a close ("…a sustainable path
   * forward for all stakeholders") */
  "sustainable path forward", "for all stakeholders", "a disproportionate burden", "strikes a delicate balance",
  /* and its sombre close on a closure, with the resource it then places
   * (a reader finds the story "a sobering reminder" too, once) */
  "a sobering reminder", "rapidly evolving", "no longer optional", "navigating this transition",
  "a helpful resource", "may benefit those affected",
  /* and its weighing of a cap or a ban ("a pivotal moment… striking the
   * right balance requires…"), to a guide it then links */
  "a pivotal moment", "the ongoing conversation", "striking the right balance", "stakeholder engagement",
  "a long-term vision", "for a deeper dive", "comprehensive guide",
  /* and its look at a price rise ("offers a compelling look at … a
   * broader shift toward … valuable lessons for cities worldwide") */
  "a compelling look", "a broader shift", "raise important questions", "raises important questions",
  "valuable lessons", "the evolving role",
  NULL
};

/* Praise readers write too, which counts only beside a model's voice
 * "as a" professional */
static const char * const plain_praise[] = {
  "great insights", "very informative", "well researched", "well-researched", "great read", "thank you for sharing",
  "great points", "great post", "great article", "couldn't agree more", "could not agree more", "completely agree",
  NULL
};

/* A reader's own life, which praise a model writes to order has none
 * of: "my mother is one", "I wrote about it on my blog" */
static const char * const own_life[] = {
  "my mother", "my father", "my mum", "my dad", "my son", "my daughter", "my husband", "my wife", "my own",
  "i wrote about", "i wrote on", "when i was", "mi madre", "mi padre", "minha mãe", "meu pai", "ma mère",
  "mon père", "meine mutter", "mein vater", "mia madre", "mio padre",
  NULL
};

/* Offers to the site's owner to publish something for pay: guest posts
 * and collaborations, as agencies write them */
static const char * const outreach[] = {
  "guest post", "guest article", "sponsored article", "sponsored post", "sponsored content", "guest posts",
  "guest articles", "sponsored articles", "sponsored posts", "articles sponsorisés",
  "paid collaboration", "would love to collaborate", "open to a collaboration",
  "pay for a mention", "a mention with a link", "topic of your choice", "contribute a guest",
  "contribute a high-quality", "kindly reply", "publish an article on your", "artículo patrocinado",
  "colaboración pagada", "artigo patrocinado", "article sponsorisé", "article invité", "gastbeitrag",
  "gastartikel", "gastbeiträge", "gastartikels", "articolo ospite", "artículo invitado", "artigo convidado",
  "gastblog", "gastpost",
  "gesponserten artikel", "articolo sponsorizzato", "tanıtım yazısı", "artikel sponsor",
  /* a PR agency placing a client's article */
  "reaching out on behalf", "on behalf of a client", "on behalf of our client", "feature an article",
  "per placement", "link placement", "your publication", "your terms", "en nombre de un cliente",
  "au nom d'un client", "im auftrag eines kunden",
  NULL
};

/* The site's price asked for, in the agencies' words */
static const char * const price_asks[] = {
  "your price", "your prices", "your rate", "your rates", "your fee", "what is your price", "su tarifa",
  "sus tarifas", "su precio", "vos tarifs", "votre tarif", "votre prix", "ihre preise", "ihren preis",
  "ihre konditionen", "il vostro prezzo", "le vostre tariffe", "o seu preço", "os seus preços", "sua tabela",
  "uw tarieven", "uw prijs",
  NULL
};

/* Gambling in Korean, Thai, Chinese and Japanese, Hindi, Bengali and
 * Urdu, the slot "platforms" of Brazil, and casinos and bookmakers in
 * Europe's languages (Greek's "στοίχημα", a bet, by its stem: its
 * endings change)... */
static const char * const gambling[] = {
  "토토", "먹튀", "카지노", "바카라", "슬롯", "배팅", "베팅", "스포츠토토", "สล็อต", "บาคาร่า", "คาสิโน", "แทงบอล", "เว็บพนัน",
  "娱乐城", "博彩", "百家乐", "真人荷官", "赌场", "葡京", "线上娱乐", "カジノ", "スロット", "バカラ",
  "कैसीनो", "कसीनो", "कैसिनो", "बेटिंग", "सट्टा", "तीन पत्ती", "जुआ", "ক্যাসিনো", "ক্যাসিনোতে", "বেটিং", "জুয়া",
  "کیسینو", "کسینو", "بیٹنگ", "سٹہ", "tigrinho", "fortune tiger", "fortune ox", "cassino", "plataforma de apostas",
  "casino", "casinos", "kasyno", "kasyna", "kasynie", "kasino", "casinò", "cazino", "cazinou", "kaszinó", "kazino",
  "kasiino", "bukmacher", "zakłady bukmacherskie", "sportwetten", "wettanbieter", "scommesse", "apuestas",
  "paris sportifs", "pariuri", "sázky", "fogadás", "مراهنات", "المراهنات", "كازينو", "الكازينو", "رهانات",
  "казино", "букмекер", "ставки на спорт", "bahis", "iddaa", "judi online", "situs judi", "taruhan", "nhà cái",
  "cá cược", "sòng bạc", "στοίχημα", "στοιχήματ", "στοιχηματ", "καζίνο", "φρουτάκια",
  NULL
};

/* ...and what a gambling site offers to sign up: a bonus, a first
 * deposit, a sign-up */
static const char * const gambling_offers[] = {
  "보너스", "첫충", "가입", "입금", "โบนัส", "สมัคร", "เครดิตฟรี", "ฝากถอน", "首存", "注册", "即送", "体验金", "入金", "ボーナス", "登録",
  "बोनस", "पहली जमा", "रजिस्टर", "বোনাস", "রেজিস্টার", "প্রথম ডিপোজিট", "بونس", "رجسٹر", "bônus", "cadastre",
  "cadastro", "primeiro depósito", "saque rápido", "saque na hora",
  "free spins", "darmowe spiny", "darmowych spinów", "freispiele", "giri gratis", "giros gratis", "tiradas gratis",
  "rodadas grátis", "tours gratuits", "rotiri gratuite", "ingyenes pörgetés", "gratis spins", "zatočení zdarma",
  "welcome bonus", "bonus powitalny", "willkommensbonus", "bonus di benvenuto", "bono de bienvenida",
  "bonus de bienvenue", "welkomstbonus", "bonus de bun venit", "first deposit", "pierwszy depozyt", "ersteinzahlung",
  "primo deposito", "primer depósito", "premier dépôt", "no deposit", "bez depozytu", "ohne einzahlung",
  "senza deposito", "sin depósito", "sans dépôt", "zarejestruj się", "jetzt registrieren", "registrati ora",
  "regístrate", "inscrivez-vous", "registreer nu", "înregistrează-te", "regisztrálj", "مكافأة ترحيبية",
  "مكافأة", "سجل الآن", "أول إيداع", "لفات مجانية", "фриспины", "без депозита", "первый депозит",
  "deneme bonusu", "hoş geldin bonusu", "bonus new member", "deposit pertama", "khuyến mãi", "thưởng nạp",
  "πρώτη κατάθεση", "πρώτη σας κατάθεση", "δωρεάν περιστροφές", "χωρίς κατάθεση", "μπόνους καλωσορίσματος",
  NULL
};

/* ...or a bonus "of 200%" */
static const char * const bonus_words[] = {
  "bonus", "bonusu", "bono", "bônus", "bonos", "бонус", "μπόνους",
  NULL
};

/* ...and what a reader writing of gambling's harm says: addiction, debt,
 * losses, the police */
static const char * const gambling_harm[] = {
  "중독", "빚", "도박 문제", "신고", "단속", "ติดการพนัน", "หนี้", "ตำรวจ", "เสียเงิน", "输", "戒赌", "欠债", "报警",
  "依存症", "借金", "警察", "कर्ज", "क़र्ज़", "कर्ज़", "लत", "पुलिस", "बर्बाद", "ঋণ", "আসক্ত", "পুলিশ", "নিঃস্ব",
  "قرض", "پولیس", "برباد", "vício", "viciad", "dívida", "perdeu", "perdi", "polícia", "golpe", "proibi",
  "addiction", "addicted", "debt", "debts", "lost everything", "police", "uzależn", "długi", "długów", "policja",
  "sucht", "süchtig", "schulden", "polizei", "dipendenza", "debiti", "polizia", "ludopatía", "adicción", "deudas",
  "policía", "dépendance", "dettes", "verslaafd", "politie", "dependență", "datorii", "poliția", "závislost",
  "dluhy", "függőség", "adósság", "rendőrség", "closed", "zamknięte", "geschlossen", "chiuso", "cerrado", "fermé",
  "проиграл", "проиграла", "проигрыш", "зависимост", "долг", "ловушка", "лудоман", "خسر", "خسرت", "إدمان",
  "يجب منع", "ديون", "kaybetti", "bağımlılık", "borç", "kecanduan", "kehilangan", "merusak", "nghiện", "mất hết",
  "εθισμ", "εθίστ", "χρέη", "χρέος", "αστυνομία", "έχασε", "έχασα", "απάτη",
  NULL
};

/* ...and, beside a betting site's bare name, a reader's loss, a family's
 * or a call to ban it */
static const char * const gambling_readers[] = {
  "lost", "losing", "ban", "banned", "regulator", "complaint", "report", "my son", "my daughter", "my husband",
  "my wife", "my brother",
  NULL
};

/* Goods no honest shop sells: cannabis oils, papers and degrees had
 * without an exam (copies of brands are in byline-spam-filter-lures.c) */
static const char * const cannabis[] = {
  "cbd oil", "cbd gummies", "full-spectrum cbd", "cbd öl", "aceite de cbd", "huile de cbd", "óleo de cbd",
  "thc gummies", "delta-8", "kratom",
  NULL
};

static const char * const papers[] = {
  "registered passports", "real passports", "fake passport", "fake passports", "fake id", "fake ids",
  "id cards", "driver's licences", "driver's licenses", "driving licences", "ielts certificate",
  "ielts certificates", "toefl certificate", "toefl certificates", "without the exam", "without an exam",
  "without exam", "no classes", "without classes", "without attending", "accredited degree", "verified degree",
  "degree without", "diploma without", "life experience degree", "sin examen", "sin asistir", "sans examen",
  "ohne prüfung", "sem prova", "без экзаменов",
  NULL
};

/* What makes naming them a sale */
static const char * const selling[] = {
  "buy", "order", "i order mine", "off", "discount", "price", "prices", "shipped", "we ship",
  "catalogue", "get a", "available", "visit", "email", "paypal accepted", "compra", "comprar", "achetez", "kaufen",
  NULL
};

/* Coursework done for the student by someone paid to: "her
 * dissertation done by an expert" */
static const char * const coursework[] = {
  "essay", "essays", "dissertation", "thesis", "assignment", "assignments", "coursework", "homework",
  "tesis", "trabajo de grado", "tcc", "mémoire", "hausarbeit", "bachelorarbeit", "masterarbeit", "tesi",
  NULL
};

static const char * const done_for_you[] = {
  "done by an expert", "done by experts", "done by a professional", "written by an expert", "written by experts",
  "written by a professional", "we write your", "we do your",
  "we'll write your", "we will write your", "hecha por expertos", "feito por especialistas",
  "rédigé par un expert", "schreiben lassen",
  NULL
};

/* An essay mill's own words for its work */
static const char * const mill_words[] = {
  "our writers", "our expert writers", "our academic writers", "original papers", "plagiarism-free",
  "plagiarism free", "nuestros redactores", "nos rédacteurs", "unsere autoren",
  NULL
};

/* Installing an app or a game for money */
static const char * const installs[] = {
  "download this app", "download the app", "install this app", "install the app", "for installing",
  "download this game", "app download", "descarga la app", "descarga la aplicación", "baixe o app",
  "baixe o aplicativo", "téléchargez l'application", "app herunterladen", "डाउनलोड करें", "ऐप डाउनलोड",
  "ڈاؤن لوڈ کریں", "حمل التطبيق", "unduh aplikasi", "pakua app", "pakua programu",
  NULL
};

static const char * const install_rewards[] = {
  "earn", "cashback", "bonus", "paid", "free money", "referral", "gana", "ganhe", "gagnez", "verdiene",
  "बोनस", "कमाएं", "कमाएँ", "कैशबैक", "مكافأة", "rupees",
  "bonasi", "zawadi",
  NULL
};

/* A tool one built, offered to the owners of websites */
static const char * const own_tools[] = {
  "i built a free tool", "i made a free tool", "i built a tool", "i made a tool", "i created a free tool",
  "i created a tool", "my free tool", "our free tool", "try my tool", "try our tool",
  NULL
};

static const char * const site_owners[] = {
  "your site", "own site", "your website", "own website", "site's speed", "site speed", "page speed",
  "broken links", "backlinks", "rankings", "seo", "domain authority",
  NULL
};

/* The writer speaking for a firm */
static const char * const firm[] = {
  "we", "our", "us",
  NULL
};

/* A price as a firm's advert gives it, the least it costs ("starting
 * at $799", "packages from £299"), followed by the sum */
static const char * const starting_prices[] = {
  "starting at", "starting from", "starts at", "starts from", "from just", "from only", "packages from",
  "plans from", "prices from", "à partir de", "a partir de", "desde solo", "ab nur",
  NULL
};

/* ...which a customer complaining of one does not give */
static const char * const price_complaints[] = {
  "scam", "scams", "ripped off", "overcharged", "rip-off", "avoid", "hidden fees", "complaint", "refund",
  NULL
};

/* Whether normalised @text gives a price after one of starting_prices
 * ("starting at $799", "from just 49 €") */
static gboolean
gives_starting_price (const char *text)
{
  for (guint i = 0; starting_prices[i] != NULL; i++)
    {
      gsize len = strlen (starting_prices[i]);

      for (const char *p = _byline_spam_find (text, starting_prices[i]); p != NULL;
           p = strstr (p + len, starting_prices[i]))
        {
          const char *q = p + len;

          if (p > text && g_ascii_isalnum (p[-1]))
            continue;
          while (*q == ' ')
            q++;
          if (g_ascii_isdigit (*q) || *q == '$' || g_str_has_prefix (q, "£") || g_str_has_prefix (q, "€"))
            return TRUE;
        }
    }

  return FALSE;
}

/* Whether @sample's website is a site of its own: not an official
 * body's nor a platform's page */
static gboolean
site_is_own (const BylineSpamSample *sample)
{
  g_autofree char *url = _byline_spam_normalize (sample->author_url);
  g_autofree char *site = url[0] != '\0' ? _byline_spam_url_host (url) : NULL;

  return site != NULL && !_byline_spam_host_is_official (site) && !_byline_spam_host_is_platform (site);
}

/* Whether the author's name, a firm's ("DrainPro Malta"), is in
 * normalised @text: the firm speaking of itself in the third person
 * ("DrainPro Malta offers…") as other firms say "we" */
static gboolean
names_itself (const BylineSpamSample *sample,
              const char             *text)
{
  g_autofree char *name = _byline_spam_normalize (sample->author_name);

  g_strstrip (name);
  return strlen (name) >= 5 && strchr (name, ' ') != NULL && _byline_spam_contains_word (text, name);
}

/* Sending readers through the author's own referral link */
static const char * const referral[] = {
  "with my link", "using my link", "through my link", "use my link", "my referral link", "my affiliate link",
  "con mi enlace", "com meu link", "avec mon lien", "mit meinem link", "con il mio link", "benim linkimle",
  NULL
};

/* Text a language model wrote, made to pass for a student's: the
 * detectors named and beaten */
static const char * const humanizers[] = {
  "undetectable", "humanizer", "humaniser", "humanize ai", "humanise ai", "ai humanizer", "bypass ai",
  "bypass every ai", "ai detector", "ai detectors", "ai detection", "turnitin", "gptzero", "zerogpt",
  "originality.ai", "copyleaks",
  NULL
};

/* ...by its makers, in their words (not a lecturer's "our university",
 * "a free humanizer") */
static const char * const humanizer_offers[] = {
  "try it", "try our", "try for free", "try free", "rewrites", "in seconds", "sign up", "our tool",
  "our humanizer", "our ai", "100% undetectable", "fully undetectable",
  NULL
};

/* A reader's word for it: students caught, teachers fooled */
static const char * const humanizer_warnings[] = {
  "caught", "cheat", "cheating", "cheated", "fool", "teacher", "teachers", "my son", "my daughter", "expelled",
  "lecture", "lecturer", "university", "students", "exam", "exams",
  NULL
};

/* A shop's or an app's code for new customers, passed on by the one
 * whom it pays... */
static const char * const own_codes[] = {
  "my code", "my invite code", "my referral code", "my promo code", "my coupon code", "referral code",
  "invite code", "mi código", "meu código", "mon code", "meinen code", "il mio codice", "mon code parrain",
  "code parrain",
  NULL
};

/* ...with what it gets the newcomer */
static const char * const code_rewards[] = {
  "coupon", "coupons", "coupon bundle", "checkout", "new users", "new user", "new customers", "first order",
  "free shipping", "cashback", "bonus", "credit", "discount", "temu", "shein", "paste", "sign up", "cupón",
  "cupom", "nuevos usuarios", "novos usuários", "nouveaux utilisateurs", "neukunden",
  /* "5 € offerts", the sign-up, the sponsor's code */
  "offert", "offerts", "inscription", "code parrain", "parrainage",
  NULL
};

/* Someone famous said to back a scheme, as the fake adverts have them */
static const char * const famous[] = {
  "elon musk", "martin lewis", "jeff bezos", "bill gates", "warren buffett", "mark zuckerberg",
  "richard branson", "dragons' den", "dragons den", "shark tank", "jeremy clarkson", "gordon ramsay",
  "mrbeast", "mr beast", "cristiano ronaldo", "rishi sunak", "keir starmer", "deborah meaden",
  "steven bartlett", "σε ζωντανή εκπομπή", "σε ζωντανη εκπομπη",
  /* a programme or a paper said to have told of it ("as seen on", not
   * a programme's name, which readers write of its news), and the
   * unnamed expert it put on air */
  "as seen on", "as featured on", "as featured in", "money expert", "financial expert", "money-saving expert",
  NULL
};

/* ...an investment... */
static const char * const schemes[] = {
  "trading platform", "ai trading", "trading app", "trading bot", "auto-trading", "invest", "investment",
  "investing", "crypto", "bitcoin", "btc", "eth", "platform", "app", "this app", "system",
  "πλατφόρμα", "πλατφορμα", "κρυπτονομίσματα", "κρυπτονομισματα",
  NULL
};

/* ...sold with a big return and a secret about to be shut down (not
 * "start with a savings account", "the best deposit rates", nor a
 * Dragon who "backed" a firm that "turns" waste into compost) */
static const char * const scheme_pitches[] = {
  "earning", "earn", "earns", "revealed", "secret", "before the banks", "shut it down", "banned", "double",
  "doubled", "a day", "per day", "daily", "a week", "per week", "weekly", "giving back", "loophole",
  "hate it", "hate this", "banks hate", "τον μήνα", "οι τράπεζες θέλουν", "πριν χαθεί", "πριν χαθει",
  NULL
};

/* ...not a reader warning of the fakes (whole words: "report" is in
 * many a scheme's own address) */
static const char * const famous_warnings[] = {
  "fake", "fakes", "scam", "scams", "scammer", "scammers", "never", "deepfake", "deepfakes", "not real",
  "impersonate", "impersonates", "impersonating", "impersonation", "beware", "lawsuit", "sued", "suing",
  "απάτη", "απατη", "απατεώνες", "ψεύτικη", "ψεύτικο", "ψευτικη", "ψευτικο",
  NULL
};

/* Groups one is asked into, on the messengers... */
static const char * const group_links[] = {
  "signal.group/", "chat.whatsapp.com/", "t.me/+", "t.me/joinchat", "discord.gg/", "discord.com/invite/",
  NULL
};

static const char * const group_invites[] = {
  "join our group", "join our channel", "join our discord", "join our signal", "join our telegram",
  "join our community", "join my group", "join my channel", "join the group", "private group",
  "investment circle", "private circle", "vip group", "vip channel", "limited seats", "limited spots",
  NULL
};

/* ...to make money together... */
static const char * const group_money[] = {
  "invest", "investment", "investing", "trading", "trade", "crypto", "presale", "profit", "profits", "returns",
  "signals", "calls", "pump", "gains", "forex",
  NULL
};

/* ...with the hype of the trade (an investment club promises none) */
static const char * const group_hype[] = {
  "100x", "10x", "gems", "pump", "presale", "signals", "calls", "guaranteed", "moon", "accuracy",
  NULL
};

/* A free guide, the bait a coach or a marketer gives for a reader's
 * address... */
static const char * const lead_magnets[] = {
  "free guide", "free ebook", "free e-book", "free pdf", "free checklist", "free cheat sheet", "free workbook",
  "free masterclass", "free webinar", "free blueprint", "free playbook", "free mini-course", "free training",
  "guía gratuita", "guía gratis", "ebook gratis", "ebook gratuito", "guide gratuit", "e-book gratuit",
  "kostenloser leitfaden", "kostenloses e-book", "kostenloses ebook", "guida gratuita", "бесплатный гайд",
  NULL
};

/* ...had at a link ("instant download", "grab your copy")... */
static const char * const lead_gates[] = {
  "download", "instant download", "free download", "grab your copy", "get your copy", "claim your copy",
  "get instant access", "enter your email", "descarga", "descargar", "téléchargez", "télécharger",
  "herunterladen", "scarica", "скачать",
  NULL
};

/* ...and sold as a marketer sells it: copies running out, or the
 * writer's own guide promising growth (a trade body's guide is neither
 * scarce nor the reader's own, however it says to "grow your stall") */
static const char * const lead_scarcity[] = {
  "copies left", "spots left", "places left", "limited copies", "only a few left", "for a limited time",
  "this week only", "before it's gone", "quedan pocas", "plus que quelques", "nur noch wenige",
  NULL
};

static const char * const lead_growth[] = {
  "double your", "double their", "triple your", "triple their", "10x your", "skyrocket", "duplica tus",
  "doublez vos", "verdoppeln sie", "raddoppia",
  NULL
};

static const char * const lead_own[] = {
  "i wrote", "i've written", "i have written", "i put together", "i've put together", "i created", "my free",
  "our free", "he escrito", "j'ai écrit", "ich habe geschrieben", "ho scritto",
  NULL
};

/* ...which a reader warning of the download does not */
static const char * const lead_warnings[] = {
  "scam", "scams", "fake", "malware", "virus", "don't download", "do not download", "don't click", "do not click",
  NULL
};

/* How many of model_summary normalised @text holds outside quotation
 * marks: a reader quotes the council's report ("'a sustainable path
 * forward for all stakeholders', they call it"); a model writes it */
static guint
summary_unquoted (const char *text)
{
  g_autofree char *own = NULL;
  gboolean quoted = FALSE;

  if (_byline_spam_words_found (text, model_summary) < 3)
    return 0;
  own = g_strdup (text);
  for (char *p = own; *p; p++)
    {
      /* (a single quotation mark opens after a space and closes before
       * one: the apostrophe of "council's" is neither) */
      gsize mark = *p == '"' ? 1 : g_str_has_prefix (p, "“") || g_str_has_prefix (p, "”") ? 3 :
        *p == '\'' && (quoted ? !g_ascii_isalnum (p[1]) : p == own || !g_ascii_isalnum (p[-1])) ? 1 : 0;

      if (mark > 0)
        {
          quoted = !quoted;
          p += mark - 1;
        }
      else if (quoted)
        *p = ' ';
    }

  return _byline_spam_words_found (own, model_summary);
}

/* Whether normalised @text gives a percentage ("300%", "92 %") */
static gboolean
has_percentage (const char *text)
{
  for (const char *p = strchr (text, '%'); p != NULL; p = strchr (p + 1, '%'))
    {
      const char *d = p;

      if (d > text && d[-1] == ' ')
        d--;
      if (d > text && g_ascii_isdigit (d[-1]))
        return TRUE;
    }

  return FALSE;
}

/* Whether one of @codes in normalised @text is followed by a code, a
 * word of letters and digits ("my code acm738291"), not "my code
 * didn't work" */
static gboolean
gives_own_code (const char *text)
{
  for (guint i = 0; own_codes[i] != NULL; i++)
    {
      gsize len = strlen (own_codes[i]);

      for (const char *p = _byline_spam_find (text, own_codes[i]); p != NULL; p = strstr (p + len, own_codes[i]))
        {
          const char *q = p + len;
          guint letters = 0, digits = 0;

          while (*q == ' ' || *q == ':' || *q == '"' || *q == '\'')
            q++;
          for (; g_ascii_isalnum (*q); q++)
            {
              letters += g_ascii_isalpha (*q);
              digits += g_ascii_isdigit (*q);
            }
          /* (a code, "GAIN5", "SAVE20": a figure in it; no word) */
          if (letters + digits >= 5 && digits >= 1 && (*q == '\0' || !_byline_spam_is_word_char (g_utf8_get_char (q))))
            return TRUE;
        }
    }

  return FALSE;
}

/* Whether normalised @text speaks "as a" profession before its point:
 * "as a financial advisor, i…", "as an engineer, i…" (a comma
 * within three words), "as a roofer with 20 years of experience i…" */
static gboolean
speaks_as_professional (const char *text)
{
  for (const char *p = strstr (text, "as a"); p != NULL; p = strstr (p + 1, "as a"))
    {
      const char *q = p + 4;
      guint spaces = 0;

      if (p > text && _byline_spam_is_word_char (g_utf8_get_char (g_utf8_prev_char (p))))
        continue;
      if (*q == 'n')
        q++;
      if (*q != ' ')
        continue;
      for (q++; *q && *q != ',' && *q != '.' && spaces <= 3; q++)
        spaces += *q == ' ';
      if (*q == ',' && spaces <= 3 && g_str_has_prefix (q, ", i "))
        return TRUE;
      {
        const char *years = strstr (p, " years of experience ");

        if (years != NULL && years - p < 48 && memchr (p, '.', years - p) == NULL &&
            g_str_has_prefix (years + strlen (" years of experience "), "i "))
          return TRUE;
      }
    }

  return FALSE;
}

/* Whether the evidence holds @reason already (a sibling rule gave it) */
static gboolean
has_evidence (GArray     *evidence,
              const char *reason)
{
  for (guint i = 0; i < evidence->len; i++)
    {
      if (g_strcmp0 (g_array_index (evidence, Evidence, i).reason, reason) == 0)
        return TRUE;
    }

  return FALSE;
}

/* @content: normalised; @outside_links: links to other than official
 * bodies and newspapers */
void
_byline_spam_pitch_evidence (const BylineSpamSample *sample,
                             const char             *content,
                             guint                   outside_links,
                             GArray                 *evidence)
{
  gboolean has_site = sample->author_url != NULL && sample->author_url[0] != '\0';
  gboolean somewhere = outside_links > 0 || has_site || _byline_spam_has_private_contact (content);
  guint praise, pitches, summary;
  gboolean own_life_told;

  /* The code in the comment is what earns, with no link at all: "new
   * users get a coupon bundle with my code …" */
  if (gives_own_code (content) && _byline_spam_words_found (content, code_rewards) >= 2)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("passes on the author’s own referral code for a shop or an app")));

  /* An agency asks the site's price for its guest post, the answer to
   * go to the address in the form: a reader offering a column asks
   * none */
  if (_byline_spam_words_found (content, outreach) > 0 && _byline_spam_words_found (content, price_asks) > 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("asks the site’s price for a guest post or a paid article")));

  if (!somewhere)
    return;

  /* One stock phrase is a reader's; three in a short comment are a
   * model's, and the link after them is what it was asked to place,
   * unless the writer goes on to her own life */
  praise = _byline_spam_words_found (content, model_praise);
  if ((summary = summary_unquoted (content)) >= 3)
    praise += summary;
  own_life_told = _byline_spam_words_found (content, own_life) > 0;
  if (own_life_told)
    praise = 0;
  if (praise >= 2)
    _byline_spam_add_evidence (evidence, praise >= 3 ? 0.55 : 0.45,
                               g_strdup (_("praise in a language model’s stock phrases, with a link or a website")));
  else if (praise == 1)
    _byline_spam_add_evidence (evidence, 0.2,
                               g_strdup (_("praise in a language model’s stock phrases, with a link or a website")));

  /* A model asked to place a website writes "as a" professional who
   * praises, the website left in the author's field */
  if (has_site && outside_links == 0 && !own_life_told && speaks_as_professional (content) &&
      (praise += _byline_spam_words_found (content, plain_praise)) > 0)
    _byline_spam_add_evidence (evidence, praise >= 2 ? 0.45 : 0.35,
                               g_strdup (_("praise written as a professional, from an author whose website "
                                           "is the point")));

  /* A reporter writes of the guest post offers she deletes; an agency
   * makes one, in its own words and with an address to answer */
  pitches = _byline_spam_words_found (content, outreach);
  if (pitches >= 3)
    _byline_spam_add_evidence (evidence, 0.55,
                               g_strdup (_("offers the site’s owner a guest post or a paid article")));
  else if (pitches == 2 || (pitches == 1 && _byline_spam_count_pitch (content) >= 1 &&
                       _byline_spam_any_word (content, firm)))
    _byline_spam_add_evidence (evidence, 0.45,
                               g_strdup (_("offers the site’s owner a guest post or a paid article")));

  /* A mother tells that her son signed up and lost; a site offers the
   * sign-up, with an address in the text more than with a website, but
   * for a website named for betting ("major-toto-verify.example") */
  if (_byline_spam_strings_found (content, gambling) > 0 &&
      (_byline_spam_strings_found (content, gambling_offers) > 0 ||
       (_byline_spam_any_word (content, bonus_words) && has_percentage (content))) &&
      _byline_spam_strings_found (content, gambling_harm) == 0)
    {
      g_autofree char *url = _byline_spam_normalize (sample->author_url);

      _byline_spam_add_evidence (evidence, outside_links > 0 || _byline_spam_has_private_contact (content) ||
                                 _byline_spam_links_to_gambling_host (url) ? 0.5 : 0.3,
                                 g_strdup (_("offers a gambling site’s sign-up bonus, with somewhere to go")));
    }
  /* (a bonus and a sum, in any language, at a link to a site named
   * for betting: "ħu bonus ta' €200: maltabet-vip.com/reg") */
  else if (outside_links > 0 && _byline_spam_any_word (content, bonus_words) &&
           _byline_spam_has_currency_sign (content) && _byline_spam_strings_found (content, gambling_harm) == 0 &&
           _byline_spam_words_found (content, famous_warnings) == 0 &&
           _byline_spam_words_found (content, gambling_readers) == 0 && _byline_spam_links_to_gambling_host (content))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("offers a gambling site’s sign-up bonus, with somewhere to go")));

  if (_byline_spam_words_found (content, selling) > 0)
    {
      if (_byline_spam_words_found (content, cannabis) > 0)
        _byline_spam_add_evidence (evidence, 0.3, g_strdup (_("sells CBD or cannabis products")));
      if (_byline_spam_words_found (content, papers) > 0 &&
          !has_evidence (evidence, _("sells diplomas, licences or identity papers")))
        _byline_spam_add_evidence (evidence, 0.45, g_strdup (_("sells diplomas, licences or identity papers")));
    }

  if (_byline_spam_strings_found (content, installs) > 0 && _byline_spam_words_found (content, install_rewards) > 0)
    _byline_spam_add_evidence (evidence, 0.45, g_strdup (_("pays readers to install an app or a game")));

  /* A teacher writes of essays "written by a chatbot" or "done by
   * experts for money"; a ghostwriter of ones "done by an expert for
   * £300", or by "our writers" at an address to order at (a teacher
   * linking her blog says neither) */
  if (_byline_spam_words_found (content, coursework) > 0 &&
      ((_byline_spam_words_found (content, done_for_you) > 0 && _byline_spam_has_currency_sign (content)) ||
       (_byline_spam_words_found (content, mill_words) > 0 &&
        (outside_links > 0 || _byline_spam_has_private_contact (content)))))
    _byline_spam_add_evidence (evidence, 0.4,
                               g_strdup (_("offers coursework written for students, with somewhere to go")));

  /* "That is what we fix at our studio, … starting at $799": the
   * writer's own firm and its price, under its website. A reader who
   * runs a shop tells what it does; one who paid tells what it cost. */
  if (has_site && gives_starting_price (content) &&
      (_byline_spam_any_word (content, firm) || names_itself (sample, content)) &&
      _byline_spam_words_found (content, price_complaints) == 0 && site_is_own (sample))
    _byline_spam_add_evidence (evidence, 0.45,
                               /* Translators: a reason a comment looks like spam */
                               g_strdup (_("sells the writer’s own services from a starting price, under its "
                                           "website")));

  /* "I wrote a FREE guide: 10 ways to double your income… instant
   * download, only 50 copies left": a coach's bait for addresses, at a
   * link, the more so under the writer's own site. A reader passes on a
   * trade body's guide, neither scarce nor hers. */
  if (outside_links > 0 && _byline_spam_words_found (content, lead_magnets) > 0 &&
      _byline_spam_words_found (content, lead_gates) > 0 &&
      (_byline_spam_words_found (content, lead_scarcity) > 0 ||
       (_byline_spam_words_found (content, lead_own) > 0 && _byline_spam_words_found (content, lead_growth) > 0)) &&
      _byline_spam_words_found (content, lead_warnings) == 0)
    _byline_spam_add_evidence (evidence, site_is_own (sample) ? 0.5 : 0.45,
                               /* Translators: a reason a comment looks like spam */
                               g_strdup (_("offers a free guide to download, as marketers do to collect "
                                           "addresses")));

  /* A reader shares a link; one who earns by it says "my link", and
   * what signing up with it gets (written bare too: "revolut.com/…") */
  if ((outside_links > 0 || _byline_spam_names_address (content)) && _byline_spam_words_found (content, referral) > 0)
    _byline_spam_add_evidence (evidence, _byline_spam_words_found (content, code_rewards) > 0 ? 0.5 : 0.35,
                               g_strdup (_("sends readers through the author’s own referral link")));

  if (_byline_spam_words_found (content, own_tools) > 0 && _byline_spam_words_found (content, site_owners) > 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("offers its own tool to website owners, with an address")));

  /* A teacher writes of the humanizer her pupils used; its makers of
   * the detectors it beats and where to try it */
  if (_byline_spam_words_found (content, humanizers) >= 2 && _byline_spam_words_found (content, humanizer_offers) > 0 &&
      _byline_spam_words_found (content, humanizer_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("offers to make machine-written text pass AI detectors, and says where")));

  /* A celebrity's name over a platform to start on with a small sum:
   * the fake advert's story, not a reader's warning of it */
  if (_byline_spam_words_found (content, famous) > 0 && _byline_spam_words_found (content, schemes) > 0 &&
      _byline_spam_words_found (content, scheme_pitches) >= 2 &&
      _byline_spam_words_found (content, famous_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("says a famous person backs an investment, as fake adverts do")));

  /* An invitation into a group chat to make money in */
  if ((_byline_spam_strings_found (content, group_links) > 0 || _byline_spam_words_found (content, group_invites) > 0) &&
      _byline_spam_words_found (content, group_money) > 0 &&
      (has_percentage (content) || _byline_spam_words_found (content, group_hype) > 0) &&
      _byline_spam_words_found (content, famous_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("invites readers into a group chat to invest or trade")));
}
