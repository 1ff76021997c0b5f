/* byline-import-labels.c: a story filed with its fields labelled
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Newsrooms' filing forms and e-mailed copy often label the header's
 * fields, one to a line, over the story:
 *
 *   HEADLINE: City council backs congestion charge
 *   STANDFIRST: Drivers will pay £8 a day from next spring
 *   BYLINE: Lena Okafor, Transport Correspondent
 *   DATELINE: PORTVALE, 24 November 2026
 *
 * Read as wire copy, nothing of it was recognised and it all stayed in
 * the body. Each label says which field its line is; the story under them
 * is read as wire copy (its lede may still open with a dateline), and
 * the labelled fields win over what that reading found.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import.h"
#include "byline-import-private.h"

typedef enum
{
  FIELD_NONE,
  FIELD_HEADLINE,
  FIELD_STANDFIRST,
  FIELD_BYLINE,
  FIELD_DATELINE,
  FIELD_DATE,
  FIELD_SECTION,
  FIELD_TAGS,
  FIELD_EXCERPT,
  FIELD_SLUG,
  FIELD_BODY,
  FIELD_LINK,
  N_FIELDS
} Field;

/* Labels, lowercase, in the languages the importer reads */
static const struct {
  const char *label;
  Field       field;
} labels[] = {
  { "headline", FIELD_HEADLINE }, { "head", FIELD_HEADLINE }, { "hed", FIELD_HEADLINE },
  { "title", FIELD_HEADLINE }, { "titre", FIELD_HEADLINE }, { "titel", FIELD_HEADLINE },
  { "überschrift", FIELD_HEADLINE }, { "título", FIELD_HEADLINE }, { "titular", FIELD_HEADLINE },
  { "titolo", FIELD_HEADLINE }, { "заголовок", FIELD_HEADLINE }, { "عنوان", FIELD_HEADLINE },
  { "تیتر", FIELD_HEADLINE },
  { "standfirst", FIELD_STANDFIRST }, { "deck", FIELD_STANDFIRST }, { "dek", FIELD_STANDFIRST },
  { "subhead", FIELD_STANDFIRST }, { "subheadline", FIELD_STANDFIRST }, { "sub-headline", FIELD_STANDFIRST },
  { "strapline", FIELD_STANDFIRST }, { "summary", FIELD_STANDFIRST }, { "teaser", FIELD_STANDFIRST },
  { "chapeau", FIELD_STANDFIRST }, { "chapô", FIELD_STANDFIRST }, { "vorspann", FIELD_STANDFIRST },
  { "entradilla", FIELD_STANDFIRST }, { "sumario", FIELD_STANDFIRST }, { "лид", FIELD_STANDFIRST },
  { "لید", FIELD_STANDFIRST }, { "سوتیتر", FIELD_STANDFIRST },
  { "byline", FIELD_BYLINE }, { "bylines", FIELD_BYLINE }, { "author", FIELD_BYLINE },
  { "authors", FIELD_BYLINE }, { "writer", FIELD_BYLINE }, { "reporter", FIELD_BYLINE },
  { "auteur", FIELD_BYLINE }, { "autor", FIELD_BYLINE }, { "autore", FIELD_BYLINE },
  { "автор", FIELD_BYLINE }, { "نویسنده", FIELD_BYLINE }, { "الكاتب", FIELD_BYLINE },
  { "dateline", FIELD_DATELINE }, { "place", FIELD_DATELINE }, { "location", FIELD_DATELINE },
  { "date", FIELD_DATE }, { "datum", FIELD_DATE }, { "fecha", FIELD_DATE }, { "data", FIELD_DATE },
  { "дата", FIELD_DATE }, { "تاریخ", FIELD_DATE }, { "التاريخ", FIELD_DATE },
  { "section", FIELD_SECTION }, { "category", FIELD_SECTION }, { "desk", FIELD_SECTION },
  { "rubrique", FIELD_SECTION }, { "ressort", FIELD_SECTION }, { "sección", FIELD_SECTION },
  { "tags", FIELD_TAGS }, { "keywords", FIELD_TAGS }, { "mots-clés", FIELD_TAGS },
  { "schlagwörter", FIELD_TAGS }, { "etiquetas", FIELD_TAGS }, { "برچسب‌ها", FIELD_TAGS },
  { "excerpt", FIELD_EXCERPT },
  { "slug", FIELD_SLUG },
  { "body", FIELD_BODY }, { "text", FIELD_BODY }, { "story", FIELD_BODY }, { "copy", FIELD_BODY },
  /* a feed item's fields, as a feed reader or a script prints them */
  { "link", FIELD_LINK }, { "url", FIELD_LINK }, { "permalink", FIELD_LINK }, { "guid", FIELD_LINK },
  { "published", FIELD_DATE }, { "pubdate", FIELD_DATE }, { "pub date", FIELD_DATE }, { "dc:date", FIELD_DATE },
  { "creator", FIELD_BYLINE }, { "dc:creator", FIELD_BYLINE }, { "categories", FIELD_TAGS },
  { "description", FIELD_STANDFIRST },
};

