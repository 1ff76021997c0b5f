/* byline-import-authorbox.c: an author box, a disclosure and a bio in
 * place of a "By …" line
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Some pages name the writer in a box rather than a byline. The
 * Conversation prints "Author" (or "Authors", "Auteur", "Autores",
 * "Penulis" …) over each name and its affiliation, then a "Disclosure
 * statement" and "Partners" with their paragraphs and "View all
 * partners", over the headline or under it; a think tank its "Author"
 * box with a job title and "Related experts" under the story; a blog
 * "Written by Name" over a line of bio, or the name over a line of bio
 * over the date. Under an op-ed or an academic blog's post the writer
 * is named in a bio only: "About the author" over "Sarah Whitfield is
 * …", "Zur Autorin: Anna Berger ist …", "*Maria Lopez is …*", "— David
 * Osei is …", Project Syndicate's "Jane Doe, a former …, is …"; with
 * "Note: This article gives the views of the author, not the position
 * of …". The name is the byline; the affiliation, the disclosure, the
 * bio and the blog's note go to the article's note (an editor
 * republishing the piece must keep them); the partners' lines and the
 * buttons are dropped.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import-private.h"

/* How far down the copy a box on top is looked for, in lines */
#define MAX_TOP_LINES 40
/* The longest line of a bio, in words */
#define MAX_BIO_WORDS 60
/* How many blocks under the story a bio box may span */
#define MAX_FOOT_BLOCKS 6

/* "Author" over the names */
static const char * const box_labels[] = {
  "author", "authors", "auteur", "auteurs", "autrice", "autrices", "autor", "autora", "autores", "autoras",
  "autoren", "autorin", "autorinnen", "autore", "autori", "penulis", "author of the article", NULL
};

/* "Disclosure statement" over its paragraph: to the note */
static const char * const disclosure_labels[] = {
  "disclosure statement", "disclosure", "déclaration d'intérêts", "déclaration d’intérêts",
  "declaración de transparencia", "declaração de transparência", "declaração de interesses",
  "pernyataan pengungkapan", "dichiarazione di trasparenza", "interessenkonflikt", NULL
};

/* "Partners" over its paragraph, "View all partners": dropped */
static const char * const partner_labels[] = {
  "partners", "partenaires", "socios", "parceiros", "mitra", "partner", NULL
};

static const char * const partner_links[] = {
  "view all partners", "voir tous les partenaires", "ver todos los socios", "ver todos os parceiros",
  "lihat semua mitra", "alle partner anzeigen", NULL
};

/* "Related experts" over names and titles, to the story's end */
static const char * const expert_labels[] = {
  "related experts", "experts", "our experts", NULL
};

/* "About the author" over a bio */
static const char * const bio_labels[] = {
  "about the author", "about the authors", "the author", "the authors", "sobre el autor", "sobre la autora",
  "sobre los autores", "sobre o autor", "sobre a autora", "sobre os autores", "à propos de l'auteur",
  "à propos de l’auteur", "à propos de l'autrice", "à propos de l’autrice", "à propos des auteurs",
  "zur autorin", "zum autor", "zu den autoren", "über die autorin", "über den autor", "tentang penulis",
  "l'autore", "sull'autore", NULL
};

/* "Written by Daniel Brooks" over a line of bio */
static const char * const written_by[] = {
  "written by ", "geschrieben von ", "écrit par ", "escrito por ", "ditulis oleh ", NULL
};

/* A blog's note under the post */
static const char * const disclaimers[] = {
  "note: this article gives the views of the author", "this article gives the views of the author",
  "note: the views expressed", "the views expressed in this article are", "the views and opinions expressed in this",
  NULL
};

/* A line under the story about it, for the note: a blog's disclaimer;
 * the writers' addresses, "Write to Priya Natarajan at priya@…"; the
 * print edition it appeared in, "Appeared in the June 5, 2026, print
 * edition as '…'", "A version of this article appears in print on …" */
