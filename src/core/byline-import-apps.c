/* byline-import-apps.c: the lines everyday software leaves in a story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A story copied out of a shared document carries the marks of its
 * comments ("… on Wednesday[a], …") and the comments listed under it
 * ("[a]Ed Morris: check the figure"); one copied out of a feed reader its
 * buttons ("Save for later", "Visit Website", "Mark as read") and the
 * feed's line with the story's age ("The Valley Ledger by Marcus Odell /
 * 3h", "Av Erik Lindqvist · Norrlandsbladet · 5 tim"); one copied out of
 * a blog's editor the editor's buttons ("Save draft", "Preview",
 * "Publish", "Type / to choose a block") and its counts ("Word count:
 * 142", "Draft saved at 10:31 pm."); dictated copy the spoken commands
 * the phone did not follow ("… off the coast. New paragraph") and
 * "Dictated but not read"; phone-typed copy its excuse ("sent from my
 * phone, sorry for typos"). The comments, the counts and the excuses say
 * something about the copy: the note; the buttons are dropped.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import.h"
#include "byline-import-private.h"

static void
to_note (char    *line,
         GString *note)
{
  g_string_append_printf (note, "%s%s", note->len > 0 ? "\n" : "", line);
  line[0] = '\0';
}

/* (a line taken out, not left blank: a copy of single lines stays one) */
static void
remove_line (GPtrArray *lines,
             guint     *i)
{
  g_ptr_array_remove_index (lines, *i);
  (*i)--;
}

/* "[a]", "[ab]": a comment's mark, its length (0: none) */
static gsize
comment_mark (const char *text)
{
  gsize n = 0;

  if (text[0] != '[')
    return 0;
  while (g_ascii_islower (text[1 + n]) && n < 3)
    n++;
  return n > 0 && text[1 + n] == ']' ? n + 2 : 0;
}

/* The comments listed under a shared document's text (see the top of
 * this file), and their marks in it */
static void
take_doc_comments (GPtrArray *lines,
                   GString   *note)
{
  g_autoptr(GPtrArray) marks = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) comments = g_string_new (NULL);
  guint first = lines->len;

  for (guint i = lines->len; i > 0; i--)
    {
      const char *line = g_ptr_array_index (lines, i - 1);
      gsize n = comment_mark (line);

      if (n > 0 && line[n] != '\0' && line[n] != ' ')
        {
          g_ptr_array_add (marks, g_strndup (line, n));
          first = i - 1;
        }
      /* (a comment that runs on, "_Assigned to Owen Pryce_") */
      else if (line[0] != '\0' && marks->len == 0 && first == lines->len && i + 3 > lines->len && line[0] == '_')
        continue;
      else if (line[0] != '\0' && marks->len > 0)
        break;
    }
  if (marks->len == 0)
    return;
  /* (a list of comments has its marks in the text above it) */
  {
    gboolean marked = FALSE;

    for (guint i = 0; i < first && !marked; i++)
      {
        for (guint m = 0; m < marks->len && !marked; m++)
          {
            const char *at = strstr (g_ptr_array_index (lines, i), g_ptr_array_index (marks, m));

            marked = at != NULL && at != g_ptr_array_index (lines, i);
          }
      }
    if (!marked)
      return;
  }
  for (guint i = first; i < lines->len; i++)
    {
      char *line = g_ptr_array_index (lines, i);
      gsize n = comment_mark (line);

      if (line[0] == '\0')
        continue;
      if (n > 0)
        memmove (line, line + n, strlen (line + n) + 1);
      to_note (line, note);
    }
  for (guint i = 0; i < first; i++)
    {
      char *line = g_ptr_array_index (lines, i);

      for (guint m = 0; m < marks->len; m++)
        {
          const char *mark = g_ptr_array_index (marks, m);
          char *at;

          while ((at = strstr (line, mark)) != NULL && at > line)
            memmove (at, at + strlen (mark), strlen (at + strlen (mark)) + 1);
        }
    }
}

