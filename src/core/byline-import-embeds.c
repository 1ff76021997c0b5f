/* byline-import-embeds.c: social-media posts embedded in a story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page that embeds a post gives, in a copy, the post's text over its
 * attribution ("— Name (@handle) March 3, 2026" under an X or a Bluesky
 * post, "Posted by … on Monday, March 2, 2026" under a Facebook one),
 * or the attribution alone ("A post shared by Name (@handle)" under
 * Instagram's button, "Post by @handle" under Threads', a TikTok post's
 * "@handle caption ♬ original sound - name"); and where the reader has
 * not let the platform in, the site's gate in the post's place ("Allow
 * X content?" / "This article contains content provided by X …" /
 * "Accept and continue", "Externer Inhalt", "Ce contenu est bloqué …").
 * A post is someone else's words: it is quoted in the body with its
 * attribution, and is never the lede, a subheading or a date. The
 * platforms' buttons ("View this post on Instagram", "View on Threads",
 * Bluesky's "[image or embed]") and the gates are the page's: dropped.
 * Each shape is matched whole (an attribution its handle and its date,
 * a gate its opening line), so a story that speaks of posts, handles
 * or consent in its own sentences keeps them as they are. The paragraph
 * right over an attribution is the post's text; the ones over it are
 * too when the page's "Skip twitter post by …" line stands over them,
 * or when they are in the post's own voice ("not one of us paid a
 * penny": a first or second person, no quotation, no "said" or
 * "posted"), so that the story's line introducing the post stays its
 * own; a paragraph left unquoted is still all there.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-calendar.h"
#include "byline-import-private.h"
#include "byline-markdown.h"

/* A platform's button over or under its post, the whole line lower-cased */
static const char * const embed_buttons[] = {
  "view this post on instagram", "view on instagram", "ver esta publicación en instagram",
  "voir cette publication sur instagram", "diesen beitrag auf instagram ansehen",
  "visualizza questo post su instagram", "ver esta publicação no instagram", "ver essa publicação no instagram",
  "посмотреть эту публикацию в instagram", "عرض هذا المنشور على instagram", "مشاهده این پست در اینستاگرام",
  "この投稿をinstagramで見る", "在 instagram 查看这篇帖子", "在instagram查看这篇帖子", "bu gönderiyi instagram'da gör",
  "view on threads", "view on mastodon", "[image or embed]", NULL
};

/* A gate's opening lines, each sure on its own: the whole line's start */
static const char * const gate_openings[] = {
  "an dieser stelle finden sie einen externen inhalt", "ce contenu est bloqué", NULL
};

/* The platforms a gate stands in for, and what of theirs it hides */
static const char * const platforms[] = {
  "twitter", "x", "instagram", "facebook", "tiktok", "youtube", "bluesky", "threads", "mastodon", "vimeo", NULL
};

static const char * const embed_kinds[] = {
  "post", "video", "content", "embed", NULL
};

/* "Skip twitter post by Name", "Skip past X post", "End of youtube
 * video by Name": a gate's first and last lines */
static gboolean
is_skip_line (const char *lower)
{
  g_auto(GStrv) words = g_strsplit (lower, " ", 5);
  guint k;

  if (_byline_import_count_words (lower) > 12 || g_strv_length (words) < 3)
    return FALSE;
  if (g_str_equal (words[0], "skip"))
    k = g_str_equal (words[1], "past") ? 2 : 1;
  else if (g_str_equal (words[0], "end") && g_str_equal (words[1], "of"))
    k = 2;
  else
    return FALSE;
  return words[k] != NULL && g_strv_contains (platforms, words[k]) && words[k + 1] != NULL &&
         g_strv_contains (embed_kinds, words[k + 1]);
}

/**
 * _byline_import_is_skip_line:
 * @lower: a line, lower-cased, with plain spaces
 *
 * Whether @lower is the line a page prints over an embedded post, "Skip
 * twitter post by Name" (not its "End of …" under it)
 */