static gboolean
is_foot_note (const char *line,
              const char *lower)
{
  /* (a writer's name after "Write to": not the story's own "Write to your
   * MP at …") */
  return _byline_import_opens_with_any (lower, disclaimers) ||
         (g_str_has_prefix (lower, "write to ") && strchr (lower, '@') != NULL &&
          g_unichar_isupper (g_utf8_get_char (line + strlen ("write to "))) &&
          _byline_import_count_words (lower) <= 40) ||
         (g_str_has_prefix (lower, "appeared in the ") && strstr (lower, "print edition") != NULL) ||
         g_str_has_prefix (lower, "a version of this article appears in print");
}

/* A blog's lines under the post */
static const char * const foot_buttons[] = {
  "ready for more?", "discussion about this post", "follow", "subscribe", "share", NULL
};

/* The verbs of a bio after its name ("Jane Doe is …") */
static const char * const bio_verbs[] = {
  " is ", " ist ", " es ", " est ", " é ", " è ", " adalah ", " was ", " teaches ", " writes ", " leads ", NULL
};

static const char *
line_at (GPtrArray *lines,
         guint      i)
{
  return g_ptr_array_index (lines, i);
}

/**
 * _byline_import_opens_with_byline_word:
 *
 * Whether @line opens with a byline's word ("By", "Par", "Von"), not a
 * name's ("Par Jean Martin" is no full name)
 */
gboolean
_byline_import_opens_with_byline_word (const char *line)
{
  g_autofree char *lower = _byline_import_lower (line);
  guint n;
  const BylinePrefix *prefixes = _byline_import_byline_prefixes (&n);

  for (guint i = 0; i < n; i++)
    {
      /* (not a surname's particle: "De Souza", "Di Maio") */
      if (g_str_has_prefix (lower, prefixes[i].prefix) && strlen (lower) > strlen (prefixes[i].prefix) &&
          !g_str_equal (prefixes[i].prefix, "de ") && !g_str_equal (prefixes[i].prefix, "di "))
        return TRUE;
    }
  return FALSE;
}

/* A name alone on its line ("Tom Hargreaves", "Dr Kate Mallory") */
static gboolean
is_box_name (const char *line)
{
  return strchr (line, ',') == NULL && _byline_import_is_full_name (line);
}

/* An affiliation under a name: a short line, no sentence (nor the date
 * line under the box, which the header reads) */
static gboolean
is_affiliation (const char *line)
{
  return line[0] != '\0' && _byline_import_count_words (line) <= 20 && !is_box_name (line) &&
         !_byline_import_ends_with_punctuation (line) && !_byline_import_is_label_in (disclosure_labels, line) &&
         !_byline_import_is_label_in (partner_labels, line) && !_byline_import_is_header_date (line, NULL);
}

/* The next non-blank line from @i, or lines->len */
static guint
next_line (GPtrArray *lines,
           guint      i)
{
  while (i < lines->len && line_at (lines, i)[0] == '\0')
    i++;
  return i;
}

/* The box's names and affiliations under its label at @i, to the first
 * blank line: the names into @names, the affiliations into @note, the
 * lines blanked; the line after it */
static guint
take_names (GPtrArray *lines,
            guint      i,
            GPtrArray *names,
            GString   *note)
{
  guint j = i + 1;

  while (j < lines->len && is_box_name (line_at (lines, j)))
    {
      g_ptr_array_add (names, g_strdup (line_at (lines, j)));
      _byline_import_replace_line (lines, j++, g_strdup (""));
      if (j < lines->len && is_affiliation (line_at (lines, j)))
        {
          _byline_import_add_to_note (note, line_at (lines, j));
          _byline_import_replace_line (lines, j++, g_strdup (""));
        }
    }
  return j;
}

/* Under the box: "Disclosure statement" and its lines to the note,
 * "Partners" and its lines and "View all partners" dropped */
static void
take_box_sections (GPtrArray *lines,
                   guint      from,
                   GString   *note)
{
  for (guint k = 0; k < 4; k++)
    {
      guint i = next_line (lines, from);
      gboolean disclosure;

      if (i >= lines->len)
        return;
      if (_byline_import_is_label_in (partner_links, line_at (lines, i)))
        {
          _byline_import_replace_line (lines, i, g_strdup (""));
          from = i + 1;
          continue;
        }
      disclosure = _byline_import_is_label_in (disclosure_labels, line_at (lines, i));
      if (!disclosure && !_byline_import_is_label_in (partner_labels, line_at (lines, i)))
        return;
      if (i + 1 >= lines->len || line_at (lines, i + 1)[0] == '\0')
        return;
      _byline_import_replace_line (lines, i, g_strdup (""));
      for (i++; i < lines->len && line_at (lines, i)[0] != '\0'; i++)
        {
          if (disclosure)
            _byline_import_add_to_note (note, line_at (lines, i));
          _byline_import_replace_line (lines, i, g_strdup (""));
        }
      from = i;
    }
}