/* A feed reader's buttons and a blog editor's, whole lines */
static gboolean
is_app_button (const char *lower,
               gboolean    editor)
{
  static const char * const reader[] = {
    "save for later", "saved for later", "read later", "visit website", "mark as read", "mark as unread",
    "open in browser", "view original", "später lesen", "für später speichern", "website besuchen",
    "als gelesen markieren", "lire plus tard", "enregistrer pour plus tard", "visiter le site", "marquer comme lu",
    "guardar para más tarde", "leer más tarde", "visitar sitio web", "marcar como leído", "spara till senare",
    "läs senare", "besök webbplatsen", "markera som läst", "salva per dopo", "leggi più tardi", "visita il sito",
    "segna come letto", "bewaar voor later", "later lezen", "bezoek website", "markeer als gelezen",
    "salvar para depois", "ler mais tarde", "visitar site", "marcar como lido", "gem til senere",
    "besøg webstedet", "markér som læst", "lagre til senere", "besøk nettstedet", "merk som lest",
    "tallenna myöhemmäksi", "vieraile sivustolla", "merkitse luetuksi", "zapisz na później", "odwiedź stronę",
    "daha sonra kaydet", "sonra oku", "web sitesini ziyaret et", "okundu olarak işaretle",
    "oznacz jako przeczytane", "desa per a més tard", "visita el lloc web", "marca com a llegit", NULL
  };
  static const char * const blog_editor[] = {
    "skip to editor", "save draft", "preview", "publish", "post", "block", "document", "toggle block inserter",
    "type / to choose a block", "add title", "undo", "redo", "settings", "switch to draft", "saved", NULL
  };

  return g_strv_contains (reader, lower) || (editor && g_strv_contains (blog_editor, lower));
}

/* "Word count: 142", "Draft saved at 10:31 pm.": a blog editor's counts */
static gboolean
is_editor_count (const char *lower)
{
  return (g_str_has_prefix (lower, "word count:") || g_str_has_prefix (lower, "draft saved at ") ||
          g_str_has_prefix (lower, "last edited ")) && _byline_import_count_words (lower) <= 6;
}

/* "3h", "5 tim", "2 d": how old a feed's item is */
static gboolean
is_age (const char *part)
{
  const char *p = part;

  while (g_ascii_isdigit (*p))
    p++;
  if (p == part)
    return _byline_import_is_relative_time (part);
  while (*p == ' ')
    p++;
  return strlen (p) <= 5 || _byline_import_is_relative_time (part);
}

/* "The Valley Ledger by Marcus Odell / 3h", "Av Erik Lindqvist ·
 * Norrlandsbladet · 5 tim": a feed's line over its item, the byline kept
 * and the feed's name and age to the note (returns: the feed's name) */
static char *
read_feed_line (GPtrArray *lines,
                guint      i,
                GString   *note)
{
  char *line = g_ptr_array_index (lines, i);
  g_auto(GStrv) parts = NULL;
  g_autoptr(GString) rest = g_string_new (NULL);
  g_autofree char *byline = NULL;
  g_autofree char *feed = NULL;
  guint n;

  if (strstr (line, " · ") != NULL)
    parts = g_strsplit (line, " · ", -1);
  else if (strstr (line, " / ") != NULL)
    parts = g_strsplit (line, " / ", -1);
  else
    return NULL;
  n = g_strv_length (parts);
  if (n < 2 || n > 4 || !is_age (g_strstrip (parts[n - 1])))
    return NULL;
  for (guint j = 0; j + 1 < n; j++)
    {
      g_auto(GStrv) names = _byline_import_parse_byline (g_strstrip (parts[j]));
      const char *by = strstr (parts[j], " by ");

      if (byline == NULL && names != NULL)
        byline = g_strdup (parts[j]);
      /* ("Ege Postası · Mehmet Yılmaz · 2 sa": a writer's name alone, after
       * the feed's, read as a byline) */
      else if (byline == NULL && j > 0 && _byline_import_is_full_name (parts[j]))
        byline = g_strconcat ("By ", parts[j], NULL);
      else if (byline == NULL && by != NULL)
        {
          g_autofree char *written = g_strconcat ("By ", by + strlen (" by "), NULL);
          g_auto(GStrv) found = _byline_import_parse_byline (written);

          if (found == NULL)
            return NULL;
          byline = g_steal_pointer (&written);
          g_string_append_printf (rest, "%s%.*s", rest->len > 0 ? " · " : "", (int) (by - parts[j]), parts[j]);
          feed = g_strndup (parts[j], by - parts[j]);
        }
      else
        {
          g_string_append_printf (rest, "%s%s", rest->len > 0 ? " · " : "", parts[j]);
          if (feed == NULL)
            feed = g_strdup (parts[j]);
        }
    }
  if (byline == NULL)
    return NULL;
  g_string_append_printf (rest, " · %s", parts[n - 1]);
  g_string_append_printf (note, "%s%s", note->len > 0 ? "\n" : "", rest->str);
  g_ptr_array_index (lines, i) = g_steal_pointer (&byline);
  g_free (line);
  return g_steal_pointer (&feed);
}

