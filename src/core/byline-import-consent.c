/* byline-import-consent.c: a page's cookie banner, copied with the story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page copied whole brings its consent banner along, on top or under
 * the story: "We value your privacy" / "We and our partners use cookies
 * to …" / "Accept all" / "Manage preferences". Left in, it stands
 * before the headline and the header is not read at all. A banner is
 * lines that speak of cookies, consent or privacy and the banner's
 * buttons, nothing else; it must have both a line naming cookies (or
 * consent) and a button, so a story's paragraph about cookies, with no
 * button under it, stays.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import-private.h"

/* Words of a banner's text and heading, lower-cased */
static const char * const consent_words[] = {
  "cookie", "cookies", "consent", "privacy", "personal data", "our partners", "vie privée", "consentement",
  "données personnelles", "datenschutz", "privatsphäre", "einwilligung", "personenbezogene", "privacidad",
  "consentimiento", "datos personales", "la tua privacy", "consenso", "privacidade", "privacybeleid",
  "حریم خصوصی", "کوکی", "ملفات تعريف الارتباط", "الخصوصية", "файлы cookie", "конфиденциальность", "galetes",
  /* Slovenian, Icelandic, Albanian, Georgian, Armenian, Kazakh */
  "piškotk", "zasebnost", "vafrakök", "persónuvernd", "privatësi", "ქუქი", "კონფიდენციალურობ", "քուքի",
  "գաղտնիության", "құпиялылық",
  /* Azerbaijani, Uzbek, Welsh, Macedonian, Malayalam, Sorani Kurdish */
  "kuki", "çərəz", "məxfilik", "maxfiylik", "cwcis", "preifatrwydd", "колачиња", "колачињата", "приватност",
  "കുക്കി", "സ്വകാര്യത", "کووکی", "کوکیز", "تایبەتمەندی", NULL
};

/* The ones a banner must name at least once */
static const char * const cookie_words[] = {
  "cookie", "consent", "consentement", "einwilligung", "consentimiento", "consenso", "کوکی",
  "ملفات تعريف الارتباط", "galetes", "piškotk", "vafrakök", "ქუქი", "քուքի", "kuki", "çərəz", "cwcis", "колачиња", "колачињата", "കുക്കി", "کووکی",
  "کوکیز", NULL
};

/* Its buttons, the whole line lower-cased */
static const char * const buttons[] = {
  "accept", "accept all", "accept cookies", "accept all cookies", "allow all", "allow cookies", "agree",
  "i agree", "i accept", "ok", "got it", "reject", "reject all", "decline", "necessary only",
  "only necessary", "manage preferences", "manage options", "manage cookies", "manage settings",
  "cookie settings", "more options", "customise", "customize", "settings", "continue without accepting",
  "tout accepter", "accepter", "tout refuser", "refuser", "paramétrer", "personnaliser",
  "continuer sans accepter", "alle akzeptieren", "akzeptieren", "ablehnen", "alle ablehnen",
  "einstellungen", "zustimmen", "aceptar", "aceptar todo", "aceptar todas", "rechazar", "rechazar todo",
  "configurar", "accetta", "accetta tutto", "rifiuta", "aceitar", "rejeitar", "accepteren", "weigeren",
  "پذیرش", "قبول", "موافقم", "принять", "отклонить",
  /* Danish, Swedish, Norwegian, Dutch, Polish, Turkish, Malay and
   * Indonesian, Portuguese, Italian */
  "accepter alle cookies", "accepter alle", "afvis", "afvis alle", "acceptera alla", "acceptera", "avvisa",
  "godkänn alla", "godta alle", "godta", "avvis", "alles accepteren", "alle cookies accepteren", "akceptuję",
  "zaakceptuj wszystkie", "odrzuć", "kabul et", "reddet", "terima", "terima semua", "setuju", "tolak",
  "aceitar todos", "aceitar tudo", "accetta tutti", "accepta", "accepta-les", "rebutja", "configura",
  /* Slovenian, Icelandic, Albanian, Georgian, Armenian, Kazakh,
   * Mongolian */
  "sprejmi", "sprejmi vse", "sprejmem", "zavrni", "nastavitve", "samþykkja", "samþykkja allt", "hafna",
  "stillingar", "prano", "pranoj", "pranoj të gjitha", "refuzo", "მიღება", "ვეთანხმები", "უარყოფა",
  "ընդունել", "մերժել", "қабылдау", "келісемін", "зөвшөөрөх",
  /* Azerbaijani, Uzbek, Welsh, Macedonian, Malayalam, Sorani Kurdish */
  "qəbul et", "qəbul edirəm", "hamısını qəbul et", "rədd et", "razıyam", "qabul qilish", "roziman",
  "hammasini qabul qilish", "rad etish", "sozlamalar", "derbyn", "derbyn y cyfan", "derbyn pob cwci", "gwrthod",
  "gosodiadau", "прифати", "прифати ги сите", "прифаќам", "одбиј", "поставки", "സ്വീകരിക്കുക", "അംഗീകരിക്കുന്നു",
  "നിരസിക്കുക", "قبوڵکردن", "قبوڵە", "ڕەتکردنەوە", NULL
};

static gboolean
is_button (const char *lower)
{
  return g_strv_contains (buttons, lower);
}

/* Whether the last sentence of @lower is a button: a banner copied as
 * one line ("We use cookies to improve your experience. Accept all
 * cookies") */
static gboolean
ends_with_button (const char *lower)
{
  const char *stop = g_strrstr (lower, ". ");
  g_autofree char *tail = NULL;

  if (stop == NULL)
    return FALSE;
  tail = g_strdup (stop + 2);
  g_strstrip (tail);
  if (g_str_has_suffix (tail, "."))
    tail[strlen (tail) - 1] = '\0';
  /* ("Accepta-les o configura-les": two buttons, "or" between them) */
  {
    g_auto(GStrv) words = g_strsplit (tail, " ", -1);

    if (g_strv_length (words) == 3 && is_button (words[0]) &&
        g_strv_contains ((const char * const[]) { "o", "or", "ou", "oder", "of", "eller", NULL }, words[1]))
      return TRUE;
  }
  return is_button (tail);
}

/**
 * _byline_import_consent_box:
 * @lines: (element-type utf8): the copy's trimmed lines, blank ones empty
 * @i: a filled line
 * @lower_first: line @i lower-cased, with plain spaces
 *
 * Returns: the line after the cookie banner that opens at @i (blank
 *   lines inside it are part of it), or @i when none opens there
 */
guint
_byline_import_consent_box (GPtrArray  *lines,
                            guint       i,
                            const char *lower_first)
{
  gboolean named = FALSE, button = FALSE;
  guint end = i, seen = 0;

  /* (the banner opens with its text or heading: most lines are none) */
  if (!_byline_import_contains_any (lower_first, consent_words))
    return i;

  for (guint j = i; j < lines->len && seen < 10; j++)
    {
      const char *line = g_ptr_array_index (lines, j);
      g_autofree char *lower = NULL;

      if (line[0] == '\0')
        continue;
      if (strlen (line) > 600)
        break;
      lower = _byline_import_lower_plain (line);
      if (is_button (lower))
        {
          /* (the banner opens with its text or heading, not a button) */
          if (j == i)
            return i;
          button = TRUE;
        }
      /* (a banner's text: a few sentences at most) */
      else if (_byline_import_contains_any (lower, consent_words) && _byline_import_count_words (lower) <= 80)
        {
          named |= _byline_import_contains_any (lower, cookie_words);
          button |= ends_with_button (lower);
        }
      else
        break;
      seen++;
      end = j + 1;
    }
  return named && button ? end : i;
}