/* "By A, B and C" */
static char *
byline_of (GPtrArray *names)
{
  g_autoptr(GString) out = g_string_new ("By ");

  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (out, "%s%s", i == 0 ? "" : i + 1 == names->len ? " and " : ", ",
                            (const char *) g_ptr_array_index (names, i));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * _byline_import_take_author_boxes:
 * @lines: (element-type utf8): the copy's trimmed lines, blank ones empty
 * @note: where the affiliations and disclosures go
 *
 * Rewrites an author box on top of @lines ("Author" over names and
 * affiliations) as the byline the header reads, "By …", its
 * affiliations and disclosure into @note, the partners' lines dropped;
 * "Gastbeitrag von …" as "Von …"; a bio line between a name and the
 * date into @note; a think tank's "Related experts" under the story
 * dropped.
 */
void
_byline_import_take_author_boxes (GPtrArray *lines,
                                  GString   *note)
{
  guint seen = 0;
  guint long_lines = 0;

  /* (on top: to the story's second paragraph, a standfirst's and a
   * lede's long lines; a book's "Author" over "Hilary Mantel" in the body
   * is no box) */
  for (guint i = 0; i < lines->len && seen < MAX_TOP_LINES && long_lines < 2; i++)
    {
      const char *line = line_at (lines, i);
      g_autofree char *lower = NULL;

      if (line[0] == '\0')
        continue;
      seen++;
      /* (the headline right over the date, the first lines of the copy,
       * a standfirst of one sentence between them or none: set apart,
       * "Europe’s Quiet Bet on Cheap Power" / "Nov 12, 2026") */
      if (seen == 1 && _byline_import_count_words (line) >= 3 && _byline_import_count_words (line) <= 20 &&
          !_byline_import_ends_with_punctuation (line) && !_byline_import_is_header_date (line, NULL))
        {
          guint deck = i + 1 < lines->len && _byline_import_ends_with_punctuation (line_at (lines, i + 1)) &&
                       _byline_import_count_words (line_at (lines, i + 1)) <= 40 ? 1 : 0;

          /* (not a headline of a name's shape over its standfirst,
           * "Harbour Bridge Reopens": the header reads it as a byline
           * over the headline when set apart) */
          if (i + deck + 2 < lines->len && line_at (lines, i + deck + 2)[0] == '\0' &&
              (deck == 0 || !is_box_name (line)) &&
              !_byline_import_is_header_date (line_at (lines, i + 1), NULL) == (deck == 1) &&
              _byline_import_is_header_date (line_at (lines, i + deck + 1), NULL))
            {
              g_ptr_array_insert (lines, i + deck + 1, g_strdup (""));
            }
        }
      lower = _byline_import_lower (line);
      long_lines += _byline_import_count_words (line) >= 15 && _byline_import_ends_with_punctuation (line);
      if (_byline_import_is_label_in (box_labels, line) && i + 1 < lines->len && is_box_name (line_at (lines, i + 1)))
        {
          g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
          guint end = take_names (lines, i, names, note);

          /* (its own block, the header's byline) */
          g_free (g_ptr_array_index (lines, i));
          g_ptr_array_index (lines, i) = byline_of (names);
          take_box_sections (lines, end, note);
          continue;
        }
      if (g_str_has_prefix (lower, "gastbeitrag von ") || g_str_has_prefix (lower, "ein gastbeitrag von "))
        {
          /* (the prefix is ASCII: the same bytes in @lower and @line) */
          char *von = g_strconcat ("Von ", line + (strstr (lower, "von ") - lower) + 4, NULL);

          g_free (g_ptr_array_index (lines, i));
          g_ptr_array_index (lines, i) = von;
          continue;
        }
      /* (a blog's writer over a line of bio over the date: "Mark Ellison"
       * / "Writer on small business. Former shopkeeper." / "Nov 12, 2026") */
      /* (under the headline: "Harbour Bridge Reopens" over its standfirst
       * is none) */
      if (seen > 1 && is_box_name (line) && i + 2 < lines->len && line_at (lines, i + 1)[0] != '\0' &&
          _byline_import_ends_with_punctuation (line_at (lines, i + 1)) &&
          _byline_import_count_words (line_at (lines, i + 1)) <= 20 &&
          !_byline_import_is_header_date (line_at (lines, i + 1), NULL) &&
          _byline_import_is_header_date (line_at (lines, i + 2), NULL))
        {
          _byline_import_add_to_note (note, line_at (lines, i + 1));
          _byline_import_replace_line (lines, i + 1, g_strdup (""));
        }
    }

  /* "Related experts" over names and titles to the end */
  {
    guint from = lines->len;
    guint n = 0;

    for (guint i = lines->len; i > 0 && n <= 20; i--)
      {
        const char *line = line_at (lines, i - 1);

        if (line[0] == '\0')
          continue;
        if (_byline_import_is_label_in (expert_labels, line))
          {
            if (n > 0 && n % 2 == 0 && from < lines->len && is_box_name (line_at (lines, from)))
              {
                for (guint j = i - 1; j < lines->len; j++)
                  _byline_import_replace_line (lines, j, g_strdup (""));
              }
            break;
          }
        if (_byline_import_count_words (line) > 8 || _byline_import_ends_with_punctuation (line))
          break;
        from = i - 1;
        n++;
      }
  }
}

/* @line without a bio's marks: "*…*", "_…_", "— …" */
static char *
unmarked (const char *line,
          gboolean   *marked)
{
  g_autofree char *copy = g_strstrip (g_strdup (line));
  char *p = copy;
  gsize len;

  *marked = FALSE;
  for (const char * const *dash = (const char * const[]) { "— ", "– ", "- ", NULL }; *dash != NULL; dash++)
    {
      if (g_str_has_prefix (p, *dash))
        {
          p += strlen (*dash);
          *marked = TRUE;
        }
    }
  len = strlen (p);
  if (len > 2 && (p[0] == '*' || p[0] == '_') && p[len - 1] == p[0])
    {
      p[len - 1] = '\0';
      p++;
      *marked = TRUE;
    }
  return g_strdup (p);
}

/* The name a bio line opens with ("Sarah Whitfield is …", "Jane Doe, a
 * former …, is …"), or NULL; @apposition whether the second form */
static char *
bio_name (const char *line,
          gboolean   *apposition)
{
  *apposition = FALSE;
  if (!_byline_import_ends_with_punctuation (line) || _byline_import_count_words (line) > MAX_BIO_WORDS ||
      _byline_import_count_words (line) < 5)
    return NULL;
  for (const char * const *verb = bio_verbs; *verb != NULL; verb++)
    {
      const char *at = strstr (line, *verb);
      const char *comma = strstr (line, ", ");
      g_autofree char *name = NULL;

      if (at == NULL)
        continue;
      /* ("Jane Doe, a former …, is …") */
      if (comma != NULL && comma < at)
        {
          name = g_strndup (line, comma - line);
          if (!_byline_import_is_full_name (name) ||
              !(g_str_has_prefix (comma, ", a ") || g_str_has_prefix (comma, ", an ") ||
                g_str_has_prefix (comma, ", the ")) ||
              at[-1] != ',')
            return NULL;
          *apposition = TRUE;
          return g_steal_pointer (&name);
        }
      name = g_strndup (line, at - line);
      if (_byline_import_is_full_name (name))
        return g_steal_pointer (&name);
    }
  return NULL;
}

/* Whether @name is one of @bylines */
static gboolean
is_writer (const char         *name,
           const char * const *bylines)
{
  for (guint i = 0; bylines[i] != NULL; i++)
    {
      gsize nl = strlen (name), bl = strlen (bylines[i]);

      /* ("Kate Mallory" of "Dr Kate Mallory") */
      if (g_str_equal (name, bylines[i]) ||
          (bl > nl && g_str_has_suffix (bylines[i], name) && bylines[i][bl - nl - 1] == ' '))
        return TRUE;
    }
  return FALSE;
}

typedef struct
{
  GPtrArray *names;     /* the bios' and the labels' names */
  GPtrArray *noted;     /* the lines for the note */
  gboolean   labelled;  /* under "About the author", "Written by …" */
  gboolean   marked;    /* a bio in italics, after a dash, in apposition */
  gboolean   under_written_by;
  gboolean   named;     /* a name alone on its line */
} Foot;

/* Whether @line is of a bio box under the story; what it gives into @foot */
static gboolean
read_foot_line (const char *line,
                Foot       *foot)
{
  g_autofree char *lower = _byline_import_lower (line);
  g_autofree char *name = NULL;
  g_autofree char *plain = NULL;
  const char *colon = strchr (line, ':');
  gboolean marked, apposition;

  if (_byline_import_is_label_in (foot_buttons, line))
    return TRUE;
  /* (the publisher's address under the bio, "www.project-syndicate.org") */
  if (_byline_import_is_host (line))
    {
      g_ptr_array_add (foot->noted, g_strdup (line));
      return TRUE;
    }
  if (is_foot_note (line, lower))
    {
      g_ptr_array_add (foot->noted, g_strdup (line));
      return TRUE;
    }
  if (_byline_import_is_label_in (bio_labels, line))
    {
      foot->labelled = TRUE;
      return TRUE;
    }
  for (const char * const *w = written_by; *w != NULL; w++)
    {
      if (g_str_has_prefix (lower, *w) && _byline_import_is_full_name (line + strlen (*w)))
        {
          g_ptr_array_add (foot->names, g_strdup (line + strlen (*w)));
          foot->labelled = foot->under_written_by = TRUE;
          return TRUE;
        }
    }
  /* ("312 followers") */
  if (foot->under_written_by && _byline_import_count_words (line) == 2 && g_ascii_isdigit (line[0]) &&
      g_str_has_suffix (lower, "followers"))
    return TRUE;
  /* ("Zur Autorin: Anna Berger ist …") */
  if (colon != NULL && colon - line < 40)
    {
      g_autofree char *label = g_strndup (line, colon - line);

      if (_byline_import_is_label_in (bio_labels, label) &&
          (name = bio_name (_byline_import_skip_spaces (colon + 1), &apposition)) != NULL)
        {
          foot->labelled = TRUE;
          g_ptr_array_add (foot->names, g_steal_pointer (&name));
          g_ptr_array_add (foot->noted, g_strdup (line));
          return TRUE;
        }
    }
  plain = unmarked (line, &marked);
  if ((name = bio_name (plain, &apposition)) != NULL)
    {
      foot->marked |= marked || apposition;
      if (g_ptr_array_find_with_equal_func (foot->names, name, g_str_equal, NULL))
        foot->labelled |= foot->named;
      else
        g_ptr_array_add (foot->names, g_steal_pointer (&name));
      g_ptr_array_add (foot->noted, g_steal_pointer (&plain));
      return TRUE;
    }
  if (is_box_name (line))
    {
      /* (the name over its bio: a box) */
      foot->named = TRUE;
      if (!g_ptr_array_find_with_equal_func (foot->names, line, g_str_equal, NULL))
        g_ptr_array_add (foot->names, g_strdup (line));
      return TRUE;
    }
  /* (a line of bio under "Written by …") */
  if (foot->under_written_by && _byline_import_count_words (line) <= 30)
    {
      g_ptr_array_add (foot->noted, g_strdup (line));
      return TRUE;
    }
  return FALSE;
}

/**
 * _byline_import_take_foot_author:
 * @blocks: the story's blocks
 * @first: the first block of the body
 * @bylines: (inout) (nullable): the story's writers
 * @note: where the bio goes
 *
 * A bio box under the story, its last blocks: under a label ("About the
 * author", "Written by …"), or a bio in italics, after a dash or in
 * apposition ("Jane Doe, a former …, is …"), with a blog's note ("Note:
 * This article gives the views of the author …"). Taken when the story
 * names no writer (its names are the bylines then) or its names are the
 * writers': the bios and the note into @note, the box's blocks dropped.
 * A blog's note alone is taken too.
 */
void
_byline_import_take_foot_author (GPtrArray *blocks,
                                 guint      first,
                                 char    ***bylines,
                                 GString   *note)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) noted = g_ptr_array_new_with_free_func (g_free);
  guint start = blocks->len;
  gboolean has_bio = FALSE;

  if (blocks->len < first + 3)
    return;
  /* (the box's first block: every line of it and under it the box's) */
  for (guint i = blocks->len; i > first + 2 && i + MAX_FOOT_BLOCKS > blocks->len; i--)
    {
      Block *block = g_ptr_array_index (blocks, i - 1);
      Foot trial = { g_ptr_array_new_with_free_func (g_free), g_ptr_array_new_with_free_func (g_free),
                     FALSE, FALSE, FALSE, FALSE };
      gboolean all = TRUE;

      for (guint j = 0; j < block->lines->len && all; j++)
        all = read_foot_line (g_ptr_array_index (block->lines, j), &trial);
      g_ptr_array_unref (trial.names);
      g_ptr_array_unref (trial.noted);
      if (!all)
        break;
      start = i - 1;
    }
  if (start >= blocks->len)
    return;

  {
    Foot foot = { names, noted, FALSE, FALSE, FALSE, FALSE };

    for (guint i = start; i < blocks->len; i++)
      {
        Block *block = g_ptr_array_index (blocks, i);

        for (guint j = 0; j < block->lines->len; j++)
          read_foot_line (g_ptr_array_index (block->lines, j), &foot);
      }
    /* (its label dropped as the page's line, "About the author",
     * "Tentang Penulis", right over it) */
    foot.labelled |= ((Block *) g_ptr_array_index (blocks, start))->after_furniture;
    has_bio = (foot.labelled || foot.marked) && names->len > 0;
  }
  /* (a blog's note alone: taken; a bio of somebody not the writer,
   * "Jane Doe, a former teacher, is survived by …": kept) */
  if (has_bio && *bylines != NULL && (*bylines)[0] != NULL)
    {
      for (guint i = 0; i < names->len && has_bio; i++)
        has_bio = is_writer (g_ptr_array_index (names, i), (const char * const *) *bylines);
    }
  if (!has_bio)
    {
      gboolean only_notes = TRUE;

      for (guint i = start; i < blocks->len && only_notes; i++)
        {
          Block *block = g_ptr_array_index (blocks, i);
          g_autofree char *lower = _byline_import_lower (g_ptr_array_index (block->lines, 0));

          only_notes = block->lines->len == 1 && is_foot_note (g_ptr_array_index (block->lines, 0), lower);
        }
      if (!only_notes)
        return;
    }
  else if (*bylines == NULL || (*bylines)[0] == NULL)
    {
      g_strfreev (*bylines);
      g_ptr_array_add (names, NULL);
      *bylines = (char **) g_ptr_array_steal (names, NULL);
    }
  for (guint i = 0; i < noted->len; i++)
    _byline_import_add_to_note (note, g_ptr_array_index (noted, i));
  g_ptr_array_remove_range (blocks, start, blocks->len - start);
}

/**
 * _byline_import_heads_bio_section:
 * @lines: (element-type utf8): the copy's trimmed lines, blank ones empty
 * @i: a line of @lines
 *
 * Whether line @i is a label of a bio box ("About the author") over a
 * section of the story's own, kept as its subheading: three paragraphs
 * or more under it, one of them no bio (a review's "About the author"
 * over "Daniel Hope is a maritime historian …", "He is at his best …")
 */
gboolean
_byline_import_heads_bio_section (GPtrArray *lines,
                                  guint      i)
{
  guint paragraphs = 0;
  gboolean other = FALSE;

  if (!_byline_import_is_label_in (bio_labels, line_at (lines, i)))
    return FALSE;
  for (guint j = i + 1; j < lines->len; j++)
    {
      const char *line = line_at (lines, j);
      g_autofree char *name = NULL;
      gboolean apposition;

      if (line[0] == '\0')
        continue;
      if (_byline_import_count_words (line) < 8 || !_byline_import_ends_with_punctuation (line))
        break;
      paragraphs++;
      if ((name = bio_name (line, &apposition)) == NULL)
        other = TRUE;
    }
  return paragraphs >= 3 && other;
}
