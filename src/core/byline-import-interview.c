/* byline-import-interview.c: questions and answers in wire copy
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An interview as a transcript: each turn opens with a label, "Q:" and
 * "A:", "Question:" and "Answer:" (or the words of another language:
 * "Frage:"/"Antwort:", "P:"/"R:", "Vraag:"/"Antwoord:", "س:"/"ج:" …;
 * "Q. …"/"A. …" too), or the
 * speakers' initials or names ("JD:"/"MK:", "SPIEGEL:"/"Lang:", the
 * interviewer first, taking turns). A copy often
 * runs a question and its answer together in one paragraph; each turn
 * becomes a paragraph of its own, the label kept, and the questions are
 * set in bold ("**Q: Do I need to book?**"), as a printed interview sets
 * them. A story that has only answers, or only one line with a label,
 * is no interview.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import-private.h"
#include "byline-markdown.h"

/* The labels of a question and of an answer, one language's pair to a
 * row; single letters are matched in upper case only */
static const struct {
  const char * const questions[4];
  const char * const answers[4];
} families[] = {
  { { "Q", "Question", NULL }, { "A", "Answer", NULL } },
  { { "Q", "Question", NULL }, { "R", "Réponse", NULL } },                         /* French */
  { { "F", "Frage", NULL }, { "A", "Antwort", NULL } },                            /* German */
  { { "P", "Pregunta", "Pergunta", NULL }, { "R", "Respuesta", "Resposta", NULL } }, /* Spanish, Portuguese */
  { { "D", "Domanda", NULL }, { "R", "Risposta", NULL } },                         /* Italian */
  { { "V", "Vraag", NULL }, { "A", "Antwoord", NULL } },                           /* Dutch */
  { { "F", "Fråga", NULL }, { "S", "Svar", NULL } },                               /* Swedish */
  { { "P", "Pytanie", NULL }, { "O", "Odpowiedź", NULL } },                        /* Polish */
  { { "S", "Soru", NULL }, { "C", "Cevap", NULL } },                               /* Turkish */
  { { "س", "سؤال", "پرسش", NULL }, { "ج", "جواب", "پاسخ", NULL } },                /* Arabic, Persian */
};

/* Whether @line opens with @label and a colon ("Q: …", "Réponse : …")
 * with text after it */
static gboolean
has_label (const char *line,
           const char *label)
{
  gsize len = strlen (label);
  const char *p = line + len;

  /* (most lines open with another letter: no copies for those) */
  if (g_unichar_tolower (g_utf8_get_char (line)) != g_unichar_tolower (g_utf8_get_char (label)))
    return FALSE;
  if (strncmp (line, label, len) != 0)
    {
      g_autofree char *head = NULL;
      g_autofree char *folded = NULL;
      g_autofree char *wanted = NULL;

      /* ("QUESTION:", "question:"; single letters only as capitals) */
      if (g_utf8_strlen (label, -1) == 1 || strlen (line) < len)
        return FALSE;
      head = g_strndup (line, len);
      /* (cut inside a character, it is no label, and casefold would read
       * past its end: valgrind saw it in CI on binary junk) */
      if (!g_utf8_validate (head, -1, NULL))
        return FALSE;
      folded = g_utf8_casefold (head, -1);
      wanted = g_utf8_casefold (label, -1);
      if (!g_str_equal (folded, wanted))
        return FALSE;
    }
  /* "Q. How …" / "A. We …", as American papers print them */
  if ((g_str_equal (label, "Q") || g_str_equal (label, "A")) && p[0] == '.' && p[1] == ' ')
    return p[2] != '\0';
  if (*p == ' ')
    p++;
  if (*p != ':')
    return FALSE;
  p++;
  while (*p == ' ')
    p++;
  return *p != '\0';
}

static gboolean
has_any_label (const char         *line,
               const char * const *labels)
{
  for (guint i = 0; labels[i] != NULL; i++)
    {
      if (has_label (line, labels[i]))
        return TRUE;
    }
  return FALSE;
}

/* Labels that open a line of a story and are no speaker */
static const char * const not_speakers[] = {
  "photo", "photograph", "picture", "image", "video", "source", "sources", "note", "editor's note",
  "update", "updated", "correction", "clarification", "disclosure", "credit", "credits", "warning",
  "read", "read more", "watch", "listen", "see", "related", "more", "also", "tags", "topics",
  "foto", "bild", "quelle", "fuente", "source", "mise à jour", "lire", "crédit", "fonte", "bron",
  "kaynak", "źródło", "källa", "breaking", "live", "exclusive", "analysis", "opinion", "comment",
  "reporting", "editing", "writing", "additional reporting", "contact", "email", "tel", "phone",
  NULL
};

