/* byline-spam-filter.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An explainable comment spam score: a naive Bayes classifier trained on
 * the editor's own approve/spam decisions (per site; the caller keeps one
 * filter per account and persists it with byline_spam_filter_to_bytes()),
 * combined with rules an editor can read: links, banned and suspect words,
 * repeated text, capitals, authors and addresses marked as spam before,
 * and what spam looks like on a site that has taught the filter nothing
 * yet (shop links, advert names, praise that fits any article, numbers
 * to write to, link-trade offers: see byline-spam-filter-shape.c and
 * byline-spam-filter-patterns.c; words disguised as "v1agra": see
 * byline-spam-filter-disguise.c; a reader's own site or shop told apart
 * from an advert's: see byline-spam-filter-locals.c).
 *
 * Evidence is combined as a noisy OR: each piece alone can make a comment
 * suspicious, and the verdict lists every piece, strongest first.
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "byline-spam-filter-private.h"

#define FORMAT_VERSION       1
/* Decisions of each kind (spam, approved) before Bayes has a say: with
 * a handful, every word of those few comments looks telling (a tester's
 * 8 spam and 3 approved flagged 263 of 300 comments). */
#define MIN_TRAINING         10
/* Robinson's f(w) = (s·x + n·p) / (s + n): a word seen n times is pulled
 * towards x (unknown: 0.5) with the strength of s sightings, so a word
 * seen once in one spam comment scores 0.6, not 0.75 or 1. */
#define PRIOR_STRENGTH       4.0
#define PRIOR_SPAM           0.5
#define MAX_INTERESTING      15
#define CAPITALS_MIN_LETTERS 12

typedef struct
{
  guint spam;
  guint ham;
} TokenCounts;

struct _BylineSpamFilter
{
  GObject      parent_instance;

  GHashTable  *tokens;         /* char* → TokenCounts* */
  GHashTable  *spam_sources;   /* "ip:…", "email:…", "site:…" → times marked spam */
  GHashTable  *ham_sources;    /* the same → times approved */
  char       **banned_words;
  char       **suspect_words;
  /* The same, normalised once when set (a sync scores thousands) */
  char       **banned_norm;
  char       **suspect_norm;
  guint        n_spam;
  guint        n_ham;
};

G_DEFINE_FINAL_TYPE (BylineSpamFilter, byline_spam_filter, G_TYPE_OBJECT)
G_DEFINE_QUARK (byline-spam-filter-error-quark, byline_spam_filter_error)

enum {
  PROP_0,
  PROP_BANNED_WORDS,
  PROP_SUSPECT_WORDS,
  PROP_N_SPAM,
  PROP_N_HAM,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
update_counts (BylineSpamFilter       *self,
               const BylineSpamSample *sample,
               gboolean                is_spam,
               int                     delta)
{
  g_autoptr(GHashTable) tokens = _byline_spam_sample_tokens (sample, NULL);
  GHashTableIter iter;
  const char *token;

  g_hash_table_iter_init (&iter, tokens);
  while (g_hash_table_iter_next (&iter, (gpointer *) &token, NULL))
    {
      TokenCounts *counts = g_hash_table_lookup (self->tokens, token);
      guint *field;

      if (counts == NULL)
        {
          if (delta < 0)
            continue;
          counts = g_new0 (TokenCounts, 1);
          g_hash_table_insert (self->tokens, g_strdup (token), counts);
        }

      field = is_spam ? &counts->spam : &counts->ham;
      if (delta > 0)
        (*field)++;
      else if (*field > 0)
        (*field)--;

      if (counts->spam == 0 && counts->ham == 0)
        g_hash_table_remove (self->tokens, token);
    }

  {
    g_autoptr(GHashTable) sources = _byline_spam_sample_sources (sample);
    GHashTable *counts = is_spam ? self->spam_sources : self->ham_sources;

    g_hash_table_iter_init (&iter, sources);
    while (g_hash_table_iter_next (&iter, (gpointer *) &token, NULL))
      {
        guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, token));

        n = delta > 0 ? n + 1 : (n > 0 ? n - 1 : 0);
        if (n > 0)
          g_hash_table_insert (counts, g_strdup (token), GUINT_TO_POINTER (n));
        else
          g_hash_table_remove (counts, token);
      }
  }

  if (is_spam)
    {
      if (delta > 0)
        self->n_spam++;
      else if (self->n_spam > 0)
        self->n_spam--;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SPAM]);
    }
  else
    {
      if (delta > 0)
        self->n_ham++;
      else if (self->n_ham > 0)
        self->n_ham--;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_HAM]);
    }
}

