/* spam-test-util.h: shared by the spam filter's tests
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "byline-core.h"

/* Whether one of @verdict's reasons holds @fragment */
static inline gboolean
has_reason (BylineSpamVerdict *verdict,
            const char        *fragment)
{
  for (guint i = 0; i < verdict->reasons->len; i++)
    {
      if (strstr (g_ptr_array_index (verdict->reasons, i), fragment) != NULL)
        return TRUE;
    }

  return FALSE;
}

/* A labelled comment of the corpus tests */
typedef struct
{
  const char *content;
  const char *author_name;
  const char *author_email;
  const char *author_url;
} Comment;

/* @c classified as a comment under @story (from
 * byline_spam_story_new()); %NULL: under no story */
static inline BylineSpamVerdict *
classify_with_story (BylineSpamFilter      *filter,
                     const Comment         *c,
                     const BylineSpamStory *story)
{
  return byline_spam_filter_classify (filter, &(BylineSpamSample) {
                                        .content = c->content,
                                        .author_name = c->author_name,
                                        .author_email = c->author_email,
                                        .author_url = c->author_url,
                                        .story = story,
                                      });
}

static inline BylineSpamVerdict *
classify (BylineSpamFilter *filter,
          const Comment    *c)
{
  return classify_with_story (filter, c, NULL);
}

static inline char *
describe (BylineSpamVerdict *verdict)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < verdict->reasons->len; i++)
    g_string_append_printf (text, "%s%s", i ? "; " : "", (char *) g_ptr_array_index (verdict->reasons, i));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A reason an editor can read: one line, short, valid text, no internal
 * token names ("url:", "name:") and no stray format directives. */
static inline void
assert_reasons_readable (BylineSpamVerdict *verdict)
{
  for (guint i = 0; i < verdict->reasons->len; i++)
    {
      const char *reason = g_ptr_array_index (verdict->reasons, i);

      g_assert_true (g_utf8_validate (reason, -1, NULL));
      g_assert_cmpuint (g_utf8_strlen (reason, -1), >, 3);
      g_assert_cmpuint (g_utf8_strlen (reason, -1), <=, 120);
      g_assert_null (strpbrk (reason, "\n\r\t"));
      g_assert_null (strstr (reason, "%s"));
      g_assert_null (strstr (reason, "%u"));
      g_assert_null (strstr (reason, "url:"));
      g_assert_null (strstr (reason, "name:"));
      g_assert_false (g_unichar_isupper (g_utf8_get_char (reason)));
    }
}

/* How many of @comments score 0.5 or more under the story of
 * @story (%NULL: none), each logged with its reasons (which must
 * read as plain words) */
static inline guint
count_flagged_with_story (BylineSpamFilter      *filter,
                          const Comment         *comments,
                          guint                  n,
                          const char            *kind,
                          const BylineSpamStory *story)
{
  guint flagged = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BylineSpamVerdict) v = classify_with_story (filter, &comments[i], story);
      g_autofree char *why = describe (v);

      g_test_message ("%-5s %.2f  %s  [%s]", kind, v->score, comments[i].content, why);
      assert_reasons_readable (v);
      flagged += v->score >= 0.5;
    }

  return flagged;
}

/* How many of @comments score 0.5 or more, each logged with its reasons
 * (which must read as plain words) */
static inline guint
count_flagged (BylineSpamFilter *filter,
               const Comment    *comments,
               guint             n,
               const char       *kind)
{
  return count_flagged_with_story (filter, comments, n, kind, NULL);
}

/* An untrained filter over a labelled set under the story of
 * @story (%NULL: none): how many of @spam score 0.5 or more
 * (returned), and of @genuine (*@flagged); both logged */
static inline guint
count_set_with_story (const Comment         *spam,
                      guint                  n_spam,
                      const Comment         *genuine,
                      guint                  n_genuine,
                      const BylineSpamStory *story,
                      guint                 *flagged)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();
  guint caught = count_flagged_with_story (filter, spam, n_spam, "spam", story);

  *flagged = count_flagged_with_story (filter, genuine, n_genuine, "ham", story);
  g_test_message ("spam caught %u of %u, genuine flagged %u of %u", caught, n_spam, *flagged, n_genuine);
  return caught;
}

/* An untrained filter over a labelled set: how many of @spam score 0.5
 * or more (returned), and of @genuine (*@flagged); both logged */
static inline guint
count_set_untrained (const Comment *spam,
                     guint          n_spam,
                     const Comment *genuine,
                     guint          n_genuine,
                     guint         *flagged)
{
  return count_set_with_story (spam, n_spam, genuine, n_genuine, NULL, flagged);
}

