/* byline-spam-filter-reach.c: praise and "come and see my site" in the
 * languages link sellers write in, and addresses written out bare
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Link spam has one shape in every language: a line of praise that fits
 * any article, then somewhere to go. The English phrases are in
 * byline-spam-filter-patterns.c; here are the same two ideas (praising
 * "the article" or "the post", and inviting readers to "our site") in
 * the other languages a news site's comment form meets, each written as
 * the idea, not as one spammer's sentence. Alone neither says anything:
 * readers thank for articles and mention their shops; the shape rules
 * weigh them with a link, a website or an address.
 *
 * The other adverts of a new site's first weeks are here too, each as
 * an offer with somewhere to take it up: a shop's address written out
 * without "http", software keys, free quotes, diplomas and papers, a
 * trade's service to "anyone who needs" one, a bonus code, and a
 * stranger greeting readers as "dear" with an address. Since the
 * thirty-eighth round, a link whose referral code is the author's own
 * name or e-mail ("…/app?ref=ngoctram21" from ngoctram.21@…), in any
 * language, and Vietnamese's "ở" before an address that sends readers.
 * Since the thirty-ninth, "contact us" in Swahili, Hausa, Yoruba and
 * Igbo ("kwa maelezo zaidi wasiliana na Agent Brian: …"); since the
 * fortieth, a driving licence sold "bina test ke" in India; since the
 * forty-eighth, Kenya's "bila test", the papers vouched "100% genuine";
 * since the forty-ninth, Kazakhstan's "права без экзамена", papers "с
 * занесением в базу"; since the fifty-first, Peru's "brevetes… sin
 * examen", "registrado en el sistema, 100% verificable"; since the
 * fifty-second, Bangladesh's "পরীক্ষা ছাড়াই… ড্রাইভিং লাইসেন্স",
 * "porikkha chara… licence", "অনলাইনে ভেরিফাই". Since the fifty-
 * third, Ethiopia's "የመንጃ ፈቃድ … ያለ ፈተና".
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "byline-spam-filter-private.h"

/* "Great article", "very informative", "thanks, admin" in Spanish,
 * Portuguese, French, German, Italian, Turkish, Indonesian, Vietnamese,
 * Arabic, Persian and Hindi: whole words */
static const char * const praise_words[] = {
  "excelente artículo", "excelente articulo", "excelente post", "excelente publicación", "muy buen artículo",
  "gran artículo", "muy interesante", "muy útil", "muy informativo", "buen aporte", "gracias por compartir",
  "excelente artigo", "ótimo artigo", "otimo artigo", "muito bom", "muito boa", "parabéns pelo",
  "muito útil", "muito interessante", "obrigado por compartilhar",
  "super article", "excellent article", "très bon article", "très bien expliqué", "très intéressant",
  "très instructif", "merci pour le partage", "merci pour cet article", "bravo pour",
  "toller beitrag", "toller artikel", "super beitrag", "super artikel", "sehr informativ", "sehr interessant",
  "sehr hilfreich", "danke für den beitrag", "danke für den artikel", "vielen dank für den beitrag",
  "articolo molto interessante", "ottimo articolo", "bellissimo articolo", "articolo interessante",
  "molto interessante", "molto utile", "grazie per la condivisione",
  "güzel bir yazı", "çok güzel bir yazı", "harika bir yazı", "faydalı bir yazı", "bilgilendirici",
  "emeğinize sağlık", "paylaşım için teşekkürler",
  "artikel yang sangat bermanfaat", "sangat bermanfaat", "artikel yang bagus", "artikelnya bagus",
  "sangat membantu", "terima kasih admin", "makasih gan",
  "bài viết rất hay", "bài viết hay", "bài viết hữu ích", "rất hữu ích", "cảm ơn tác giả", "cảm ơn admin",
  "مقال رائع", "مقال مفيد", "مقالة رائعة", "موضوع رائع", "معلومات مفيدة", "شكرا على المقال",
  "مقاله بسیار عالی", "مقاله عالی", "مطلب عالی", "مطلب بسیار مفید",
  "बहुत अच्छा लेख", "बहुत बढ़िया लेख", "उपयोगी जानकारी", "बहुत अच्छी जानकारी",
  /* English phrasings the first list lacks, and Polish and Dutch */
  "loved every line", "loved every word", "loved this", "loved reading", "loved this piece", "spot on",
  "ciekawy artykuł", "świetny artykuł", "dziękuję za artykuł", "bardzo ciekawy", "goed artikel", "mooi artikel",
  "interessant artikel", "bedankt voor het artikel",
  /* Filipino */
  "salamat sa impormasyon", "salamat sa pagbabahagi", "napakagandang artikulo", "magandang artikulo",
  "napakagandang blog",
  /* congratulating the author or the piece (not "congratulations to
   * the winners", which readers write under a contest's results), and
   * loving "the text" */
  "felicitaciones al autor", "felicitaciones por el artículo", "felicidades por el artículo",
  "enhorabuena por el artículo", "parabéns ao autor", "parabéns pela matéria", "félicitations à l'auteur",
  "félicitations pour cet article", "complimenti all'autore", "complimenti per l'articolo",
  "yazarın kaleminize sağlık", "kaleminize sağlık", "поздравляю автора", "buena nota", "buen artículo",
  "gran nota", "me encantó el artículo", "adorei o texto", "adorei o artigo", "ótimo texto", "j'ai adoré cet article",
  "article passionnant", "starker text", "starker artikel", "klasse artikel", "gran bel articolo",
  "harika yazı", "mükemmel bir yazı", "artikel bagus", "bài viết tuyệt vời", "отличный материал",
  "классная статья", "автору респект", "مقال ممتاز", "शानदार लेख",
  NULL
};