void
_byline_spam_add_evidence (GArray *evidence,
                           double  weight,
                           char   *reason)
{
  Evidence e = { weight, reason };

  g_array_append_val (evidence, e);
}

static int
compare_evidence (gconstpointer a,
                  gconstpointer b)
{
  const Evidence *ea = a;
  const Evidence *eb = b;

  return (ea->weight < eb->weight) - (ea->weight > eb->weight);
}

static int
compare_interest (gconstpointer a,
                  gconstpointer b)
{
  double da = fabs (*(const double *) a - 0.5);
  double db = fabs (*(const double *) b - 0.5);

  return (da < db) - (da > db);
}

/* Robinson's smoothed per-token spam probability, combined over the most
 * telling tokens in log-odds space (Graham's combination). */
static double
bayes_probability (BylineSpamFilter       *self,
                   const BylineSpamSample *sample,
                   const char             *content)
{
  g_autoptr(GHashTable) tokens = _byline_spam_sample_tokens (sample, content);
  g_autoptr(GArray) probs = g_array_new (FALSE, FALSE, sizeof (double));
  GHashTableIter iter;
  const char *token;
  double log_odds = 0;

  g_hash_table_iter_init (&iter, tokens);
  while (g_hash_table_iter_next (&iter, (gpointer *) &token, NULL))
    {
      TokenCounts *counts = g_hash_table_lookup (self->tokens, token);
      double s, h, p, f, n;

      if (counts == NULL)
        continue;

      s = (double) counts->spam / MAX (self->n_spam, 1);
      h = (double) counts->ham / MAX (self->n_ham, 1);
      if (s + h <= 0)
        continue;
      p = s / (s + h);
      n = counts->spam + counts->ham;
      f = (PRIOR_STRENGTH * PRIOR_SPAM + n * p) / (PRIOR_STRENGTH + n);
      f = CLAMP (f, 0.01, 0.99);
      if (fabs (f - 0.5) >= 0.1)
        g_array_append_val (probs, f);
    }

  g_array_sort (probs, compare_interest);
  for (guint i = 0; i < MIN (probs->len, MAX_INTERESTING); i++)
    {
      double f = g_array_index (probs, double, i);

      log_odds += log (f / (1 - f));
    }

  return 1.0 / (1.0 + exp (-log_odds));
}

