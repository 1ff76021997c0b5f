/* byline-import-place.c: the writer's place beside the byline
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Wire copy often says where the story was filed right under the
 * writer's name rather than in the lede: "By Anna Kovac" / "ZAGREB",
 * "Anna Kovac" / "in Lagos", "Maria Lopez | Madrid", "By Omar Haddad in
 * Beirut". That place is the dateline when the lede names none. A place
 * is a few capitalised words (a state or country after a comma: "Lagos,
 * Nigeria"), no figures and no sentence; never an agency, a job title, a
 * page's label or a paper ("The Daily Ledger", "BBC News", "Dawn"), and
 * in mixed case only where nothing else can stand (under the name in a
 * signature, after the headline was read, or after "in").
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import-private.h"

/* Lower-case words a place's name may hold after its first word:
 * "Rio de Janeiro", "Frankfurt am Main", "Isle of Man" */
static const char * const particles[] = {
  "de", "del", "la", "le", "les", "am", "an", "der", "on", "upon", "sur", "en", "da", "do", "dos", "das",
  "di", "al", "el", "of", "y", NULL
};

/* Outlets known by one word that name their editions after a place or
 * a region (lower-cased) */
static const char * const edition_brands[] = {
  "axios", "politico", "semafor", "bild", "euronews", "insider", "patch", NULL
};

/* Words of a paper's, broadcaster's or desk's name, and papers known by
 * one word (lower-cased) */
static const char * const outlet_words[] = {
  "the", "news", "times", "post", "herald", "daily", "tribune", "journal", "gazette", "telegraph",
  "guardian", "mail", "express", "standard", "chronicle", "observer", "independent", "mirror",
  "star", "today", "press", "review", "magazine", "radio", "tv", "television", "online", "media",
  "network", "web", "courier", "dispatch", "inquirer", "record", "bulletin", "examiner", "monitor", "globe",
  "nation", "insider", "agency", "service", "services", "wire", "desk", "newsroom", "staff", "team",
  "bureau", "zeitung", "allgemeine", "presse", "rundschau", "nachrichten", "tagesschau", "journaal",
  "dagblad", "krant", "gazeta", "dziennik", "haber", "gazetesi", "tidning", "tidningen", "nyheter",
  "dawn", "haaretz", "politico", "axios", "bild", "spiegel", "welt", "zeit", "stern", "libération",
  "liberation", "mediapart", "repubblica", "corriere", "clarín", "folha", "estadão", "kommersant",
  "izvestia", "vedomosti", "hürriyet", "milliyet", "sabah", "cumhuriyet", "aftonbladet",
  "expressen", "nos", "nrc", "volkskrant", "trouw", "wyborcza", "rzeczpospolita", "onet", "interia",
  "vox", "slate", "quartz", "aljazeera", "jazeera", "euronews", "anadolu", "pap", "monde", "país",
  "welle", "figaro", "economist", "atlantic", "hindu", "asahi", "yomiuri", "mainichi", "nikkei",
  "tagesspiegel", "faz", "taz", "sueddeutsche", "süddeutsche", "lemonde", "elpais",
  /* papers' names that no place's share ("By Tom Hale, Sentinel") */
  "sentinel", "ledger", "bee", "register", "courant", "argus", "citizen", "advertiser", "enquirer",
  "democrat", "mercury", "statesman", "messenger", "republican", "picayune", "oklahoman", "tennessean",
  "oregonian", "gleaner", "intelligencer", "scotsman", "clarion", "vindicator", "spectator", "advocate",
  "telegram", "recorder", "informer", "examiner", "reporter",
  /* broadcasters and agencies by their initials */
  "npr", "cnbc", "msnbc", "abc", "cbs", "nbc", "pbs", "itv", "zdf", "ard", "rtl", "trt", "svt", "nrk",
  "yle", "orf", "srf", "rai", "rtve", "anp", "tt", "ntb", "ctk", "mti", "wsj", "nyt", "ft", "dw", "rfi",
  "rfe", "voa", "ians", "rte", "rté", "cbc", "sbs", "tvn",
  NULL
};

