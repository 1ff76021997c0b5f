/* byline-spam-filter.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BYLINE_TYPE_SPAM_FILTER (byline_spam_filter_get_type())
#define BYLINE_SPAM_FILTER_ERROR (byline_spam_filter_error_quark ())

typedef enum
{
  BYLINE_SPAM_FILTER_ERROR_INVALID,
} BylineSpamFilterError;

G_DECLARE_FINAL_TYPE (BylineSpamFilter, byline_spam_filter, BYLINE, SPAM_FILTER, GObject)

typedef struct _BylineSpamStory BylineSpamStory;

#define BYLINE_TYPE_SPAM_STORY (byline_spam_story_get_type ())

/**
 * BylineSpamSample:
 * @content: the comment's raw text (HTML is treated as text)
 * @author_name: (nullable): the name the commenter gave
 * @author_email: (nullable): their e-mail address
 * @author_url: (nullable): their website
 * @author_ip: (nullable): their IP address
 * @repeat_count: how many other comments carry the same text
 * @story: (nullable): the story the comment is under
 *
 * What the filter looks at in a comment.
 */
typedef struct
{
  const char *content;
  const char *author_name;
  const char *author_email;
  const char *author_url;
  const char *author_ip;
  guint       repeat_count;
  const BylineSpamStory *story;
} BylineSpamSample;

/**
 * BylineSpamVerdict:
 * @score: 0 (looks fine) to 1 (certainly spam)
 * @reasons: (element-type utf8): why, in plain words, strongest first
 */
typedef struct
{
  double     score;
  GPtrArray *reasons;
} BylineSpamVerdict;

GQuark             byline_spam_filter_error_quark        (void);
BylineSpamFilter  *byline_spam_filter_new                (void);
BylineSpamFilter  *byline_spam_filter_new_from_bytes     (GBytes                  *bytes,
                                                          GError                 **error);
GBytes            *byline_spam_filter_to_bytes           (BylineSpamFilter        *self);
void               byline_spam_filter_train              (BylineSpamFilter        *self,
                                                          const BylineSpamSample  *sample,
                                                          gboolean                 is_spam);
void               byline_spam_filter_untrain            (BylineSpamFilter        *self,
                                                          const BylineSpamSample  *sample,
                                                          gboolean                 was_spam);
BylineSpamVerdict *byline_spam_filter_classify           (BylineSpamFilter        *self,
                                                          const BylineSpamSample  *sample);
guint              byline_spam_filter_get_n_spam         (BylineSpamFilter        *self);
guint              byline_spam_filter_get_n_ham          (BylineSpamFilter        *self);
const char * const *byline_spam_filter_get_banned_words  (BylineSpamFilter        *self);
void               byline_spam_filter_set_banned_words   (BylineSpamFilter        *self,
                                                          const char * const      *words);
const char * const *byline_spam_filter_get_suspect_words (BylineSpamFilter        *self);
void               byline_spam_filter_set_suspect_words  (BylineSpamFilter        *self,
                                                          const char * const      *words);

GType              byline_spam_story_get_type            (void) G_GNUC_CONST;
BylineSpamStory   *byline_spam_story_new                 (const char              *text);
BylineSpamStory   *byline_spam_story_ref                 (BylineSpamStory         *self);
void               byline_spam_story_unref               (BylineSpamStory         *self);
gboolean           byline_spam_story_echoed_by           (const BylineSpamStory   *self,
                                                          const char              *content);

void               byline_spam_verdict_free              (BylineSpamVerdict       *verdict);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineSpamVerdict, byline_spam_verdict_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineSpamStory, byline_spam_story_unref)

G_END_DECLS
