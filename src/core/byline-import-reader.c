/* byline-import-reader.c: what a reader, an app or a channel puts around
 * a story it hands on
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A story copied out of a browser's Reader View, Pocket or Instapaper
 * comes with the site's name ("harbourlinepost.com") and the reading
 * time ("5–6 minutes", "6 min read", "4-5 minutos") over it, Instapaper
 * all on one line ("site.com · by Dana Ruiz · 4 min"), and gives a
 * picture as its caption in brackets ("[Image: …]"); an RSS reader's
 * copy opens with the feed's name and how long ago it came ("Valley
 * Echo · 2h"); a story shared from a news app opens with "Shared from
 * Apple News" and the publication's name under the headline, and ends
 * with the phone's "Sent from my iPhone", "Read more at: https://…" or
 * "Get the … app: https://…"; a channel's post ends with its hashtags
 * and "👉 Subscribe to the channel", a Mastodon post opens with the
 * account's name and "@handle@server" and ends with its date, its
 * boosts and its favourites. None of it is the story's: it goes to the
 * note (nothing is lost), and the post's date stays for the rules that
 * read a date under a story.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import-private.h"

/* How many lines over the story and under it are looked at */
#define MAX_EDGE_LINES 8

/* "harbourlinepost.com", "www.elcorreodelsur.es": a site's name as a
 * bare host, one word with a dot and letters after it */
gboolean
_byline_import_is_host (const char *line)
{
  const char *dot = strrchr (line, '.');
  gsize tld;

  if (strchr (line, ' ') != NULL || strchr (line, '/') != NULL || strchr (line, '@') != NULL ||
      dot == NULL || dot == line || strlen (line) > 80)
    return FALSE;
  tld = strlen (dot + 1);
  if (tld < 2 || tld > 6)
    return FALSE;
  for (const char *p = dot + 1; *p != '\0'; p++)
    {
      if (!g_ascii_isalpha (*p))
        return FALSE;
    }
  for (const char *p = line; *p != '\0'; p++)
    {
      if (!g_ascii_isalnum (*p) && *p != '.' && *p != '-')
        return FALSE;
    }
  return TRUE;
}

/* "5–6 minutes", "6 min read", "4-5 minutos", "Lesezeit: 5 Min.",
 * "4 min": how long a reader says the story takes to read; every word a
 * number (or a range), a unit or a word of reading */
static gboolean
is_reading_time (const char *line)
{
  static const char * const words[] = {
    "min", "mins", "min.", "minute", "minutes", "minutos", "minuto", "minuti", "minuten", "minut", "minuty",
    "dakika", "menit", "dk", "dk.",
    "read", "reading", "time", "read:", "de", "lectura", "lecture", "lettura", "di", "leitura", "lesezeit",
    "lesezeit:", "lesedauer", "lesedauer:", "czytania", "czas", "okuma", "süresi", "baca", "waktu", NULL
  };
  g_autofree char *lower = NULL;
  g_auto(GStrv) parts = NULL;
  gboolean number = FALSE, unit = FALSE;

  if (strlen (line) > 40 || _byline_import_count_words (line) > 5)
    return FALSE;
  lower = _byline_import_lower (line);
  parts = g_strsplit (lower, " ", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *part = parts[i];

      if (part[0] == '\0' || g_str_equal (part, "·") || g_str_equal (part, ":"))
        continue;
      if (g_ascii_isdigit (part[0]))
        {
          /* ("5", "5–6", "4-5", "6min") */
          while (g_ascii_isdigit (*part) || *part == '-')
            part++;
          if (g_str_has_prefix (part, "–"))
            part += strlen ("–");
          while (g_ascii_isdigit (*part))
            part++;
          number = TRUE;
          if (*part == '\0')
            continue;
        }
      if (!g_strv_contains (words, part))
        return FALSE;
      unit |= g_str_has_prefix (part, "min") || g_str_has_prefix (part, "dak") || g_str_has_prefix (part, "dk") ||
              g_str_equal (part, "menit");
    }
  return number && unit;
}