/* A page's labels and words that are no place */
static const char * const not_places[] = {
  "live", "breaking", "update", "updates", "updated", "exclusive", "analysis", "opinion", "video",
  "photos", "watch", "listen", "explainer", "comment", "comments", "review", "latest", "report",
  "share", "advertisement", "sponsored", "save", "follow", "subscribe", "print", "email",
  "premium", "podcast", "home", "world", "politics", "business", "sport", "sports", "culture",
  "summary", "overview", "background", "highlights", "contents", "audio", "gallery", "menu", "search",
  "interview", "feature", "features", "editorial", "letters", "obituary", "sponsored", "partner",
  "brief", "pictures", "depth", "focus", "numbers", "full", "short", "other", "detail", "context",
  "quotes", "charts", "maps", "data", "case", "conversation",
  "and", "und", "et", "och", "ve", "oraz",
  NULL
};

static gboolean
in_list (const char * const *list,
         const char         *word)
{
  g_autofree char *lower = g_utf8_strdown (word, -1);

  return g_strv_contains (list, lower);
}

/**
 * _byline_import_has_quote_mark:
 *
 * Whether @text holds a typographic quotation mark (“ ” « »): looked for
 * as characters, since strpbrk() would find their bytes inside other
 * letters (Devanagari's "ज" ends with the byte "“" ends with)
 */
gboolean
_byline_import_has_quote_mark (const char *text)
{
  return strstr (text, "“") != NULL || strstr (text, "”") != NULL || strstr (text, "«") != NULL ||
         strstr (text, "»") != NULL;
}

/* "Lagos", "SAN FRANCISCO, Calif.", "Rio de Janeiro": a few capitalised
 * words that are no agency, paper, job title or label */
static gboolean
is_place_name (const char *text,
               gboolean    uncased_ok)
{
  g_auto(GStrv) parts = NULL;
  guint words = 0;

  if (strlen (text) > 60 || strpbrk (text, "0123456789:;|/@#()[]\"!?") != NULL || _byline_import_has_quote_mark (text) ||
      _byline_import_is_agency (text) || _byline_import_is_job_title (text))
    return FALSE;
  /* ("Calif." after a comma is a state) */
  if (g_str_has_suffix (text, ".") && strstr (text, ", ") == NULL)
    return FALSE;
  if (g_str_has_suffix (text, ",") || g_str_has_suffix (text, "-"))
    return FALSE;

  parts = g_strsplit (text, ", ", -1);
  if (g_strv_length (parts) > 2)
    return FALSE;
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_auto(GStrv) split = g_strsplit (parts[i], " ", -1);

      if (parts[i][0] == '\0' || _byline_import_is_agency (parts[i]))
        return FALSE;
      for (guint j = 0; split[j] != NULL; j++)
        {
          gunichar first = g_utf8_get_char (split[j]);

          words++;
          /* ("de" is also a date's word: "3 de marzo") */
          if (j > 0 && in_list (particles, split[j]))
            continue;
          if (split[j][0] == '\0' || in_list (outlet_words, split[j]) || in_list (not_places, split[j]) ||
              !(g_unichar_isupper (first) ||
                (uncased_ok && g_unichar_isalpha (first) && !g_unichar_islower (first))))
            return FALSE;
          /* "ARD-Hauptstadtstudio": a broadcaster's desk */
          if (strchr (split[j], '-') != NULL)
            {
              g_auto(GStrv) pieces = g_strsplit (split[j], "-", -1);

              for (guint k = 0; pieces[k] != NULL; k++)
                if (in_list (outlet_words, pieces[k]))
                  return FALSE;
            }
          /* ("Saturday" alone; "Rio de Janeiro" holds a month's name) */
          if (parts[1] == NULL && split[1] == NULL && _byline_import_is_date_word (split[j]))
            return FALSE;
        }
    }
  return words >= 1 && words <= 5;
}