/* @content: the sample's content, normalised */
static void
rule_evidence (BylineSpamFilter       *self,
               const BylineSpamSample *sample,
               const char             *content,
               GArray                 *evidence)
{
  g_autoptr(GHashTable) sources = _byline_spam_sample_sources (sample);
  g_autoptr(GPtrArray) hosts = g_ptr_array_new_with_free_func (g_free);
  guint links, official = 0, suspects = 0, letters = 0, capitals = 0;
  g_autofree char *valid = NULL;
  g_autofree char *unmasked = NULL;
  g_autofree char *unsigned_content = NULL;
  gboolean reach, shouting;

  links = _byline_spam_scan_links (content, NULL, hosts);
  for (guint i = 0; i < hosts->len; i++)
    {
      const char *host = g_ptr_array_index (hosts, i);

      official += _byline_spam_host_is_official (host) || _byline_spam_host_is_news (host) ||
        _byline_spam_host_is_consumer_body (host);
    }
  /* A link to a government, university, international body, news
   * organisation or consumer body is a source, not an advert: it is
   * listed but weighs nothing. */
  if (links > 0)
    _byline_spam_add_evidence (evidence, links - official >= 3 ? 0.75 : links - official == 2 ? 0.4
                               : links - official == 1 ? 0.15 : 0,
                               g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u link", "%u links", links), links));
  _byline_spam_shape_evidence (sample, content, hosts, links - official, evidence);

  /* A listed word spelt "v1agra" or "c.i.a.l.i.s" counts, and more: no
   * reader disguises a word. Without anywhere to go or a way to write,
   * listed words tell little: a reader's payday loan or online pharmacy
   * is news, so only the first of them weighs in full. */
  reach = _byline_spam_has_reach (sample, content, links - official);
  unmasked = _byline_spam_unmask (content);
  /* (the lists are looked up in it as in the comment: by its pairs too) */
  _byline_spam_index_also (unmasked);
  for (guint i = 0; self->banned_words[i] != NULL; i++)
    {
      if (_byline_spam_contains_word (content, self->banned_norm[i]))
        _byline_spam_add_evidence (evidence, 0.99,
                                   g_strdup_printf (_("word “%s” is on the banned list"), self->banned_words[i]));
      else if (unmasked != NULL && _byline_spam_contains_word (unmasked, self->banned_norm[i]))
        _byline_spam_add_evidence (evidence, 0.99,
                                   g_strdup_printf (_("word “%s” is on the banned list, disguised with digits or symbols"),
                                                    self->banned_words[i]));
    }

  /* (a shop signing with its name counts the trade in it once: see
   * _byline_spam_blank_own_name()) */
  unsigned_content = _byline_spam_blank_own_name (sample, content, links);
  for (guint i = 0; self->suspect_words[i] != NULL && suspects < 3; i++)
    {
      gboolean found = _byline_spam_contains_word (content, self->suspect_norm[i]);

      if (found && unsigned_content != NULL && !_byline_spam_contains_word (unsigned_content, self->suspect_norm[i]))
        continue;
      if (found)
        _byline_spam_add_evidence (evidence, reach || suspects == 0 ? 0.35 : suspects == 1 ? 0.1 : 0,
                                   g_strdup_printf (_("word “%s” is on the suspect list"), self->suspect_words[i]));
      else if (unmasked != NULL && _byline_spam_contains_word (unmasked, self->suspect_norm[i]))
        /* (a reader with nowhere to send anyone, mocking the spam she
         * quotes, "b3st c4s1n0", says less) */
        _byline_spam_add_evidence (evidence, reach || !_byline_spam_talks_of_spam (content) ? 0.5 : 0.3,
                                   g_strdup_printf (_("word “%s” is on the suspect list, disguised with digits or symbols"),
                                                    self->suspect_words[i]));
      else
        continue;
      suspects++;
    }
  _byline_spam_index_also (NULL);

  if (sample->repeat_count > 0)
    _byline_spam_add_evidence (evidence, sample->repeat_count >= 3 ? 0.8 : 0.5,
                               g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "same text as %u other comment",
                                                             "same text as %u other comments",
                                                             sample->repeat_count),
                                                sample->repeat_count));

  valid = g_utf8_make_valid (sample->content ? sample->content : "", -1);
  capitals = _byline_spam_count_capitals (valid, &letters);
  shouting = letters >= CAPITALS_MIN_LETTERS && capitals * 10 >= letters * 7;
  if (shouting)
    _byline_spam_add_evidence (evidence, 0.4, g_strdup (_("written in capitals")));
  _byline_spam_offer_evidence (content, valid, hosts, links - official, shouting, evidence);
  _byline_spam_bait_evidence (sample, content, hosts, links - official, evidence);
  _byline_spam_lure_evidence (sample, content, valid, hosts, links - official, evidence);
  _byline_spam_trade_evidence (sample, content, links - official, evidence);
  _byline_spam_pitch_evidence (sample, content, links - official, evidence);
  _byline_spam_service_evidence (content, links - official, evidence);
  _byline_spam_fixer_evidence (sample, content, hosts, links - official, evidence);
  _byline_spam_agent_evidence (sample, content, links - official, evidence);
  _byline_spam_agency_evidence (content, links - official, evidence);
  _byline_spam_form_evidence (sample, content, valid, hosts, links - official, evidence);
  _byline_spam_ruse_evidence (sample, content, links - official, evidence);
  _byline_spam_notice_evidence (sample, content, links - official, evidence);
  _byline_spam_hideout_evidence (sample, content, hosts, links - official, evidence);
  _byline_spam_ai_evidence (sample, content, valid, hosts, links - official, evidence);
  _byline_spam_seasonal_evidence (content, hosts, links - official, evidence);
  _byline_spam_echo_evidence (sample, content, links - official, evidence);
  _byline_spam_guise_evidence (content, hosts, links - official, evidence);
  _byline_spam_local_evidence (sample, content, hosts, links - official, evidence);
  _byline_spam_racket_evidence (sample, content, links - official, evidence);
  _byline_spam_broker_evidence (sample, content, links - official, evidence);
  _byline_spam_wallet_evidence (content, links - official, evidence);
  if (_byline_spam_has_styled_letters (valid))
    _byline_spam_add_evidence (evidence, 0.45, g_strdup (_("written in styled look-alike letters")));

  if (g_hash_table_size (self->spam_sources) > 0)
    {
      static const struct {
        const char *kind;
        const char *reason;
      } kinds[] = {
        { "ip", N_("the author’s IP address was marked as spam before") },
        { "email", N_("the author’s e-mail address was marked as spam before") },
        { "site", N_("the author’s website was marked as spam before") },
      };
      GHashTableIter iter;
      const char *source;

      g_hash_table_iter_init (&iter, sources);
      while (g_hash_table_iter_next (&iter, (gpointer *) &source, NULL))
        {
          guint spam = GPOINTER_TO_UINT (g_hash_table_lookup (self->spam_sources, source));
          guint ham = GPOINTER_TO_UINT (g_hash_table_lookup (self->ham_sources, source));

          /* One mistaken click must not taint an address for good: it
           * counts only while it was marked spam more often than approved. */
          if (spam <= ham)
            continue;
          for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
            {
              if (g_str_has_prefix (source, kinds[k].kind) && source[strlen (kinds[k].kind)] == ':')
                _byline_spam_add_evidence (evidence, MIN (0.5 + 0.1 * (spam - ham), 0.8),
                                           g_strdup (_(kinds[k].reason)));
            }
        }
    }
}