/* "2h", "45m", "3d", "1w", or "2 hours ago": a feed's age of an item */
static gboolean
is_age (const char *part)
{
  gsize digits = strspn (part, "0123456789");

  if (digits > 0 && digits <= 3 && part[digits] != '\0' && part[digits + 1] == '\0' &&
      strchr ("hmdw", part[digits]) != NULL)
    return TRUE;
  return _byline_import_is_relative_time (part);
}

/* "Episode 214", "Ep. 12", "Folge 80": a podcast's episode's number */
static gboolean
is_episode_number (const char *part)
{
  static const char * const words[] = {
    "episode ", "ep. ", "ep ", "folge ", "épisode ", "episodio ", "episódio ", "aflevering ", "odcinek ", "bölüm ", NULL
  };
  g_autofree char *lower = g_utf8_strdown (part, -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *number = lower + strlen (words[i]);

      if (g_str_has_prefix (lower, words[i]) && *number != '\0' && strspn (number, "0123456789") == strlen (number))
        return TRUE;
    }
  return FALSE;
}

/* A line of parts between " · " ("site.com · by Dana Ruiz · 4 min",
 * "Valley Echo · 2h", "Episode 214 · 27 November 2026 · 24 min"): the
 * parts that are a host, a reading time, an episode's number or an age
 * go to @note; what is left, or NULL when nothing of the line was
 * the reader's */
static char *
take_reader_parts (const char *line,
                   GString    *note)
{
  g_auto(GStrv) parts = g_strsplit (line, " · ", -1);
  g_autoptr(GString) rest = g_string_new (NULL);
  g_autoptr(GString) taken = g_string_new (NULL);
  guint n = g_strv_length (parts);

  if (n < 2 || n > 4)
    return NULL;
  /* (a feed's name before the age is the feed's too: "Valley Echo · 2h";
   * a date before it is the story's: "27/11/2026 07h42 · Atualizado há
   * 2 horas") */
  if (n == 2 && is_age (parts[1]))
    {
      if (_byline_import_is_header_date (parts[0], NULL))
        {
          _byline_import_add_to_note (note, parts[1]);
          return g_strdup (parts[0]);
        }
      _byline_import_add_to_note (note, line);
      return g_strdup ("");
    }
  for (guint i = 0; i < n; i++)
    {
      GString *to = _byline_import_is_host (parts[i]) || is_reading_time (parts[i]) || is_episode_number (parts[i]) ? taken : rest;

      g_string_append_printf (to, "%s%s", to->len > 0 ? " · " : "", parts[i]);
    }
  if (taken->len == 0)
    return NULL;
  /* (only what was the reader's: "Tom Reid · March 3, 2023" stays) */
  _byline_import_add_to_note (note, taken->str);
  return g_string_free (g_steal_pointer (&rest), FALSE);
}

/* "Shared from Apple News", "Geteilt aus der … App", "View Original":
 * the app's line over the story */
static gboolean
is_share_line (const char *lower)
{
  static const char * const opening[] = {
    "shared from ", "shared via ", "shared with ", "sent via ", "geteilt aus ", "geteilt über ", "geteilt via ",
    "partagé depuis ", "partagé via ", "partagé avec ", "compartido desde ", "compartido vía ",
    "compartilhado via ", "compartilhado do ", "condiviso da ", "condiviso tramite ", "udostępnione z ",
    "gedeeld via ", "gedeeld vanuit ", "paylaşıldı: ", "κοινοποιήθηκε από ", "שותף מ", "แชร์จาก", "分享自",
    "imeshirikiwa kutoka ", NULL
  };
  /* (the app's name before the words: "해안일보 앱에서 공유", "… ऐप से साझा") */
  static const char * const inside[] = {
    "앱에서 공유", "アプリで共有", "アプリから共有", "ऐप से साझा", "ऐप से शेयर", "اپلیکیشن به اشتراک", NULL
  };
  static const char * const whole[] = {
    "view original", "open original", "view on web", "open in app", "open in browser", "view in browser",
    "original anzeigen", "voir l'original", "ver original", "in der app öffnen", "ouvrir dans l'application",
    "abrir en la app", "abrir no app", "apri nell'app", "otwórz w aplikacji", "openen in de app",
    "uygulamada aç", "άνοιγμα στην εφαρμογή", "פתיחה באפליקציה", "فتح في التطبيق", "ऐप में खोलें",
    "アプリで開く", "在应用中打开", "앱에서 보기", "앱으로 보기", "เปิดในแอป", "fungua kwenye programu", NULL
  };

  if (_byline_import_opens_with_any (lower, opening))
    return TRUE;
  for (guint i = 0; inside[i] != NULL; i++)
    {
      if (strstr (lower, inside[i]) != NULL && strlen (lower) < 200)
        return TRUE;
    }
  return g_strv_contains (whole, lower);
}

