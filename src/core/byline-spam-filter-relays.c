/* byline-spam-filter-relays.c: what a reader's warning passes on
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A reader who warns of a fraud passes on what it said, number and all:
 * in quotation marks ("Přišla mi zpráva „… Viber +420 …“. Podvod"), or
 * in her own words ("my neighbour got a message saying she had won and
 * should WhatsApp +44 … to claim it. It's a scam"); since the forty-
 * seventh, in Japanese's corner brackets and words too ("こんなSMSが
 * 来ました→「…」", "…に電話するようにと書いてあった"). The number is
 * the fraud's, not hers; so is the number of someone she says asked
 * for money or wrote to her ("a man calling himself Rashid wrote to my
 * mother on WhatsApp +44 …"). _byline_spam_own_words() blanks what
 * she passes on, for the rules that read an author's contact and
 * invitations (byline-spam-filter-shape.c). And a reader who tells
 * others to call the number on the back of their card instead sends
 * them to no one's (_byline_spam_sends_to_card_line()).
 *
 * What is quoted is blanked in any comment that talks of spam. A
 * sentence that tells what someone received or saw is blanked only in
 * a warning: not in an advert that says it is "not a scam", and not in
 * a testimonial that talks of a scam to sell its cure ("I lost $45,000
 * to a crypto scam; thanks to Agent Mark I got it back, WhatsApp …"),
 * whose "someone told me about him" is its own invitation. And only a
 * sentence that names what was received, a message, an advert or a
 * post: "Mrs Linda said I can get a loan at 3%, WhatsApp …" passes on
 * nothing.
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <string.h>

#include "byline-spam-filter-private.h"

/* Telling that someone received, saw or was told something, in the
 * languages the rules read: whole words in Latin letters, stems in other
 * scripts */
static const char * const relay_frames[] = {
  "got a", "got an", "got this", "gets", "getting", "received", "receiving", "saw", "seen", "spotted", "saying",
  "says", "said", "telling", "told", "claiming", "claims", "claimed", "pretending", "posing as", "going round",
  "going around", "circulating", "someone", "somebody", "keeps posting", "posted", "i get", "we get",
  "i receive", "we receive",
  /* Portuguese, Spanish */
  "recebeu", "recebi", "recebemos", "receberam", "dizendo", "disse", "disseram", "mandaram", "alguém", "alguem",
  "circulando", "llegó", "llego", "recibí", "recibi", "recibió", "recibio", "diciendo", "dijo", "dicen", "alguien",
  /* French, Italian, German, Dutch */
  "reçu", "recu", "disant", "prétendant", "pretendant", "quelqu'un", "circule", "ricevuto", "dicendo", "qualcuno",
  "bekommen", "erhalten", "angeblich", "behauptet", "jemand", "kreeg", "ontvangen", "zogenaamd", "iemand",
  /* Filipino, Indonesian, Vietnamese */
  "daw", "kuno", "nag-text", "naka-receive", "nakareceive", "nakatanggap", "nadawat", "nag-post", "nagpadala",
  "menerima", "katanya", "seseorang", "nhận được", "nhan duoc", "ai đó",
  /* Polish, Czech, Slovak, Hungarian, Romanian, Turkish */
  "dostała", "dostałam", "dostał", "otrzymała", "otrzymałam", "podobno", "ktoś", "přišla", "přišel", "prisla",
  "prisel", "dostala", "prý", "pry", "někdo", "nekdo", "kapott", "kaptam", "valaki", "a primit", "am primit",
  "cineva", "geldi", "birisi",
  /* Ukrainian, Russian, Bulgarian, Greek, Arabic, Chinese */
  "бачила", "бачив", "видела", "видел", "отримал", "получил", "получи", "пишуть", "пишут", "кажуть", "говорят",
  "хтось", "кто-то", "някой", "έλαβε", "έλαβα", "κάποιος", "λέγοντας", "وصلتني", "وصلها", "وصلني", "收到",
  /* (Japanese's "came", "arrived", "it said", "told to"; Korean's) */
  "が来ました", "が来て", "が届いた", "が届きました", "と書いてあ", "するようにと", "받았", "왔어",
  /* (Wolof's "received") */
  "dafa jot", "jot na", "jot naa", "dañu jot",
  NULL
};

/* What was received or seen: a message, an advert, a post, a call.
 * (Not a messenger's name: "WhatsApp +44 …" is the contact itself; and
 * in English the nouns that are also a scam's orders, "text +1 …",
 * "message me", "call now", only as nouns.) */
