/* byline-import-names.c: bylines of wire copy
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "By Lena Okafor", "By Anna Berg and Tomás Ruiz", "نویسنده: مریم احمدی",
 * and what newspapers put beside the names: a job title ("By Priya Raman,
 * Transport Correspondent", the Guardian's unlabelled "Sarah Ahmed
 * Education correspondent"), an agency ("By JOHN SMITH Associated Press",
 * "By Jane Doe | Reuters"), a place ("By Omar Haddad in Beirut"). The
 * article keeps the names; a byline that is only an agency or a title
 * ("By Reuters", "By Our Correspondent") stays as it is.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import-private.h"

/* Lower-cased; longest first where one ends another */
static const char * const agencies[] = {
  "the associated press", "associated press", "agence france-presse", "bloomberg news", "pa media",
  "ria novosti", "bbc news", "ap", "reuters", "afp", "bloomberg", "pa", "dpa", "efe", "ansa",
  "agencies", "news agencies", "wire services", "staff and agencies", "staff and wire reports", "xinhua", "upi", "cnn", "tnn", "pti", "ians", "ani", "kyodo", "kyodo news", "jiji", "jiji press", "yonhap", "europa press", "agi", "adnkronos", "lusa", "belga", "anp", "sda", "keystone-sda", "ntb", "ritzau", "ctk", "mti", "bta", "ukrinform", "unian", "bernama", "antara", "aap", "pna", "vna", "cna", "anadolu", "wafa", "mena", "qna", "wam", "spa", "bbc", "tass", "interfax", "irna", "isna", "ilna", "tasnim",
  "aa", "dha", "iha", "tt", "pap", "stt", "tanjug", "hina", "sta", "apa", "app", "jta", "ips", "bss", "nna", "kuna", "petra", "sputnik",
  "ایرنا", "ایسنا", "ایلنا", "تسنیم", "тасс", "риа новости", "интерфакс",
  "الجزيرة نت", "رويترز", "الأناضول", "فرانس برس", "أ ف ب", "د ب أ", "واس", "وام", "قنا", "كونا",
  "سانا", "بترا", "وفا", "azərtac", "azertac", "uza", "миа",
  "भाषा", "वार्ता", "पीटीआई", "आईएएनएस", "एएनआई", "新华社", "共同通信", "연합뉴스",
  NULL
};

/* The last word of a job title */
static const char * const roles[] = {
  "correspondent", "correspondents", "editor", "editors", "reporter", "reporters", "writer",
  "writers", "columnist", "journalist", "analyst", "producer", "photographer", "contributor",
  "staff", "chief", "bureau", "desk", "intern", "critic", "commentator", "presenter", "anchor",
  "freelance", "freelancer", "fellow", "economist", "editor-at-large", "phd", "md", "director", "principal",
  /* a press office's name for itself under the byline */
  "office", "communications",
  "корреспондент", "редактор", "обозреватель", "журналист", "خبرنگار", "گزارشگر", "دبیر", "مراسل", "محرر", "صحفي",
  "verificador", "verificadora", "periodista", "redactor", "redactora", "corresponsal", "reportero", "reportera",
  "journaliste", "rédacteur", "rédactrice", "correspondant", "correspondante",
  "muhabiri", "muhabir", "editörü", "yazarı", "korrespondent", "korrespondentin", "redakteur", "redakteurin",
  "wartawan", "koresponden", "müxbiri", "müxbir", "redaktoru", "muxbiri", "muxbir", "muharriri", "gohebydd", "golygydd", "newyddiadurwr", "новинар", "новинарка", "дописник", "дописничка", "уредник", "уредничка", "ലേഖകൻ", "ലേഖിക", "റിപ്പോർട്ടർ", "پەیامنێر", "پەیامنێری", "ڕۆژنامەنووس", NULL
};