gboolean
_byline_import_is_skip_line (const char *lower)
{
  return g_str_has_prefix (lower, "skip ") && is_skip_line (lower);
}

/* A gate's heading, a line of its own ("Externer Inhalt", "Externer
 * Inhalt von Instagram"): only over the gate's text ("Externer Inhalt"
 * may head a part of a story about the web) */
static const char * const gate_headings[] = {
  "empfohlener externer inhalt", "empfohlener redaktioneller inhalt", "externer inhalt", NULL
};

/* The gate's text and buttons: only beside its opening line */
static const char * const gate_text[] = {
  "content provided by", "is not responsible for the content of external sites",
  "third party content may contain adverts", NULL
};

static const char * const gate_buttons[] = {
  "accept and continue", "allow and continue", "gérer mes choix", "autoriser", NULL
};

static gboolean
is_gate_heading (const char *lower)
{
  for (guint i = 0; gate_headings[i] != NULL; i++)
    {
      if (g_str_equal (lower, gate_headings[i]) ||
          (g_str_has_prefix (lower, gate_headings[i]) && g_str_has_prefix (lower + strlen (gate_headings[i]), " von ") &&
           _byline_import_count_words (lower) <= 6))
        return TRUE;
    }
  return FALSE;
}

/* A German gate's text: the reader's own consent ("Ich bin
 * einverstanden", "Ihre Zustimmung") to what is shown or loaded from
 * outside; a story's sentence about consent speaks of others' ("keine
 * Zustimmung der Urheber") */
static gboolean
is_german_gate_text (const char *lower)
{
  return (strstr (lower, "ich bin einverstanden") != NULL || strstr (lower, "ich bin damit einverstanden") != NULL ||
          strstr (lower, "ihre zustimmung") != NULL || strstr (lower, "ihrer zustimmung") != NULL) &&
         (strstr (lower, "externe inhalte") != NULL || strstr (lower, "externen inhalt") != NULL ||
          strstr (lower, "geladen") != NULL || strstr (lower, "angezeigt") != NULL);
}

/* "Allow X content?", "Allow Google YouTube content?": the platform's
 * name between */
static gboolean
is_allow_question (const char *lower)
{
  guint words = _byline_import_count_words (lower);

  return g_str_has_prefix (lower, "allow ") && g_str_has_suffix (lower, " content?") && words >= 3 && words <= 4;
}

typedef enum
{
  GATE_NONE,
  GATE_OPENING,     /* sure on its own */
  GATE_HEADING,     /* sure over the gate's text */
  GATE_TEXT,
  GATE_BUTTON
} GateLine;

static GateLine
gate_line (const char *lower)
{
  guint words = _byline_import_count_words (lower);

  if (is_allow_question (lower) || is_skip_line (lower) ||
      (words <= 40 && _byline_import_opens_with_any (lower, gate_openings)))
    return GATE_OPENING;
  if (is_gate_heading (lower))
    return GATE_HEADING;
  if (g_strv_contains (gate_buttons, lower))
    return GATE_BUTTON;
  if (words <= 80 && (_byline_import_contains_any (lower, gate_text) || is_german_gate_text (lower)))
    return GATE_TEXT;
  return GATE_NONE;
}

/**
 * _byline_import_embed_furniture:
 * @lines: (element-type utf8): the copy's trimmed lines, blank ones empty
 * @i: a filled line
 * @lower: line @i lower-cased, with plain spaces
 *
 * Returns: the line after a platform's button or a site's gate in place
 *   of a post that opens at @i (blank lines inside a gate are part of
 *   it), or @i when none opens there
 */
