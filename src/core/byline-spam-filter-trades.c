/* byline-spam-filter-trades.c: spam that sells what a reader cannot
 * buy honestly: pills without a prescription, followers and reviews, visas with a
 * guarantee, spells and readings, money made at home, television
 * without a licence, peptides "for research", puppies by courier
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Ambien, Valiumm and Somma, no Rx, next day"; "1000 seguidores por R$
 * 9,90"; "jual followers IG & TikTok, murah" (since the thirty-seventh
 * round, the sale in Indonesian, Malay, Vietnamese and Filipino too);
 * "guaranteed visa approval, no IELTS"; "Mganga anarudisha
 * mpenzi, piga simu" (since the thirty-eighth, in Thai, Chinese and
 * Vietnamese too: "ทำเสน่ห์ เรียกคนรักกลับ", "bùa yêu"; since the
 * thirty-ninth, a healer or a prophet who calls himself powerful and
 * names the troubles he ends, in Nigerian English, Pidgin, Yoruba,
 * Igbo, Hausa, Swahili and French: "one powerful herbalist… if your
 * business don stand, call am", "Woli …, prayer warrior alagbara" for
 * "isoro owo, igbeyawo, omo bibi tabi ota"; since the fortieth, the
 * "व्यापार बंधन" and "गृह क्लेश" a pandit lifts; since the forty-first,
 * Brazil's "meu marido voltou", not a terreiro's "mãe de santo"; since
 * the forty-third, the Philippines' albularyo and her "gayuma"; since
 * the forty-sixth, Italy's "legamenti d'amore" and "malocchio"; since
 * the forty-seventh, Japan's "復縁成就" and "霊視"; since the forty-eighth,
 * Kenya's "dawa ya kuvuta wateja" and "bwana akarudi"; since the forty-
 * ninth, Kazakhstan's emshi, "күйеуді қайтарамын", and her "приворот";
 * since the fiftieth, Senegal's marabout, "retour de l'être aimé", and
 * a Wolof testimonial's "sama jëkkër dellusi"; since the fifty-first,
 * the Andes' paqo, "regreso del ser amado", "limpias con cuy", and his
 * coca leaves read as fortunes are, "lectura de coca", "kukata qhawaspa",
 * Quechua's "waqyaychis" as the referral; since the fifty-second,
 * Bangladesh's kabiraj and pir, "বশীকরণ", "হারানো প্রেম", a "tabij",
 * "try kore dekhen" as the referral, and a spell guaranteed, "১০০%
 * গ্যারান্টি", as telling as one); since the fifty-third, Ethiopia's
 * tenqway in Amharic, "ክታብ", "መተት", "ድግምት").
 * Readers write about all of these (the shortage of ADHD pills, a
 * minister's bought followers, a cousin's fake visa agent, a healer in
 * court): what tells is the sale together with somewhere to buy, and
 * no warning of it.
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-spam-filter-private.h"

/* Drugs sold without a prescription, spelt properly */
static const char * const drugs[] = {
  "ambien", "valium", "soma", "xanax", "adderall", "oxycodone", "oxycontin", "percocet", "hydrocodone",
  "vicodin", "tramadol", "klonopin", "ativan", "ritalin", "modafinil", "codeine", "viagra", "cialis",
  "levitra", "kamagra", "lorazepam", "diazepam", "alprazolam", "zolpidem", "clonazepam", "phentermine",
  "suboxone", "dilaudid", "ozempic", "wegovy", "semaglutide", "tirzepatide", "mounjaro", "zepbound", "saxenda",
  NULL
};

/* Selling them */
static const char * const drug_sales[] = {
  "order", "buy", "price", "prices", "discount", "shipping", "delivery", "next day", "overnight", "cheap",
  "in stock", "fedex", "no rx", "without rx", "no prescription", "without prescription",
  "without a prescription", "sin receta", "sem receita", "без рецепта",
  NULL
};

static const char * const drug_warnings[] = {
  "scam", "scams", "fake", "counterfeit", "beware", "police", "overdose", "overdosed", "died", "shortage",
  "warning", "never", "dangerous", "gefährlich", "warnt", "gefälscht", "fälschungen", "dangereux", "urgences",
  "contrefaçon", "peligroso", "peligrosos", "falsificados", "pericoloso", "pericolosi", "contraffatti",
  "niebezpieczne", "podróbki", "gevaarlijk", "perigoso", "perigosos", "опасно", "подделки", "tehlikeli", "berbahaya",
  /* a reader alarmed at an online clinic that asks nothing */
  "worrying", "worried", "scary", "alarming", "illegal", "breaking the law",
  /* a scam named, in the round 24 languages' words */
  "oszustwo", "oszuści", "uwaga", "policję", "penipuan", "lừa đảo", "dolandırıcılık", "oplichting", "truffa",
  "απάτη", "înșelătorie", "шахрайство",
  NULL
};

/* @word (@len bytes) with its doubled letters single: "valiumm" and
 * "valium" are both "valium", "adderal" and "adderall" "aderal" */
static void
collapse (char       *out,
          const char *word,
          gsize       len)
{
  gsize n = 0;

  for (gsize i = 0; i < len; i++)
    {
      if (n == 0 || out[n - 1] != word[i])
        out[n++] = word[i];
    }
  out[n] = '\0';
}

/* How many drugs normalised @text names (*@misspelt: how many of them
 * misspelt, "Xanaax", "Oxycodon", as pill spam writes them to slip
 * past word lists) */