/* Words that qualify a job title: "Senior Political Correspondent" */
static const char * const beats[] = {
  "senior", "chief", "deputy", "associate", "assistant", "managing", "executive", "contributing", "guest",
  "special", "staff", "political", "politics", "policy", "education", "health", "transport",
  "transportation", "business", "economics", "economic", "economy", "science", "technology",
  "tech", "environment", "environmental", "climate", "energy", "foreign", "world",
  "international", "national", "local", "government", "regional", "city", "metro", "diplomatic", "security",
  "defence", "defense", "legal", "court", "courts", "crime", "arts", "culture", "music", "film", "food",
  "travel", "sport", "sports", "social", "affairs", "home", "data", "investigations",
  "investigative", "media", "money", "markets", "finance", "financial", "consumer", "property",
  "housing", "religion", "community", "news", "weather", "medical", "europe", "europe's", "africa",
  "asia", "americas", "middle", "east", "wire", "digital", "features", "opinion", "our",
  "старший", "специальный", "политический",
  NULL
};

/* Lower-case words a name may hold after its first word */
static const char * const particles[] = {
  "van", "von", "de", "der", "den", "da", "di", "du", "dos", "das", "del", "la", "le", "al",
  "el", "bin", "ibn", "ben", "ter", "zu", NULL
};

static gboolean
in_list (const char * const *list,
         const char         *word)
{
  g_autofree char *lower = g_utf8_strdown (word, -1);

  for (guint i = 0; list[i] != NULL; i++)
    {
      if (g_str_equal (lower, list[i]))
        return TRUE;
    }
  return FALSE;
}

gboolean
_byline_import_is_agency (const char *text)
{
  return in_list (agencies, text);
}

/**
 * _byline_import_is_name:
 *
 * Names: 1–4 words of 24 letters at most, no digits, capitalised in
 * cased scripts
 */
gboolean
_byline_import_is_name (const char *text)
{
  g_auto(GStrv) words = NULL;
  guint n = _byline_import_count_words (text);

  if (n == 0 || n > 4 || _byline_import_ends_with_punctuation (text) ||
      strpbrk (text, ":0123456789@/|") != NULL)
    return FALSE;

  words = g_strsplit (text, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      gunichar first;

      if (words[i][0] == '\0')
        continue;
      first = g_utf8_get_char (words[i]);
      if (g_unichar_isdigit (first) || g_unichar_ispunct (first))
        return FALSE;
      /* (a script written without spaces: a headline's run of 50 letters
       * is one word, no name's) */
      if (g_utf8_strlen (words[i], -1) > 24)
        return FALSE;
      /* Particles such as "van", "de", "al-" are fine after the first word */
      if (g_unichar_islower (first) && !_byline_import_is_caseless_letter (first) && (i == 0 || strlen (words[i]) > 3))
        return FALSE;
    }

  return TRUE;
}

/* "Б.Энхжаргал": the initial of the father's name joined to the name by
 * its dot, as Mongolian writes a name (one word, a full name) */
static gboolean
is_joined_initial_name (const char *word)
{
  const char *dot = strchr (word, '.');

  if (dot == NULL || g_utf8_next_char (word) != dot || !g_unichar_isupper (g_utf8_get_char (word)) ||
      !g_unichar_isupper (g_utf8_get_char (dot + 1)) || g_utf8_strlen (dot + 1, -1) < 3)
    return FALSE;
  for (const char *p = g_utf8_next_char (dot + 1); *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_islower (g_utf8_get_char (p)) && *p != '-')
        return FALSE;
    }
  return TRUE;
}

/* A name with nothing else in it: 2–4 words, each capitalised or a
 * particle (a line of other words is a headline, not a signature), and
 * no article first ("THE MORNING BRIEF" is a newsletter's) */
static gboolean
is_strict_name (const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  guint n = g_strv_length (words);

  if ((n < 2 && !(n == 1 && is_joined_initial_name (words[0]))) || !_byline_import_is_name (text) ||
      g_strv_contains ((const char * const[]) { "the", "The", "THE", "Der", "Die", "Das", "Les", NULL }, words[0]))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      if (g_unichar_islower (g_utf8_get_char (words[i])) && !_byline_import_is_caseless_letter (g_utf8_get_char (words[i])) &&
          !in_list (particles, words[i]))
        return FALSE;
    }
  return TRUE;
}