/* The field @line's label names, its value in *@value (the rest of the
 * line, trimmed; may be empty) */
static Field
labelled (const char  *line,
          const char **value)
{
  const char *colon = strchr (line, ':');
  g_autofree char *label = NULL;
  g_autofree char *lower = NULL;

  if (colon == NULL || colon - line > 30)
    return FIELD_NONE;
  label = g_strstrip (g_strndup (line, colon - line));
  lower = g_utf8_strdown (label, -1);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      if (g_str_equal (lower, labels[i].label))
        {
          for (*value = colon + 1; **value == ' ' || **value == '\t'; (*value)++)
            ;
          return labels[i].field;
        }
    }
  return FIELD_NONE;
}

/* The lines of @text, without white space at their ends */
static char **
text_lines (const char *text)
{
  char **lines = _byline_import_split_text_lines (text);

  for (guint i = 0; lines[i] != NULL; i++)
    g_strchomp (lines[i]);
  return lines;
}

/* Where the labelled header ends: the line after its last label (and
 * after a "BODY:" line); 0 when @lines do not open with one. The header
 * opens with a labelled line and holds at least two labels, a headline's
 * among them; blank lines may part them. */
static guint
header_end (char  **lines,
            char  **values)
{
  gboolean seen[N_FIELDS] = { FALSE, };
  guint i = 0, end = 0, n_labels = 0;

  while (lines[i] != NULL && lines[i][0] == '\0')
    i++;
  for (; lines[i] != NULL; i++)
    {
      const char *value = NULL;
      Field field;

      if (lines[i][0] == '\0')
        continue;
      field = labelled (lines[i], &value);
      if (field == FIELD_NONE || seen[field])
        break;
      seen[field] = TRUE;
      n_labels++;
      end = i + 1;
      if (field == FIELD_BODY)
        {
          /* (the story may start on the label's own line) */
          if (value[0] != '\0')
            {
              memmove (lines[i], value, strlen (value) + 1);
              end = i;
            }
          break;
        }
      values[field] = g_strdup (value);
    }

  return n_labels >= 2 && seen[FIELD_HEADLINE] ? end : 0;
}

/**
 * _byline_import_labelled_story:
 * @text: valid UTF-8
 *
 * Reads a story whose header fields are labelled (see the top of this
 * file).
 *
 * Returns: (transfer full) (nullable): a new, unsaved article, or %NULL
 *   when @text does not open with labelled fields
 */