static guint
count_drugs (const char *text,
             guint      *misspelt)
{
  guint found = 0;

  *misspelt = 0;
  for (const char *p = text; *p; )
    {
      const char *start;
      char word[24], drug[24];
      gsize len;

      while (*p && !g_ascii_isalpha (*p))
        p++;
      for (start = p; g_ascii_isalpha (*p); p++)
        ;
      len = p - start;
      if (len < 4 || len >= sizeof word || (start > text && (guchar) start[-1] >= 0x80) || (guchar) *p >= 0x80)
        continue;
      collapse (word, start, len);
      for (guint i = 0; drugs[i] != NULL; i++)
        {
          gsize dlen;
          gboolean exact;

          /* every misspelling kept starts as the name does */
          if (drugs[i][0] != start[0])
            continue;
          dlen = strlen (drugs[i]);
          exact = len == dlen && strncmp (start, drugs[i], len) == 0;
          collapse (drug, drugs[i], dlen);
          /* the same but for a doubled letter, or one letter short of
           * a long name */
          if (exact || g_str_equal (word, drug) ||
              (len >= 6 && dlen == len + 1 && strncmp (start, drugs[i], len) == 0))
            {
              found++;
              *misspelt += !exact;
              break;
            }
        }
    }

  return found;
}

/* Selling followers, likes and views: a platform, what is sold and a
 * price or an order */
static const char * const social_platforms[] = {
  "instagram", "insta", "ig", "tiktok", "youtube", "facebook", "twitter", "spotify", "twitch", "telegram", "threads",
  NULL
};

static const char * const audiences[] = {
  "followers", "likes", "views", "subscribers", "seguidores", "curtidas", "visualizações", "inscritos",
  "takipçi", "beğeni", "izlenme", "abone", "подписчиков", "подписчики", "лайки", "просмотры", "abonnés",
  "suscriptores", "粉丝", "点赞",
  NULL
};

/* Not "order" nor "only": a bakery's Instagram has followers and
 * takes orders */
static const char * const audience_sales[] = {
  "buy", "price", "cheap", "satın al", "fiyat", "comprar", "compre", "preço", "купить", "накрутка", "цена",
  "acheter", "prix", "precio", "r$", "tl",
  /* "jual followers", "murah" (Indonesian and Malay), "bán", "giá rẻ"
   * (Vietnamese), "murang" (Filipino) */
  "jual", "beli", "murah", "harga", "bán", "giá rẻ", "mua", "murang", "presyo",
  NULL
};

/* Selling reviews and ratings: a site people rate businesses on, its
 * reviews bought, and a sign of the trade a business that asks its own
 * customers for reviews never gives (a reader's bakery "has great Google
 * reviews, buy our bread" sells bread) */
static const char * const review_sites[] = {
  "google", "trustpilot", "yelp", "tripadvisor", "amazon", "app store", "play store", "google play", "g2",
  "glassdoor", "facebook", "booking.com", "airbnb", "etsy",
  NULL
};

static const char * const reviews[] = {
  "reviews", "ratings", "review", "avaliações", "reseñas", "opiniones", "avis", "bewertungen", "yorum",
  "yorumlar", "отзывы", "отзывов", "recensioni", "recensies",
  NULL
};

static const char * const review_trade[] = {
  "non-drop", "non drop", "nondrop", "no drop", "lifetime guarantee", "real accounts", "local accounts",
  "aged accounts", "local guide", "local guides", "drip feed", "drip-feed", "instant delivery", "bulk",
  "packages", "per review", "sin caída", "düşme yok",
  NULL
};

static const char * const review_warnings[] = {
  "fake reviews", "fake review", "scam", "scams", "banned", "crackdown", "illegal", "investigation", "exposed",
  "fined", "cma", "ftc", "watchdog",
  NULL
};

/* Tickets a stranger sells, paid in a way no one can take back
 * (PayPal's "friends and family", a bank transfer, gift cards): the
 * tickets never come. A reader warns of it, or buys at the official
 * site. */
static const char * const tickets[] = {
  "ticket", "tickets", "entradas", "billets", "karten", "tickets für", "biglietti", "bilety", "ingressos",
  "kaartjes", "kaarten",
  NULL
};

static const char * const unprotected_payments[] = {
  "friends and family", "friends & family", "f&f", "bank transfer", "gift card", "gift cards", "zelle",
  "cash app", "venmo", "western union", "transferencia bancaria", "virement", "überweisung", "bonifico",
  "overmaken", "overboeken",
  NULL
};

/* ...or a country's instant bank payment, asked for by a stranger
 * who gives a phone number to write to: as final as a transfer (a
 * choir selling its concert's tickets gives its own site) */
static const char * const instant_payments[] = {
  "tikkie", "bizum", "swish", "mobilepay", "vipps", "twint", "blik", "paylib", "wero",
  NULL
};

/* ...the seller's words, not a buyer's ("anyone have two tickets? happy
 * to pay by bank transfer") */
static const char * const ticket_sales[] = {
  "spare", "selling", "for sale", "can't go", "cannot go", "can no longer go", "can't make it", "each",
  "i'll send", "i will send", "vendo", "se venden", "je vends", "à vendre", "verkaufe", "sprzedam",
  "ik heb nog", "te koop", "me sobran", "ich habe noch", "il me reste", "mi avanzano", "mam jeszcze",
  "heb nog", "ik verkoop", "per stuk",
  NULL
};

/* ...hurried, or steered away from the resale sites that would refund
 * the buyer ("niet via Ticketswap", "snel zijn") */
static const char * const ticket_pressure[] = {
  "be quick", "first come first served", "first come, first served", "others are interested", "not via",
  "not through", "snel zijn", "wees snel", "niet via", "meer mensen geïnteresseerd", "nicht über", "schnell sein",
  NULL
};

static const char * const ticket_wants[] = {
  "looking for", "anyone have", "anyone got", "does anyone", "wanted", "happy to pay", "i need", "busco",
  "je cherche", "suche", "ik zoek", "wie heeft", "szukam",
  NULL
};