/* "JOHN SMITH" → "John Smith", "O'BRIEN" → "O'Brien"; mixed case is kept */
static char *
unshout (const char *name)
{
  GString *out;
  gboolean upper = FALSE, lower = FALSE, start = TRUE;

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      upper |= g_unichar_isupper (c);
      lower |= g_unichar_islower (c);
    }
  if (!upper || lower || g_utf8_strlen (name, -1) < 4)
    return g_strdup (name);

  out = g_string_new (NULL);
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, start ? c : g_unichar_tolower (c));
      start = !g_unichar_isalpha (c);
    }
  _byline_import_lower_particles (out->str);
  return g_string_free (out, FALSE);
}

/* Cuts a trailing " in Beirut" / " for CNN": up to 3 capitalised words */
static void
cut_place (char *name)
{
  static const char * const links[] = { " in ", " for ", " from ", " at ", NULL };
  g_autofree char *lower = g_utf8_strdown (name, -1);

  /* (shouted too: "JANE DOE FOR MAILONLINE") */
  if (strlen (lower) != strlen (name))
    return;
  for (guint i = 0; links[i] != NULL; i++)
    {
      char *found = strstr (lower, links[i]);
      char *hit = found != NULL ? name + (found - lower) : NULL;
      const char *rest;

      if (hit == NULL || hit == name)
        continue;
      rest = hit + strlen (links[i]);
      /* ("Sam Whitaker at the Emirates Stadium") */
      if (g_str_has_prefix (rest, "the ") && g_str_equal (links[i], " at "))
        rest += strlen ("the ");
      if (g_unichar_isupper (g_utf8_get_char (rest)) && _byline_import_count_words (rest) <= 3)
        {
          *hit = '\0';
          *found = '\0';
        }
    }
}

/* Cuts a trailing agency ("Jane Doe Reuters"); TRUE when one was cut */
static gboolean
cut_agency (char *name)
{
  g_autofree char *lower = g_utf8_strdown (name, -1);

  if (strlen (lower) != strlen (name))
    return FALSE;
  for (guint i = 0; agencies[i] != NULL; i++)
    {
      gsize len = strlen (agencies[i]);
      gsize at = strlen (lower);

      if (at > len + 1 && g_str_has_suffix (lower, agencies[i]) && lower[at - len - 1] == ' ')
        {
          name[at - len - 1] = '\0';
          g_strchomp (name);
          return TRUE;
        }
    }
  return FALSE;
}

/* Cuts a trailing job title ("Sarah Ahmed Education correspondent");
 * TRUE when one was cut, @name empty when it was all title */
static gboolean
cut_role (char *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  guint n = g_strv_length (words);

  if (n == 0 || !in_list (roles, words[n - 1]))
    return FALSE;
  n--;
  while (n > 0 && in_list (beats, words[n - 1]))
    n--;
  {
    g_autoptr(GString) kept = g_string_new (NULL);

    for (guint i = 0; i < n; i++)
      g_string_append_printf (kept, "%s%s", i > 0 ? " " : "", words[i]);
    strcpy (name, kept->str);   /* no longer than @name */
  }
  return TRUE;
}

/**
 * _byline_import_split_at:
 *
 * Returns: (transfer full): @text cut at each of @separators, parts
 *   trimmed, empty ones left out
 */
char **
_byline_import_split_at (const char         *text,
                         const char * const *separators)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *work = g_strdup (text);
  g_auto(GStrv) parts = NULL;

  for (guint i = 0; separators[i] != NULL; i++)
    {
      g_auto(GStrv) split = g_strsplit (work, separators[i], -1);

      g_free (work);
      work = g_strjoinv ("\x1f", split);
    }

  parts = g_strsplit (work, "\x1f", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }

  return g_strv_builder_end (builder);
}

/* Whether the last word of @part is a job title's ("… Finance Editor") */
static gboolean
ends_in_role (const char *part)
{
  const char *space = strrchr (part, ' ');

  return in_list (roles, space != NULL ? space + 1 : part);
}

/* The first words of places' names that look like people's ("New
 * Delhi", "Kuala Lumpur"), lower-cased */
static const char * const place_openings[] = {
  "new", "los", "las", "san", "santa", "santo", "são", "sao", "st.", "saint", "port", "porto", "cape",
  "kuala", "kota", "hong", "rio", "buenos", "abu", "tel", "addis", "dar", "ho", "mexico", "panama",
  "north", "south", "east", "west", "upper", "lower", "greater", "fort", "mount", "lake", "grand",
  NULL
};