/* "Sent from my iPhone", "Gesendet von meinem iPad", "Envoyé de mon
 * iPhone": the phone's signature under a shared story (Italian's and
 * Polish's with the phone named: "Inviato da Roma" is a story's) */
static gboolean
is_device_signature (const char *lower)
{
  static const char * const opening[] = {
    "sent from my ", "sent from mail for ", "sent from outlook for ", "get outlook for ", "gesendet von meinem ",
    "gesendet mit ", "von meinem iphone gesendet", "envoyé de mon ", "envoyé depuis mon ", "enviado desde mi ",
    "enviado do meu ", "enviado de meu ", "inviato da iphone", "inviato dal mio ", "wysłane z iphone",
    "wysłane z mojego ", "verzonden vanaf mijn ", "verstuurd vanaf mijn ", "iphone'umdan gönderildi",
    "trimis de pe ", "sendt fra min ", "skickat från min ", "sendt fra ", "lähetetty iphonesta", "odesláno z ",
    "odoslané z ", "poslano s mog", "küldve ", "изпратено от моя ", "saadetud minu ", "išsiųsta iš mano ", NULL
  };

  return _byline_import_opens_with_any (lower, opening);
}

/* "Read more at: https://…", "Get the Northwick Herald app: https://…",
 * "Mehr dazu auf unserer Website: https://…", "Visit website": the
 * app's or the post's pointer to the page, under the story */
static gboolean
is_page_pointer (const char *lower)
{
  static const char * const words[] = {
    "read more", "read the full", "full story", "continue reading", "more at", "more on", " app", "website",
    "mehr dazu", "mehr unter", "weiterlesen", "ganzen artikel", "lire la suite", "plus d'infos", "leer más",
    "sigue leyendo", "leia mais", "continua a leggere", "czytaj więcej", "czytaj dalej", "baca selengkapnya",
    "devamı", "haberin devamı", "читать далее", "подробнее", "детальніше", "читати далі", NULL
  };
  static const char * const whole[] = {
    "visit website", "visit site", "go to website", "zur website", "voir le site", "ir al sitio", NULL
  };
  const char *url = strstr (lower, "http://");
  const char *colon;

  if (g_strv_contains (whole, lower))
    return TRUE;
  if (url == NULL)
    url = strstr (lower, "https://");
  /* (the pointer's words, a colon, and the address last on the line) */
  if (url == NULL || url == lower || strchr (url, ' ') != NULL || url - lower > 80)
    return FALSE;
  colon = url - 1;
  while (colon > lower && *colon == ' ')
    colon--;
  if (*colon != ':')
    return FALSE;
  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *at = strstr (lower, words[i]);

      if (at != NULL && at < url)
        return TRUE;
    }
  return FALSE;
}

/* "https://npost.example/a/Xk29fQ": an address alone on its line */
static gboolean
is_bare_address (const char *line)
{
  return (g_str_has_prefix (line, "https://") || g_str_has_prefix (line, "http://")) && strchr (line, ' ') == NULL &&
         strlen (line) < 300;
}