static const char * const ticket_warnings[] = {
  "scam", "scams", "scammed", "fake", "fraud", "never", "don't", "do not", "avoid", "beware", "official",
  "oplichting", "oplichter", "oplichters", "nep", "nooit", "betrug", "betrüger", "niemals", "arnaque", "jamais",
  "estafa", "nunca", "truffa", "oszustwo", "oszust", "nigdy",
  /* (a seller who sells only through the resale site, which refunds) */
  "only via", "only through", "alleen via", "nur über", "uniquement via", "solo a través de",
  NULL
};

/* ...and a stranger's: a choir, a parish or a school selling its own
 * concert's tickets, at the door or by transfer to its account, is
 * none (as its own: "my son's school play" is a scammer's excuse) */
static const char * const ticket_organisers[] = {
  "our choir", "the choir's", "our parish", "the parish", "our church", "the church's", "unseres chors",
  "unser chor", "an den verein", "unseres vereins", "our club", "the club's", "our school", "the school's",
  "pta", "notre chorale", "notre paroisse", "nuestra parroquia", "nuestro coro", "ons koor", "onze kerk",
  "in aid of", "all proceeds", "at the door", "box office", "abendkasse", "à l'entrée",
  NULL
};

/* A prescription done without, as a seller or its happy buyer says; or
 * its prescriber, as a pill mill dressed as an online clinic says ("no
 * GP needed", "without seeing a doctor") */
static const char * const unprescribed[] = {
  "no rx", "without rx", "no prescription", "without prescription", "without a prescription", "no doctor",
  "no gp", "without a gp", "without seeing a doctor", "without seeing a gp", "without a gp appointment",
  "fără rețetă", "fara reteta", "fără prescripție", "fără programare la gp", "fără programare la medic",
  "sin receta", "sem receita", "без рецепта", "ohne rezept", "rezeptfrei", "sans ordonnance", "senza ricetta",
  "bez recepty", "zonder recept", "reçetesiz", "tanpa resep", "không cần đơn", "بدون وصفة",
  NULL
};

/* ...or a kind of them named instead of a drug ("Potenzmittel ohne
 * Rezept"): what a pharmacy sells only on a prescription */
static const char * const drug_kinds[] = {
  "potenzmittel", "potenzpillen", "erection pills", "ed pills", "ed meds", "sleeping pills", "painkillers",
  "opioids", "benzos", "antibiotics", "antibiotika", "antibióticos", "antibiotiques", "antibiotice", "somníferos",
  "somnifères", "schlaftabletten", "schmerzmittel", "pastillas para la erección", "pilules pour l'érection",
  "виагру", "виагра", "снотворное",
  /* the weight-loss jabs, by the name readers and sellers give them */
  "weight loss jab", "weight loss jabs", "weight-loss jab", "weight-loss jabs", "weight loss injections",
  "weight-loss injections", "skinny jab", "skinny jabs", "fat jabs", "abnehmspritze", "abnehmspritzen",
  "fettwegspritze", "inyecciones para adelgazar", "plumas para adelgazar", "injections minceur",
  "stylos minceur", "caneta emagrecedora", "canetas emagrecedoras", "iniezioni dimagranti",
  "penne dimagranti", "zastrzyki na odchudzanie", "zayıflama iğnesi", "уколы для похудения",
  /* potency pills, in Polish, Dutch, Italian, Indonesian and Vietnamese */
  "tabletki na potencję", "tabletki na potencje", "środki na potencję", "erectiepillen",
  "pillole per l'erezione", "obat kuat", "thuốc cường dương",
  NULL
};

static const char * const audience_warnings[] = {
  "scam", "scams", "fake followers", "bought followers", "investigation", "banned", "exposed", "palsu",
  "bodong", "penipuan", "giả mạo", "peke",
  NULL
};

/* Visas and permits sold with a guarantee: two of the guarantees make
 * an agent's offer, one a reader's hope. Not a scholarship: a county
 * trust guarantees its fees. */
static const char * const visas[] = {
  "visa", "visas", "work permit", "work permits", "visa sponsorship", "lmia", "green card",
  "residency", "residence permit", "immigration", "schengen", "vize", "виза", "визы", "تأشيرة", "ویزا",
  "visto", "visado",
  NULL
};

static const char * const guarantees[] = {
  "guaranteed", "guarantee", "100%", "no ielts", "without ielts", "no bank statement", "no experience needed",
  "no experience", "fast approval", "approval in", "assured", "garantizada", "garantizado", "garantido",
  "garantida", "гарантия", "مضمون", "تضمینی", "garantili", "গ্যারান্টি",
  /* (Amharic's guarantee, "፩፻ ፐርሰንት ዋስትና") */
  "ዋስትና",
  NULL
};

static const char * const visa_warnings[] = {
  "scam", "scams", "scammer", "scammers", "fake", "fraud", "beware", "conned", "don't pay", "never pay",
  "never existed",
  NULL
};

/* Spells and a healer's cures: bringing back a lover, luck, money. Not
 * "voodoo" or "black magic" alone: "voodoo economics". */