/* The same in Chinese and Japanese, which put no spaces between words:
 * anywhere in the text */
static const char * const praise_strings[] = {
  "写得非常好", "写得很好", "受益匪浅", "好文章", "非常有用", "感谢分享", "谢谢分享", "素晴らしい記事", "感谢楼主", "好文",
  NULL
};

/* "Visit our site", "I leave you my page", "more at": whole words */
static const char * const invitation_words[] = {
  "les dejo mi", "te dejo mi", "os dejo mi", "visita mi", "visiten mi", "visiten nuestro", "visita nuestra",
  "visita nuestro", "nuestra página", "nuestro sitio", "mi página web", "más información en",
  "visitem", "visite o nosso", "visite nosso", "nosso site", "meu site", "confira no", "mais informações em",
  "visiter mon site", "visitez mon", "visitez notre", "mon site", "notre site", "plus d'infos sur",
  "plus d'informations sur",
  "bei uns vorbei", "unsere seite", "unsere webseite", "meine seite", "meine webseite", "mehr infos unter",
  "mehr dazu unter",
  "al mio sito", "mio sito", "nostro sito", "visitate il", "visita il nostro", "maggiori informazioni su",
  "sitemize", "sitemizi", "sitemizden", "sitemi ziyaret", "web sitemiz",
  "kunjungi", "situs kami", "website kami", "mampir ke", "cek web", "cek website", "cek webnya", "cek situs kami",
  "cek bio", "klik link di bio", "layari laman kami",
  "ghé thăm", "ghé qua", "trang của tôi", "website của chúng tôi",
  "посетите наш", "заходите на наш", "на нашем сайте", "наш сайт",
  "زوروا موقعنا", "موقعنا", "قم بزيارة", "تفضلوا بزيارة",
  "سر بزنید", "به سایت ما",
  "हमारी वेबसाइट", "वेबसाइट पर जाएं", "विजिट करें",
  /* "our shop", "come and see", "call us", "sign up now" */
  "nuestra tienda", "nossa loja", "notre boutique", "unser shop", "unseren shop", "il nostro negozio",
  "mağazamız", "toko kami", "наш магазин", "متجرنا", "فروشگاه ما", "conheçam", "conozcan", "pueden entrar a",
  "entren a", "acesse", "appelez", "appelez-nous", "llámenos", "llame al", "ligue para", "rufen sie",
  "chiamaci", "chiamate", "arayın", "gọi ngay", "daftar sekarang", "regístrate ahora", "bei uns fündig",
  "tıklayın", "inbox ngay", "ib ngay",
  "zapraszam", "moją stronę", "naszą stronę", "bezoek onze", "onze website", "erreichbar unter", "book online",
  "book now", "book today",
  /* "find more about it at" */
  "more information about", "more info about", "find more information", "find out more at",
  /* "contact us", "contact me", "contact him or her", "for more details
   * contact", "call us" in Swahili, Hausa, Yoruba and Igbo */
  "wasiliana nasi", "wasiliana nami", "wasiliana naye", "kwa maelezo zaidi wasiliana", "tupigie simu",
  "ku tuntube mu", "kan si wa", "kpọtụrụ anyị",
  NULL
};