static const char * const relay_media[] = {
  "a message", "the message", "this message", "messages", "sms", "a text", "the text", "this text", "text message",
  "texts", "an email", "the email", "this email", "an e-mail", "the e-mail", "emails", "ad", "ads", "advert",
  "adverts", "advertisement", "a post", "the post", "posts", "posting", "a call", "the call", "calls", "letter",
  "flyer", "leaflet",
  "mensagem", "mensagens", "anúncio", "anuncio", "ligação", "mensaje", "mensajes", "llamada", "correo",
  "annonce", "appel", "courriel", "un message", "ce message", "le message", "message bii", "nachricht", "anzeige",
  "werbung", "anruf", "messaggio", "annuncio",
  "chiamata", "bericht", "advertentie", "mensahe", "ng text", "nag-text", "tawag", "pesan", "iklan", "wiadomość",
  "wiadomosc", "ogłoszenie", "reklama", "reklamu", "zpráva", "zprávu", "zprava", "zpravu", "inzerát", "inzerat",
  "üzenet",
  "hirdetés", "mesaj", "anunț", "anunt", "reklam", "tin nhắn", "quảng cáo", "cuộc gọi",
  "реклам", "оголошен", "объявлен", "обява", "повідомлен", "сообщени", "съобщени", "смс", "лист", "письм",
  "μήνυμα", "αγγελία", "διαφήμιση", "رسالة", "إعلان", "اعلان", "短信", "广告", "消息",
  /* (Japanese's and Korean's: a short mail, a message, a call, an advert; 문자, a text) */
  "ショートメール", "メール", "メッセージ", "電話", "広告", "簡訊", "문자", "메시지", "전화",
  NULL
};

/* Saying it is no fraud, as adverts do ("legit loan, no scam") */
static const char * const denials[] = {
  "no scam", "not a scam", "not scam", "not a fraud", "no fraud", "not fake", "no es estafa", "no es una estafa",
  "estafa no", "sin estafa", "não é golpe", "nao e golpe", "sem golpe", "não é fraude", "hindi scam", "di scam",
  "walang scam", "hindi modus", "bukan penipuan", "bukan scam", "kein betrug", "keine abzocke", "pas une arnaque",
  "pas d'arnaque", "non è una truffa", "nessuna truffa", "to nie oszustwo", "žádný podvod", "není podvod",
  "не шахраї", "не мошенни", "δεν είναι απάτη",
  /* (Wolof's "it is no swindle") */
  "du naxe", "duñu naxe",
  NULL
};

/* Recommending whom to turn to, as the cures of a fraud do ("he got my
 * money back", "I was told about Mrs Helen"), or where to buy, as shops
 * that warn of fakes do ("buy only from …") */
static const char * const recommendations[] = {
  "buy only", "buy from", "only from", "order from", "shop at", "official store", "official shop", "the real one",
  "the real site",
  "recover", "recovered", "recovery", "money back", "got it back", "got back", "helped me", "thanks to",
  "thank you to", "legit", "reliable", "trustworthy", "genuine", "recommend", "recommended", "reach out",
  "contact him", "contact her", "contact them", "told me about", "was told about", "introduced me", "referred me",
  "recuperei", "recuperou", "recuperar", "confiável", "confiavel", "recomendo", "me ajudou", "graças",
  "recuperé", "recupere", "confiable", "recomiendo", "me ayudó", "gracias a", "récupéré", "fiable", "recommande",
  "grâce à", "zurückbekommen", "seriös", "empfehle", "recuperato", "affidabile", "consiglio", "grazie a",
  "terpercaya", "rekomendasi", "nabawi", "вернул", "повернув", "надійн", "надежн", "рекоменд", "допоміг",
  "помог",
  NULL
};

/* The number on the back of the reader's own card, or her bank's own:
 * where a reader warning of a bank's fake message tells others to call
 * ("chiamate il numero sul retro della carta", "appelez le numéro au
 * dos de votre carte"); no one's to sell, and no fraud's */
static const char * const card_lines[] = {
  "back of your card", "back of the card", "back of your bank card", "back of your debit card",
  "sul retro della carta", "sul retro della tua carta", "retro della carta", "au dos de votre carte",
  "au dos de la carte", "au dos de ta carte", "detrás de la tarjeta", "detrás de su tarjeta", "detras de la tarjeta",
  "detras de su tarjeta", "reverso de la tarjeta", "reverso de su tarjeta", "verso do cartão", "verso do cartao",
  "verso do seu cartão", "verso do seu cartao", "rückseite ihrer karte", "rückseite eurer karte",
  "rückseite deiner karte", "rückseite der karte", "achterkant van je pas", "achterkant van uw pas",
  "na odwrocie karty", "na zadní straně karty", "na zadni strane karty", "kartınızın arkasındaki",
  "kartın arkasındaki", "на обратной стороне карты", "на звороті картки", "mặt sau thẻ", "mat sau the",
  "カード裏面", "カードの裏", "卡背面", "卡片背面",
  NULL
};

