/* byline-spam-filter-ai.c: spam that sells artificial intelligence, or
 * sells with it
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "ChatGPT Plus shared accounts from $4.99, instant delivery, WhatsApp
 * …"; "I made $11,400 last month with AI agents, free masterclass";
 * "remove clothes from any photo with AI in one click"; "OpenAI is
 * giving free API credits, claim yours"; "Нейросеть раздевает любое фото
 * за 5 секунд"; "با هوش مصنوعی ماهی ۲۰۰ میلیون تومان درآمد". Readers
 * write of every one of these in 2026: they pay for ChatGPT themselves,
 * their school warned of a "nudify" app, a cloned voice rang their
 * mother, a course sold on TikTok was a scam, and a start-up's founder
 * argues with the council. What tells is AI named as what is sold or as
 * the way to money, together with a seller's words (a price, "free
 * trial", "in one click", "instant delivery", "guaranteed") and
 * somewhere to go or to write, and no warning. "Free" and "try it"
 * alone are a reader's words too ("Whisper is free, download it from
 * GitHub"): an advert of any other AI product needs a stronger word as
 * well, and a link to an AI maker's own site or to a code host sends
 * no one to a seller. Money, a companion or any other AI product counts
 * only with a place of the product's own (a site named for AI, a shop
 * on a sales platform, an app's page, a messenger): a reader's link
 * about AI goes to a report, a regulator or the news. A library, a
 * school or a charity offers free AI help in a seller's words too, and
 * a reader who names an undressing app names the children it harms. A
 * long comment on the story that turns to "we've helped 40 councils"
 * with a link, and praise signed "founder of … AI", are the same sale
 * written as a reader.
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-spam-filter-private.h"

/* AI as readers and sellers write it, in the raw text: capitals only
 * ("ai" is French "j'ai", "ia" Portuguese "eu ia"; "KI" is German's
 * "Künstliche Intelligenz", "ИИ" Russian's) */
static const char * const ai_capitals[] = {
  "AI", "A.I.", "IA", "KI", "ИИ",
  NULL
};

/* ...and its products and names, in the normalised text (whole words
 * in Latin letters, anywhere in other scripts). Not "claude", "gemini"
 * or "veo" alone: a name, a star sign, Spanish "I see". */
static const char * const ai_names[] = {
  "chatgpt", "gpt-4", "gpt-4o", "gpt-5", "openai", "midjourney", "claude pro", "claude ai", "anthropic",
  "gemini pro", "gemini advanced", "google gemini", "copilot", "perplexity", "deepseek", "sora", "sora 2",
  "veo 2", "veo 3", "stable diffusion", "elevenlabs", "chatbot", "chatbots", "ai-powered", "deepfake",
  "deepfakes", "face swap", "faceswap", "artificial intelligence", "inteligencia artificial",
  "intelligence artificielle", "künstliche intelligenz", "inteligência artificial", "intelligenza artificiale",
  "искусственный интеллект", "нейросет", "нейронк", "هوش مصنوعی", "الذكاء الاصطناعي", "ذكاء اصطناعي",
  "人工智能",
  NULL
};

/* A reader warning of what she quotes, or telling what it did */
static const char * const warnings[] = {
  "scam", "scams", "scammer", "scammers", "scammed", "fraud", "fraudulent", "beware", "warning", "phishing",
  "banned", "criminal", "crime", "police", "reported", "report it", "don't pay", "do not pay", "estafa",
  "cuidado", "fraude", "arnaque", "arnaques", "méfiez", "escroquerie", "betrug", "vorsicht", "abzocke",
  "мошенн", "развод", "осторожно", "уголовн", "احتيال", "انتبهوا", "احذروا", "نصب", "کلاهبرداری", "مراقب",
  NULL
};

/* What a seller says, in two kinds. Weak: "free" and a call to act,
 * which a reader's comment has now and then ("free and open source",
 * "try it yourself"); strong: ease and speed, a deal, a promise of
 * trust, which readers seldom put beside AI and a link. */