static const char * const spells[] = {
  "spell caster", "spell casters", "love spell", "love spells", "money spell", "bring back your ex",
  "bring back your lover", "brings back lost lovers", "bring back lost love", "return your lover",
  "lost lover", "lost lovers", "get your ex back", "traditional healer", "herbal doctor", "native doctor", "sangoma",
  "marabout", "voodoo priest", "mganga", "kurudisha mpenzi", "anarudisha mpenzi", "dawa ya kuvuta wateja",
  "mpenzi aliyekuacha", "nguvu za kiume", "dawa ya kienyeji", "bwana akarudi", "mume akarudi", "vashikaran",
  "वशीकरण", "kala jadu", "гадалка", "amarração amorosa", "trabalho espiritual", "amarre de amor",
  "hechizo", "love problem solution", "black magic removal", "black magic specialist", "amil baba", "tantrik",
  "কালো জাদু", "বশীকরণ", "তান্ত্রিক", "عامل بابا", "کالا جادو", "کالے جادو", "व्यापार बंधन", "गृह क्लेश",
  "vyapar bandhan", "grah kalesh", "کاروبار میں بندش", "marido voltou", "trouxe meu marido de volta",
  "amor de volta", "traz a pessoa amada",
  /* the titles healers give themselves, and the evil eye they lift */
  "spiritual mother", "spiritual father", "spiritual doctor", "spiritual healer", "spiritualist", "spell temple",
  "powerful spell", "removed the evil eye", "remove the evil eye", "removes the evil eye", "evil eye removal",
  /* a medium who speaks to the dead, and the bad luck she lifts */
  "psychic medium", "gifted psychic", "gifted medium", "removed the bad luck", "remove the bad luck",
  "removes the bad luck", "bad luck removal",
  /* (the Philippines' healer and her love charm) */
  "albularyo", "mananambal", "gayuma", "lumay",
  /* (Czech's: a lost partner brought back, a curse lifted, love rituals) */
  "ztraceného partnera", "ztraceneho partnera", "sejmu kletbu", "sejmutí kletby", "láskyplné rituály", "uhranutí",
  /* (Greek's: a witch, a binding, spells undone) */
  "μάγισσα", "μαγισσα", "δέσιμο", "δεσιμο", "λύνω μάγια", "λυνω μαγια", "έλυσε τα μάγια", "ελυσε τα μαγια",
  /* (Italian's and Spanish's: love bound, the loved one back, the evil eye lifted) */
  "legamenti d'amore", "legamento d'amore", "ritorno della persona amata", "malocchio", "mal de ojo",
  "amarres de amor", "regreso de la persona amada",
  /* (and the Andes' healer, sold in Peru's Spanish: the loved one back,
   * a cleansing with a guinea pig) */
  "regreso del ser amado", "amarre de amor", "limpias con cuy", "limpia con cuy", "limpia de cuy",
  /* (West Africa's marabout in French: the loved one back, a spell
   * lifted) */
  "retour de l'être aimé", "retour de l’être aimé", "retour de l'etre aime", "retour affectif",
  "désenvoûtement", "desenvoutement", "grand marabout",
  /* (Bangladesh's kabiraj, in Bengali and Banglish: a love charm, lost
   * love brought back, the amulet he sends) */
  "হারানো প্রেম", "তাবিজ", "boshikoron", "boshikaran", "bashikaran", "harano prem", "prem ferot", "kalo jadu",
  "tabij", "tabiz",
  NULL
};

/* A healer's or a prophet's title... (since the thirty-ninth round,
 * as West and East Africa's adverts give it: "herbalist", "woli", the
 * Yoruba prophet, "babalawo", "dibia", "boka", "nabii") */
static const char * const healer_titles[] = {
  "herbalist", "herbalists", "herbal doctor", "native doctor", "traditional doctor", "spiritualist", "prophet",
  "prophetess", "pastor", "evangelist", "man of god", "woman of god", "prayer warrior", "babalawo", "woli",
  "onisegun", "oníṣègùn", "adahunse", "dibia", "dibịa", "boka", "mganga", "nabii", "marabout", "guérisseur",
  "prophète", "féticheur",
  NULL
};

/* ...who calls himself powerful ("to lagbara", "alagbara": Yoruba's
 * powerful; "mwenye nguvu", "mai karfi")... */
static const char * const healer_powers[] = {
  "powerful", "mighty", "alagbara", "lagbara", "mwenye nguvu", "mai karfi", "mai ƙarfi", "puissant",
  NULL
};

/* Whether normalised @text calls a healer or a prophet powerful, the
 * word beside his title ("one powerful herbalist", "prayer warrior
 * alagbara"), not a church's "a powerful evening of prayer" with its
 * pastor named apart */
static gboolean
healer_called_powerful (const char *text)
{
  return _byline_spam_found_near (text, healer_titles, healer_powers, 16, _byline_spam_words_found);
}

/* ...and the troubles he ends: money and business, marriage and love,
 * children, enemies, a court case ("isoro owo, igbeyawo, omo bibi tabi
 * ota" in Yoruba, "aure", "haihuwa", "makiya" in Hausa, "ndoa",
 * "biashara", "maadui" in Swahili) */
static const char * const healer_troubles[] = {
  "business", "customers", "marriage", "husband", "lover", "fruit of the womb", "barren", "barrenness",
  "childless", "enemies", "witches", "witchcraft", "court case", "court cases", "promotion", "money problems",
  "breakthrough", "bad luck", "isoro owo", "ìṣòro owó", "igbeyawo", "ìgbéyàwó", "omo bibi", "ọmọ bíbí", "ota",
  "ọ̀tá", "ndị iro", "aure", "haihuwa", "makiya", "kasuwanci", "ndoa", "biashara", "maadui", "mariage",
  "ennemis", "affaires",
  NULL
};

/* ...unless a reader calls him a fraud, in those languages ("wayo",
 * "jibiti", "damfara", "utapeli") */
static const char * const healer_warnings[] = {
  "fake", "fraudster", "fraudsters", "419", "wayo", "ojoro", "jibiti", "jìbìtì", "onijibiti", "damfara",
  "zamba", "utapeli", "matapeli", "tapeli", "arnaque", "escroc", "charlatan", "charlatans",
  NULL
};