/**
 * _byline_import_place_line:
 * @line: a line under the writer's name, with plain spaces
 * @mixed_case_ok: whether a place in mixed case may stand there ("Lagos";
 *   a shouted "LAGOS" and "in Lagos" always may)
 *
 * The place of a line that says where the writer is: "ZAGREB", "in
 * Lagos", "From Kyiv, Ukraine", "Reporting from Marlow, Nev.", or
 * "Madrid" when @mixed_case_ok.
 *
 * Returns: (transfer full) (nullable): the place, or %NULL
 */
char *
_byline_import_place_line (const char *line,
                           gboolean    mixed_case_ok)
{
  /* (and "de São Paulo", "à Toulouse", "en Madrid", "aus Berlin" …) */
  static const char * const prepositions[] = {
    "in ", "In ", "IN ", "from ", "From ", "FROM ", "de ", "do ", "da ", "à ", "en ", "em ", "aus ", "uit ",
    "desde ", "depuis ", "Reporting from ", "Reported from ", NULL
  };

  /* ("University Communications" under a byline is the writer's office) */
  if (strlen (line) > 80 || _byline_import_ends_with_role (line))
    return NULL;
  for (guint i = 0; prepositions[i] != NULL; i++)
    {
      const char *place = line + strlen (prepositions[i]);

      if (g_str_has_prefix (line, prepositions[i]))
        return is_place_name (place, FALSE) ? g_strdup (place) : NULL;
    }
  if ((mixed_case_ok || _byline_import_is_shouted (line)) && is_place_name (line, FALSE))
    return g_strdup (line);
  return NULL;
}

/**
 * _byline_import_byline_place:
 * @whole: a byline, with plain spaces
 * @story: (nullable): the story's text
 *
 * The place a byline gives after its names: "Maria Lopez | Madrid",
 * "By Omar Haddad in Beirut", "By Anna Kovac, Zagreb" (not "Jane Doe |
 * Dawn", a paper). After a comma the part must be no writer's name (see
 * _byline_import_more_writers(): "By Anna Kovac, Tom Hale" names no
 * place), and a word alone no paper the story calls "the Sentinel".
 *
 * Returns: (transfer full) (nullable): the place, or %NULL
 */