static const char * const invitation_strings[] = {
  "欢迎访问", "我们的网站", "注册就送", "点击访问", "详情请访问", "ぜひご覧", "请联系", "联系微信",
  NULL
};

/* Pictures or contacts of one's own "here": a dating page's words (not
 * "my contacts" alone: a loan app "took my contacts", a reader says) */
static const char * const mention_words[] = {
  "my photos", "my pictures", "my contacts here", "my number is", "mis fotos", "minhas fotos", "mes photos",
  "meine fotos", "le mie foto", "мои фото", "fotoğraflarım",
  NULL
};

/* Whether normalised @text praises the article in another language than
 * English or Russian */
gboolean
_byline_spam_praise_elsewhere (const char *text)
{
  return _byline_spam_any_word (text, praise_words) || _byline_spam_any_substring (text, praise_strings);
}

/* 2: normalised @text asks readers to visit the author's site in
 * another language; 1: it points to the author's own photos or
 * contacts; 0: neither */
guint
_byline_spam_promotion_elsewhere (const char *text)
{
  if (_byline_spam_any_word (text, invitation_words) || _byline_spam_any_substring (text, invitation_strings))
    return 2;

  return _byline_spam_any_word (text, mention_words) ? 1 : 0;
}

/* The writer saying who she is or what she does: "I'm a locksmith in
 * Bristol", "our club had twelve Escorts there", "ich bin Klempner" */
static const char * const own_part[] = {
  "i'm a", "i am a", "i'm the", "i am the", "as a", "i run", "i work", "i own", "we run", "we own",
  "our club", "our society", "our choir", "our group", "our team had", "my business", "my firm",
  "ich bin", "ich arbeite", "je suis", "je travaille", "soy", "trabajo en", "trabalho", "sou", "sono",
  "lavoro", "saya", "tôi là", "я работаю", "я врач", "من در", "أعمل", "أنا",
  /* "our shop on the high street has seen…": what "we" and "our" tell
   * is the writer's own world, as the paragraph-praise rule reads them */
  "our", "we", "unser", "unsere", "unserer", "wir", "nuestro", "nuestra", "nosotros", "nosso", "nossa", "nós",
  "notre", "nous", "nostro", "nostra", "noi", "bizim", "biz", "kami", "chúng tôi", "наш", "наша", "мы",
  "nasz", "nasza", "naszym",
  /* a trade or a role said as such: "as an insurance broker in Austin
   * I'd add…" */
  "as an", "as someone who", "speaking as", "in my experience", "in my job", "i'd add", "i would add",
  "en tant que", "in qualità di", "como profesional", "por experiencia", "aus erfahrung", "по опыту",
  NULL
};

/* Whether normalised @text tells of the writer's own part in things:
 * praise that goes on to that is a reader's, whoever her website is */
gboolean
_byline_spam_tells_own_part (const char *text)
{
  return _byline_spam_any_word (text, own_part);
}

/* Where one of these comes right before an address written out, the
 * address is where readers are sent: "order at", "visit", "en", "ke",
 * Vietnamese's "tại" and "ở" ("đăng ký ở …") */
static const char * const sending_words[] = {
  "at", "visit", "on", "en", "em", "à", "sur", "auf", "unter", "su", "di", "ke", "tại", "ở", "на",
  NULL
};

/* Where one of these comes before it, the address is what was bought or
 * read, last in the comment or not: "I ordered from cheapshoes.com" */
static const char * const naming_words[] = {
  "from", "with", "by", "de", "von", "da", "dari", "через", "у",
  NULL
};

/* The word before @before in @text (@before: where the spaces before
 * an address start) is one of @words */