/* ...in the scripts that put no spaces between words, and in
 * Vietnamese: a charm to be loved, a lover called back ("ทำเสน่ห์
 * เรียกคนรักกลับ", "情降", "bùa yêu"), found anywhere... */
static const char * const spell_strings[] = {
  "ทำเสน่ห์", "เรียกคนรักกลับ", "น้ำมันพราย", "情降", "和合术", "挽回爱人", "挽回前任", "bùa yêu", "bua yeu",
  "làm bùa", "thầy bùa", "bùa ngải", "bua ngai",
  /* (Morocco's fqih: the beloved brought, the spell undone, the husband
   * back, in Arabic script and in Arabizi: "jalb l7bib", "rajli rja3") */
  "جلب الحبيب", "فك السحر", "رد المطلقة", "الفقيه الروحاني", "رجع راجلي", "راجلي رجع", "jalb l7bib",
  "jalb lhbib", "fk s7our", "fqih rou7ani", "fqih rohani", "rajli rja3", "rja3 rajli", "rajli rj3",
  /* (Ethiopia's tenqway in Amharic: an amulet, sorcery and the spell
   * lifted, divination, a sorcerer; read inside words, which Amharic
   * joins to "for", "and": "ለመተትና ለቡዳ መከላከያ ክታብ". Not holy water,
   * "ጠበል", alone: a church's) */
  "ክታብ", "መተት", "ድግምት", "ጥንቆላ", "ጠንቋይ", "ጠንቁዋይ",
  /* (Japan's medium: a lover back for sure, spirit sight, bad ties cut;
   * not "復縁" alone, a couple's own reconciling) */
  "復縁成就", "復縁祈", "復縁専門", "霊視", "悪縁切り", "縁切り祈", "彼氏が戻ってき", "元彼が戻ってき", "挽回愛人",
  /* (Kazakhstan's emshi and her Russian: the husband who left brought
   * back, a child given, the evil eye and curses lifted, a love charm,
   * damage undone, the "crown of celibacy"; read inside words, whose
   * endings Kazakh and Russian join: "күйеуді қайтарамын", "приворота") */
  "апа емші", "емші апа", "емші-көріпкел", "көріпкел", "бақсы-балгер", "күйеуді қайтар", "жарды қайтар",
  "жарыңызды қайтар", "кеткен күйеу", "күйеуім үйге қайт", "бала сүйгіз", "тіл-көзден", "қарғыстан",
  "приворот", "приворож", "снятие порчи", "сниму порчу", "снимаю порчу", "венец безбрачия", "отворот",
  "верну мужа", "вернула мужа", "вернёт мужа", "вернет мужа", "возврат любимого", "верну любимого",
  /* (and Uzbek's in Latin letters: a fortune-teller, a charm, the
   * husband brought back) */
  "folbin", "kinna", "erini qaytar", "eringizni qaytar",
  /* (and Wolof's: the husband, or the trade, come back, "sama jëkkër
   * dellusi", "sama njaay dellu") */
  "jëkkër dellu", "jekker dellu", "jëkkër bi dellu", "njaay dellu", "njaay bi dellu",
  /* (and Bengali's and Banglish's: the husband back, "স্বামী ফিরে
   * এসেছে", "shami fire peyechi") */
  "স্বামী ফিরে এসেছে", "স্বামী ফিরে এল", "স্বামীকে ফিরে পেয়েছি", "shami fire eseche", "shami fire esheche",
  "shami fire peyechi",
  /* (Korea's shaman: her spirit initiation, her title, the rite for the
   * dead, the ill luck of disturbed ground she lifts; read inside
   * words, as Korean joins its endings: "보살님한테", "동티 나기 전에".
   * Not "굿" nor "부적" alone: "굿모닝", "부적절") */
  "신내림", "애기보살", "보살님", "천도재", "동티", "부적 받", "부적을", "부적 택배",
  NULL
};

/* ...unless a reader warns of them, in the same languages */
static const char * const spell_string_warnings[] = {
  "มิจฉาชีพ", "หลอก", "ปลอม", "ตำรวจ", "诈骗", "骗", "警察", "lừa đảo", "lua dao", "mê tín", "công an",
  "نصب", "احتيال", "nsba", "nsab", "nassab", "boulis", "البوليس", "arnaque", "詐欺", "騙", "霊感商法",
  /* (Kazakh's and Russian's: a fraud, fraudsters, the police, a
   * charlatan; Uzbek's "firibgar") */
  "алаяқ", "мошенни", "полици", "шарлатан", "firibgar",
  /* (Wolof's: a swindle, swindlers) */
  "naxe", "naxkat",
  /* (Spanish's swindle and Quechua's liar, thief) */
  "estafa", "estafador", "llulla", "suwa",
  /* (Bengali's and Banglish's fraud, fraudster, a sham holy man) */
  "প্রতারণা", "প্রতারক", "ভণ্ড", "ভন্ড", "protarona", "protarok", "bhondo",
  /* (Amharic's fraud, fraudsters, a fake, the police; Afaan Oromo's
   * fraud and police) */
  "ማጭበርበር", "አጭበርባሪ", "ሐሰተኛ", "ሀሰተኛ", "ፖሊስ", "gowwoomsaa", "poolisii",
  /* (Korean's fraud, "don't be fooled", the police) */
  "사기", "속지 마", "경찰",
  NULL
};

/* Fortunes told by telephone: clairvoyants, mediums, tarot and
 * astrologers. Not "medium" nor "psychic" alone: a medium-sized firm,
 * "I'm not psychic". */