/* A character that is a picture, not a letter: "⚡️", "🚋", "👉", "🔴" */
static gboolean
is_pictograph (gunichar c)
{
  return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || (c >= 0x2B00 && c <= 0x2BFF) ||
         c == 0xFE0F || c == 0x200D || (c >= 0x2190 && c <= 0x21FF);
}

/* @line past the pictographs and spaces it opens with */
static const char *
skip_pictographs (const char *line)
{
  const char *p = line;

  while (*p != '\0' && (is_pictograph (g_utf8_get_char (p)) || *p == ' '))
    p = g_utf8_next_char (p);
  return p;
}

/* "#Freiburg #ÖPNV #Straßenbahn": a line of hashtags only */
static gboolean
is_hashtag_line (const char *line)
{
  g_auto(GStrv) words = g_strsplit (line, " ", -1);
  guint tags = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (words[i][0] != '#' || words[i][1] == '\0' || words[i][1] == '#' || words[i][1] == ' ')
        return FALSE;
      tags++;
    }
  return tags > 0;
}

/* "Subscribe to the channel | Send us your news", "Підписатися на
 * канал", "Join our channel": a channel's call to subscribe (looked for
 * past the "👉" a channel puts before it) */
static gboolean
is_channel_prompt (const char *lower)
{
  static const char * const opening[] = {
    "subscribe", "join our", "join the channel", "follow us", "підписатися", "підписуйтесь", "подписаться",
    "подписывайтесь", "abonnieren", "folgt uns", "folge uns", "abonnez-vous", "s'abonner", "suscríbete",
    "síguenos", "inscreva-se", "siga-nos", "iscriviti", "seguici", "subskrybuj", "obserwuj nas", "abone ol",
    "takip edin", "ikuti kami", NULL
  };

  if (strlen (lower) > 200)
    return FALSE;
  return _byline_import_opens_with_any (lower, opening);
}

/* "42 Boosts", "87 Favoriten", "12 likes", "🌍": a post's counts and
 * marks after its date */
static gboolean
is_post_count (const char *part)
{
  static const char * const counted[] = {
    "boost", "boosts", "favourite", "favourites", "favorite", "favorites", "favoriten", "like", "likes",
    "reply", "replies", "repost", "reposts", "antworten", "antwort", "geteilt", "gefällt", "views", "aufrufe",
    "partages", "j'aime", "réponses", "compartidos", "me gusta", "respuestas", NULL
  };
  g_autofree char *lower = NULL;
  const char *word;

  if (*skip_pictographs (part) == '\0')
    return TRUE;
  if (!g_ascii_isdigit (part[0]))
    return FALSE;
  lower = g_utf8_strdown (part, -1);
  word = lower + strspn (lower, "0123456789.,kKmM");
  if (*word != ' ')
    return FALSE;
  return g_strv_contains (counted, word + 1);
}

/* "28. Nov. 2026, 10:02 · 🌍 · 42 Boosts · 87 Favoriten": the post's
 * date, the rest to @note; NULL when the line is no such footer */
static char *
take_post_counts (const char *line,
                  GString    *note)
{
  g_auto(GStrv) parts = g_strsplit (line, " · ", -1);
  guint n = g_strv_length (parts);

  if (n < 2)
    return NULL;
  for (guint i = 1; i < n; i++)
    {
      if (!is_post_count (parts[i]))
        return NULL;
    }
  _byline_import_add_to_note (note, line + strlen (parts[0]) + strlen (" · "));
  return g_strdup (parts[0]);
}

/* "@stadtanzeiger@social.example.de": a Mastodon account's handle
 * alone on its line, user and server (a writer's "@tomhale" under the
 * byline is the writer's) */
static gboolean
is_handle (const char *line)
{
  const char *server = line[0] == '@' ? strchr (line + 1, '@') : NULL;

  return server != NULL && server > line + 1 && strchr (server, '.') != NULL && strchr (line, ' ') == NULL &&
         strlen (line) <= 100;
}

/* "[Image: Swimmers in the pool … Photo: Kate Ellis]": a reader's stand-in
 * for a picture, its caption in brackets; the caption, or NULL */