/* Normalised @text with what it quotes blanked: between straight or
 * curly double quotes, guillemets, low-high quotes closed as German and
 * Czech do („…“) or as Polish, Romanian and Hungarian do („…”), and
 * single quotes that open a word and close one ("offering 'WhatsApp +44
 * …'", not "don't"). */
static char *
blank_quotations (const char *text)
{
  static const char * const pairs[][2] = {
    { "\"", "\"" }, { "“", "”" }, { "«", "»" }, { "„", "“" }, { "„", "”" }, { "'", "'" }, { "‘", "’" },
    /* (Japanese's and Chinese's corner brackets: 「…」, 『…』) */
    { "「", "」" }, { "『", "』" },
  };
  char *copy = g_strdup (text);

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      gsize open_len = strlen (pairs[i][0]), close_len = strlen (pairs[i][1]);

      for (char *p = strstr (copy, pairs[i][0]); p != NULL; p = strstr (p + open_len, pairs[i][0]))
        {
          char *q = p + open_len;

          /* a single quote opens only after a space or at the start */
          if (pairs[i][0][0] == '\'' && p > copy && !g_ascii_isspace (p[-1]) && p[-1] != '(')
            continue;
          /* (a closing single quote followed by a letter is an
           * apostrophe: "don't", "don’t") */
          for (; (q = strstr (q, pairs[i][1])) != NULL; q += close_len)
            {
              if ((pairs[i][1][0] != '\'' && strcmp (pairs[i][1], "’") != 0) || !g_ascii_isalnum (q[close_len]))
                break;
            }
          if (q == NULL)
            break;
          memset (p + open_len, ' ', q - (p + open_len));
          p = q;
        }
    }

  return copy;
}

/* The length of the sentence end at @p (".", "!" or "?" before a space
 * or the end, a line's end, a Chinese or Japanese full stop), or 0 */
static gsize
sentence_end_at (const char *p)
{
  static const char * const wide_ends[] = { "。", "！", "？" };

  if (*p == '\n')
    return 1;
  if ((*p == '.' || *p == '!' || *p == '?') && (p[1] == '\0' || g_ascii_isspace (p[1])))
    return 1;
  for (guint i = 0; i < G_N_ELEMENTS (wide_ends); i++)
    {
      gsize len = strlen (wide_ends[i]);

      if (strncmp (p, wide_ends[i], len) == 0)
        return len;
    }

  return 0;
}

/* Someone other than the author, whose demand or approach a reader
 * warns of ("a man on WhatsApp … is asking for a fee", "un certain
 * Moussa… demande 5 000 F"), in the languages the rules read... */
static const char * const third_parties[] = {
  "someone", "somebody", "a man", "a woman", "a guy", "a person", "people", "the scammer", "the scammers",
  "this number", "that number", "these people", "un certain", "une certaine", "quelqu'un", "un homme",
  "une femme", "un individu", "des individus", "l'escroc", "les escrocs", "ce numéro", "ces gens", "naxkat bi",
  "alguien", "un tal", "un hombre", "una mujer", "este número", "alguém", "um homem", "uma mulher", "esse número",
  "este numero", "jemand", "ein mann", "eine frau", "diese nummer", "qualcuno", "un tizio", "un uomo", "una donna",
  "questo numero", "calling himself", "calling herself", "a lady", "this guy", "this man", "this woman",
  "a caller", "the caller", "a scammer", "scammers", "a fraudster", "the fraudster", "fraudsters", "un escroc",
  "des escrocs", "un estafador", "el estafador", "los estafadores", "um golpista", "o golpista", "os golpistas",
  "ein betrüger", "betrüger", "un truffatore", "i truffatori",
  NULL
};

/* ...and the demand itself */
static const char * const demands[] = {
  "asks", "asking", "asked", "demands", "demanding", "wants", "wanted", "is charging", "charges", "demande",
  "demandent", "réclame", "réclament", "exige", "exigent", "laaj", "dafay laaj", "pide", "piden", "pidiendo",
  "pede", "pedem", "pedindo", "cobra", "cobrando", "verlangt", "verlangen", "fordert", "chiede",
  "chiedono", "pretende",
  NULL
};

/* ...or how someone else reached the reader or hers ("a man calling
 * himself Rashid wrote to my mother on WhatsApp +44 …", "alguien me
 * llamó del 987 …"): the number is the one who wrote's */