/* A held-out set, untrained: of the size it was scored at, at least
 * @caught_floor of its spam caught (its held-out figure, as a floor),
 * none of its readers flagged */
static inline void
check_heldout_floor (const Comment *spam,
                     guint          n_spam,
                     guint          size_spam,
                     const Comment *genuine,
                     guint          n_genuine,
                     guint          size_genuine,
                     guint          caught_floor)
{
  guint flagged = 0;
  guint caught = count_set_untrained (spam, n_spam, genuine, n_genuine, &flagged);

  g_assert_cmpuint (n_spam, ==, size_spam);
  g_assert_cmpuint (n_genuine, ==, size_genuine);
  g_assert_cmpuint (caught, >=, caught_floor);
  g_assert_cmpuint (flagged, ==, 0);
}

/* Untrained, every one of @spam caught and none of @genuine flagged */
static inline void
check_all_caught (const Comment *spam,
                  guint          n_spam,
                  const Comment *genuine,
                  guint          n_genuine)
{
  guint flagged = 0;
  guint caught = count_set_untrained (spam, n_spam, genuine, n_genuine, &flagged);

  g_assert_cmpuint (caught, ==, n_spam);
  g_assert_cmpuint (flagged, ==, 0);
}

/* Untrained, under the story of @story, every one of @spam caught
 * and none of @genuine flagged */
static inline void
check_all_caught_with_story (const Comment         *spam,
                             guint                  n_spam,
                             const Comment         *genuine,
                             guint                  n_genuine,
                             const BylineSpamStory *story)
{
  guint flagged = 0;
  guint caught = count_set_with_story (spam, n_spam, genuine, n_genuine, story, &flagged);

  g_assert_cmpuint (caught, ==, n_spam);
  g_assert_cmpuint (flagged, ==, 0);
}

/* Every one of @spam caught and none of @genuine flagged, under the
 * story @story_text and under none */
static inline void
check_all_caught_both_ways (const Comment *spam,
                            guint          n_spam,
                            const Comment *genuine,
                            guint          n_genuine,
                            const char    *story_text)
{
  g_autoptr(BylineSpamStory) story = byline_spam_story_new (story_text);

  check_all_caught_with_story (spam, n_spam, genuine, n_genuine, story);
  check_all_caught (spam, n_spam, genuine, n_genuine);
}

/* Untrained, none of @readers flagged */
static inline void
check_none_flagged (const Comment *readers,
                    guint          n_readers)
{
  guint flagged = 0;

  count_set_untrained (NULL, 0, readers, n_readers, &flagged);
  g_assert_cmpuint (flagged, ==, 0);
}

/* None of @readers flagged, under the story @story_text and under none */
static inline void
check_none_flagged_both_ways (const Comment *readers,
                              guint          n_readers,
                              const char    *story_text)
{
  g_autoptr(BylineSpamStory) story = byline_spam_story_new (story_text);
  guint flagged = 0;

  check_none_flagged (readers, n_readers);
  count_set_with_story (NULL, 0, readers, n_readers, story, &flagged);
  g_assert_cmpuint (flagged, ==, 0);
}

/* A spot check, untrained: every one of @spam caught, none of @genuine
 * nor of @neighbours (readers probing the rules it led to) flagged */
static inline void
check_spot_set (const Comment *spam,
                guint          n_spam,
                const Comment *genuine,
                guint          n_genuine,
                const Comment *neighbours,
                guint          n_neighbours)
{
  check_all_caught (spam, n_spam, genuine, n_genuine);
  check_none_flagged (neighbours, n_neighbours);
}

/* The comment of @comments that opens with @start */
static inline const Comment *
find_comment (const Comment *comments,
              guint          n,
              const char    *start)
{
  for (guint i = 0; i < n; i++)
    {
      if (g_str_has_prefix (comments[i].content, start))
        return &comments[i];
    }

  g_assert_not_reached ();
}

/* A comment of a set, by its opening words, and a reason its verdict
 * must give */
typedef struct
{
  const Comment *set;
  guint          n;
  const char    *start;
  const char    *reason;
} ReasonCheck;

/* Each check's comment, classified under the story of @story (%NULL:
 * none), gives its reason when @given, does not otherwise */