char *
_byline_import_byline_place (const char *whole,
                             const char *story)
{
  /* ("Written by Ananya Reddy | Hyderabad |": the row's last bar) */
  g_autofree char *line = g_strstrip (g_strdup (whole));
  const char *bar = NULL;
  const char *in = NULL;
  const char *comma = NULL;
  g_autofree char *names = NULL;
  g_auto(GStrv) writers = NULL;
  g_autofree char *the = NULL;
  g_autofree char *the_capital = NULL;
  g_autofree char *place = NULL;

  if (strlen (line) > 200)
    return NULL;
  if (g_str_has_suffix (line, " |"))
    line[strlen (line) - 1] = '\0';
  g_strstrip (line);
  bar = g_strrstr (line, " | ");
  in = g_strrstr (line, " in ");
  comma = g_strrstr (line, ", ");
  /* "Par Claire Dubois (Toulouse, envoyée spéciale)" */
  if ((names = _byline_import_byline_text (line)) != NULL && strchr (names, '(') != NULL &&
      strchr (names, ')') != NULL)
    {
      const char *open = strchr (names, '(');
      g_autofree char *aside = g_strndup (open + 1, strcspn (open + 1, ",)"));

      /* (not a role, "Karen Doyle (Principal)") */
      if (!_byline_import_is_writer_role (g_strstrip (aside)) &&
          (place = _byline_import_place_line (aside, TRUE)) != NULL)
        return g_steal_pointer (&place);
    }
  g_clear_pointer (&names, g_free);
  /* "الجزيرة نت - الخرطوم", "Reuters - Lagos": the agency, then the place
   * (in any script: Arabic has no capitals) */
  {
    g_auto(GStrv) agency = _byline_import_parse_credit_line (line);
    const char *dash = strstr (line, " - ");

    if (dash == NULL)
      dash = strstr (line, " – ");
    if (agency != NULL && dash != NULL && g_str_has_prefix (line, agency[0]) &&
        strlen (agency[0]) == (gsize) (dash - line))
      {
        const char *after = strchr (dash + 1, ' ') + 1;

        return is_place_name (after, TRUE) && _byline_import_count_words (after) <= 3 ? g_strdup (after) : NULL;
      }
    /* "الرياض - واس", "LAGOS - Reuters": the place, then the agency (SPA,
     * WAM, QNA sign so); a known agency's name, not "خبرگزاری …" after a
     * desk ("گروه جامعه - خبرگزاری ایسنا") */
    if (agency != NULL && dash != NULL && g_str_has_suffix (line, agency[0]) && _byline_import_is_agency (agency[0]) &&
        strstr (line, "گروه") == NULL && strstr (line, "سرویس") == NULL && strstr (line, "قسم") == NULL &&
        g_strrstr (line, "desk") == NULL && g_strrstr (line, "Desk") == NULL &&
        strlen (line) - strlen (agency[0]) == (gsize) (strchr (dash + 1, ' ') + 1 - line))
      {
        g_autofree char *before = g_strndup (line, dash - line);

        /* (one word, or shouted: "Ahmet Yılmaz - Reuters" is the writer
         * and the agency) */
        return is_place_name (before, TRUE) &&
               (_byline_import_count_words (before) == 1 ||
                (_byline_import_is_shouted (before) && _byline_import_count_words (before) <= 3)) ?
               g_steal_pointer (&before) : NULL;
      }
  }
  /* (in a script without capitals, one word alone after the bar:
   * "राकेश वर्मा | इंदौर") */
  if (bar != NULL && _byline_import_count_words (bar + 3) == 1 && !g_unichar_isupper (g_utf8_get_char (bar + 3)) &&
      !g_unichar_islower (g_utf8_get_char (bar + 3)) && is_place_name (bar + 3, TRUE))
    return g_strdup (bar + 3);
  if (bar != NULL)
    return _byline_import_place_line (bar + 3, TRUE);
  if (in != NULL)
    return _byline_import_place_line (in + 1, TRUE);
  if (comma == NULL || (names = _byline_import_byline_text (line)) == NULL)
    return NULL;
  /* "inviata a Genova", "envoyée spéciale à Toulouse", "Correspondent in
   * Berlin": the writer's role, then the place */
  if ((place = _byline_import_place_line (comma + 2, TRUE)) == NULL)
    {
      static const char * const ats[] = { " a ", " à ", " in ", " en ", " em ", NULL };

      for (guint i = 0; place == NULL && ats[i] != NULL; i++)
        {
          const char *at = strstr (comma + 2, ats[i]);
          g_autofree char *role = at != NULL ? g_strndup (comma + 2, at - comma - 2) : NULL;

          if (role != NULL && _byline_import_count_words (role) <= 3 &&
              (g_unichar_islower (g_utf8_get_char (role)) || _byline_import_is_job_title (role)))
            place = _byline_import_place_line (at + strlen (ats[i]), TRUE);
        }
      return g_steal_pointer (&place);
    }
  /* ("By Anna Kovac, Tom Hale": a writer, dropped as before) */
  if ((writers = _byline_import_more_writers (place, TRUE, NULL, story)) != NULL)
    return NULL;
  the = g_strconcat ("the ", place, NULL);
  the_capital = g_strconcat ("The ", place, NULL);
  if (_byline_import_count_words (place) == 1 &&
      (_byline_import_story_mentions (story, the) || _byline_import_story_mentions (story, the_capital)))
    return NULL;
  return g_steal_pointer (&place);
}