/* The speaker of a transcript's line: "JD: How did it start?" → "JD",
 * "SPIEGEL: Warum?" → "SPIEGEL", "Eva Lang: Weil …" → "Eva Lang": one to
 * three capitalised words and a colon, then the words spoken */
static char *
speaker_label (const char *line)
{
  g_autofree char *head = g_strndup (line, 32);
  const char *colon = strstr (head, ": ");
  g_autofree char *label = NULL;
  g_autofree char *lower = NULL;
  g_auto(GStrv) words = NULL;

  if (colon == NULL || colon == head || colon - head > 30 || line[colon - head + 2] == '\0')
    return NULL;
  label = g_strndup (line, colon - head);
  if (!g_utf8_validate (label, -1, NULL) || strpbrk (label, "0123456789,.;!?()\"") != NULL ||
      _byline_import_has_quote_mark (label))
    return NULL;
  words = g_strsplit (label, " ", -1);
  if (g_strv_length (words) > 3)
    return NULL;
  for (guint i = 0; words[i] != NULL; i++)
    {
      /* ("Q", "A": the labels of families[]) */
      if (g_utf8_strlen (words[i], -1) < 2 || !g_unichar_isupper (g_utf8_get_char (words[i])))
        return NULL;
    }
  lower = g_utf8_strdown (label, -1);
  if (g_strv_contains (not_speakers, lower))
    return NULL;
  return g_steal_pointer (&label);
}

/**
 * _byline_import_is_labelled_turn:
 * @line: a line, with plain spaces
 *
 * Whether @line opens with a question's or an answer's label ("Q: …",
 * "Answer: …", "Frage: …"): the body's, never a header's
 */
gboolean
_byline_import_is_labelled_turn (const char *line)
{
  for (guint f = 0; f < G_N_ELEMENTS (families); f++)
    {
      if (has_any_label (line, families[f].questions) || has_any_label (line, families[f].answers))
        return TRUE;
    }
  return FALSE;
}

/**
 * _byline_import_opens_transcript:
 * @blocks: the story's blocks
 * @i: a block under the headline
 *
 * Whether block @i opens with a speaker's line ("SPIEGEL: Warum?") and
 * the same speaker speaks again further down: a transcript's first turn,
 * never the deck
 */
gboolean
_byline_import_opens_transcript (GPtrArray *blocks,
                                 guint      i)
{
  Block *block = g_ptr_array_index (blocks, i);
  const char *first = g_ptr_array_index (block->lines, 0);
  g_autofree char *plain = NULL;
  g_autofree char *speaker = NULL;

  if (strlen (first) > 2000)
    return FALSE;
  plain = _byline_import_plain_spaces (first);
  if ((speaker = speaker_label (plain)) == NULL)
    return FALSE;
  for (guint k = i + 1; k < blocks->len && k < i + 40; k++)
    {
      Block *later = g_ptr_array_index (blocks, k);

      for (guint j = 0; j < later->lines->len; j++)
        {
          const char *line = g_ptr_array_index (later->lines, j);
          g_autofree char *other = NULL;

          if (g_str_has_prefix (line, speaker) && strlen (line) <= 2000 &&
              (other = speaker_label (line)) != NULL && g_str_equal (other, speaker))
            return TRUE;
        }
    }
  return FALSE;
}

/**
 * _byline_import_find_interview:
 * @blocks: the story's blocks
 * @first: the first block of the body
 * @iv: (out caller-allocates): what marks the questions and answers
 *
 * Whether the body from @first is an interview: a line labelled as a
 * question and one labelled as the answer in the same language's labels
 * (or two questions), or a transcript: the first speaker (the
 * interviewer: "JD:", "SPIEGEL:") and the others taking turns, each on
 * two lines or more. @iv->family is -1 when it is none.
 */