static const char * const cue_free[] = {
  "free", "for free", "free trial", "gratis", "kostenlos", "kostenlosen", "kostenlose", "gratuit", "gratuite",
  "gratuito", "gratuita", "бесплатно", "бесплатн", "رایگان", "مجاني", "مجانية", "مجانا", "免费",
  NULL
};

static const char * const cue_action[] = {
  "try", "try it", "try her", "try ours", "download", "order now", "order:", "order here", "claim yours",
  "claim your", "claim now", "sign up", "start your", "get yours", "get started", "book a demo", "book-demo",
  "essai gratuit", "inscription", "inscris-toi", "regístrate", "registrate", "jetzt", "platz sichern",
  "ثبت‌نام", "ثبت نام", "سفارش", "للطلب", "سجّل", "سجل الآن", "اشترك", "закажи", "заказ", "попробуй",
  "переходи", "👉",
  /* a course's "I'll show you" */
  "show you how", "i'll show you", "te enseño", "ich zeige dir", "je te montre", "je vous montre",
  NULL
};

static const char * const cue_ease[] = {
  "one click", "1 click", "1 clic", "un clic", "ein klick", "in seconds", "instant", "instantly",
  "instant delivery", "autopilot", "on autopilot", "no coding", "no experience", "without experience",
  "while i sleep", "while you sleep", "step by step", "ohne vorkenntnisse", "sofort", "sin experiencia",
  "entrega inmediata", "en segundos", "sans expérience", "en quelques secondes", "без опыта",
  "без регистрации", "без вложений", "تحویل فوری", "بدون تجربه", "بدون سرمایه", "تفعيل فوري", "بدون خبرة",
  "بدون رأس مال",
  /* no limits: what a free tier lacks */
  "unlimited", "no limits", "without limits", "sin límites", "sin limites", "sans limite", "sans limites",
  "ohne limit", "без ограничений", "بدون محدودیت", "بلا حدود",
  NULL
};

/* "in 10 seconds", "за 5 секунд", "en 10 minutes": a number before one
 * of these */
static const char * const time_units[] = {
  " seconds", " minutes", " sekunden", " minuten", " secondes", " segundos", " minutos", " секунд", " минут",
  " ثانیه", " دقیقه", " ثانية", " ثوان", " دقائق",
  NULL
};

static const char * const cue_deal[] = {
  "day free trial", "% off", "discount", "promo code", "discount code", "coupon", "use code", "mit dem code", "avec le code",
  "only $", "only €", "only £", "just $", "just €", "just £", "from $", "from €", "from £", "packages from",
  "lifetime", "rabatt", "descuento", "a solo", "réduction",
  "remise", "places limitées", "تخفیف", "قیمت استثنایی", "خصم", "بدلاً من", "بدلا من", "скидк", "акция",
  NULL
};

static const char * const cue_trust[] = {
  "guarantee", "guaranteed", "warranty", "100%", "98%", "99%", "stars", "trusted by", "used by",
  "anonymous", "anonymously", "garantía", "garantie", "garantia", "гарант", "анонимно", "گارانتی", "ضمان",
  NULL
};

/* AI accounts resold, invite codes sold, access "without a VPN". Not
 * "account", "cuenta", "compte" or "Zugang" alone: "take into account",
 * "darse cuenta", "tenir compte", "Zugang zu Daten"; nor Arabic "حساب"
 * ("على حساب", at the expense of). */
static const char * const resale[] = {
  "accounts", "shared account", "premium account", "plus account", "pro account", "invite code",
  "invite codes", "invitation code", "subscription", "cuentas", "cuenta compartida", "cuenta premium",
  "comptes", "compte partagé", "compte premium", "geteilter zugang", "zugänge", "аккаунт", "подписк",
  "без vpn", "без впн", "зарубежной карты", "اکانت", "اشتراک", "کارت بین‌المللی", "اشتراك", "حسابك",
  "حسابات",
  NULL
};

/* The way to money the AI is sold as (not "a month" alone: it is a
 * price as often, "Plus is £20 a month") */
