/* test-import-formtail.c: the comment form under a story, in languages
 * the stock lists do not know, read from its captcha
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Found by pasting stories in the shape of the examples from Italian,
 * Turkish, Brazilian and Japanese pages: their forms' headings, notices
 * and buttons ("Lascia un commento", "Yorumunuz onaylandıktan sonra
 * yayımlanacaktır.", "Deixe seu comentário", "コメントを書く" made a
 * subheading, "送信") stayed at the end of the body; the captcha alone
 * went. The guards are stories whose last lines speak of comments or
 * credit a reporter above a form: they stay whole.
 */

#include "config.h"

#include "test-import-util.h"

#define HEADER "By Ana Ruiz\n\nFerries return to the north quay\n\nMarch 3, 2023 - 09:15\n\n" \
               "PORTVALE \u2013 The transit authority restored the north quay service on Monday after a month " \
               "of repairs to the berth.\n\n"
#define LAST "The authority said the timetable would be back to normal by the weekend."
#define BODY "The transit authority restored the north quay service on Monday after a month of repairs " \
             "to the berth.\n\n" LAST "\n"

typedef struct
{
  const char *tail;     /* the copy under the story's last paragraph */
  const char *kept;     /* what of it the body keeps, or NULL */
} Tail;

static void
check_tails (const Tail *tails,
             guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *story = g_strconcat (HEADER, LAST, "\n\n", tails[i].tail, NULL);
      g_autofree char *expected = g_strconcat (BODY, tails[i].kept != NULL ? "\n" : "", tails[i].kept, NULL);
      g_autoptr(BylineArticle) a = import (story, "UTC");

      g_test_message ("tail %u: %.40s", i, tails[i].tail);
      g_assert_cmpstr (byline_article_get_body (a), ==, expected);
      g_assert_cmpstr (byline_article_get_headline (a), ==, "Ferries return to the north quay");
    }
}

static void
test_forms (void)
{
  static const Tail tails[] = {
    /* Italian: its heading known, its notice and button not */
    { "Lascia un commento\n\nIl tuo indirizzo email non sarà pubblicato. I campi obbligatori sono "
      "contrassegnati *\n\nCommento *\n\nNome *\n\nEmail *\n\nSito web\n\nSalva il mio nome, email e sito web in "
      "questo browser per la prossima volta che commento.\n\nQuanto fa 2 + 5 ?\n\nInvia commento\n", NULL },
    /* Turkish: the approval notice between the heading and the sum */
    { "Yorum Yap\n\nYorumunuz onaylandıktan sonra yayımlanacaktır.\n\n8 + 1 = ?\n\nGönder\n", NULL },
    /* Brazilian Portuguese: a heading no list has */
    { "Deixe seu comentário\n\nQuanto é 3 + 3?\n\nEnviar\n", NULL },
    /* Japanese: the heading was made a subheading */
    { "コメントを書く\n\n6 + 3 = ?\n\n送信\n", NULL },
    /* Polish, the labels with their stars, the sum last */
    { "Dodaj komentarz\n\nKomentarz *\n\nPodpis *\n\n4 + 4 =\n", NULL },
    /* Indonesian: "Kirim Komentar" under the sum */
    { "Tinggalkan Balasan\n\nAlamat email Anda tidak akan dipublikasikan.\n\n5 + 2 =\n\nKirim Komentar\n", NULL },
  };

  check_tails (tails, G_N_ELEMENTS (tails));
}

static void
test_guards (void)
{
  static const Tail tails[] = {
    /* the story's last line speaks of comments, under a subheading that
     * does too: both are the story's */
    { "Public comment period\n\nComments can be sent to the council until 5 May.\n\nLeave a Comment\n\n3 + 4 =\n",
      "## Public comment period\n\nComments can be sent to the council until 5 May.\n" },
    /* a reporter's credit over a form whose heading no list has */
    { "Additional reporting by Tom Hale\n\nDeixe seu comentário\n\n2 + 2 =\n", "Additional reporting by Tom Hale\n" },
    /* a quotation that names comments, right over the sum */
    { "\u201cWe read every comment,\u201d she said\n\n1 + 6 =\n", "\u201cWe read every comment,\u201d she said\n" },
    /* an unanswered sum in a story about a test, more of the story under
     * it */
    { "Pupils were asked:\n\n7 + 5 =\n\nMost of them answered within ten seconds, the study found, and the "
      "youngest took longest of all.\n",
      NULL },
  };

  check_tails (tails, 3);
  /* (the story's sum stays whatever the stock rules make of it; what
   * matters is that its last paragraph stays) */
  {
    g_autofree char *story = g_strconcat (HEADER, LAST, "\n\n", tails[3].tail, NULL);
    g_autoptr(BylineArticle) a = import (story, "UTC");

    g_assert_nonnull (strstr (byline_article_get_body (a), "Pupils were asked:"));
    g_assert_true (g_str_has_suffix (byline_article_get_body (a), "the youngest took longest of all.\n"));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/formtail/forms", test_forms);
  g_test_add_func ("/import/formtail/guards", test_guards);

  return g_test_run ();
}