/**
 * byline_spam_filter_classify:
 *
 * Returns: (transfer full): the score and the reasons behind it
 */
BylineSpamVerdict *
byline_spam_filter_classify (BylineSpamFilter       *self,
                             const BylineSpamSample *sample)
{
  g_autoptr(GArray) evidence = g_array_new (FALSE, FALSE, sizeof (Evidence));
  g_autofree char *content = NULL;
  BylineSpamVerdict *verdict;
  double not_spam = 1.0;

  g_return_val_if_fail (BYLINE_IS_SPAM_FILTER (self), NULL);
  g_return_val_if_fail (sample != NULL, NULL);

  content = _byline_spam_normalize (sample->content);
  _byline_spam_index_text (content);
  rule_evidence (self, sample, content, evidence);

  /* Bayes speaks only once it has seen enough of both kinds, and only
   * by how far it is from a coin toss: 0.5 is "no idea" (weight 0), 0.75
   * alone reaches the 0.5 line, 0.99 is 0.98. Looking like approved
   * comments adds nothing (said, with no weight). */
  if (self->n_spam >= MIN_TRAINING && self->n_ham >= MIN_TRAINING)
    {
      double p = bayes_probability (self, sample, content);
      int percent = (int) floor (p * 100 + 0.5);

      if (percent > 50)
        _byline_spam_add_evidence (evidence, 2 * (p - 0.5),
                                   g_strdup_printf (_("%d%% like past spam"), percent));
      else if (percent < 50)
        _byline_spam_add_evidence (evidence, 0,
                                   g_strdup_printf (_("%d%% like approved comments"), 100 - percent));
    }
  /* (the index served the Bayes tokens too: the comment's links) */
  _byline_spam_index_text (NULL);

  verdict = g_new0 (BylineSpamVerdict, 1);
  verdict->reasons = g_ptr_array_new_with_free_func (g_free);

  g_array_sort (evidence, compare_evidence);
  for (guint i = 0; i < evidence->len; i++)
    {
      Evidence *e = &g_array_index (evidence, Evidence, i);

      not_spam *= 1.0 - e->weight;
      g_ptr_array_add (verdict->reasons, e->reason);
    }

  verdict->score = CLAMP (1.0 - not_spam, 0.0, 1.0);

  return verdict;
}