static const char * const readings[] = {
  "voyance", "voyant", "voyante", "médium", "tarot", "tarologue", "astrologue", "psychic reading",
  "psychic readings", "psychic hotline", "clairvoyant", "clairvoyance", "astrologer", "vidente", "videncia",
  "tarotista", "hellseher", "hellseherin", "wahrsager", "wahrsagerin", "kartenlegen", "ясновидящая",
  "ясновидение", "таролог", "ज्योतिषी", "cartomante", "kartářka", "kartarka", "věštkyně", "vestkyne",
  "výklad karet", "vyklad karet", "vykládám karty", "έριξε τα χαρτιά", "ριξε τα χαρτια", "χαρτορίχτρα",
  "cartomanzia", "letto le carte", "leggo le carte", "lettura delle carte", "lectura de cartas", "leyó las cartas",
  /* (the Andes' fortunes read in coca leaves, "kukata qhawaspa") */
  "lectura de coca", "lectura de hoja de coca", "lectura de la hoja de coca", "kukata qhawaspa",
  /* (Nepali's and Hindi's astrologer, and his birth chart read) */
  "ज्योतिषाचार्य", "ज्योतिष", "कुण्डली हेर्न", "कुंडली",
  NULL
};

/* A reader telling what a fake clairvoyant took, in her language */
static const char * const reading_warnings[] = {
  "faux", "fausse", "arnaque", "arnaques", "escroc", "escrocs", "escroquerie", "estafa", "estafador", "fraude",
  "falso", "falsa", "betrug", "betrüger", "мошенница", "мошенники", "truffa", "podvod", "podvodnice",
  "šarlatánka", "nenaleťte", "απάτη", "απατη", "απατεώνισσα", "απατεωνισσα", "τσαρλατάνα", "estafadora",
  "estafadores", "llulla", "ठगी", "ठग", "प्रहरी",
  NULL
};

/* A reader's warning of a spell or a work-at-home scheme, not its advert */
static const char * const scam_warnings[] = {
  "police", "arrested", "jailed", "court", "killed", "scam", "scams", "conned", "charged", "fraud", "पुलिस",
  "ठगी", "धोखा", "پولیس", "دھوکہ", "golpe", "golpista", "polícia", "charlatã", "charlatão", "peke", "budol",
  "modus", "manloloko", "pulis", "podvod", "podvodnice", "policie", "policii", "nenaleťte", "απάτη", "απατη",
  "απατεώνισσα", "απατεωνισσα", "αστυνομία", "αστυνομια", "truffa", "truffatrice", "carabinieri", "polizia",
  "denunciata", "estafa", "estafadora", "policía", "utapeli", "matapeli", "polisi", "estafador", "estafadores",
  "llulla", "denuncien",
  /* (French's and Wolof's: a swindle, a swindler, the gendarmes) */
  "arnaque", "escroc", "escroquerie", "gendarmerie", "naxe", "naxkat",
  /* (Bengali's and Banglish's: fraud, a fraudster, a sham, the police) */
  "প্রতারণা", "প্রতারক", "ভণ্ড", "ভন্ড", "পুলিশ", "protarona", "protarok", "bhondo",
  NULL
};

/* A testimonial's end: readers sent to write to the healer, who "will
 * help you"... */
static const char * const healer_referrals[] = {
  "write to her", "write to him", "contact her", "contact him", "email her", "email him", "reach her", "reach him",
  "she will help you", "he will help you", "she can help you", "he can help you",
  /* (and to call him: in English, Pidgin's "call am", Yoruba's "e pe",
   * Igbo's, Hausa's and Swahili's) */
  "call him", "call her", "call am", "e pe", "kpọọ ya", "ku kira shi", "mpigie", "zkuste ji", "zavolejte",
  "πάρτε την", "παρτε την", "καλέστε την", "chiamatela", "chiamatelo", "contattatela", "llámala", "llamadla",
  /* (Kazakh's "get in touch", Russian's "turn to her", Uzbek's) */
  "хабарласыңыз", "хабарласыңыздар", "обращайтесь", "звоните ей", "пишите ей", "murojaat qiling",
  /* (French's, and Wolof's "call him", "get in touch with him") */
  "appelez-le", "appelez-la", "contactez-le", "contactez-la", "woo ko", "wooleen ko", "jokkool ak moom",
  /* (Spanish's, and Quechua's "call her", "call (all of you)") */
  "llámenla", "llámenlo", "llámalo", "escríbele", "waqyaychis", "waqyaychik", "waqyaykuy",
  /* (Bengali's and Banglish's "call", "get in touch", a testimonial's
   * "try it and see") */
  "ফোন করুন", "কল করুন", "যোগাযোগ করুন", "ট্রাই করে দেখুন", "ট্রাই করে দেখেন", "phone korun", "call korun",
  "jogajog korun", "try kore dekhen", "try kore dekhun",
  /* (Nepali's "contact", "call", "get in touch") */
  "सम्पर्क", "सम्पर्क गर्नुहोस्", "फोन गर्नुहोस्",
  /* (Amharic's "call him", "call her", "call them" as one calls an
   * elder) */
  "ይደውሉላቸው", "ደውሉላቸው", "ይደውሉለት", "ይደውሉላት", "ደውሉለት", "ደውሉላት",
  NULL
};

/* ...which a reader who warns of one tells them not to */
static const char * const negations[] = {
  "don't", "do not", "never", "avoid", "non chiamate", "no llamen", "n'appelez pas", "bul ko woo", "buleen ko woo",
  "ama waqyaychischu",
  /* (Bengali's and Banglish's "don't call", "don't give") */
  "করবেন না", "দেবেন না", "korben na", "diben na",
  NULL
};

/* Whether normalised @text warns of a spell as a reader would: the
 * "court" of a healer's "court cases" (what she claims to win) is none,
 * nor the police of the loss a testimonial opens with when it ends
 * sending readers to write to the healer */