static inline void
check_reasons_given (const ReasonCheck     *checks,
                     guint                  n,
                     const BylineSpamStory *story,
                     gboolean               given)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();

  for (guint i = 0; i < n; i++)
    {
      const Comment *c = find_comment (checks[i].set, checks[i].n, checks[i].start);
      g_autoptr(BylineSpamVerdict) v = classify_with_story (filter, c, story);
      g_autofree char *why = describe (v);

      g_test_message ("%s: [%s]", checks[i].start, why);
      g_assert_cmpint (has_reason (v, checks[i].reason), ==, given);
    }
}

static inline void
check_reasons_with_story (const ReasonCheck     *checks,
                          guint                  n,
                          const BylineSpamStory *story)
{
  check_reasons_given (checks, n, story, TRUE);
}

/* The same, under no story */
static inline void
check_reasons (const ReasonCheck *checks,
               guint              n)
{
  check_reasons_given (checks, n, NULL, TRUE);
}

/* A reason a reader's warning keeps off the comment */
static inline void
check_reasons_absent (const ReasonCheck     *checks,
                      guint                  n,
                      const BylineSpamStory *story)
{
  check_reasons_given (checks, n, story, FALSE);
}

/* The shortest comments a form lets through, alone and in every field:
 * no verdict of spam for the content alone, and readable reasons */
static inline void
check_tiny_comments (const char * const *contents,
                     guint               n)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BylineSpamVerdict) alone = NULL;
      g_autoptr(BylineSpamVerdict) everywhere = NULL;

      alone = byline_spam_filter_classify (filter, &(BylineSpamSample) { .content = contents[i] });
      assert_reasons_readable (alone);
      g_assert_cmpfloat (alone->score, <, 0.5);

      everywhere = byline_spam_filter_classify (filter, &(BylineSpamSample) {
                                                  .content = contents[i],
                                                  .author_name = contents[i],
                                                  .author_email = contents[i],
                                                  .author_url = contents[i],
                                                });
      assert_reasons_readable (everywhere);
    }
}

/* A blind round: its two sets of spam and readers, the readers probing
 * its rules, and the story they are all under */
typedef struct
{
  const char    *path;              /* "/spam-heldout34" */
  const Comment *desk_spam;
  guint          n_desk_spam;
  const Comment *desk_genuine;
  guint          n_desk_genuine;
  const Comment *dressed_spam;
  guint          n_dressed_spam;
  const Comment *dressed_genuine;
  guint          n_dressed_genuine;
  const Comment *probes;
  guint          n_probes;
  const char    *story;
} HeldoutRound;

/* An array and its length, for a HeldoutRound or a ReasonCheck */
#define HELDOUT_SET(comments) (comments), G_N_ELEMENTS (comments)

static inline void
heldout_round_desk (gconstpointer data)
{
  const HeldoutRound *round = data;

  check_all_caught_both_ways (round->desk_spam, round->n_desk_spam, round->desk_genuine, round->n_desk_genuine,
                              round->story);
}

static inline void
heldout_round_dressed (gconstpointer data)
{
  const HeldoutRound *round = data;

  check_all_caught_both_ways (round->dressed_spam, round->n_dressed_spam, round->dressed_genuine,
                              round->n_dressed_genuine, round->story);
}

/* The probes clear under the story and under none */
static inline void
heldout_round_probes (gconstpointer data)
{
  const HeldoutRound *round = data;

  check_none_flagged_both_ways (round->probes, round->n_probes, round->story);
}

/* Adds @round's tests, PATH/desk, PATH/dressed and PATH/probes (@round
 * must outlive g_test_run()) */
static inline void
heldout_round_add_tests (const HeldoutRound *round)
{
  static const struct {
    const char     *name;
    GTestDataFunc   func;
  } tests[] = {
    { "desk", heldout_round_desk }, { "dressed", heldout_round_dressed }, { "probes", heldout_round_probes },
  };

  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/%s", round->path, tests[i].name);

      g_test_add_data_func (path, round, tests[i].func);
    }
}

/* Each of @readers is not flagged, each of @spam is */
static inline void
assert_readers_and_spam (const char * const *readers,
                         guint               n_readers,
                         const char * const *spam,
                         guint               n_spam)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();

  for (guint i = 0; i < n_readers + n_spam; i++)
    {
      gboolean reader = i < n_readers;
      const char *content = reader ? readers[i] : spam[i - n_readers];
      g_autoptr(BylineSpamVerdict) v = byline_spam_filter_classify (filter, &(BylineSpamSample) {
        .content = content, .author_name = "Ana Reyes", .author_email = "ana.reyes@example.com",
      });

      g_test_message ("%.2f: %s", v->score, content);
      if (reader)
        g_assert_cmpfloat (v->score, <, 0.5);
      else
        g_assert_cmpfloat (v->score, >=, 0.5);
    }
}