void
_byline_import_find_interview (GPtrArray *blocks,
                               guint      first,
                               Interview *iv)
{
  guint counts[G_N_ELEMENTS (families)][2] = { { 0 } };
  g_autofree char *interviewer = NULL;
  guint best = 0, best_count = 0;
  guint asked = 0, answered = 0, turns = 0;
  gboolean last_asked = FALSE;

  iv->family = -1;
  iv->interviewer = NULL;
  for (guint i = first; i < blocks->len; i++)
    {
      Block *block = g_ptr_array_index (blocks, i);

      for (guint j = 0; j < block->lines->len; j++)
        {
          const char *line = g_ptr_array_index (block->lines, j);
          g_autofree char *plain = NULL;
          g_autofree char *speaker = NULL;

          if (strlen (line) > 2000)
            continue;
          plain = _byline_import_plain_spaces (line);
          for (guint f = 0; f < G_N_ELEMENTS (families); f++)
            {
              counts[f][0] += has_any_label (plain, families[f].questions);
              counts[f][1] += has_any_label (plain, families[f].answers);
            }
          if ((speaker = speaker_label (plain)) != NULL)
            {
              gboolean asks;

              if (interviewer == NULL)
                interviewer = g_strdup (speaker);
              asks = g_str_equal (speaker, interviewer);
              asked += asks;
              answered += !asks;
              /* (a turn: the interviewer after another, or another after
               * the interviewer) */
              if (asked + answered > 1 && asks != last_asked)
                turns++;
              last_asked = asks;
            }
        }
    }

  for (guint f = 0; f < G_N_ELEMENTS (families); f++)
    {
      if (counts[f][0] >= 1 && counts[f][1] >= 1 && counts[f][0] + counts[f][1] > best_count)
        {
          best = f;
          best_count = counts[f][0] + counts[f][1];
        }
    }
  if (best_count > 0)
    {
      iv->family = best;
      return;
    }
  /* Questions labelled, answers not */
  if (counts[0][0] >= 2)
    {
      iv->family = 0;
      return;
    }

  /* A transcript: two questions and two answers at least, taking turns
   * (question, answer, question, answer) */
  if (asked >= 2 && answered >= 2 && turns >= 3)
    {
      iv->family = G_N_ELEMENTS (families);
      iv->interviewer = g_steal_pointer (&interviewer);
    }
}

void
_byline_import_interview_clear (Interview *iv)
{
  g_clear_pointer (&iv->interviewer, g_free);
  iv->family = -1;
}

/* 1: @line opens a question, 2: an answer, 0: neither */
static int
turn_kind (const char      *line,
           const Interview *iv)
{
  g_autofree char *plain = NULL;

  if (strlen (line) > 2000)
    return 0;
  plain = _byline_import_plain_spaces (line);
  if (iv->interviewer != NULL)
    {
      g_autofree char *speaker = speaker_label (plain);

      if (speaker == NULL)
        return 0;
      return g_str_equal (speaker, iv->interviewer) ? 1 : 2;
    }
  if (has_any_label (plain, families[iv->family].questions))
    return 1;
  if (has_any_label (plain, families[iv->family].answers))
    return 2;
  return 0;
}

static void
append_turn (GString    *body,
             gboolean    question,
             const char *text)
{
  g_autofree char *escaped = byline_markdown_escape (text, -1);

  if (body->len > 0)
    g_string_append (body, "\n\n");
  g_string_append_printf (body, question ? "**%s**" : "%s", escaped);
}

/**
 * _byline_import_append_interview:
 * @body: the Markdown so far
 * @lines: the lines of one block
 * @n: how many
 * @iv: the interview's labels
 *
 * Appends the block as the interview's turns, each a paragraph, the
 * questions in bold; lines without a label go with the turn above them.
 *
 * Returns: %FALSE (and appends nothing) when no line has a label
 */
gboolean
_byline_import_append_interview (GString            *body,
                                 const char * const *lines,
                                 guint               n,
                                 const Interview    *iv)
{
  g_autoptr(GString) turn = NULL;
  gboolean question = FALSE;
  gboolean any = FALSE;

  if (iv->family < 0)
    return FALSE;
  for (guint i = 0; i < n && !any; i++)
    any = turn_kind (lines[i], iv) != 0;
  if (!any)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      int kind = turn_kind (lines[i], iv);

      if (kind != 0 && turn != NULL)
        {
          append_turn (body, question, turn->str);
          g_string_free (g_steal_pointer (&turn), TRUE);
        }
      if (kind != 0)
        question = kind == 1;
      if (turn == NULL)
        turn = g_string_new (lines[i]);
      else
        g_string_append_printf (turn, "\n%s", lines[i]);
    }
  if (turn != NULL)
    append_turn (body, question, turn->str);
  return TRUE;
}