BylineArticle *
_byline_import_labelled_story (const char *text,
                               GTimeZone  *default_zone)
{
  g_auto(GStrv) lines = NULL;
  char *values[N_FIELDS] = { NULL, };
  g_autoptr(GString) copy = NULL;
  g_autoptr(BylineArticle) article = NULL;
  const char *first = text + strspn (text, " \t\r\n");
  const char *colon = strchr (first, ':');
  guint end;

  /* (most stories open with no label: not split into lines for it) */
  if (colon == NULL || colon - first > 30 || memchr (first, '\n', colon - first) != NULL ||
      (end = header_end ((lines = text_lines (text)), values)) == 0)
    goto out;

  copy = g_string_new (NULL);
  /* The story as wire copy with its header written out: the headline,
   * the deck, "By …" and the date line, then the story */
  g_string_append_printf (copy, "%s\n\n", values[FIELD_HEADLINE]);
  if (values[FIELD_STANDFIRST] != NULL && values[FIELD_STANDFIRST][0] != '\0')
    g_string_append_printf (copy, "%s\n\n", values[FIELD_STANDFIRST]);
  if (values[FIELD_BYLINE] != NULL && values[FIELD_BYLINE][0] != '\0')
    g_string_append_printf (copy, "%s%s\n\n", g_ascii_strncasecmp (values[FIELD_BYLINE], "by ", 3) == 0 ? "" : "By ",
                            values[FIELD_BYLINE]);
  if (values[FIELD_DATE] != NULL && values[FIELD_DATE][0] != '\0')
    g_string_append_printf (copy, "%s\n\n", values[FIELD_DATE]);
  /* (a feed item's text repeats its title on top: once is enough) */
  while (lines[end] != NULL && lines[end][0] == '\0')
    end++;
  if (lines[end] != NULL && g_str_equal (g_strstrip (lines[end]), values[FIELD_HEADLINE]))
    end++;
  for (guint i = end; lines[i] != NULL; i++)
    g_string_append_printf (copy, "%s\n", lines[i]);

  article = byline_import_wire_copy (copy->str, -1, default_zone, NULL);
  if (article != NULL)
    {
      byline_article_set_headline (article, values[FIELD_HEADLINE]);
      if (values[FIELD_STANDFIRST] != NULL && values[FIELD_STANDFIRST][0] != '\0')
        byline_article_set_standfirst (article, values[FIELD_STANDFIRST]);
      /* "PORTVALE, 24 November 2026": the place, and the date when the
       * story has none */
      if (values[FIELD_DATELINE] != NULL && values[FIELD_DATELINE][0] != '\0')
        {
          const char *comma = strchr (values[FIELD_DATELINE], ',');
          g_autofree char *tz = NULL;
          g_autoptr(GDateTime) date = NULL;

          if (comma != NULL && byline_import_parse_date (comma + 1, default_zone, &date, &tz))
            {
              g_autofree char *place = g_strndup (values[FIELD_DATELINE], comma - values[FIELD_DATELINE]);

              byline_article_set_dateline (article, place);
              if (byline_article_get_date (article) == NULL)
                {
                  byline_article_set_date (article, date);
                  byline_article_set_time_zone (article, tz);
                }
            }
          else
            byline_article_set_dateline (article, values[FIELD_DATELINE]);
        }
      if (values[FIELD_SECTION] != NULL)
        byline_article_set_section (article, values[FIELD_SECTION]);
      if (values[FIELD_TAGS] != NULL && values[FIELD_TAGS][0] != '\0')
        {
          g_auto(GStrv) tags = g_strsplit_set (values[FIELD_TAGS], ",;", -1);
          g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
          g_auto(GStrv) list = NULL;

          for (guint i = 0; tags[i] != NULL; i++)
            {
              g_strstrip (tags[i]);
              if (tags[i][0] != '\0')
                g_strv_builder_add (kept, tags[i]);
            }
          list = g_strv_builder_end (kept);
          byline_article_set_tags (article, (const char * const *) list);
        }
      if (values[FIELD_EXCERPT] != NULL)
        byline_article_set_excerpt (article, values[FIELD_EXCERPT]);
      if (values[FIELD_SLUG] != NULL)
        byline_article_set_slug (article, values[FIELD_SLUG]);
      /* The item's address: for the note */
      if (values[FIELD_LINK] != NULL && values[FIELD_LINK][0] != '\0')
        {
          const char *note = byline_article_get_note (article);
          g_autofree char *noted = g_strdup_printf ("%s%s%s", note != NULL ? note : "",
                                                    note != NULL && note[0] != '\0' ? "\n" : "",
                                                    values[FIELD_LINK]);

          byline_article_set_note (article, noted);
        }
    }

out:
  for (guint f = 0; f < N_FIELDS; f++)
    g_free (values[f]);
  return g_steal_pointer (&article);
}