/* Whether @part, after a byline's comma, is a second writer: two or three
 * capitalised words that make no job title, outlet, agency or place */
static gboolean
is_second_writer (const char *part)
{
  g_auto(GStrv) words = g_strsplit (part, " ", -1);
  guint n = g_strv_length (words);

  if (n < 2 || n > 3 || !is_strict_name (part) || ends_in_role (part) || in_list (beats, words[0]) ||
      in_list (roles, words[0]) ||
      _byline_import_is_outlet_name (part) || in_list (place_openings, words[0]) || g_str_equal (words[0], "The"))
    return FALSE;
  /* ("Jane Doe, Lagos Nigeria": a place and its country) */
  for (guint i = 0; i < n; i++)
    {
      if (in_list (agencies, words[i]) || _byline_import_is_shouted (words[i]))
        return FALSE;
    }
  return TRUE;
}

/* The names of a byline: cut at commas, then at "and". A part after a
 * comma that ends in a job title's word is all title, "and" and all
 * ("By Jo Lee, Health and Science Reporter"): it is left out. Without
 * any "and", what follows the first comma is no second writer but a
 * place or a desk ("By HT Correspondent, New Delhi", "Von Peter Schmidt,
 * ARD-Hauptstadtstudio"): it is left out too */
static char **
split_names (const char *text,
             const char *conjunction)
{
  static const char * const commas[] = { ", ", "، ", " | ", " / ", NULL };
  /* (Portuguese joins with "e" where Spanish has "y", and Spanish too
   * before an "i": "Por Ana Ribeiro e Carlos Mendes") */
  const char * const conjunctions[] = { " and ", " AND ", " & ", " و ", " и ", conjunction,
                                        g_strcmp0 (conjunction, " y ") == 0 ? " e " : NULL, NULL };
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = _byline_import_split_at (text, commas);
  gboolean listed = FALSE;
  gboolean joined = FALSE;

  for (guint i = 0; conjunctions[i] != NULL; i++)
    listed |= strstr (text, conjunctions[i]) != NULL;

  /* "By Priya Raman, Daniel Okafor": two writers and only a comma, when
   * what follows it is a person's name (not "Reuters", "Political
   * Editor", "The Guardian" or "New Delhi") */
  if (!listed && parts[0] != NULL && parts[1] != NULL && parts[2] == NULL && is_second_writer (parts[1]))
    listed = TRUE;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *part = parts[i];
      g_auto(GStrv) names = NULL;

      if (i > 0 && !listed)
        break;
      /* "A and B, Zagreb": after the part with "and", a place or desk */
      if (i > 0 && joined)
        break;
      /* "A, B, and C" */
      if (i > 0 && (g_str_has_prefix (part, "and ") || g_str_has_prefix (part, "& ")))
        {
          part = strchr (part, ' ') + 1;
          joined = TRUE;
        }
      if (i > 0 && ends_in_role (part))
        continue;
      names = _byline_import_split_at (part, conjunctions);
      for (guint j = 0; names[j] != NULL; j++)
        g_strv_builder_add (builder, names[j]);
      joined |= names[0] != NULL && names[1] != NULL;
    }

  return g_strv_builder_end (builder);
}

/* "HT", "NYT": a paper's initials (2–4 capital letters) */
static gboolean
is_initials (const char *word)
{
  gsize len = strlen (word);

  if (len < 2 || len > 4)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      if (!g_ascii_isupper (word[i]))
        return FALSE;
    }
  return TRUE;
}

/* The people among @parts, titles and agencies cut; @parts themselves when
 * there are none (a byline that is only "Reuters" or "Staff Reporter") */
static char **
people (char **parts)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = 0;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *name = g_strdup (parts[i]);

      if (in_list (agencies, name))
        continue;
      cut_place (name);
      cut_agency (name);
      {
        g_autofree char *before = g_strdup (name);

        /* "HT Correspondent": a paper's initials and a title, no name */
        if (cut_role (name) && is_initials (name))
          strcpy (name, before);
      }
      if (name[0] == '\0')
        continue;
      {
        g_autofree char *plain = unshout (name);

        g_strv_builder_add (builder, plain);
        n++;
      }
    }

  if (n == 0)
    return g_strdupv (parts);
  return g_strv_builder_end (builder);
}