/* "Today", "Yesterday": a feed reader's group of items by day */
static gboolean
is_day_group (const char *line)
{
  static const char * const days[] = {
    "today", "yesterday", "heute", "gestern", "aujourd'hui", "hier", "hoy", "ayer", "oggi", "ieri", "vandaag",
    "gisteren", "hoje", "ontem", "i dag", "idag", "i går", "igår", "tänään", "eilen", "dzisiaj", "wczoraj",
    "avui", "ahir", "ma", "tegnap", "azi", "ieri", "täna", "eile", "šiandien", "vakar", "danas", "jučer",
    "dnes", "včera", "днес", "вчера", "bugün", "dün", NULL
  };
  g_autofree char *lower = g_utf8_strdown (line, -1);

  return g_strv_contains (days, lower);
}

/* "… off the coast. New paragraph": a spoken command the phone wrote out
 * (its length, 0: none) */
static gsize
spoken_break (const char *line)
{
  static const char * const commands[] = {
    " new paragraph", " new line", " neuer absatz", " neue zeile", " nouveau paragraphe", " à la ligne",
    " nuevo párrafo", " nueva línea", " nuovo paragrafo", " nuova riga", " nieuwe alinea", " nieuwe regel",
    " novo parágrafo", " nova linha", " ny paragraf", " nytt stycke", " ny rad", " nytt avsnitt", " uusi kappale",
    " nowy akapit", " nowa linia", " paragraf baru", " yeni paragraf", NULL
  };
  g_autofree char *lower = g_utf8_strdown (line, -1);

  for (guint i = 0; commands[i] != NULL; i++)
    {
      if (g_str_has_suffix (lower, commands[i]) && strlen (lower) > strlen (commands[i]) + 10)
        return strlen (commands[i]);
    }
  return 0;
}

/* "Dictated but not read", "sent from my phone, sorry for typos": a
 * word on how the copy was made */
static gboolean
is_copy_excuse (const char *lower)
{
  static const char * const opening[] = {
    "dictated but not read", "dictated, not read", "diktiert, nicht gelesen", "dicté mais non relu",
    "sent from my phone", "sent from phone", "typed on my phone", "sorry for typos", "excuse typos",
    "trimis de pe telefon", "scuze de greseli", "vom handy gesendet", "envoyé de mon téléphone",
    "enviado desde el móvil", "enviado desde mi móvil", "inviato dal telefono", "sendt fra telefonen",
    "skickat från mobilen", "lähetetty puhelimesta", "wysłane z telefonu", "poslano s mobitela",
    "odoslané z mobilu", "odesláno z mobilu", "küldve telefonról", "изпратено от телефона", NULL
  };

  return _byline_import_opens_with_any (lower, opening) && _byline_import_count_words (lower) <= 10;
}

/**
 * _byline_import_take_app_wrapping:
 * @lines: the copy's lines
 * @note: where what the software says about the copy goes
 *
 * Takes what a shared document, a feed reader, a blog's editor, a
 * phone's dictation left around the story (see the top of this file).
 */
