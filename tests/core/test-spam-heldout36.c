/* test-spam-heldout36.c: a thirty-sixth round, a desk check under a story,
 * most of it not caught yet
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's source
 * not read, built or run), under an invented story from Khon Kaen,
 * Thailand (the council switches off every second street lamp on 212
 * sois at night): test-spam-heldout36-data.h, which says what each
 * comment is. Many of them in Thai; others in Tagalog, Dutch, Swahili,
 * Hindi and Romanian.
 *
 * Before the round, under the story and without it: desk 4 of 12 caught
 * and 0 of 12 readers flagged; dressed 5 of 12 and 0 of 12. Most of what
 * was missed is in Thai, whose scams the rules do not read yet, or names
 * its way to the writer in words no rule knows (a LINE account, a
 * PromptPay number, M-Pesa).
 *
 * Fixed the same day, at the end of a session: an account named as the
 * writer's own on LINE ("My LINE is vivian_hk88"; -patterns.c); "buy 2
 * get 1 free" as a discount, and a slimming product's "7 kg in 4 weeks
 * without a gym" as a remedy's claim (-deals.c). After: desk 5 of 12,
 * dressed 6 of 12, no reader flagged.
 *
 * Not yet, and not asserted, each named below (not_yet): a Thai toll
 * notice (0.15) and a Thai bank's "account suspended" (0.49); a Thai
 * disaster appeal to a private account; a Thai exam proxy on LINE; a
 * Dutch ticket resale on WhatsApp ("appen"); a Swahili government job
 * with an M-Pesa fee; a Hindi lottery win with a WhatsApp "manager"
 * (0.45); nostalgia under a casino review site (0.40); a psychic's
 * testimonial with her address; a "digital marketing expert"'s praise
 * with an SEO agency's site; a reply selling solar lamps "2 for 1,290
 * baht"; a Thai consumer "compensation" for a fee; a Thai lonely girl's
 * LINE ID. The next round of fixes starts there.
 */

#include "config.h"

#include "byline-core.h"
#include "spam-test-util.h"
#include "test-spam-heldout36-data.h"

/* The spam not caught yet, by how each opens */
static const char * const not_yet[] = {
  "[M-Flow]", "ธนาคารกสิกรไทย", "🙏 ขอความช่วยเหลือ", "รับสอบแทน", "Heb nog 2 kaarten", "AJIRA MPYA", "बधाई हो",
  "When I was at KKU", "My younger brother", "As a digital marketing", "@Siriporn Thongdee", "ใครอยู่ใน 212",
  "อยู่ซอยหนองวัง",
  NULL
};

static gboolean
is_not_yet (const Comment *comment)
{
  for (guint i = 0; not_yet[i] != NULL; i++)
    {
      if (g_str_has_prefix (comment->content, not_yet[i]))
        return TRUE;
    }
  return FALSE;
}

/* Every spam comment of @spam but the not-yet ones caught, and no reader
 * of @readers flagged, under @story and under none; returns how many of
 * @spam were caught under the story */
static guint
check_set (const Comment   *spam,
           guint            n_spam,
           const Comment   *readers,
           guint            n_readers,
           BylineSpamStory *story)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();
  guint caught = 0;

  for (guint i = 0; i < n_spam; i++)
    {
      g_autoptr(BylineSpamVerdict) with = classify_with_story (filter, &spam[i], story);
      g_autoptr(BylineSpamVerdict) without = classify (filter, &spam[i]);
      g_autofree char *why = describe (with);

      g_test_message ("spam  %.2f  %s  [%s]", with->score, spam[i].content, why);
      caught += with->score >= 0.5;
      if (!is_not_yet (&spam[i]))
        {
          g_assert_cmpfloat (with->score, >=, 0.5);
          g_assert_cmpfloat (without->score, >=, 0.5);
        }
    }
  for (guint i = 0; i < n_readers; i++)
    {
      g_autoptr(BylineSpamVerdict) with = classify_with_story (filter, &readers[i], story);
      g_autoptr(BylineSpamVerdict) without = classify (filter, &readers[i]);

      g_assert_cmpfloat (with->score, <, 0.5);
      g_assert_cmpfloat (without->score, <, 0.5);
    }
  return caught;
}

static void
test_heldout36 (void)
{
  g_autoptr(BylineSpamStory) story = byline_spam_story_new (story36);

  /* (the counts as they stand: a fix that catches more changes them) */
  g_assert_cmpuint (check_set (desk_spam, G_N_ELEMENTS (desk_spam), desk_genuine, G_N_ELEMENTS (desk_genuine), story), ==, 5);
  g_assert_cmpuint (check_set (dressed_spam, G_N_ELEMENTS (dressed_spam), dressed_genuine, G_N_ELEMENTS (dressed_genuine),
                               story), ==, 6);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spam-heldout36", test_heldout36);

  return g_test_run ();
}