static const char * const money_promises[] = {
  "make money", "makes money", "earn", "earns", "earning", "earnings", "income", "passive", "royalties",
  "adsense", "profit", "profits", "trading", "invest", "invertí", "inversión", "ganar", "gana", "ganancias",
  "verdienen", "einkommen", "gagne", "gagner", "rentable", "درآمد", "اربح", "أرباح", "ربح", "заработ", "доход",
  NULL
};

/* Earnings claimed with a sum: "made $11,400", "makes $3,000" */
static const char * const income_verbs[] = {
  "made", "makes", "make", "earned", "earn", "earns",
  NULL
};

/* A business's "we", turning a comment to its own AI product */
static const char * const business_we[] = {
  "we've helped", "we have helped", "we help", "we build", "we've built", "we have built", "our clients",
  "our platform", "our tool", "our app", "our software", "our agents", "book a demo", "book-demo",
  "unsere ki", "notre outil", "notre plateforme", "nuestra herramienta", "nuestra plataforma",
  NULL
};

/* A signature's title, on the comment's last line */
static const char * const founder_titles[] = {
  "founder", "co-founder", "cofounder", "ceo", "cto", "head of growth", "gründer", "geschäftsführer",
  "fondateur", "fondatrice", "fundador", "fundadora", "основатель", "مؤسس", "بنیان‌گذار", "مدیرعامل",
  NULL
};

/* The sites a reader sends others to when she names an AI tool: its
 * maker's own, and where open code is kept */
static const char * const vendor_hosts[] = {
  "openai.com", "chatgpt.com", "anthropic.com", "claude.ai", "gemini.google.com", "ai.google.dev",
  "copilot.microsoft.com", "midjourney.com", "deepseek.com", "perplexity.ai", "nvidia.com", "github.com",
  "gitlab.com", "huggingface.co", "mozilla.org",
  NULL
};

/* Undressing a photo, a face put in a video, a voice cloned: the AI
 * apps no reader advertises */
static const char * const abuse_tools[] = {
  "undress", "nudify", "remove clothes", "removes clothes", "clothes remover", "face swap", "faceswap",
  "put your face", "clone any voice", "voice clone", "voice cloning", "раздева", "ausziehen", "desnudar",
  "déshabiller", "عری", "تعري",
  NULL
};

/* Who a reader writing of those apps has in mind: children, parents,
 * victims, the law (no app's advert names them) */
static const char * const abuse_concerns[] = {
  "parents", "children", "child", "pupils", "victim", "victims", "illegal", "law", "ofcom", "eltern", "kinder",
  "enfants", "padres", "niños", "родител", "дети", "детей", "школ", "والدین", "کودکان", "الأطفال", "الآباء",
  NULL
};

/* A girlfriend or a companion made by AI, offered: readers write of
 * them as news or of their clients' loneliness, with nothing to try */
static const char * const companions[] = {
  "ai girlfriend", "ai boyfriend", "ai gf", "ai companion", "virtual girlfriend", "virtual boyfriend",
  "novia virtual", "novio virtual", "novia ia", "petite amie virtuelle", "copine virtuelle", "virtuelle freundin",
  "ki-freundin", "виртуальная девушка", "ии-девушка", "دوست دختر مجازی", "صديقة افتراضية", "حبيبة افتراضية",
  NULL
};

/* Where a seller's own page is, though the host is not named for AI:
 * a shop on a sales platform for courses and downloads... */
static const char * const sale_hosts[] = {
  "gumroad.com", "whop.com", "payhip.com", "teachable.com", "kajabi.com", "stan.store", "systeme.io",
  "podia.com", "thinkific.com", "lemonsqueezy.com", "sellfy.com",
  NULL
};

/* ...or an app's page in a store, a link list: the seller's when the
 * link's own words name AI ("…/ghibli-ai-portrait-art") */
static const char * const listing_hosts[] = {
  "apps.apple.com", "itunes.apple.com", "play.google.com", "apps.microsoft.com", "chromewebstore.google.com",
  "linktr.ee", "beacons.ai",
  NULL
};