void
byline_spam_verdict_free (BylineSpamVerdict *verdict)
{
  if (verdict == NULL)
    return;

  g_clear_pointer (&verdict->reasons, g_ptr_array_unref);
  g_free (verdict);
}

/**
 * byline_spam_filter_train:
 * @is_spam: the editor marked @sample as spam (%TRUE) or approved it
 *
 * Learns from one decision. Call byline_spam_filter_untrain() with the
 * same sample when the decision is undone or changed.
 */
void
byline_spam_filter_train (BylineSpamFilter       *self,
                          const BylineSpamSample *sample,
                          gboolean                is_spam)
{
  g_return_if_fail (BYLINE_IS_SPAM_FILTER (self));
  g_return_if_fail (sample != NULL);

  update_counts (self, sample, is_spam, +1);
}

void
byline_spam_filter_untrain (BylineSpamFilter       *self,
                            const BylineSpamSample *sample,
                            gboolean                was_spam)
{
  g_return_if_fail (BYLINE_IS_SPAM_FILTER (self));
  g_return_if_fail (sample != NULL);

  update_counts (self, sample, was_spam, -1);
}

guint
byline_spam_filter_get_n_spam (BylineSpamFilter *self)
{
  g_return_val_if_fail (BYLINE_IS_SPAM_FILTER (self), 0);

  return self->n_spam;
}

guint
byline_spam_filter_get_n_ham (BylineSpamFilter *self)
{
  g_return_val_if_fail (BYLINE_IS_SPAM_FILTER (self), 0);

  return self->n_ham;
}

const char * const *
byline_spam_filter_get_banned_words (BylineSpamFilter *self)
{
  g_return_val_if_fail (BYLINE_IS_SPAM_FILTER (self), NULL);

  return (const char * const *) self->banned_words;
}

static char **
normalize_words (const char * const *words)
{
  guint n = g_strv_length ((char **) words);
  char **norm = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    norm[i] = _byline_spam_normalize (words[i]);

  return norm;
}

/* @field keeps the words as the editor wrote them, for the reasons;
 * @norm_field the same normalised, for the search. */