/**
 * _byline_import_unshout:
 *
 * Returns: (transfer full): @name written normally when it is shouted
 *   ("ANA LÓPEZ" → "Ana López", "KYODO" → "Kyodo")
 */
char *
_byline_import_unshout (const char *name)
{
  return unshout (name);
}

/**
 * _byline_import_byline_text:
 *
 * Returns: (transfer full) (nullable): what follows a byline's "By",
 *   "Par", "Von" … ("Par Le Figaro avec AFP" → "Le Figaro avec AFP"), or
 *   %NULL when @line has none
 */
char *
_byline_import_byline_text (const char *line)
{
  g_autofree char *lower = g_utf8_strdown (line, -1);
  guint n;
  const BylinePrefix *byline_prefixes = _byline_import_byline_prefixes (&n);

  if (strlen (lower) != strlen (line))
    return NULL;
  for (guint i = 0; i < n; i++)
    {
      gsize plen = strlen (byline_prefixes[i].prefix);

      if (strncmp (lower, byline_prefixes[i].prefix, plen) == 0 && line[plen] != '\0')
        return g_strstrip (g_strdup (line + plen));
    }
  return NULL;
}

/**
 * _byline_import_is_full_name:
 *
 * A name and nothing else: 2–4 words, each capitalised or a particle
 * ("Jane Doe", "Ana de la Cruz"; not "Democracy Dies in Darkness")
 */
gboolean
_byline_import_is_full_name (const char *text)
{
  return is_strict_name (text) && !_byline_import_names_no_one (text);
}

/**
 * _byline_import_is_job_title:
 *
 * A line that is only a job title: "Health Reporter", "Senior Political
 * Correspondent", "Local democracy reporter"
 */
gboolean
_byline_import_is_job_title (const char *line)
{
  g_autofree char *copy = NULL;

  if (strlen (line) > 80 || _byline_import_count_words (line) > 5)
    return FALSE;
  copy = g_strdup (line);
  return (cut_role (copy) && copy[0] == '\0') || _byline_import_is_sentence_case_title (line);
}

/* Whether @line's last word is a writer's role or office ("Metro Desk"),
 * or it opens with one ("Gohebydd Gwleidyddol"): a line naming no place */
gboolean
_byline_import_ends_with_role (const char *line)
{
  const char *space = strrchr (line, ' ');

  return in_list (roles, space != NULL ? space + 1 : line) || _byline_import_opens_with_role (line);
}

/* "Par Claire Dubois (Toulouse, envoyée spéciale) et Julien Martin":
 * the byline without the words in parentheses after a name (a place, a
 * role, an agency; see _byline_import_byline_place()) */
static char *
without_asides (const char *line)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *p = line;
  const char *open;

  /* ("By Kelsey Morgan @kmorgan": the handle is no name) */
  while ((open = strchr (p, '(')) != NULL)
    {
      const char *close = strchr (open, ')');

      if (open == line || close == NULL || memchr (open + 1, '(', close - open - 1) != NULL ||
          close - open > 60)
        break;
      g_string_append_len (out, p, open - p);
      p = close + 1;
    }
  g_string_append (out, p);
  /* ("Claire Dubois  et …", "Claire Dubois ") */
  {
    g_auto(GStrv) words = g_strsplit (out->str, " ", -1);
    g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
    g_auto(GStrv) kept = NULL;

    for (guint i = 0; words[i] != NULL; i++)
      if (words[i][0] != '\0' && (i == 0 || words[i][0] != '@' || words[i][1] == '\0'))
        g_strv_builder_add (builder, words[i]);
    kept = g_strv_builder_end (builder);
    return g_strjoinv (" ", kept);
  }
}

/**
 * _byline_import_parse_byline:
 *
 * "By Lena Okafor", "By A and B, Reuters", "نویسنده: مریم احمدی" → names
 *
 * Returns: (transfer full) (nullable): the names, or %NULL for no byline
 */