guint
_byline_import_embed_furniture (GPtrArray  *lines,
                                guint       i,
                                const char *lower)
{
  gboolean opening = FALSE, heading = FALSE, text = FALSE;
  guint end = i;

  if (g_strv_contains (embed_buttons, lower))
    return i + 1;
  /* (a gate's lines, its opening among them: "Allow X content?" may
   * come under "Skip twitter post by …" or above it) */
  for (guint j = i, seen = 0; j < lines->len && seen < 8; j++)
    {
      const char *line = g_ptr_array_index (lines, j);
      g_autofree char *next = NULL;
      GateLine kind;

      if (line[0] == '\0')
        continue;
      if (strlen (line) > 800)
        break;
      /* (line @i is lower-cased already: most lines go no further) */
      if ((kind = gate_line (j == i ? lower : (next = _byline_import_lower_plain (line)))) == GATE_NONE)
        break;
      /* (a gate opens with its own line, not a button or its text) */
      if (j == i && kind != GATE_OPENING && kind != GATE_HEADING)
        return i;
      opening |= kind == GATE_OPENING;
      heading |= kind == GATE_HEADING;
      text |= kind == GATE_TEXT;
      seen++;
      end = j + 1;
    }
  return opening || (heading && text) ? end : i;
}

/* "(@handle)" in @line: where it starts, or NULL */
static const char *
find_handle (const char *line,
             const char **after)
{
  for (const char *p = strstr (line, "(@"); p != NULL; p = strstr (p + 1, "(@"))
    {
      gsize n = strspn (p + 2, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-");

      if (n > 0 && n <= 60 && p[2 + n] == ')')
        {
          *after = p + 3 + n;
          return p;
        }
    }
  return NULL;
}

/* The words that come with an Instagram post's handle, lower-cased:
 * before it, and nothing after ("A post shared by Name (@handle)"), or
 * after it ("Name (@handle)がシェアした投稿"); a sentence that opens so
 * ("پستی که شهردار (@…) منتشر کرد، …") goes on past the handle */
static const char * const shared_by[] = {
  "a post shared by", "una publicación compartida por", "une publication partagée par", "ein beitrag geteilt von",
  "un post condiviso da", "uma publicação compartilhada por", "публикация от", "تمت مشاركة منشور بواسطة",
  NULL
};

static const char * const shared_after[] = {
  "がシェアした投稿", "分享的帖子", "به اشتراک گذاشته است", "tarafından paylaşılan bir gönderi", NULL
};

static gboolean
ends_with_any (const char         *lower,
               const char * const *endings)
{
  for (guint i = 0; endings[i] != NULL; i++)
    {
      if (g_str_has_suffix (lower, endings[i]))
        return TRUE;
    }
  return FALSE;
}

static const char * const weekdays[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL
};

/* The dashes an X or Bluesky post's attribution opens with (not a
 * hyphen: "- " opens a list's item) */
static const char *
skip_dash (const char *line)
{
  for (const char *const *dash = (const char * const[]) { "—", "―", "–", "--", NULL }; *dash; dash++)
    {
      if (g_str_has_prefix (line, *dash))
        return _byline_import_skip_spaces (line + strlen (*dash));
    }
  return NULL;
}

/* "— Name (@handle) March 3, 2026 at 8:02 AM": the name (up to eight
 * words, no sentence's marks: a dialogue's dash in Russian opens a
 * sentence), then the date (a year's four figures in it: a writer signs
 * off "— Jane Hill (@janehill)" without one, an embed always has it) */
static gboolean
is_dash_attribution (const char *line,
                     const char *handle,
                     const char *after)
{
  const char *name = skip_dash (line);
  g_autofree char *who = NULL;

  if (name == NULL || name >= handle)
    return FALSE;
  who = g_strndup (name, handle - name);
  if (_byline_import_count_words (who) > 8 || strpbrk (who, ",;:!?\"") != NULL || strstr (who, "—") != NULL ||
      strstr (who, "–") != NULL || strstr (who, "«") != NULL || strstr (who, "“") != NULL)
    return FALSE;
  after = _byline_import_skip_spaces (after);
  if (after[0] == '\0' || _byline_import_count_words (after) > 8 || g_str_has_suffix (after, "."))
    return FALSE;
  {
    g_autofree char *ascii = byline_calendar_digits_to_ascii (after);

    for (const char *p = ascii; *p != '\0'; p++)
      {
        /* (a year: four figures, 19xx or 20xx) */
        if ((g_str_has_prefix (p, "19") || g_str_has_prefix (p, "20")) && strspn (p, "0123456789") == 4 &&
            (p == ascii || !g_ascii_isdigit (p[-1])))
          return TRUE;
      }
  }
  return FALSE;
}

/**
 * _byline_import_post_attribution:
 * @line: a line of the body
 *
 * Returns: 2 when @line is an embedded post's attribution under its
 *   text ("— Name (@handle) March 3, 2026", "Posted by Name on Monday,
 *   March 2, 2026"), 1 when it is a post's attribution that stands alone
 *   ("A post shared by Name (@handle)", "Post by @handle", a TikTok
 *   post's line), else 0
 */
guint
_byline_import_post_attribution (const char *line)
{
  g_autofree char *lower = NULL;
  const char *after = NULL;
  const char *handle;

  if (strlen (line) > 300 || _byline_import_count_words (line) > 24)
    return 0;
  lower = _byline_import_lower_plain (line);
  handle = find_handle (line, &after);
  if (handle != NULL && is_dash_attribution (line, handle, after))
    return 2;
  /* "A post shared by Name (@handle)", "Name(@handle)がシェアした投稿" */
  if (handle != NULL &&
      ((_byline_import_opens_with_any (lower, shared_by) && *_byline_import_skip_spaces (after) == '\0') ||
       ends_with_any (lower, shared_after)))
    return 1;
  /* "Post by @handle" (Threads) */
  if (g_str_has_prefix (lower, "post by @") && g_ascii_isalnum (lower[strlen ("post by @")]) &&
      _byline_import_count_words (lower) == 3)
    return 1;
  /* "@handle caption … ♬ original sound - name" (TikTok) */
  if (lower[0] == '@' && g_ascii_isalnum (lower[1]) && strstr (lower, "♬") != NULL)
    return 1;
  /* "Posted by Name on Monday, March 2, 2026" (Facebook; a blog's
   * "Posted by Name at 9:15 AM" names no day) */
  if (g_str_has_prefix (lower, "posted by ") && strpbrk (lower, "0123456789") != NULL)
    {
      const char *on = strstr (lower, " on ");

      return on != NULL && _byline_import_opens_with_any (on + 4, weekdays) ? 2 : 0;
    }
  return 0;
}

/* The last line of @block */
static const char *
last_line (Block *block)
{
  return g_ptr_array_index (block->lines, block->lines->len - 1);
}

/* A paragraph in a post's own voice, not the story's: one line, a first
 * or second person ("not one of us paid a penny", "thank you"), no
 * quotation and no words of reporting ("said", "posted", "asked") */
static gboolean
is_post_voice (Block *block)
{
  static const char * const persons[] = {
    "i", "i'm", "i’m", "i've", "i’ve", "we", "we're", "we’re", "we've", "we’ve", "us", "our", "ours", "my",
    "me", "you", "your", "you're", "you’re", NULL
  };
  static const char * const reporting[] = {
    " said", " says", " told", " tells", " wrote", " writes", " posted", " posts", " tweeted", " added",
    " announced", " according to", " shared", " asked", " replied", " explained", NULL
  };
  const char *line = g_ptr_array_index (block->lines, 0);
  g_autofree char *lower = NULL;
  g_auto(GStrv) words = NULL;

  if (block->lines->len != 1 || block->post || strlen (line) > 600 || _byline_import_count_words (line) > 60 ||
      _byline_import_has_quote_mark (line) || _byline_import_post_attribution (line) != 0)
    return FALSE;
  lower = _byline_import_lower_plain (line);
  if (_byline_import_contains_any (lower, reporting))
    return FALSE;
  words = g_strsplit_set (lower, " ,.;:!?()", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (g_strv_contains (persons, words[i]))
        return TRUE;
    }
  return FALSE;
}

/* A post's text of more than one paragraph over its attribution, the
 * last of them marked at @top: the paragraphs between the page's "Skip
 * twitter post by …" line and it, or those right over it in the post's
 * own voice (at most three; never the story's first paragraph) */
static void
mark_earlier_paragraphs (GPtrArray *blocks,
                         guint      first,
                         guint      top)
{
  /* (the "Skip" line over the post, no other furniture between) */
  for (guint k = top; k > first && k + 4 > top; k--)
    {
      Block *block = g_ptr_array_index (blocks, k);

      if (block->after_skip)
        {
          for (guint j = k; j < top; j++)
            ((Block *) g_ptr_array_index (blocks, j))->post = TRUE;
          return;
        }
      if (block->after_furniture)
        break;
    }
  for (guint j = top; j > first + 1 && j + 3 > top; j--)
    {
      Block *above = g_ptr_array_index (blocks, j - 1);

      if (((Block *) g_ptr_array_index (blocks, j))->after_furniture || !is_post_voice (above))
        break;
      above->post = TRUE;
    }
}

/**
 * _byline_import_mark_posts:
 * @blocks: the story's blocks
 * @first: the first block of the body
 *
 * Marks the blocks of the posts embedded in the body: an attribution
 * under its post's text (the lines over it in its block, or the block
 * over it when it stands alone), or one that stands alone as a
 * paragraph of its own.
 */
void
_byline_import_mark_posts (GPtrArray *blocks,
                           guint      first)
{
  for (guint i = first; i < blocks->len; i++)
    {
      Block *block = g_ptr_array_index (blocks, i);
      guint kind = _byline_import_post_attribution (last_line (block));

      /* (an attribution alone is a paragraph of its own: the last line of
       * a paragraph of the story's is its own words) */
      if (kind == 0 || (kind == 1 && block->lines->len > 1))
        continue;
      block->post = TRUE;
      if (kind == 2 && block->lines->len == 1 && i > first)
        {
          Block *above = g_ptr_array_index (blocks, i - 1);

          if (!above->post && _byline_import_post_attribution (last_line (above)) == 0)
            {
              above->post = TRUE;
              mark_earlier_paragraphs (blocks, first, i - 1);
            }
        }
      /* (the attribution under its text in one block) */
      else if (block->lines->len > 1)
        mark_earlier_paragraphs (blocks, first, i);
    }
}

/**
 * _byline_import_append_post:
 * @body: the Markdown body
 * @blocks: the story's blocks
 * @i: a block marked as a post's (_byline_import_mark_posts())
 *
 * Appends the post that opens at block @i as a Markdown quote, its text
 * and its attribution together.
 *
 * Returns: the number of blocks it took
 */
guint
_byline_import_append_post (GString   *body,
                            GPtrArray *blocks,
                            guint      i)
{
  guint n = 0;

  if (body->len > 0)
    g_string_append (body, "\n\n");
  for (guint j = i; j < blocks->len; j++)
    {
      Block *block = g_ptr_array_index (blocks, j);

      if (!block->post)
        break;
      if (n > 0)
        g_string_append (body, "\n>\n");
      for (guint k = 0; k < block->lines->len; k++)
        {
          g_autofree char *escaped = byline_markdown_escape (g_ptr_array_index (block->lines, k), -1);

          g_string_append_printf (body, "%s> %s", k > 0 ? "\n" : "", escaped);
        }
      n++;
      /* (the attribution ends the post: the next block is another's) */
      if (_byline_import_post_attribution (last_line (block)) != 0)
        break;
    }
  return n;
}