static void
set_word_list (BylineSpamFilter    *self,
               char              ***field,
               char              ***norm_field,
               const char * const  *words,
               guint                prop)
{
  static const char * const empty[] = { NULL };

  if (words == NULL)
    words = empty;
  if (*field != NULL && g_strv_equal ((const char * const *) *field, words))
    return;

  g_strfreev (*field);
  g_strfreev (*norm_field);
  *field = g_strdupv ((char **) words);
  *norm_field = normalize_words (words);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

void
byline_spam_filter_set_banned_words (BylineSpamFilter   *self,
                                     const char * const *words)
{
  g_return_if_fail (BYLINE_IS_SPAM_FILTER (self));

  set_word_list (self, &self->banned_words, &self->banned_norm, words, PROP_BANNED_WORDS);
}

const char * const *
byline_spam_filter_get_suspect_words (BylineSpamFilter *self)
{
  g_return_val_if_fail (BYLINE_IS_SPAM_FILTER (self), NULL);

  return (const char * const *) self->suspect_words;
}

void
byline_spam_filter_set_suspect_words (BylineSpamFilter   *self,
                                      const char * const *words)
{
  g_return_if_fail (BYLINE_IS_SPAM_FILTER (self));

  set_word_list (self, &self->suspect_words, &self->suspect_norm, words, PROP_SUSPECT_WORDS);
}

#define SERIAL_TYPE "(quua{s(uu)}a{su}a{su}asas)"

/**
 * byline_spam_filter_to_bytes:
 *
 * Returns: (transfer full): everything the filter learnt and its word
 *   lists, for the store to keep per site
 */
GBytes *
byline_spam_filter_to_bytes (BylineSpamFilter *self)
{
  g_autoptr(GVariant) variant = NULL;
  GVariantBuilder tokens, sources, ham_sources;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (BYLINE_IS_SPAM_FILTER (self), NULL);

  g_variant_builder_init (&tokens, G_VARIANT_TYPE ("a{s(uu)}"));
  g_hash_table_iter_init (&iter, self->tokens);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      TokenCounts *counts = value;

      g_variant_builder_add (&tokens, "{s(uu)}", key, counts->spam, counts->ham);
    }

  g_variant_builder_init (&sources, G_VARIANT_TYPE ("a{su}"));
  g_hash_table_iter_init (&iter, self->spam_sources);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_variant_builder_add (&sources, "{su}", key, GPOINTER_TO_UINT (value));

  g_variant_builder_init (&ham_sources, G_VARIANT_TYPE ("a{su}"));
  g_hash_table_iter_init (&iter, self->ham_sources);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_variant_builder_add (&ham_sources, "{su}", key, GPOINTER_TO_UINT (value));

  variant = g_variant_ref_sink (g_variant_new ("(quu@a{s(uu)}@a{su}@a{su}^as^as)",
                                               (guint16) FORMAT_VERSION,
                                               self->n_spam, self->n_ham,
                                               g_variant_builder_end (&tokens),
                                               g_variant_builder_end (&sources),
                                               g_variant_builder_end (&ham_sources),
                                               self->banned_words, self->suspect_words));

  return g_variant_get_data_as_bytes (variant);
}

/**
 * byline_spam_filter_new_from_bytes:
 *
 * Restores a filter saved with byline_spam_filter_to_bytes(). Damaged or
 * foreign data gives an error, never a crash.
 */
BylineSpamFilter *
byline_spam_filter_new_from_bytes (GBytes  *bytes,
                                   GError **error)
{
  g_autoptr(BylineSpamFilter) self = NULL;
  g_autoptr(GVariant) variant = NULL;
  g_autoptr(GVariantIter) tokens = NULL;
  g_autoptr(GVariantIter) sources = NULL;
  g_autoptr(GVariantIter) ham_sources = NULL;
  g_auto(GStrv) banned = NULL;
  g_auto(GStrv) suspect = NULL;
  const char *key;
  guint16 version;
  guint spam, ham;

  g_return_val_if_fail (bytes != NULL, NULL);

  variant = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (SERIAL_TYPE), bytes, FALSE));
  if (!g_variant_is_normal_form (variant))
    {
      g_set_error_literal (error, BYLINE_SPAM_FILTER_ERROR, BYLINE_SPAM_FILTER_ERROR_INVALID,
                           _("The saved spam filter is damaged"));
      return NULL;
    }

  g_variant_get (variant, "(quua{s(uu)}a{su}a{su}^as^as)",
                 &version, &spam, &ham, &tokens, &sources, &ham_sources, &banned, &suspect);
  if (version != FORMAT_VERSION)
    {
      g_set_error (error, BYLINE_SPAM_FILTER_ERROR, BYLINE_SPAM_FILTER_ERROR_INVALID,
                   _("The saved spam filter has an unknown format (%u)"), version);
      return NULL;
    }

  self = byline_spam_filter_new ();
  self->n_spam = spam;
  self->n_ham = ham;
  while (g_variant_iter_next (tokens, "{&s(uu)}", &key, &spam, &ham))
    {
      TokenCounts *counts = g_new0 (TokenCounts, 1);

      counts->spam = spam;
      counts->ham = ham;
      g_hash_table_insert (self->tokens, g_strdup (key), counts);
    }
  while (g_variant_iter_next (sources, "{&su}", &key, &spam))
    g_hash_table_insert (self->spam_sources, g_strdup (key), GUINT_TO_POINTER (spam));
  while (g_variant_iter_next (ham_sources, "{&su}", &key, &ham))
    g_hash_table_insert (self->ham_sources, g_strdup (key), GUINT_TO_POINTER (ham));
  byline_spam_filter_set_banned_words (self, (const char * const *) banned);
  byline_spam_filter_set_suspect_words (self, (const char * const *) suspect);

  return g_steal_pointer (&self);
}