/* Public bodies that offer AI help for free: a library's tutor, a
 * school's course, a charity's advice. Not "council": spam on a story
 * about the council's chatbot names it too. */
static const char * const public_offerers[] = {
  "library", "libraries", "school", "university", "college", "charity", "nhs", "volunteers",
  "community centre", "community center", "bibliothèque", "médiathèque", "biblioteca", "bibliothek",
  "volkshochschule", "библиотек", "کتابخانه", "مكتبة",
  NULL
};

/* An event about AI, whose page is named for it: announced, not sold
 * ("free, booked out in 10 minutes") */
static const char * const events[] = {
  "conference", "meetup", "talks", "workshop", "festival", "hackathon", "exhibition", "konferenz", "tagung",
  "vortrag", "conférence", "congreso", "jornada", "конференц", "همایش", "مؤتمر",
  NULL
};

/* AI companies whose name a giveaway borrows, and their own sites */
static const char * const ai_brands[] = {
  "openai", "chatgpt", "anthropic", "claude", "gemini", "midjourney", "deepseek", "perplexity", "nvidia",
  NULL
};

static const char * const ai_brand_sites[] = {
  "openai.com", "chatgpt.com", "anthropic.com", "claude.ai", "gemini.google.com", "google.com", "midjourney.com",
  "deepseek.com", "perplexity.ai", "nvidia.com",
  NULL
};

/* Money in a host's parts, transliterated as sellers write it */
static const char * const money_host_parts[] = {
  "dohod", "zarabotok", "zarabotat", "zarabotki", "income", "profit", "earn", "money", "cash", "ingresos",
  "dinero", "einkommen", "geld", "revenu", "argent",
  NULL
};

/* Whether a host names AI in a part of its own ("undress-ai.pro",
 * "ia-inversion.example", "ki-portrait.example", "lunalove-ai.app") or
 * ends in ".ai" */
static gboolean
host_names_ai (const char *host)
{
  g_autofree char *parts = NULL;

  if (host == NULL)
    return FALSE;
  if (g_str_has_suffix (host, ".ai"))
    return TRUE;
  /* (digits apart too: "gpt5-lifetime", "ai24-tools") */
  parts = g_strdup (host);
  g_strdelimit (parts, ".-_0123456789", ' ');
  if (_byline_spam_contains_word (parts, "ai") || _byline_spam_contains_word (parts, "ia") ||
      _byline_spam_contains_word (parts, "ki") || _byline_spam_contains_word (parts, "gpt"))
    return TRUE;
  /* Russian's нейросеть ("neural network") as sellers spell it in a
   * host, beside the money ("neuro-dohod.ru"); alone it is a clinic's
   * or a society's ("neuro-clinic", "neuro-society") */
  return (_byline_spam_contains_word (parts, "neuro") || _byline_spam_contains_word (parts, "neyro") ||
          _byline_spam_contains_word (parts, "neiro")) &&
    _byline_spam_any_word (parts, money_host_parts);
}

/* Whether "ai" is a part of a link, a file or a handle in normalised
 * @text ("ghibli-ai-portrait", "razdevator_ai_bot", "@ai.automate"):
 * between hyphens, underscores, dots and slashes, not a word of prose */
static gboolean
has_ai_part (const char *text)
{
  for (const char *p = _byline_spam_find (text, "ai"); p != NULL; p = strstr (p + 2, "ai"))
    {
      gboolean before = p > text && strchr ("-_./@", p[-1]) != NULL;
      gboolean after = p[2] == '\0' || strchr ("-_./", p[2]) != NULL;

      if (before && after && (p[2] != '.' || g_ascii_isalpha (p[3])))
        return TRUE;
    }

  return FALSE;
}

/* Whether the comment names AI: in capitals, by a product's name, in a
 * link's or a handle's parts, by a host of its own, or by what only AI
 * does to a photo or a voice */