/**
 * _byline_import_story_mentions:
 * @story: (nullable): the story's text
 * @words: a line under the byline ("Belo Horizonte")
 *
 * Whether the story names @words, whole, inside a line that says more
 * ("Floods in Belo Horizonte", "… in Belo Horizonte on Saturday"): the
 * place the story is about, not a second writer, whose name a story
 * leaves to its sign-off ("Additional reporting by Tom Hale", "Tom Hale
 * contributed to this report", which do not count).
 */
gboolean
_byline_import_story_mentions (const char *story,
                               const char *words)
{
  gsize len = strlen (words);

  if (story == NULL || len < 3)
    return FALSE;
  for (const char *p = strstr (story, words); p != NULL; p = strstr (p + 1, words))
    {
      const char *start = p;
      const char *end = p + len;
      gunichar before = p > story ? g_utf8_get_char (g_utf8_prev_char (p)) : '\n';
      gunichar after = *end != '\0' ? g_utf8_get_char (end) : '\n';
      g_autofree char *line = NULL;
      g_autofree char *lower = NULL;

      /* (a word of its own; the line itself is no mention) */
      if (g_unichar_isalnum (before) || g_unichar_isalnum (after) || (before == '\n' && after == '\n'))
        continue;
      while (start > story && start[-1] != '\n')
        start--;
      while (*end != '\0' && *end != '\n')
        end++;
      line = g_strndup (start, end - start);
      lower = g_utf8_strdown (line, -1);
      if (strstr (lower, "by ") != NULL || strstr (lower, "contribut") != NULL)
        continue;
      return TRUE;
    }
  return FALSE;
}

/**
 * _byline_import_is_outlet_name:
 * @text: a part of a page's title, with plain spaces
 *
 * Whether @text names a paper, broadcaster or agency: "BBC News",
 * "Reuters", "The Guardian", "The Irish Times", "Al Jazeera" (an agency,
 * or a few capitalised words, the last a paper's word)
 */
gboolean
_byline_import_is_outlet_name (const char *text)
{
  g_auto(GStrv) words = NULL;
  guint n;

  if (_byline_import_is_agency (text))
    return TRUE;
  if (strlen (text) > 60 || _byline_import_count_words (text) > 5 || !_byline_import_is_name (text))
    return FALSE;
  words = g_strsplit (text, " ", -1);
  n = g_strv_length (words);
  /* ("Axios Denver", "Politico Europe": a one-word brand's local or
   * regional edition) */
  if (n == 2 && in_list (edition_brands, words[0]))
    return TRUE;
  return n > 0 && in_list (outlet_words, words[n - 1]) &&
         (n == 1 || g_str_equal (words[0], "The") || in_list (outlet_words, words[0]) || n <= 3);
}

/* An agency's service in a language or for the world, "dpa
 * International", "ANSA English": its site's name, not a writer (the
 * dateline's "(dpa)" signs the story) */
static gboolean
is_agency_edition (const char *plain)
{
  static const char * const editions[] = { " international", " english", " world", " global", " world service", NULL };
  g_autofree char *lower = g_utf8_strdown (plain, -1);

  for (guint i = 0; editions[i] != NULL; i++)
    {
      g_autofree char *agency = NULL;

      if (!g_str_has_suffix (lower, editions[i]))
        continue;
      agency = g_strndup (plain, strlen (plain) - strlen (editions[i]));
      if (_byline_import_is_agency (agency))
        return TRUE;
    }
  return FALSE;
}

/**
 * _byline_import_staff_credit:
 * @plain: a line over the headline
 *
 * A newsroom's credit in place of a writer's name: "From staff reports",
 * "Staff Report", "Guardian staff and agencies", "From wire reports",
 * "Compiled by staff": a few words, no sentence, naming the staff, the
 * agencies or the wires.
 *
 * Returns: (transfer full) (nullable): the credit to sign the story with,
 *   without its "From" or "By" ("Staff reports"), or %NULL
 */