static char *
picture_caption (const char *line)
{
  static const char * const labels[] = {
    "[Image: ", "[Photo: ", "[Picture: ", "[Bild: ", "[Foto: ", "[Imagen: ", "[Image : ", "[Photo : ", NULL
  };

  if (!g_str_has_suffix (line, "]") || strlen (line) > 600)
    return NULL;
  for (guint i = 0; labels[i] != NULL; i++)
    {
      if (g_str_has_prefix (line, labels[i]))
        return g_strndup (line + strlen (labels[i]), strlen (line) - strlen (labels[i]) - 1);
    }
  return NULL;
}

/* The next line from @i on that is not blank, or @lines->len */
static guint
next_line (GPtrArray *lines,
           guint      i)
{
  while (i < lines->len && ((const char *) g_ptr_array_index (lines, i))[0] == '\0')
    i++;
  return i;
}

/* A story shared from a news app: the app prints the publication's name
 * ("The Midland Courier") on a line of its own between the headline and
 * the date or the byline; to @note */
static void
take_publication (GPtrArray *lines,
                  GString   *note)
{
  guint headline = next_line (lines, 0);
  guint name = next_line (lines, headline + 1);
  guint after = next_line (lines, name + 1);
  const char *line;
  g_auto(GStrv) byline = NULL;
  g_auto(GStrv) own = NULL;

  if (after >= lines->len)
    return;
  line = g_ptr_array_index (lines, name);
  if (_byline_import_count_words (line) > 5 || strlen (line) > 60 || _byline_import_ends_with_punctuation (line) ||
      !g_unichar_isupper (g_utf8_get_char (line)))
    return;
  /* (the byline itself, "Autorka: Anna Zielińska" over the date, stays) */
  if ((own = _byline_import_parse_byline (line)) != NULL || _byline_import_is_header_date (line, NULL))
    return;
  byline = _byline_import_parse_byline (g_ptr_array_index (lines, after));
  if (byline == NULL && !_byline_import_is_header_date (g_ptr_array_index (lines, after), NULL))
    return;
  _byline_import_add_to_note (note, line);
  _byline_import_replace_line (lines, name, g_strdup (""));
}

/**
 * _byline_import_take_reader_wrapping:
 * @lines: (element-type utf8): the copy's trimmed lines, blank ones empty
 * @note: where the reader's lines go
 *
 * Blanks out of @lines, into @note, what a reader, an app or a channel
 * put over and under the story it hands on (see the top of this file),
 * and drops the pictures a post's first line opens with ("⚡️ У Львові
 * …": the headline is the words).
 */