static gboolean
spell_warned (const char *text)
{
  guint courts = 0, cases = 0;

  if (_byline_spam_words_found (text, scam_warnings) == 0)
    return FALSE;
  if (_byline_spam_words_found (text, healer_referrals) > 0 && _byline_spam_words_found (text, negations) == 0 &&
      _byline_spam_words_found (text, scam_warnings) == 1)
    return FALSE;
  for (const char *p = strstr (text, "court"); p != NULL; p = strstr (p + 1, "court"))
    {
      courts++;
      cases += g_str_has_prefix (p, "court case");
    }
  /* (other warnings, or a court named apart from the cases) */
  return _byline_spam_words_found (text, scam_warnings) > 1 || cases < courts || cases == 0;
}

/* Television streamed without the broadcasters' leave, sold by the
 * month: "IPTV", its playlists and panels... */
static const char * const pirate_tv[] = {
  "iptv", "m3u", "xtream", "xtream codes", "iptv smarters", "ibo player", "abonnement iptv", "iptv premium",
  NULL
};

/* ...by subscription, with a trial, a price or a count of channels */
static const char * const tv_sales[] = {
  "subscription", "subscriptions", "free trial", "24h trial", "24-hour free trial", "12 months", "months",
  "live channels", "channels", "4k", "no buffering", "anti-freeze", "abonnement", "test gratuit", "essai gratuit",
  "chaînes", "suscripción", "prueba gratis", "canales", "assinatura", "teste grátis", "canais", "kanäle",
  "testen", "abbonamento", "canali", "prova gratuita", "zenders",
  NULL
};

/* ...and a reader writing of it as news: the clubs', the police's and
 * the courts' side */
static const char * const tv_warnings[] = {
  "illegal", "illégal", "illégale", "ilegal", "illegale", "piracy", "pirate", "pirated", "piratage", "piratería",
  "pirataria", "pirateria", "police", "arrested", "fined", "court", "jailed", "letter", "scam", "scams", "raided",
  NULL
};

/* Substances sold "for research" to be injected: peptides and SARMs,
 * named for the trade... */
static const char * const research_chems[] = {
  "research peptide", "research peptides", "research chemicals", "bpc-157", "bpc 157", "tb-500", "tb 500",
  "retatrutide", "cagrilintide", "ipamorelin", "cjc-1295", "mk-677", "sarms", "sarm", "ostarine", "rad-140",
  "ligandrol", "cardarine", "melanotan", "peptide vials",
  NULL
};

/* ...and sold as a laboratory's stock */
static const char * const chem_sales[] = {
  "purity", "99% purity", "lab tested", "third-party tested", "coa", "in stock", "order", "buy", "shipping",
  "worldwide", "discount", "vials", "wholesale", "bulk", "for sale", "price", "prices",
  NULL
};

/* Puppies and kittens sold by post, the pet scam's tell: no honest
 * breeder nor rescue sends a puppy by courier to a stranger... */
static const char * const pets[] = {
  "puppy", "puppies", "kitten", "kittens", "teacup", "french bulldog", "french bulldogs", "frenchie", "frenchies",
  "yorkie", "yorkies", "pomeranian", "pomeranians", "dachshund", "cavapoo", "maltipoo", "sphynx", "maine coon",
  "ragdoll", "bengal kittens", "british shorthair", "cockapoo", "cockapoos", "husky puppies", "chiots",
  "chatons", "cachorros", "gatitos", "filhotes", "welpen", "kätzchen", "cuccioli",
  NULL
};

static const char * const pet_shipping[] = {
  "delivery", "delivery nationwide", "nationwide", "we deliver", "can deliver", "shipping", "shipped", "we ship",
  "pet courier", "flight nanny", "courier", "transport", "arrange transport", "to your door", "to your home",
  "livraison", "envío", "entrega", "lieferung", "consegna",
  NULL
};

/* ...groomed for the sale */
static const char * const pet_sales[] = {
  "vet checked", "vaccinated", "fully vaccinated", "registered", "kc registered", "akc registered", "akc",
  "microchipped", "litter trained", "forever home", "forever homes",
  "ready for", "ready to go", "for adoption", "for sale", "rehoming fee", "price", "photos", "health guarantee",
  "vaccinés", "vacunados", "vacinados", "geimpft", "vaccinati",
  NULL
};

/* ...and a reader who warns of it or rescues */
static const char * const pet_warnings[] = {
  "rescue", "rescued", "rspca", "dogs trust", "battersea", "shelter", "scam", "scams", "scammed", "scammer",
  "fake", "beware", "police", "puppy farm", "puppy farms", "never",
  NULL
};

/* @content: normalised; @outside_links: links to other than official
 * bodies and newspapers */