char *
_byline_import_staff_credit (const char *plain)
{
  static const char * const openings[] = { "from ", "by ", "compiled by ", "compiled from ", NULL };
  static const char * const credits[] = {
    "staff", "staff report", "staff reports", "staff and agencies", "staff and wire reports",
    "staff and wire services", "wire reports", "wire services", "news services", "news service reports",
    "staff writers", "staff writer", "reporter", "correspondent", NULL
  };
  g_autofree char *lower = g_utf8_strdown (plain, -1);
  const char *rest = lower;
  const char *credit = NULL;
  gsize skipped = 0;

  if (_byline_import_count_words (plain) > 6 || _byline_import_ends_with_punctuation (plain))
    return NULL;
  for (guint i = 0; openings[i] != NULL; i++)
    {
      if (g_str_has_prefix (lower, openings[i]))
        {
          skipped = strlen (openings[i]);
          rest = lower + skipped;
          break;
        }
    }
  /* (the paper's name may come first: "Guardian staff and agencies") */
  for (guint i = 0; credits[i] != NULL && credit == NULL; i++)
    {
      gsize n = strlen (credits[i]), len = strlen (rest);

      if (len >= n && strcmp (rest + len - n, credits[i]) == 0 && (len == n || rest[len - n - 1] == ' ') &&
          _byline_import_count_words (rest) - _byline_import_count_words (credits[i]) <= 2)
        credit = credits[i];
    }
  if (credit == NULL)
    return NULL;
  /* (the words before it a paper's name, capitalised, "The Herald
   * staff" with its article: not "Meet the staff", "Our staff", "The
   * staff", nor a writer's name and title, "Dan Roe, Staff Writer") */
  /* (the words counted, not bytes: a capital's lower case may be longer) */
  if (strlen (rest) > strlen (credit))
    {
      g_auto(GStrv) words = g_strsplit (plain + skipped, " ", -1);
      guint n = g_strv_length (words) - _byline_import_count_words (credit);
      guint first = g_str_equal (words[0], "The") ? 1 : 0;

      if (first >= n || g_str_has_prefix (rest, "our ") || g_str_has_prefix (rest, "meet ") ||
          g_str_has_prefix (rest, "all "))
        return NULL;
      /* ("Tribune Reporter", "Staff Reporter": one word, the paper's or
       * the staff's, before a reporter; not "Jane Doe Reporter") */
      if ((g_str_equal (credit, "reporter") || g_str_equal (credit, "correspondent")) && n - first != 1)
        return NULL;
      for (guint i = first; i < n; i++)
        {
          if (strpbrk (words[i], ",;:|") != NULL || !g_unichar_isupper (g_utf8_get_char (words[i])))
            return NULL;
        }
    }
  {
    char *signed_as = g_strdup (plain + skipped);

    /* ("from staff reports" → "Staff reports") */
    if (g_ascii_islower (signed_as[0]))
      signed_as[0] = g_ascii_toupper (signed_as[0]);
    return signed_as;
  }
}

/* A police force's or fire service's name over its press release,
 * "Polizei Hamburg", "Feuerwehr Köln", "Greater Manchester Police",
 * "Kent Fire and Rescue Service": the issuer, not the headline. Every
 * word after a German force's name is a name's, capitalised ("Polizei
 * sucht Zeugen" is a headline), and no word is a headline's link
 * ("Protester Hurt By Police" is one) */