static gboolean
names_ai (const char *content,
          const char *valid,
          GPtrArray  *hosts)
{
  for (guint i = 0; ai_capitals[i] != NULL; i++)
    {
      if (_byline_spam_contains_word (valid, ai_capitals[i]))
        return TRUE;
    }
  if (_byline_spam_terms_found (content, ai_names) > 0 || _byline_spam_terms_found (content, abuse_tools) > 0 ||
      has_ai_part (content))
    return TRUE;
  for (guint i = 0; i < hosts->len; i++)
    {
      if (host_names_ai (g_ptr_array_index (hosts, i)))
        return TRUE;
    }

  return FALSE;
}

/* A handle to write to: "@ai.automate.jake", "@NeuroHelperRuBot", not
 * an e-mail address's second half nor "@Karen" answering a reader */
static gboolean
has_handle (const char *content)
{
  const char *from = content, *handle;
  guint len, marks;

  while ((handle = _byline_spam_next_handle (content, &from, TRUE, &len, &marks)) != NULL)
    {
      if (len >= 6 && (marks > 0 || g_str_has_prefix (handle + len - 3, "bot")))
        return TRUE;
    }

  return FALSE;
}

/* "$29/month", "€9 per month", "49 $/year": a subscription's price,
 * with its figure (not "a month" alone: "Plus costs me £20 a month" is
 * a reader's) */
static const char * const periods[] = {
  "/month", "/mo", " per month", "/year", "/yr", " per year", "/week", " per week", "/mes", " al mes",
  "/monat", " pro monat", "/mois", " par mois", "/мес", " в месяц",
  NULL
};

/* Whether one of @units stands in @text right after a figure ("in 10
 * seconds", "за 5 секунд"); with @price, after a price's figure or sign
 * too ("$29/month", "9 €/mes"), and not inside a longer word
 * ("/months", "/mode") */
static gboolean
figure_before (const char         *text,
               const char * const *units,
               gboolean            price)
{
  for (guint i = 0; units[i] != NULL; i++)
    {
      gsize n = strlen (units[i]);

      for (const char *p = _byline_spam_find (text, units[i]); p != NULL; p = strstr (p + 1, units[i]))
        {
          gunichar c;

          if (p == text || (price && g_ascii_isalpha (p[n])))
            continue;
          c = g_utf8_get_char (g_utf8_find_prev_char (text, p));
          if (g_ascii_isdigit (c) || (price && (c == '$' || c == 0x20AC /* € */ || c == 0xA3 /* £ */)))
            return TRUE;
        }
    }

  return FALSE;
}

/* "made $11,400", "makes $3,000", "earn 500" */
static gboolean
claims_income (const char *text)
{
  for (guint i = 0; income_verbs[i] != NULL; i++)
    {
      gsize n = strlen (income_verbs[i]);

      for (const char *p = _byline_spam_find (text, income_verbs[i]); p != NULL; p = strstr (p + n, income_verbs[i]))
        {
          const char *q = p + n;

          if ((p > text && g_ascii_isalpha (p[-1])) || *q != ' ')
            continue;
          q++;
          if (g_ascii_isdigit (*q) || *q == '$' || g_str_has_prefix (q, "£") || g_str_has_prefix (q, "€"))
            return TRUE;
        }
    }

  return FALSE;
}

/* How many kinds of a seller's words @content has: *@strong of ease,
 * speed, a deal or trust, the rest "free" and calls to act */
static guint
count_cues (const char *content,
            guint      *strong)
{
  guint weak;

  *strong = (_byline_spam_terms_found (content, cue_ease) > 0 || figure_before (content, time_units, FALSE)) +
    (_byline_spam_terms_found (content, cue_deal) > 0 || figure_before (content, periods, TRUE)) +
    (_byline_spam_terms_found (content, cue_trust) > 0);
  weak = (_byline_spam_terms_found (content, cue_free) > 0) + (_byline_spam_terms_found (content, cue_action) > 0);

  return *strong + weak;
}