static gboolean
word_before_is (const char         *text,
                const char         *before,
                const char * const *words)
{
  const char *w = before;

  while (w > text && !g_ascii_isspace (w[-1]))
    w--;
  for (guint i = 0; words[i] != NULL; i++)
    {
      if ((gsize) (before - w) == strlen (words[i]) && memcmp (w, words[i], before - w) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Whether the address from @p to @q in @text is where readers are sent:
 * after a colon, an arrow or a sending word, or last in the comment
 * (and not after "from") */
static gboolean
sends_to (const char *text,
          const char *p,
          const char *q)
{
  const char *before = p;
  gboolean last;

  while (*q && !g_ascii_isspace (*q))
    q++;
  while (g_ascii_isspace (*q) || *q == '.' || *q == '!')
    q++;
  last = *q == '\0';

  while (before > text && g_ascii_isspace (before[-1]))
    before--;
  if (before == text)
    return last;
  if (before[-1] == ':' || before[-1] == '>' ||
      (before - text >= 3 && (memcmp (before - 3, "➜", 3) == 0 || memcmp (before - 3, "→", 3) == 0)))
    return TRUE;

  return word_before_is (text, before, sending_words) || (last && !word_before_is (text, before, naming_words));
}

/* The host of the address ("keystorecheap.com", "spinmaxx.bet") written
 * without "http" or "www." (no link then, see _byline_spam_bare_link())
 * that looks like a shop's and is where @text sends readers; %NULL if
 * none. "I ordered from cheapshoes.com and never got them" names a
 * shop, it sends no one there. */
char *
_byline_spam_bare_shop (const char *text)
{
  const char *pos = text, *start, *dot, *end;

  while (_byline_spam_next_bare_host (text, &pos, &start, &dot, &end))
    {
      if (sends_to (text, start, end))
        {
          g_autofree char *host = g_strndup (start, end - start);

          /* (a regulator's name may hold its trade's:
           * "pharmacyregulation.org") */
          if (_byline_spam_host_is_commercial (host) && !_byline_spam_host_is_consumer_body (host))
            return g_steal_pointer (&host);
        }
    }

  return NULL;
}

/* Free quotes and call-outs: what a local trade's advert offers */
static const char * const quotes[] = {
  "free quote", "free quotes", "free estimate", "free estimates", "presupuesto gratis", "presupuesto sin compromiso",
  "orçamento grátis", "orçamento gratuito", "devis gratuit", "kostenloses angebot", "preventivo gratuito",
  "ücretsiz keşif", "бесплатный выезд", "бесплатная оценка", "kalkulace zdarma", "nezávazná kalkulace",
  "balicí materiál zdarma", "obhlídka zdarma", "darmowa wycena", "δωρεάν υλικά συσκευασίας",
  "δωρεαν υλικα συσκευασιας", "δωρεάν εκτίμηση", "δωρεάν αυτοψία",
  /* (Japanese's, Chinese's and Korean's, found inside words: "お見積もり
   * 無料", "免费报价", "무료 견적") */
  "見積もり無料", "見積り無料", "見積無料", "無料見積", "免费报价", "免费估价", "무료 견적", "무료견적",
  NULL
};

/* Diplomas and papers for sale: the idea, not one advert's words */
static const char * const papers[] = {
  "buy a diploma", "fake diploma", "fake diplomas", "buy a degree", "real and fake passports",
  "comprar diploma", "comprar título", "acheter un diplôme", "diplom kaufen", "diploma satın",
  "ijazah palsu", "خرید مدرک", "شراء شهادة", "купить аттестат", "купить права",
  /* (since the fortieth round, India's driving licence "bina test ke",
   * the RTO's test skipped) */
  "licence without test", "license without test", "licence bina test", "license bina test", "bina test ke",
  "लाइसेंस बिना टेस्ट", "बिना टेस्ट के",
  /* (since the forty-second, the papers said to be "registered in the
   * system", a licence "sans examen", in French, Spanish and Arabic) */
  "enregistrés dans le système", "enregistré dans le système", "registered in the system",
  "registrados en el sistema", "permis sans examen", "sans passer l'examen", "رخصة السياقة بدون امتحان",
  "رخصة بدون امتحان",
  /* (since the forty-eighth, Kenya's driving licence "bila test", the test skipped in Swahili) */
  "bila test", "dl bila test", "leseni bila test", "without a driving test", "bila mtihani",
  /* (since the fifty-first, Peru's papers "registered in the system",
   * one by one) */
  "registrado en el sistema", "registrada en el sistema",
  NULL
};

/* ...unless a reader warns of those who sell them ("attention aux pages
 * qui vendent le « permis sans examen »… c'est une arnaque") */
static const char * const paper_warnings[] = {
  "arnaque", "arnaques", "escroquerie", "estafa", "nsba", "نصب", "احتيال", "attention aux", "méfiez-vous",
  "beware of", "is a scam", "are a scam", "it's a scam", "utapeli", "matapeli", "ni wizi", "jihadharini",
  /* (Russian's and Kazakh's fraud, forgery and criminal charges, found
   * inside words; Uzbek's "firibgar"; and a driving school's "no one
   * issues a licence without the exam", "it cannot be bought") */
  "мошенни", "алаяқ", "подделк", "уголовн", "firibgar", "не выда", "нельзя", "невозможно", "не бывает",
  "мүмкін емес",
  /* (Spanish's forgery, a crime, a report to the police) */
  "falsificación", "falsificacion", "delito", "denuncia", "denuncien", "no existe", "no existen", "nadie da",
  /* (Bengali's and Banglish's fraud and fraudsters, the police, a
   * driving school's "there is no such thing") */
  "প্রতারণা", "প্রতারক", "পুলিশ", "বলে কিছু নেই", "protarona", "protarok",
  /* (Amharic's fraud, fraudsters, forged papers, the police) */
  "ማጭበርበ", "አጭበርባሪ", "ሐሰተኛ", "ሀሰተኛ", "ፖሊስ",
  NULL
};

/* ...and what a seller vouches for them with (the papers "100% genuine",
 * "verifiable online", of "any grade, any year"): a reader asking how
 * to replace a lost certificate vouches for none */
static const char * const paper_vouches[] = {
  "100% genuine", "verifiable online", "verifiable", "any grade", "any year", "full confidentiality",
  "registered in the database", "database registered", "no one will know",
  /* (and in Russian and Kazakh: "entered in the database", "full
   * confidentiality", "paid on receipt") */
  "с занесением в базу", "с занесением в реестр", "полная конфиденциальность", "полной конфиденциальности",
  "оплата после получения", "толық құпиялылық", "to'liq maxfiylik",
  /* (and in Spanish: "verifiable", "in full confidence") */
  "verificable", "100% verificable", "reserva total", "total reserva", "absoluta reserva",
  /* (and in Bengali and Banglish: "verified online", "secrecy kept") */
  "অনলাইনে ভেরিফাই", "গোপনীয়তা রক্ষা", "online e verify", "online verify",
  /* (and in Amharic: "registered in the system", "secrecy kept") */
  "በሲስተም የተመዘገ", "ምስጢር ይጠበቃል",
  NULL
};

static const char * const paper_strings[] = {
  "毕业证", "办证", "假证", "证件办理", "办理各类证件",
  /* a degree made, bought or sold, in Thai */
  "บริการทำวุฒิ", "รับทำวุฒิ", "ขายวุฒิ", "ซื้อวุฒิ",
  /* (since the forty-ninth, the papers "entered in the database", and
   * diplomas sold, in Russian, Kazakh and Uzbek, found inside words) */
  "с занесением в базу", "с занесением в реестр", "купить диплом", "куплю диплом", "продам диплом",
  "продаём диплом", "продаем диплом", "диплом сатамыз", "diplom sotamiz", "diplom sotiladi",
  NULL
};

/* ...or a driving licence had without its exam, the two words apart
 * ("водительские права категорий B, C, E без экзамена"; "куәлік
 * емтихансыз"; "prava imtihonsiz") */
static const char * const licences[] = {
  "права", "водительское удостоверение", "водительские удостоверения", "куәлік", "prava", "guvohnoma",
  /* (Peru's "brevete", Spanish's licence to drive: "brevetes A-I y
   * A-IIb sin examen") */
  "brevete", "brevetes", "licencia de conducir", "licencias de conducir",
  /* (Banglish's, English's spelling) */
  "licence", "license",
  NULL
};
static const char * const exams_skipped[] = {
  "без экзамен", "без сдачи", "емтихансыз", "imtihonsiz", "sin examen", "sin dar examen", "sin rendir examen",
  /* (Banglish's "without the exam", "without a test": "porikkha chara… licence") */
  "porikkha chara", "porikkha charai", "porikha chara", "test chara", "test charai",
  NULL
};

/* ...and Bengali's, its words three bytes a letter, read further apart
 * ("পরীক্ষা ছাড়াই BRTA স্মার্ট কার্ড ড্রাইভিং লাইসেন্স"); not the exams
 * students skipped ("পরীক্ষা ছাড়াই অটো পাস") */
static const char * const bengali_licences[] = {
  "লাইসেন্স", "licence", "license",
  /* (and Amharic's, its letters three bytes too: "የመንጃ ፈቃድ … ያለ ፈተና") */
  "መንጃ ፈቃድ", "መንጃ ፍቃድ",
  NULL
};
static const char * const bengali_exams_skipped[] = {
  "পরীক্ষা ছাড়া", "পরীক্ষা দেওয়া ছাড়া", "পরীক্ষা না দিয়ে", "টেস্ট ছাড়া",
  "ያለ ፈተና", "ያለፈተና", "ፈተና ሳይፈተኑ",
  NULL
};

/* A service offered to whoever needs one: "anyone needing carpet
 * cleaning", "für alle, die einen Schlüsseldienst suchen" */
static const char * const needing[] = {
  "anyone needing", "anyone who needs", "if anyone needs", "anyone looking for", "for anyone looking for",
  "für alle, die", "wer einen", "wer eine", "si alguien necesita", "para quien necesite", "para quem precisa",
  "quem precisar", "si quelqu'un cherche", "pour ceux qui cherchent", "per chi cerca", "chi ha bisogno",
  "arayanlar", "ihtiyacı olan", "yang butuh", "yang membutuhkan", "кому нужен", "кому нужна", "кому нужно",
  "ai cần", "dla tych, którzy", "wie een", "se cercate", "se precisar", "si buscas", "si necesitas", "si vous cherchez",
  "wenn sie einen", "eğer arıyorsanız", "quem quiser",
  NULL
};

/* Strangers greeted as lovers: a dating bait's first words */
static const char * const endearments[] = {
  "hello dear", "hi dear", "hey dear", "hello handsome", "hi handsome", "hey handsome", "hello sweetie",
  "hi sweetie", "saw your profile", "hola cariño", "hola guapo", "olá querido", "olá lindo", "coucou mon chéri",
  "ciao caro", "hallo schatz", "привет дорогой", "привет красавчик", "merhaba canım", "halo sayang",
  NULL
};

/* Whether the author signs as a business: a name like an advert's, or
 * a website or an e-mail address at a host that looks like a shop's or
 * carries the author's name ("Sydney Carpet Care" at
 * sydneycarpetcare.example) */
static gboolean
signs_as_business (const BylineSpamSample *sample)
{
  g_autofree char *name = _byline_spam_normalize (sample->author_name);
  g_autofree char *url = _byline_spam_normalize (sample->author_url);
  g_autofree char *email = _byline_spam_normalize (sample->author_email);
  g_autofree char *site = url[0] != '\0' ? _byline_spam_url_host (url) : NULL;
  const char *at = strrchr (email, '@');

  g_strstrip (name);
  if (_byline_spam_name_is_advert (name) > 0)
    return TRUE;
  if (site != NULL && (_byline_spam_host_is_commercial (site) || _byline_spam_name_in_host (name, site)))
    return TRUE;

  return at != NULL && at[1] != '\0' && _byline_spam_host_is_commercial (at + 1);
}

/* Licence keys for software, sold: the idea in the languages keys are
 * sold in */
static const char * const software_keys[] = {
  "license key", "licence key", "product key", "activation key", "lifetime activation", "lifetime license",
  "genuine key", "retail key", "oem key", "cd key", "clave de licencia", "clave de activación",
  "chave de ativação", "chave de licença", "clé de licence", "clé d'activation", "lizenzschlüssel",
  "produktschlüssel", "chiave di licenza", "lisans anahtarı", "ключ активации", "лицензионный ключ",
  "kunci lisensi", "mã kích hoạt", "مفتاح التفعيل", "لایسنس",
  NULL
};

/* A code to type in for a bonus: "with code WIN150", "código BONO50",
 * and Korean's, Chinese's and Thai's "sign-up code", "invitation code"
 * ("가입코드 VIP777"), written as one word with what it is for */
static const char * const code_words[] = {
  "code", "promo code", "bonus code", "código", "codice", "kod", "kode", "код", "mã", "가입코드", "가입 코드",
  "추천코드", "추천인코드", "추천인 코드", "쿠폰코드", "邀请码", "推荐码", "优惠码", "โค้ด", "รหัสโปรโมชั่น",
  NULL
};

/* Whether a code word in @text is followed by a code: letters and digits
 * mixed in one word ("win150") */
static gboolean
has_bonus_code (const char *text)
{
  for (guint i = 0; code_words[i] != NULL; i++)
    {
      gsize len = strlen (code_words[i]);

      for (const char *p = _byline_spam_find (text, code_words[i]); p != NULL; p = strstr (p + len, code_words[i]))
        {
          const char *q = p + len;
          guint letters = 0, digits = 0;

          if ((p > text && _byline_spam_is_word_char (g_utf8_get_char (g_utf8_find_prev_char (text, p)))) ||
              (*q != ' ' && *q != ':'))
            continue;
          while (*q == ' ' || *q == ':')
            q++;
          for (; g_ascii_isalnum (*q); q++)
            {
              letters += g_ascii_isalpha (*q);
              digits += g_ascii_isdigit (*q);
            }
          if (letters >= 2 && digits >= 2 && (*q == '\0' || !_byline_spam_is_word_char (g_utf8_get_char (q))))
            return TRUE;
        }
    }

  return FALSE;
}

/* The keys of a link's query that say who sent the reader: a
 * referral's or an invitation's code ("…/app?ref=ngoctram21") */
static const char * const referral_keys[] = {
  "ref=", "referral=", "refcode=", "ref_code=", "refid=", "invite=", "invite_code=", "invitecode=", "inviter=",
  NULL
};

/* ...and what the code gets whoever signs up with it: money off, a
 * first order's bonus, a code to type ("lần đầu giảm 50%, nhập mã …") */
static const char * const referral_rewards[] = {
  "discount", "% off", "bonus", "first order", "new users", "new customers", "cashback", "promo code", "coupon",
  "giảm", "giam", "lần đầu", "lan dau", "nhập mã", "nhap ma", "mã giảm giá", "ưu đãi", "khuyến mãi", "优惠",
  "首单", "할인", "ส่วนลด", "скидка", "бонус", "descuento", "desconto", "réduction", "rabatt",
  NULL
};

/* @s's letters and digits, lower case and without marks ("Ngọc Trâm"
 * → "ngoctram"); with @letters, its letters only */
static char *
plain_letters (const char *s,
               gboolean    letters)
{
  g_autofree char *ascii = g_str_to_ascii (s != NULL ? s : "", "C");
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p; p++)
    {
      if (g_ascii_isalpha (*p) || (!letters && g_ascii_isdigit (*p)))
        g_string_append_c (out, g_ascii_tolower (*p));
    }

  return g_string_free (out, FALSE);
}

/* Whether an address in normalised @text carries, as its referral code,
 * the author's own name or e-mail address ("parknow-dn.online/app?ref=
 * ngoctram21" from ngoctram.21@…): the link pays its writer for every
 * reader it signs up, whatever the comment says of it */
static gboolean
has_own_referral (const BylineSpamSample *sample,
                  const char             *text)
{
  g_autofree char *email = g_strndup (sample->author_email != NULL ? sample->author_email : "",
                                      strcspn (sample->author_email != NULL ? sample->author_email : "", "@"));
  g_autofree char *own_email = plain_letters (email, FALSE);
  g_autofree char *own_email_letters = plain_letters (email, TRUE);
  g_autofree char *own_name = plain_letters (sample->author_name, TRUE);

  if (strchr (text, '=') == NULL)
    return FALSE;
  for (guint i = 0; referral_keys[i] != NULL; i++)
    {
      gsize len = strlen (referral_keys[i]);

      for (const char *p = _byline_spam_find (text, referral_keys[i]); p != NULL;
           p = strstr (p + len, referral_keys[i]))
        {
          const char *start = p, *q = p + len;
          g_autofree char *code = NULL;
          g_autofree char *plain = NULL;

          /* a query's key, in an address ("….online/app?ref=") */
          if (p == text || (p[-1] != '?' && p[-1] != '&'))
            continue;
          while (start > text && !g_ascii_isspace (start[-1]))
            start--;
          if (memchr (start, '.', p - start) == NULL)
            continue;
          while (g_ascii_isalnum (*q) || *q == '_' || *q == '.' || *q == '-')
            q++;
          code = g_strndup (p + len, q - (p + len));
          plain = plain_letters (code, FALSE);
          if ((strlen (own_email) >= 4 && strstr (plain, own_email) != NULL) ||
              (strlen (own_email_letters) >= 5 && strstr (plain, own_email_letters) != NULL) ||
              (strlen (own_name) >= 5 && strstr (plain, own_name) != NULL))
            return TRUE;
        }
    }

  return FALSE;
}

/* A reader passing on such a link to warn of it */
static const char * const referral_warnings[] = {
  "scam", "scams", "fake", "beware", "don't click", "do not click", "lừa đảo", "lua dao", "giả mạo", "đừng bấm",
  "诈骗", "사기", "มิจฉาชีพ", "мошенники", "estafa", "arnaque", "betrug",
  NULL
};

/* A marketer's title, as an agency's praise signs with it in the text
 * or the name ("As a digital marketing expert I read…", "Jessica |
 * Digital Growth Expert"): the praise is for a link of the agency's
 * own, in the website field */
static const char * const marketers[] = {
  "digital marketing expert", "digital marketing specialist", "digital marketing consultant", "digital marketer",
  "marketing expert", "marketing specialist", "seo expert", "seo specialist", "seo consultant", "seo agency",
  "seo strategist", "growth expert", "growth marketer", "growth hacker", "content marketer",
  NULL
};

/* @content: normalised; @shop: the bare shop address it sends readers
 * to, if any */
void
_byline_spam_reach_evidence (const BylineSpamSample *sample,
                             const char             *content,
                             const char             *shop,
                             guint                   outside_links,
                             GArray                 *evidence)
{
  gboolean somewhere = outside_links > 0 || shop != NULL || _byline_spam_has_contact (content) ||
    _byline_spam_has_messenger_contact (content) || (sample->author_url != NULL && sample->author_url[0] != '\0');

  if (shop != NULL)
    {
      g_autofree char *quoted = _byline_spam_quote_for_reason (shop);

      _byline_spam_add_evidence (evidence, 0.4,
                                 /* Translators: %s is a web site's name, as cheap-shoes.example */
                                 g_strdup_printf (_("sends readers to %s, which looks like a shop or an advert"),
                                                  quoted));
    }

  /* A reader's "my Office key stopped working" sells nothing: keys with
   * a price and somewhere to buy them */
  if (somewhere && _byline_spam_any_word (content, software_keys) && _byline_spam_has_currency_sign (content))
    _byline_spam_add_evidence (evidence, 0.45, g_strdup (_("sells licence keys for software")));

  if (somewhere && _byline_spam_terms_found (content, quotes) > 0)
    _byline_spam_add_evidence (evidence, 0.35, g_strdup (_("offers free quotes, as local trades’ adverts do")));

  if (somewhere && (_byline_spam_any_word (content, papers) || _byline_spam_any_substring (content, paper_strings) ||
                    _byline_spam_found_near (content, exams_skipped, licences, 48, _byline_spam_terms_found) ||
                    _byline_spam_found_near (content, bengali_exams_skipped, bengali_licences, 120,
                                             _byline_spam_terms_found)) &&
      _byline_spam_terms_found (content, paper_warnings) == 0)
    _byline_spam_add_evidence (evidence, _byline_spam_terms_found (content, paper_vouches) > 0 ? 0.55 : 0.45,
                               g_strdup (_("sells diplomas, licences or identity papers")));

  /* Readers offer a lift or a hand to "anyone who needs" one; a business
   * signing as one offers its trade */
  if (somewhere && _byline_spam_any_word (content, needing) && signs_as_business (sample))
    _byline_spam_add_evidence (evidence, 0.4,
                               g_strdup (_("offers a business’s service to “anyone who needs” one")));

  if (_byline_spam_any_word (content, endearments) && _byline_spam_has_contact (content))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("greets readers as “dear” or “handsome” and leaves an address to write to")));

  if (somewhere && has_bonus_code (content))
    _byline_spam_add_evidence (evidence, 0.35, g_strdup (_("gives a code to type in for a bonus")));

  /* A link whose referral code is the author's own: "tải app ở
   * parknow-dn.online/app?ref=ngoctram21 rồi nhập mã PHODIBO", signed
   * Ngọc Trâm. (The reason is byline-spam-filter-pitches.c's, which
   * reads "my link" said in words.) */
  if (has_own_referral (sample, content) && _byline_spam_terms_found (content, referral_warnings) == 0)
    _byline_spam_add_evidence (evidence, _byline_spam_terms_found (content, referral_rewards) > 0 ? 0.5 : 0.35,
                               g_strdup (_("sends readers through the author’s own referral link")));

  /* Praise that fits any article, however long, from a self-styled
   * marketer with a website: a reader who works in marketing says
   * something of the story, and seldom thanks for the site */
  if (sample->author_url != NULL && sample->author_url[0] != '\0' && _byline_spam_is_praise (content))
    {
      g_autofree char *name = _byline_spam_normalize (sample->author_name);

      if (_byline_spam_any_word (content, marketers) || _byline_spam_any_word (name, marketers))
        _byline_spam_add_evidence (evidence, 0.5,
                                   /* Translators: a reason a comment looks like spam */
                                   g_strdup (_("praise that would fit any article, signed by a marketing or SEO "
                                               "expert with a website")));
    }
}