char **
_byline_import_parse_byline (const char *original)
{
  static const char * const suffixes[] = { ", Jr.", " Jr.", ", Sr.", " Sr.", NULL };
  g_autofree char *line = NULL;
  g_autofree char *lower = NULL;
  g_auto(GStrv) parts = NULL;
  g_auto(GStrv) names = NULL;
  gboolean full_names = FALSE;
  guint n_prefixes;
  const BylinePrefix *byline_prefixes = _byline_import_byline_prefixes (&n_prefixes);

  /* "By Tom Hale Jr.": the names, the last with its suffix */
  for (guint i = 0; suffixes[i] != NULL; i++)
    {
      if (g_str_has_suffix (original, suffixes[i]) && strlen (original) <= 160)
        {
          g_autofree char *base = g_strndup (original, strlen (original) - strlen (suffixes[i]));
          char **found = _byline_import_parse_byline (base);
          guint n = found != NULL ? g_strv_length (found) : 0;

          if (n > 0)
            {
              char *last = found[n - 1];

              found[n - 1] = g_strconcat (last, " ", suffixes[i][0] == ',' ? suffixes[i] + 2 : suffixes[i] + 1,
                                          NULL);
              g_free (last);
            }
          return found;
        }
    }
  if ((line = _byline_import_first_credit (original)) != NULL)
    return _byline_import_parse_byline (line);
  /* (Georgian's letters are lower case to Unicode: no capitals for them) */
  if (_byline_import_has_cased_letter (original) && (line = _byline_import_lower_case_byline (original)) != NULL)
    return _byline_import_parse_byline (line);
  line = without_asides (original);
  lower = g_utf8_strdown (line, -1);
  if (strlen (line) > 160 || _byline_import_ends_with_punctuation (line))
    return NULL;

  /* "Της Ελένης Παπαδοπούλου": Greek's "by" a woman, her name in the
   * genitive (byline-import-writers.c) */
  if (g_str_has_prefix (lower, "της ") && strlen (lower) == strlen (line))
    {
      g_autofree char *nominative = _byline_import_greek_nominative (line + strlen ("της "));

      return nominative != NULL ? _byline_import_parse_byline (nominative) : NULL;
    }
  for (guint i = 0; i < n_prefixes; i++)
    {
      gsize plen = strlen (byline_prefixes[i].prefix);

      /* Case folding keeps the length of these prefixes' letters */
      if (strncmp (lower, byline_prefixes[i].prefix, plen) == 0 && strlen (lower) == strlen (line))
        {
          const char *conjunction = byline_prefixes[i].conjunction;

          /* (one prefix, two languages' "and": Swedish's "Av A och B",
           * Norwegian's "Av A og B") */
          for (guint j = i + 1; j < n_prefixes && (conjunction == NULL || strstr (line, conjunction) == NULL); j++)
            {
              if (g_str_equal (byline_prefixes[j].prefix, byline_prefixes[i].prefix) &&
                  byline_prefixes[j].conjunction != NULL && strstr (line, byline_prefixes[j].conjunction) != NULL)
                conjunction = byline_prefixes[j].conjunction;
            }
          parts = split_names (line + plen, conjunction);
          full_names = byline_prefixes[i].full_names;
          break;
        }
    }
  if (parts == NULL || parts[0] == NULL)
    return NULL;

  names = _byline_import_split_attached_and (people (parts));
  /* "Par AFP", "Von dpa": an agency alone after the short words that
   * also open headlines is the byline all the same */
  if (full_names && names[0] != NULL && names[1] == NULL && _byline_import_is_agency (names[0]))
    return g_steal_pointer (&names);
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (!_byline_import_is_name (names[i]) || (full_names && !is_strict_name (names[i])))
        return NULL;
    }

  return g_steal_pointer (&names);
}

/**
 * _byline_import_parse_signed_line:
 *
 * An unlabelled byline that a job title or an agency gives away: "Sarah
 * Ahmed Education correspondent", "Priya Raman, Transport Correspondent",
 * "JOHN SMITH Associated Press", or a place beside the name: "Maria
 * Lopez | Madrid". Above the headline, a title-case
 * headline could end in such words ("Network Fires Star News Anchor"): the
 * title must be set off by a comma or in lower case, or the name shouted.
 *
 * Returns: (transfer full) (nullable): the one name, or %NULL
 */