void
_byline_import_take_reader_wrapping (GPtrArray *lines,
                                     GString   *note)
{
  g_autoptr(GPtrArray) under = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) counts = g_string_new (NULL);
  guint seen = 0;
  guint top = 0;
  gboolean first = TRUE;
  gboolean taken = FALSE;
  gboolean shared = FALSE;

  /* Over the story: up to its first sentence-long line */
  for (guint i = 0; i < lines->len && seen < MAX_EDGE_LINES; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      g_autofree char *lower = NULL;
      char *rest;

      if (line[0] == '\0')
        continue;
      seen++;
      if (_byline_import_count_words (line) > 15 && _byline_import_ends_with_punctuation (line))
        break;
      top = i + 1;
      lower = _byline_import_lower (line);
      shared |= is_share_line (lower);
      if (_byline_import_is_host (line) || is_reading_time (line) || is_share_line (lower))
        {
          _byline_import_add_to_note (note, line);
          _byline_import_replace_line (lines, i, g_strdup (""));
          taken = TRUE;
          continue;
        }
      /* (an account's name over its handle: the account's too) */
      if (is_handle (line))
        {
          for (guint j = i; j > 0; j--)
            {
              const char *over = g_ptr_array_index (lines, j - 1);

              if (over[0] == '\0')
                continue;
              if (_byline_import_count_words (over) <= 5 && !_byline_import_ends_with_punctuation (over))
                {
                  _byline_import_add_to_note (note, over);
                  _byline_import_replace_line (lines, j - 1, g_strdup (""));
                }
              break;
            }
          _byline_import_add_to_note (note, line);
          _byline_import_replace_line (lines, i, g_strdup (""));
          first = TRUE;
          continue;
        }
      if ((rest = take_reader_parts (line, note)) != NULL)
        {
          taken = TRUE;
          _byline_import_replace_line (lines, i, rest);
          if (rest[0] == '\0')
            continue;
          line = rest;
        }
      /* (the post's first line, its headline, past its pictures) */
      if (first)
        {
          const char *words = skip_pictographs (line);

          if (words != line && _byline_import_has_letter (words))
            _byline_import_replace_line (lines, i, g_strdup (words));
        }
      first = FALSE;
    }
  if (shared)
    take_publication (lines, note);
  /* (a reader sets the headline, the author and the rest each on a line
   * of its own: each is a paragraph of the header, "Ferry fares …" /
   * "Martin Cole", not a headline of two lines) */
  for (guint i = top; taken && i > 1; i--)
    {
      if (((const char *) g_ptr_array_index (lines, i - 1))[0] != '\0' &&
          ((const char *) g_ptr_array_index (lines, i - 2))[0] != '\0')
        g_ptr_array_insert (lines, i - 1, g_strdup (""));
    }

  /* (a picture's caption in the reader's brackets: the caption; one
   * without a credit to tell it, "[Image: Commuters on the quay]", keeps
   * its label, or it reads as a subheading) */
  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      char *caption = picture_caption (line);

      if (caption != NULL && !_byline_import_ends_with_photo_credit (caption) &&
          !_byline_import_ends_with_own_credit (caption) && _byline_import_ends_with_punctuation (caption) == FALSE &&
          g_str_has_prefix (line, "[Image: "))
        {
          g_free (caption);
          caption = g_strndup (line + 1, strlen (line) - 2);
        }
      if (caption != NULL)
        _byline_import_replace_line (lines, i, caption);
    }

  /* Under the story: up to its last sentence-long line (its lines to
   * the note in their order) */
  seen = 0;
  for (guint i = lines->len; i > 0 && seen < MAX_EDGE_LINES; i--)
    {
      const char *line = g_ptr_array_index (lines, i - 1);
      g_autofree char *lower = NULL;
      g_autofree char *plain_lower = NULL;
      char *date;

      if (line[0] == '\0')
        continue;
      seen++;
      lower = _byline_import_lower (line);
      /* (a shared story's address under it, alone or after "Read more:",
       * is the note's: the rules for a site's lines would drop it) */
      if (is_page_pointer (lower) || is_bare_address (line))
        {
          g_ptr_array_add (under, g_steal_pointer (&g_ptr_array_index (lines, i - 1)));
          g_ptr_array_index (lines, i - 1) = g_strdup ("");
          continue;
        }
      /* (a site's own lines, "Subscribe to our newsletter", are left to
       * the rules that know their neighbours) */
      if (strlen (line) <= 1000 && _byline_import_is_boilerplate (line))
        continue;
      plain_lower = _byline_import_lower (skip_pictographs (line));
      /* (a channel's prompt under its pictures: "👉 Підписатися …") */
      if (is_device_signature (lower) || is_page_pointer (lower) || is_hashtag_line (line) ||
          (skip_pictographs (line) != line && is_channel_prompt (plain_lower)))
        {
          g_ptr_array_add (under, g_steal_pointer (&g_ptr_array_index (lines, i - 1)));
          g_ptr_array_index (lines, i - 1) = g_strdup ("");
          continue;
        }
      if ((date = take_post_counts (line, counts)) != NULL)
        {
          _byline_import_replace_line (lines, i - 1, date);
          continue;
        }
      if (_byline_import_count_words (line) > 15 && _byline_import_ends_with_punctuation (line))
        break;
    }
  for (guint i = under->len; i > 0; i--)
    _byline_import_add_to_note (note, g_ptr_array_index (under, i - 1));
  if (counts->len > 0)
    _byline_import_add_to_note (note, counts->str);
}