void
_byline_spam_trade_evidence (const BylineSpamSample *sample,
                             const char             *content,
                             guint                   outside_links,
                             GArray                 *evidence)
{
  gboolean private_contact = _byline_spam_has_private_contact (content);
  gboolean somewhere = outside_links > 0 || private_contact;
  gboolean site = sample->author_url != NULL && sample->author_url[0] != '\0';
  guint named, misspelt, guaranteed;

  /* A pharmacy's name for a drug is a reader's too ("Boots sells
   * Viagra now", "codeine is no longer sold without a prescription"); a
   * seller spells it wrong or lists several */
  if (somewhere && _byline_spam_words_found (content, drug_sales) > 0 &&
      _byline_spam_words_found (content, drug_warnings) == 0 &&
      (named = count_drugs (content, &misspelt)) > 0 && (misspelt > 0 || named >= 2))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("sells prescription drugs, several or misspelt, and says where")));
  /* One drug named rightly, had without a prescription at a shop's
   * address: a reader who paid the pharmacy names none */
  else if ((somewhere || _byline_spam_names_address (content)) &&
           _byline_spam_words_found (content, unprescribed) > 0 &&
           _byline_spam_words_found (content, drug_warnings) == 0 &&
           (count_drugs (content, &misspelt) > 0 || _byline_spam_terms_found (content, drug_kinds) > 0))
    _byline_spam_add_evidence (evidence, 0.45,
                               g_strdup (_("offers a prescription drug without a prescription, and says where")));

  if ((somewhere || site) && _byline_spam_words_found (content, social_platforms) > 0 &&
      _byline_spam_words_found (content, audiences) > 0 &&
      (_byline_spam_words_found (content, audience_sales) > 0 || _byline_spam_has_currency_sign (content)) &&
      _byline_spam_words_found (content, audience_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.5, g_strdup (_("sells followers, likes or views")));

  if ((somewhere || site) && _byline_spam_words_found (content, review_sites) > 0 &&
      _byline_spam_words_found (content, reviews) > 0 && _byline_spam_words_found (content, audience_sales) > 0 &&
      _byline_spam_words_found (content, review_trade) > 0 && _byline_spam_words_found (content, review_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.5, g_strdup (_("sells reviews or ratings on a review site")));

  if (somewhere && _byline_spam_words_found (content, tickets) > 0 &&
      (_byline_spam_words_found (content, unprotected_payments) > 0 ||
       (private_contact && _byline_spam_words_found (content, instant_payments) > 0)) &&
      _byline_spam_words_found (content, ticket_sales) > 0 && _byline_spam_words_found (content, ticket_wants) == 0 &&
      _byline_spam_words_found (content, ticket_warnings) == 0 &&
      _byline_spam_words_found (content, ticket_organisers) == 0)
    _byline_spam_add_evidence (evidence, _byline_spam_words_found (content, ticket_pressure) > 0 ? 0.55 : 0.5,
                               g_strdup (_("sells tickets for a payment a buyer cannot get back")));

  if (somewhere && _byline_spam_words_found (content, visas) > 0 &&
      _byline_spam_words_found (content, visa_warnings) == 0 &&
      (guaranteed = _byline_spam_words_found (content, guarantees)) > 0)
    _byline_spam_add_evidence (evidence, guaranteed >= 2 ? 0.5 : 0.3,
                               g_strdup (_("offers visas or permits with a guarantee, and somewhere to apply")));

  if (somewhere &&
      _byline_spam_offers_home_money (content) &&
      _byline_spam_words_found (content, scam_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("offers money made at home or online, and says where")));

  /* (the more so as a testimonial sending every reader to write to
   * the healer, or an advert guaranteeing the spell: "৭ দিনে ১০০%
   * গ্যারান্টি") */
  if (private_contact &&
      ((_byline_spam_words_found (content, spells) > 0 && !spell_warned (content)) ||
       (_byline_spam_any_substring (content, spell_strings) &&
        !_byline_spam_any_substring (content, spell_string_warnings))))
    _byline_spam_add_evidence (evidence,
                               _byline_spam_words_found (content, healer_referrals) > 0 ||
                               _byline_spam_words_found (content, guarantees) > 0 ? 0.55 : 0.5,
                               g_strdup (_("offers spells or a healer’s cures, with a number or an address")));
  /* "One powerful herbalist for Ibadan… if your business don stand,
   * call am": a healer or a prophet who calls himself powerful and
   * names the troubles he ends, with his number. A church's prayer
   * night may be "powerful", not its pastor; a reader who went to one
   * calls him a fraud. */
  else if (private_contact && _byline_spam_words_found (content, healer_titles) > 0 &&
           _byline_spam_words_found (content, healer_powers) > 0 &&
           _byline_spam_words_found (content, healer_troubles) > 0 && !spell_warned (content) &&
           _byline_spam_words_found (content, healer_warnings) == 0 && healer_called_powerful (content))
    _byline_spam_add_evidence (evidence, _byline_spam_words_found (content, healer_referrals) > 0 ? 0.55 : 0.5,
                               g_strdup (_("offers spells or a healer’s cures, with a number or an address")));

  /* A reader may pass on her aunt's tarot reader's number; the
   * clairvoyant asks to be called or gives a site too */
  if (private_contact && _byline_spam_words_found (content, readings) > 0 &&
      (outside_links > 0 || _byline_spam_names_address (content) || _byline_spam_promotion (content) == 2 ||
       _byline_spam_words_found (content, healer_referrals) > 0) &&
      _byline_spam_words_found (content, scam_warnings) == 0 &&
      _byline_spam_words_found (content, reading_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("offers a clairvoyant’s or an astrologer’s readings, with a number or an "
                                           "address")));

  /* A reader writes of her neighbour's dodgy box and what the clubs
   * lose, or of a broadband firm's box "for the channels"; a seller of
   * a trial, a count of channels, a year's subscription, and where */
  if ((somewhere || _byline_spam_names_address (content)) && _byline_spam_words_found (content, pirate_tv) > 0 &&
      _byline_spam_words_found (content, tv_sales) >= 2 && _byline_spam_words_found (content, tv_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("sells television streamed without a licence (IPTV), and says where")));

  if ((somewhere || _byline_spam_names_address (content)) &&
      _byline_spam_words_found (content, research_chems) > 0 && _byline_spam_words_found (content, chem_sales) > 0 &&
      _byline_spam_words_found (content, drug_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("sells peptides or SARMs “for research”, and says where")));

  if (private_contact && _byline_spam_words_found (content, pets) > 0 &&
      _byline_spam_words_found (content, pet_shipping) > 0 && _byline_spam_words_found (content, pet_sales) > 0 &&
      _byline_spam_words_found (content, pet_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("sells puppies or kittens to be delivered, as pet scams do")));
}