void
_byline_import_take_app_wrapping (GPtrArray *lines,
                                  GString   *note)
{
  gboolean editor = FALSE;

  take_doc_comments (lines, note);
  /* (a blog editor's: its own words for its blocks) */
  for (guint i = 0; i < lines->len && !editor; i++)
    {
      g_autofree char *lower = g_utf8_strdown (g_ptr_array_index (lines, i), -1);

      editor = g_str_equal (lower, "type / to choose a block") || g_str_equal (lower, "toggle block inserter") ||
               g_str_equal (lower, "skip to editor");
    }
  for (guint i = 0; i < lines->len; i++)
    {
      char *line = g_ptr_array_index (lines, i);
      g_autofree char *lower = g_utf8_strdown (line, -1);
      char *feed;
      gsize spoken;

      if (line[0] == '\0')
        continue;
      if (is_app_button (lower, editor))
        remove_line (lines, &i);
      else if ((editor && is_editor_count (lower)) || is_copy_excuse (lower))
        {
          to_note (line, note);
          remove_line (lines, &i);
        }
      else if ((spoken = spoken_break (line)) > 0)
        line[strlen (line) - spoken] = '\0';
      else if (i < 12 && (feed = read_feed_line (lines, i, note)) != NULL)
        {
          /* (the feed's name over the item, the reader's day over both) */
          for (guint j = 0; j < i; j++)
            {
              const char *over = g_ptr_array_index (lines, j);

              if (g_strcmp0 (over, feed) == 0 || (j == 0 && is_day_group (over)))
                {
                  remove_line (lines, &j);
                  i--;
                }
            }
          g_free (feed);
        }
    }
}

/**
 * _byline_import_capitalize_headline:
 * @headline: a headline typed on a phone with no capital letter
 *
 * Returns: (transfer full): @headline with its first letter a capital
 *   (as it is when it has one already, or its script has no case)
 */
char *
_byline_import_capitalize_headline (const char *headline)
{
  gunichar first = g_utf8_get_char (headline);
  char buffer[8] = { 0 };

  for (const char *p = headline; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isupper (c) || g_unichar_istitle (c))
        return g_strdup (headline);
    }
  /* (Georgian's Mkhedruli is lower case to Unicode, and has no capital
   * to open a line with) */
  if (!g_unichar_islower (first) || _byline_import_is_caseless_letter (first))
    return g_strdup (headline);
  g_unichar_to_utf8 (g_unichar_totitle (first), buffer);
  return g_strconcat (buffer, g_utf8_next_char (headline), NULL);
}

/* "Created: March 5, 2026 8:15 AM", "Tags: city": a notes program's
 * property under a page's title (a short label, capitalised) */
static gboolean
is_page_property (const char *line)
{
  const char *colon = strstr (line, ": ");
  guint words = 1;

  if (colon == NULL || colon == line || colon - line > 24 || colon[2] == '\0' ||
      !g_unichar_isupper (g_utf8_get_char (line)))
    return FALSE;
  for (const char *p = line; p < colon; p++)
    {
      if (*p == ' ')
        words++;
      else if (g_ascii_isdigit (*p) || strchr ("#*[]()<>|", *p) != NULL)
        return FALSE;
    }
  return words <= 3;
}

/**
 * _byline_import_take_page_properties:
 * @text: (inout): the copy
 * @note: where the properties go
 *
 * A page exported from a notes program ("# Title", then its properties,
 * "Created: …", "Tags: …"): the properties go to @note, and the title too
 * when the page's text repeats it on a line of its own (a story pasted
 * whole into the page); a title it does not repeat stays, as a plain
 * line (the headline).
 */
void
_byline_import_take_page_properties (char    **text,
                                     GString  *note)
{
  g_auto(GStrv) lines = g_strsplit (*text, "\n", -1);
  g_autoptr(GString) rest = NULL;
  const char *title;
  guint n = 0;
  gboolean repeated = FALSE;

  if (lines[0] == NULL || !g_str_has_prefix (lines[0], "# "))
    return;
  title = lines[0] + 2;
  while (lines[1 + n] != NULL && is_page_property (lines[1 + n]))
    n++;
  if (n < 2)
    return;
  for (guint i = 1 + n; lines[i] != NULL && !repeated; i++)
    {
      g_autofree char *plain = g_strstrip (g_strdup (lines[i]));

      repeated = g_str_equal (plain, title);
    }
  rest = g_string_new (NULL);
  if (!repeated)
    g_string_append_printf (rest, "%s\n\n", title);
  else
    g_string_append_printf (note, "%s%s", note->len > 0 ? "\n" : "", lines[0]);
  for (guint i = 1; i <= n; i++)
    g_string_append_printf (note, "%s%s", note->len > 0 ? "\n" : "", lines[i]);
  for (guint i = 1 + n; lines[i] != NULL; i++)
    g_string_append_printf (rest, "%s%s", lines[i], lines[i + 1] != NULL ? "\n" : "");
  g_free (*text);
  *text = g_string_free (g_steal_pointer (&rest), FALSE);
}