static gboolean
is_issuer (const char *plain)
{
  static const char * const heads[] = {
    "Polizei ", "Polizeipräsidium ", "Polizeidirektion ", "Polizeiinspektion ", "Kreispolizeibehörde ",
    "Bundespolizeidirektion ", "Bundespolizeiinspektion ", "Feuerwehr ", "Landeskriminalamt ", "Hauptzollamt ",
    "Staatsanwaltschaft ", NULL
  };
  static const char * const tails[] = {
    " Police", " Police Department", " Police Service", " Fire Department", " Fire and Rescue Service",
    " Sheriff's Office", " Sheriff’s Office", NULL
  };
  static const char * const links[] = {
    "by", "at", "for", "from", "with", "to", "as", "after", "on", "in", "says", "say", "calls", "call", NULL
  };
  g_auto(GStrv) words = g_strsplit (plain, " ", -1);
  guint n = g_strv_length (words);

  if (n < 2 || n > 6 || _byline_import_ends_with_punctuation (plain) || strpbrk (plain, ":|,") != NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *lower = g_utf8_strdown (words[i], -1);

      if (g_strv_contains (links, lower) ||
          (i > 0 && !g_unichar_isupper (g_utf8_get_char (words[i])) && !g_str_equal (lower, "and")))
        return FALSE;
    }
  for (guint i = 0; heads[i] != NULL; i++)
    if (g_str_has_prefix (plain, heads[i]) && n <= 3)
      return TRUE;
  for (guint i = 0; tails[i] != NULL; i++)
    if (g_str_has_suffix (plain, tails[i]))
      return TRUE;
  return FALSE;
}

/* The name of the site or agency at the top of the page, over the
 * headline: "خبرگزاری ایرنا" (an agency's name with the word for "news
 * agency"), "Reuters", "The Springfield Times", or a press release's
 * issuer ("Polizei Hamburg"). Sets *@agency when it is an agency's,
 * which signs the story. */
gboolean
_byline_import_is_masthead (const char *plain,
                            gboolean   *agency)
{
  static const char * const agency_words[] = { "خبرگزاری ", "وكالة ", "агентство ", NULL };
  g_autofree char *lower = g_utf8_strdown (plain, -1);
  g_autofree char *staff = _byline_import_staff_credit (plain);

  /* (the newsroom's own credit, "From staff reports", signs as an
   * agency's name does) */
  if (staff != NULL)
    return *agency = TRUE;
  *agency = _byline_import_is_agency (plain) ||
            (_byline_import_count_words (plain) <= 4 && g_str_has_suffix (lower, " news agency"));
  for (guint i = 0; !*agency && agency_words[i] != NULL; i++)
    *agency = g_str_has_prefix (lower, agency_words[i]) && _byline_import_count_words (plain) <= 4;

  if (*agency || _byline_import_is_outlet_name (plain) || is_agency_edition (plain) || is_issuer (plain))
    return TRUE;
  /* "EL DIARIO DEL TURIA | La mañana": a newsletter's masthead in
   * capitals and the edition's name */
  {
    const char *bar = strstr (plain, " | ");
    g_autofree char *name = bar != NULL ? g_strndup (plain, bar - plain) : NULL;

    return name != NULL && _byline_import_is_shouted (name) && _byline_import_count_words (name) <= 5 &&
           _byline_import_count_words (bar + 3) <= 3 && !_byline_import_ends_with_punctuation (bar + 3);
  }
}

/**
 * _byline_import_names_site_over:
 * @plain: the copy's first line, alone in its block
 * @next: the block under it
 *
 * "CAYMAN CURRENT", its menu dropped under it, over "Seven Mile Beach to
 * get 40 more public parking spaces": a site's name in capitals, two or
 * three words and no paper's word, over the menu a page puts under its
 * name and a headline in mixed case. (One word in capitals there is a
 * section's, "POLITICS", as "LOCAL NEWS" is; "BY LENA OKAFOR" a byline.)
 */
gboolean
_byline_import_names_site_over (const char  *plain,
                                const Block *next)
{
  const char *headline = g_ptr_array_index (next->lines, 0);
  guint words = _byline_import_count_words (plain);
  guint next_words = _byline_import_count_words (headline);

  return next->after_furniture && words >= 2 && words <= 3 && _byline_import_is_shouted (plain) &&
         strpbrk (plain, "0123456789") == NULL && !_byline_import_ends_with_punctuation (plain) &&
         !_byline_import_is_section_name (plain) && !_byline_import_opens_with_byline_word (plain) &&
         next_words >= 4 && next_words <= 25 && !_byline_import_is_shouted (headline) &&
         !_byline_import_ends_with_punctuation (headline);
}