/* Whether a link's host borrows an AI company's name without being its
 * site ("openai-credits-claim.example") */
static gboolean
borrows_ai_brand (GPtrArray *hosts)
{
  for (guint i = 0; i < hosts->len; i++)
    {
      const char *host = g_ptr_array_index (hosts, i);

      if (_byline_spam_host_in (host, ai_brand_sites))
        continue;
      for (guint b = 0; ai_brands[b] != NULL; b++)
        {
          if (strstr (host, ai_brands[b]) != NULL)
            return TRUE;
        }
    }

  return FALSE;
}

/* Whether the comment sends readers somewhere of the seller's: a link
 * to other than an AI maker's own site, a code host, an official body
 * or a newspaper (@in_text: in the text only; else the author's
 * website, a number, a handle or a bot count too). With
 * @skip_platforms, a link to where readers post (a video, a profile) is
 * no seller's either: "it made my grandson's play into a cartoon, free
 * for a week" with a YouTube link is a reader's. */
static gboolean
sends_to_seller (const BylineSpamSample *sample,
                 const char             *content,
                 GPtrArray              *hosts,
                 gboolean                in_text,
                 gboolean                skip_platforms)
{
  for (guint i = 0; i < hosts->len; i++)
    {
      const char *host = g_ptr_array_index (hosts, i);

      if (!_byline_spam_host_in (host, vendor_hosts) && !_byline_spam_host_is_official (host) &&
          !_byline_spam_host_is_news (host) && !(skip_platforms && _byline_spam_host_is_platform (host)))
        return TRUE;
    }
  if (in_text)
    return FALSE;

  return (sample->author_url != NULL && sample->author_url[0] != '\0') ||
    _byline_spam_has_private_contact (content) || _byline_spam_has_messenger_contact (content) ||
    has_handle (content) || _byline_spam_contains_string (content, "t.me/");
}

/* Whether a link in the text is to a site named for AI: the business's
 * own ("agentforge.ai"), not a report it is named in */
static gboolean
links_ai_site (GPtrArray *hosts)
{
  for (guint i = 0; i < hosts->len; i++)
    {
      if (host_names_ai (g_ptr_array_index (hosts, i)))
        return TRUE;
    }

  return FALSE;
}

/* Whether the comment sends readers to the AI product's own place: a
 * site named for AI (in the text or as the author's website), a shop on
 * a sales platform, an app store's or a link list's page whose link
 * names AI, or a messenger's number or a bot to order from. A
 * reader's link about AI goes to a report, a regulator's guide or the
 * news: "free, unlimited and private, says the FOI reply" with
 * whatdotheyknow's link is a reader's. */
static gboolean
reaches_product (const BylineSpamSample *sample,
                 const char             *content,
                 GPtrArray              *hosts)
{
  gboolean ai_part = has_ai_part (content);

  if (links_ai_site (hosts))
    return TRUE;
  for (guint i = 0; i < hosts->len; i++)
    {
      const char *host = g_ptr_array_index (hosts, i);

      if (_byline_spam_host_in (host, sale_hosts) || (ai_part && _byline_spam_host_in (host, listing_hosts)))
        return TRUE;
    }
  if (sample->author_url != NULL && sample->author_url[0] != '\0')
    {
      g_autofree char *url = g_ascii_strdown (sample->author_url, -1);
      g_autofree char *site = _byline_spam_url_host (url);

      if (host_names_ai (site))
        return TRUE;
    }

  /* (not any handle or address: a reader sends complaints to a
   * council's press office) */
  return _byline_spam_has_messenger_contact (content) || _byline_spam_contains_string (content, "t.me/");
}

/* The last line of @text, when the comment has more than one and it is
 * a signature ("— Emma, founder of HeadshotPro AI"): a dash first */
static const char *
signature_line (const char *text)
{
  const char *last = strrchr (text, '\n');

  if (last == NULL)
    return NULL;
  for (last++; *last == ' '; last++)
    ;
  if (*last == '-' || *last == '~' || g_str_has_prefix (last, "—") || g_str_has_prefix (last, "–"))
    return last;

  return NULL;
}