char **
_byline_import_parse_signed_line (const char *line,
                                  gboolean    after_headline)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *name = NULL;
  gboolean signed_ = FALSE;

  if (strlen (line) > 120 || _byline_import_count_words (line) > 9 ||
      _byline_import_ends_with_punctuation (line))
    return NULL;

  /* "Maria Lopez | Madrid": a name and the writer's place */
  if (strstr (line, " | ") != NULL)
    {
      g_autofree char *place = _byline_import_byline_place (line, NULL);
      g_autofree char *before = g_strndup (line, g_strrstr (line, " | ") - line);

      if (place != NULL && is_strict_name (before))
        {
          char **names = g_new0 (char *, 2);

          names[0] = unshout (before);
          return names;
        }
    }

  /* "Maria Chen - Transport Correspondent", "علی رضایی - خبرنگار" */
  if (strstr (line, ", ") == NULL && (strstr (line, " - ") != NULL || strstr (line, " – ") != NULL))
    {
      const char *dash = strstr (line, " - ") != NULL ? strstr (line, " - ") : strstr (line, " – ");

      parts = g_new0 (char *, 3);
      parts[0] = g_strndup (line, dash - line);
      parts[1] = g_strdup (strchr (dash + 1, ' ') + 1);
    }
  else
    parts = g_strsplit (line, ", ", 2);
  name = g_strstrip (g_strdup (parts[0]));
  if (parts[1] != NULL)
    {
      g_autofree char *title = g_strstrip (g_strdup (parts[1]));

      /* "Maria Chen, Transport Correspondent", "Maria Chen, Reuters",
       * "Maria Chen, The Washington Post" */
      if (in_list (agencies, title) || ends_in_role (title) || _byline_import_is_outlet_name (title))
        signed_ = TRUE;
      else
        return NULL;
    }
  else
    {
      g_autofree char *before = g_strdup (name);
      g_autofree char *shouted = NULL;

      signed_ = cut_agency (name) || cut_role (name);
      shouted = unshout (name);
      if (signed_ && !after_headline && g_str_equal (shouted, name) &&
          g_unichar_isupper (g_utf8_get_char (before + strlen (name) + 1)))
        signed_ = FALSE;
    }

  if (!signed_ || !is_strict_name (name))
    return NULL;
  {
    char *plain = unshout (name);
    char **names = g_new0 (char *, 2);

    names[0] = plain;
    return names;
  }
}

/**
 * _byline_import_parse_credit_line:
 *
 * A news agency's credit line under a headline: "گروه جامعه - خبرگزاری
 * ایسنا" (desk - agency), "Politics desk | Reuters". The agency is the
 * byline; the desk is left out.
 *
 * Returns: (transfer full) (nullable): the agency, or %NULL
 */
char **
_byline_import_parse_credit_line (const char *line)
{
  static const char * const agency_words[] = { "خبرگزاری", "وكالة", "news agency", "агентство", NULL };
  static const char * const dashes[] = { " - ", " – ", " — ", " | ", NULL };
  g_auto(GStrv) parts = NULL;

  if (strlen (line) > 120 || _byline_import_count_words (line) > 8 ||
      _byline_import_ends_with_punctuation (line))
    return NULL;

  parts = _byline_import_split_at (line, dashes);
  if (g_strv_length (parts) < 2)
    return NULL;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *lower = g_utf8_strdown (parts[i], -1);
      gboolean agency = in_list (agencies, lower);

      for (guint w = 0; !agency && agency_words[w] != NULL; w++)
        agency = strstr (lower, agency_words[w]) != NULL;
      if (agency)
        {
          char **names = g_new0 (char *, 2);
          const char *other = parts[i == 0 ? 1 : 0];

          /* "Anna Kovac | Reuters": the writer, then the agency she
           * writes for (a desk, "Politics Desk", is no writer) */
          if (i == 1 && g_strv_length (parts) == 2 && g_unichar_isupper (g_utf8_get_char (other)) &&
              _byline_import_is_full_name (other) && !_byline_import_is_outlet_name (other) &&
              !_byline_import_is_agency (other))
            names[0] = _byline_import_unshout (other);
          else
            names[0] = g_strdup (parts[i]);
          return names;
        }
    }
  return NULL;
}