static void
byline_spam_filter_finalize (GObject *object)
{
  BylineSpamFilter *self = (BylineSpamFilter *)object;

  g_clear_pointer (&self->tokens, g_hash_table_unref);
  g_clear_pointer (&self->spam_sources, g_hash_table_unref);
  g_clear_pointer (&self->ham_sources, g_hash_table_unref);
  g_clear_pointer (&self->banned_words, g_strfreev);
  g_clear_pointer (&self->suspect_words, g_strfreev);
  g_clear_pointer (&self->banned_norm, g_strfreev);
  g_clear_pointer (&self->suspect_norm, g_strfreev);

  G_OBJECT_CLASS (byline_spam_filter_parent_class)->finalize (object);
}

static void
byline_spam_filter_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  BylineSpamFilter *self = BYLINE_SPAM_FILTER (object);

  switch (prop_id)
    {
    case PROP_BANNED_WORDS:
      g_value_set_boxed (value, self->banned_words);
      break;

    case PROP_SUSPECT_WORDS:
      g_value_set_boxed (value, self->suspect_words);
      break;

    case PROP_N_SPAM:
      g_value_set_uint (value, self->n_spam);
      break;

    case PROP_N_HAM:
      g_value_set_uint (value, self->n_ham);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_spam_filter_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  BylineSpamFilter *self = BYLINE_SPAM_FILTER (object);

  switch (prop_id)
    {
    case PROP_BANNED_WORDS:
      byline_spam_filter_set_banned_words (self, g_value_get_boxed (value));
      break;

    case PROP_SUSPECT_WORDS:
      byline_spam_filter_set_suspect_words (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_spam_filter_class_init (BylineSpamFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = byline_spam_filter_finalize;
  object_class->get_property = byline_spam_filter_get_property;
  object_class->set_property = byline_spam_filter_set_property;

  properties[PROP_BANNED_WORDS] =
    g_param_spec_boxed ("banned-words", NULL, NULL, G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SUSPECT_WORDS] =
    g_param_spec_boxed ("suspect-words", NULL, NULL, G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_SPAM] =
    g_param_spec_uint ("n-spam", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_HAM] =
    g_param_spec_uint ("n-ham", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
byline_spam_filter_init (BylineSpamFilter *self)
{
  self->tokens = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->spam_sources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->ham_sources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->banned_words = g_new0 (char *, 1);
  self->banned_norm = g_new0 (char *, 1);
  self->suspect_words = g_strdupv ((char **) _byline_spam_default_suspect_words);
  self->suspect_norm = normalize_words (_byline_spam_default_suspect_words);
}

/**
 * byline_spam_filter_new:
 *
 * An untrained filter with the default suspect words and no banned words.
 */
BylineSpamFilter *
byline_spam_filter_new (void)
{
  return g_object_new (BYLINE_TYPE_SPAM_FILTER, NULL);
}