static const char * const approaches[] = {
  "wrote to", "writes to", "is writing to", "messaged", "messages people", "messaging people", "texted",
  "is texting", "keeps texting", "called me", "called my", "called us", "called people", "calls people",
  "is calling", "keeps calling", "rang", "phoned", "contacted", "is contacting", "contacts people", "reached out",
  "approached", "sent", "sends", "dm'd", "dmed", "added me", "added my",
  "m'a écrit", "a écrit", "écrit aux", "m'a appelé", "m'a appelée", "a appelé", "appelle les", "m'a contacté",
  "m'a contactée", "a contacté", "contacte les", "m'a envoyé", "a envoyé", "envoie des",
  "me escribió", "escribió", "me llamó", "llamó", "está llamando", "me contactó", "contactó", "me envió", "envió",
  "me mandó", "mandó", "manda mensajes", "escreveu", "me ligou", "ligou", "está ligando", "contatou", "contactou",
  "mandou", "enviou", "schrieb", "angeschrieben", "rief", "angerufen", "kontaktierte", "schickte",
  "ha scritto", "mi ha scritto", "ha chiamato", "mi ha chiamato", "sta chiamando", "ha contattato", "ha mandato",
  "ha inviato",
  NULL
};

/* ...in a sentence that sends readers to no one: "contact", "write to",
 * "call" are how a "recovery" agent's comment goes on */
static const char * const referrals[] = {
  "contact", "write to", "call", "reach", "whatsapp him", "whatsapp her", "contactez",
  "écrivez", "appelez", "joignez", "contacta", "contacte", "escribe", "escriba", "llama", "llame", "ligue",
  "fale com", "kontaktieren", "schreiben sie", "rufen sie", "chiama", "scrivi", "contatta",
  NULL
};

/* Blanks each sentence of @text that tells that someone received or saw
 * a message, an advert or a post, or was told something in one
 * (relay_frames with relay_media), or what someone else demands or how
 * they reached her (third_parties with demands or approaches), unless it sends readers to write to
 * someone ("if someone asks you for money, contact Agent Mark on …",
 * a "recovery" agent's) */
static void
blank_relayed_sentences (char *text)
{
  char *start = text;

  while (*start != '\0')
    {
      char *end = start;
      gsize end_len = 0;
      char saved;

      while (*end != '\0' && (end_len = sentence_end_at (end)) == 0)
        end++;
      /* (the sentence with its end, on its own for the search) */
      end += end_len;
      saved = *end;
      *end = '\0';
      if ((_byline_spam_terms_found (start, relay_frames) > 0 && _byline_spam_terms_found (start, relay_media) > 0) ||
          (_byline_spam_terms_found (start, third_parties) > 0 &&
           (_byline_spam_terms_found (start, demands) > 0 || _byline_spam_terms_found (start, approaches) > 0) &&
           _byline_spam_terms_found (start, referrals) == 0 && _byline_spam_promotion (start) < 2))
        memset (start, ' ', end - start);
      *end = saved;
      start = end;
    }
}

/* Whether normalised @content neither says something is no fraud nor
 * recommends whom to turn to or where to buy: what a reader's warning
 * leaves out and the adverts that talk of fraud say */
static gboolean
neither_denies_nor_recommends (const char *content)
{
  return _byline_spam_terms_found (content, denials) == 0 && _byline_spam_terms_found (content, recommendations) == 0;
}

/**
 * _byline_spam_own_words:
 * @content: a comment's normalised text
 *
 * @content as the author's own words, if she talks of spam or a fraud
 * (_byline_spam_talks_of_spam()): what she quotes blanked, and, when
 * she warns of it (without saying something is no fraud, and without
 * recommending someone to turn to), each sentence that tells what
 * someone received, saw or was told. %NULL when she does not talk of
 * spam: all her words are her own.
 */
char *
_byline_spam_own_words (const char *content)
{
  char *own;

  if (!_byline_spam_talks_of_spam (content))
    return NULL;

  own = blank_quotations (content);
  if (neither_denies_nor_recommends (content))
    blank_relayed_sentences (own);

  return own;
}

/**
 * _byline_spam_only_passed_on:
 * @content: a comment's normalised text
 * @own: its own words (_byline_spam_own_words()), or %NULL
 * @string: a link's host, say
 *
 * Whether @string is in @content only where the author passes on what a
 * fraud she warns of sent: in @content, not in @own, and the comment
 * neither says something is no fraud nor recommends whom to turn to (as
 * adverts that talk of fraud do).
 */
gboolean
_byline_spam_only_passed_on (const char *content,
                             const char *own,
                             const char *string)
{
  return own != NULL && strstr (own, string) == NULL && strstr (content, string) != NULL &&
    neither_denies_nor_recommends (content);
}

/* Whether normalised @content warns of a fraud as a reader does: it
 * talks of one, and neither says something is none nor recommends whom
 * to turn to or where to buy, as the cures of a fraud and the shops
 * that warn of fakes do */
gboolean
_byline_spam_warns_of_fraud (const char *content)
{
  return _byline_spam_talks_of_spam (content) && neither_denies_nor_recommends (content);
}

/* Whether normalised @text sends readers to the number on the back of
 * their own card (card_lines): a reader's advice against a bank's fake
 * message, not an invitation to the author */
gboolean
_byline_spam_sends_to_card_line (const char *text)
{
  return _byline_spam_terms_found (text, card_lines) > 0;
}