void
_byline_spam_ai_evidence (const BylineSpamSample *sample,
                          const char             *content,
                          const char             *valid,
                          GPtrArray              *hosts,
                          guint                   outside_links,
                          GArray                 *evidence)
{
  const char *signature;
  guint cues, strong = 0;
  gboolean seller;
  gint product = -1;

  if (!names_ai (content, valid, hosts) || !sends_to_seller (sample, content, hosts, FALSE, FALSE) ||
      _byline_spam_terms_found (content, warnings) > 0)
    return;

  cues = count_cues (content, &strong);
  /* (a library's or a school's free AI help is offered in a seller's
   * words too, at a link: a tutor, a course, an account lent; and an
   * event's page, free and "booked out in 10 minutes"; an undressing
   * app is no public body's) */
  seller = sends_to_seller (sample, content, hosts, FALSE, TRUE) &&
    _byline_spam_terms_found (content, public_offerers) == 0 && _byline_spam_terms_found (content, events) == 0;
  /* (a product of its own: asked only of the kinds readers name too) */
#define PRODUCT (product < 0 ? (product = reaches_product (sample, content, hosts)) : product)

  if (hosts->len > 0 && borrows_ai_brand (hosts) && cues >= 1)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("uses an AI company’s name at an address that is not the company’s")));

  /* What the AI is sold as: a tool no reader advertises, a companion,
   * an account resold, a way to money, or any AI product in a seller's
   * words */
  if (_byline_spam_terms_found (content, abuse_tools) > 0 && (strong >= 1 || cues >= 2) &&
      _byline_spam_terms_found (content, abuse_concerns) == 0)
    _byline_spam_add_evidence (evidence, 0.6,
                               g_strdup (_("advertises an AI app that undresses photos, swaps faces or clones "
                                           "voices")));
  else if (_byline_spam_terms_found (content, companions) > 0 && (strong >= 1 || cues >= 2) && seller && PRODUCT)
    _byline_spam_add_evidence (evidence, 0.5, g_strdup (_("offers an AI girlfriend or companion")));
  else if (_byline_spam_terms_found (content, resale) > 0 && (strong >= 1 || cues >= 2) &&
           _byline_spam_terms_found (content, public_offerers) == 0)
    _byline_spam_add_evidence (evidence, 0.55, g_strdup (_("sells cheap or shared AI accounts or invite codes")));
  else if ((_byline_spam_terms_found (content, money_promises) > 0 || claims_income (content)) && cues >= 1 &&
           PRODUCT)
    _byline_spam_add_evidence (evidence, cues >= 2 ? 0.55 : strong >= 1 ? 0.5 : 0.4,
                               g_strdup (_("promises money made with AI, and sends readers to a course or a site")));
  else if (strong >= 1 && cues >= 2 && seller && PRODUCT)
    _byline_spam_add_evidence (evidence, strong >= 2 ? 0.55 : 0.5,
                               g_strdup (_("advertises an AI app or service in a seller’s words")));
  /* A comment on the story that turns to the writer's own AI business,
   * with a link to its site in the text (a founder arguing under her
   * website sends no one anywhere; a reader's "we've helped three
   * farms" links to the report) */
  else if (outside_links > 0 && _byline_spam_terms_found (content, business_we) > 0 && seller &&
           links_ai_site (hosts))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("turns to the writer’s own AI business, with a link to it")));

  /* A signature naming an AI business, under a comment with a website
   * (read in the text as written: "AI" in capitals) */
  if ((signature = signature_line (valid)) != NULL)
    {
      g_autofree char *line = _byline_spam_normalize (signature);

      if (_byline_spam_terms_found (line, founder_titles) > 0 &&
          (_byline_spam_contains_word (signature, "AI") || _byline_spam_terms_found (line, ai_names) > 0))
        _byline_spam_add_evidence (evidence, 0.4, g_strdup (_("signed by the founder of an AI business")));
    }
#undef PRODUCT
}
