/* byline-spell-checker.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-spell-checker"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "byline-spell-checker-private.h"
#include "byline-spelling.h"

/* How long one idle run may check words before it yields to typing. */
#define CHUNK_BUDGET_USEC 3000

/* Verdicts remembered, so that typing does not ask enchant (which looks at
 * the personal word list's file each time) about the same words again */
#define MAX_VERDICTS 100000

G_DEFINE_FINAL_TYPE (BylineSpellChecker, byline_spell_checker, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LANGUAGE,
  PROP_AVAILABLE,
  PROP_ENABLED,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
list_dictionary_cb (const char * const lang_tag,
                    const char * const provider_name,
                    const char * const provider_desc,
                    const char * const provider_file,
                    void              *user_data)
{
  g_ptr_array_add (user_data, g_strdup (lang_tag));
}

/* The user's locale with its region ("en_GB.UTF-8"): LANGUAGE may name
 * only the language ("en"), so the first name with a region, else the
 * messages locale itself. */
static const char *
user_locale (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    if (strchr (names[i], '_') != NULL)
      return names[i];
  return setlocale (LC_MESSAGES, NULL);
}

/* BCP 47 ("en", "en-GB") to an installed dictionary's tag ("en_GB"): the
 * choice is core's (byline_spelling_choose_dictionary()), with the user's
 * locale for a bare language */
static char *
resolve_dictionary (BylineSpellChecker *self,
                    const char         *language)
{
  g_autoptr(GPtrArray) available = g_ptr_array_new_with_free_func (g_free);

  if (language == NULL || language[0] == '\0')
    return NULL;

  enchant_broker_list_dicts (self->broker, list_dictionary_cb, available);
  g_ptr_array_add (available, NULL);

  return byline_spelling_choose_dictionary (language, user_locale (),
                                            (const char * const *) available->pdata);
}

static gboolean
word_needs_check (const char *word)
{
  gboolean has_lower = FALSE;

  /* Numbers, dates and codes are not words for a dictionary, nor are
   * capitalised datelines and acronyms (PORTVALE, NATO) */
  for (const char *p = word; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isdigit (c))
        return FALSE;
      if (!g_unichar_isupper (c) && g_unichar_isalpha (c))
        has_lower = TRUE;
    }

  return has_lower && g_utf8_strlen (word, -1) > 1;
}

static gboolean
next_word_start (GtkTextIter *iter)
{
  GtkTextIter before = *iter;

  gtk_text_iter_forward_word_end (iter);
  gtk_text_iter_backward_word_start (iter);

  return gtk_text_iter_compare (iter, &before) > 0;
}

/* The first stretch still to check, leaving out empty ones (a subregion
 * whose text was deleted) */
static gboolean
first_unchecked (Attached    *a,
                 GtkTextIter *start,
                 GtkTextIter *end)
{
  GtkSourceRegionIter it;

  gtk_source_region_get_start_region_iter (a->unchecked, &it);
  while (!gtk_source_region_iter_is_end (&it))
    {
      if (gtk_source_region_iter_get_subregion (&it, start, end) &&
          gtk_text_iter_compare (start, end) < 0)
        return TRUE;
      gtk_source_region_iter_next (&it);
    }

  return FALSE;
}

/* The word at the cursor while the user types in it waits until the
 * cursor leaves it: a word half typed is no misspelling. */
static void
defer_word (Attached          *a,
            const GtkTextIter *wstart,
            const GtkTextIter *wend)
{
  gtk_text_buffer_move_mark (a->buffer, a->deferred_start, wstart);
  gtk_text_buffer_move_mark (a->buffer, a->deferred_end, wend);
  a->has_deferred = TRUE;
  if (_byline_spell_ranges_within (a->misspelled, wstart, wend))
    _byline_spell_checker_mark (a, wstart, wend, FALSE);
}

/* Checks words from the first unchecked stretch of @a's buffer until the
 * time budget runs out. Returns FALSE when nothing is left to check. */
static gboolean
check_some (BylineSpellChecker *self,
            Attached           *a,
            gint64              deadline)
{
  GtkTextIter start, end, wstart, wend, cursor;

  /* Only the stretches typing touched, not the whole story */
  if (!first_unchecked (a, &start, &end))
    return FALSE;

  gtk_text_buffer_get_iter_at_mark (a->buffer, &cursor, gtk_text_buffer_get_insert (a->buffer));

  wstart = start;
  if (gtk_text_iter_inside_word (&wstart) && !gtk_text_iter_starts_word (&wstart))
    gtk_text_iter_backward_word_start (&wstart);
  if (!gtk_text_iter_starts_word (&wstart) && !next_word_start (&wstart))
    wstart = end;

  while (gtk_text_iter_compare (&wstart, &end) < 0)
    {
      g_autofree char *word = NULL;
      gboolean misspelled;

      /* (forward_word_end() returns FALSE when it stops at the end of
       * the buffer, where the last word still needs checking) */
      wend = wstart;
      gtk_text_iter_forward_word_end (&wend);
      if (gtk_text_iter_equal (&wend, &wstart))
        {
          wstart = end;
          break;
        }

      if (a->typing && (gtk_text_iter_in_range (&cursor, &wstart, &wend) ||
                        gtk_text_iter_equal (&cursor, &wend)))
        defer_word (a, &wstart, &wend);
      else
        {
          word = gtk_text_iter_get_slice (&wstart, &wend);
          misspelled = word_needs_check (word) && !_byline_spell_checker_skipped (a, &wstart) &&
                       !byline_spell_checker_check_word (self, word);
          /* Marks only change where the verdict does (each change redraws) */
          if (misspelled && !_byline_spell_ranges_covers (a->misspelled, &wstart, &wend))
            _byline_spell_checker_mark (a, &wstart, &wend, TRUE);
          else if (!misspelled && _byline_spell_ranges_within (a->misspelled, &wstart, &wend))
            _byline_spell_checker_mark (a, &wstart, &wend, FALSE);
        }

      wstart = wend;
      if (!next_word_start (&wstart))
        {
          wstart = end;
          break;
        }

      if (g_get_monotonic_time () > deadline)
        break;
    }

  if (gtk_text_iter_compare (&wstart, &end) > 0)
    wstart = end;
  gtk_source_region_subtract_subregion (a->unchecked, &start, &wstart);

  return TRUE;
}

static gboolean
check_idle_cb (gpointer user_data)
{
  BylineSpellChecker *self = user_data;
  gint64 deadline = g_get_monotonic_time () + CHUNK_BUDGET_USEC;
  gboolean more = FALSE;

  for (guint i = 0; i < self->attached->len; i++)
    {
      if (check_some (self, g_ptr_array_index (self->attached, i), deadline))
        more = TRUE;
      if (g_get_monotonic_time () > deadline)
        break;
    }

  if (!more)
    {
      self->idle_source = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

void
_byline_spell_checker_queue_check (BylineSpellChecker *self)
{
  if (self->idle_source == 0 && byline_spell_checker_get_active (self))
    self->idle_source = g_idle_add_full (G_PRIORITY_LOW, check_idle_cb, self, NULL);
}

void
_byline_spell_checker_recheck_all (BylineSpellChecker *self)
{
  g_clear_handle_id (&self->idle_source, g_source_remove);
  g_hash_table_remove_all (self->verdicts);

  for (guint i = 0; i < self->attached->len; i++)
    {
      Attached *a = g_ptr_array_index (self->attached, i);
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (a->buffer, &start, &end);
      _byline_spell_checker_mark (a, &start, &end, FALSE);
      g_clear_object (&a->unchecked);
      a->unchecked = gtk_source_region_new (a->buffer);
      a->has_deferred = FALSE;
      a->typing = FALSE;
      if (byline_spell_checker_get_active (self))
        gtk_source_region_add_subregion (a->unchecked, &start, &end);
    }

  _byline_spell_checker_queue_check (self);
}

static void
byline_spell_checker_dispose (GObject *object)
{
  BylineSpellChecker *self = (BylineSpellChecker *)object;

  g_clear_handle_id (&self->idle_source, g_source_remove);
  g_clear_pointer (&self->attached, g_ptr_array_unref);
  g_clear_pointer (&self->verdicts, g_hash_table_unref);

  G_OBJECT_CLASS (byline_spell_checker_parent_class)->dispose (object);
}

static void
byline_spell_checker_finalize (GObject *object)
{
  BylineSpellChecker *self = (BylineSpellChecker *)object;

  if (self->dict != NULL)
    enchant_broker_free_dict (self->broker, self->dict);
  g_clear_pointer (&self->broker, enchant_broker_free);
  g_free (self->language);
  g_free (self->dictionary);

  G_OBJECT_CLASS (byline_spell_checker_parent_class)->finalize (object);
}

static void
byline_spell_checker_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  BylineSpellChecker *self = BYLINE_SPELL_CHECKER (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_AVAILABLE:
      g_value_set_boolean (value, byline_spell_checker_get_available (self));
      break;

    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;

    case PROP_ACTIVE:
      g_value_set_boolean (value, byline_spell_checker_get_active (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_spell_checker_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  BylineSpellChecker *self = BYLINE_SPELL_CHECKER (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      byline_spell_checker_set_language (self, g_value_get_string (value));
      break;

    case PROP_ENABLED:
      byline_spell_checker_set_enabled (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_spell_checker_class_init (BylineSpellCheckerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = byline_spell_checker_dispose;
  object_class->finalize = byline_spell_checker_finalize;
  object_class->get_property = byline_spell_checker_get_property;
  object_class->set_property = byline_spell_checker_set_property;

  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_AVAILABLE] =
    g_param_spec_boolean ("available", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
byline_spell_checker_init (BylineSpellChecker *self)
{
  self->broker = enchant_broker_init ();
  self->attached = g_ptr_array_new_with_free_func (_byline_spell_checker_attached_free);
  self->verdicts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->enabled = TRUE;
}

BylineSpellChecker *
byline_spell_checker_new (void)
{
  return g_object_new (BYLINE_TYPE_SPELL_CHECKER, NULL);
}

const char *
byline_spell_checker_get_language (BylineSpellChecker *self)
{
  g_return_val_if_fail (BYLINE_IS_SPELL_CHECKER (self), NULL);

  return self->language;
}

/**
 * byline_spell_checker_set_language:
 * @language: (nullable): a BCP 47 tag such as `en`, `fa` or `pt-BR`
 *
 * Loads the installed dictionary for @language. When there is none, the
 * checker is not available and quietly checks nothing.
 */
void
byline_spell_checker_set_language (BylineSpellChecker *self,
                                   const char         *language)
{
  gboolean was_available, was_active;

  g_return_if_fail (BYLINE_IS_SPELL_CHECKER (self));

  if (g_strcmp0 (self->language, language) == 0)
    return;

  was_available = byline_spell_checker_get_available (self);
  was_active = byline_spell_checker_get_active (self);

  g_free (self->language);
  self->language = g_strdup (language);
  if (self->dict != NULL)
    enchant_broker_free_dict (self->broker, self->dict);
  self->dict = NULL;
  g_clear_pointer (&self->dictionary, g_free);

  self->dictionary = resolve_dictionary (self, language);
  self->persian = self->dictionary != NULL &&
                  (g_str_equal (self->dictionary, "fa") || g_str_has_prefix (self->dictionary, "fa_"));
  if (self->dictionary != NULL)
    self->dict = enchant_broker_request_dict (self->broker, self->dictionary);
  if (self->dict == NULL)
    g_debug ("No spelling dictionary for “%s”", language ? language : "");

  _byline_spell_checker_recheck_all (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
  if (was_available != byline_spell_checker_get_available (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AVAILABLE]);
  if (was_active != byline_spell_checker_get_active (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

/**
 * byline_spell_checker_get_available:
 *
 * Returns: whether a dictionary is installed for the language
 */
gboolean
byline_spell_checker_get_available (BylineSpellChecker *self)
{
  g_return_val_if_fail (BYLINE_IS_SPELL_CHECKER (self), FALSE);

  return self->dict != NULL;
}

/**
 * byline_spell_checker_get_dictionary:
 *
 * Returns: (nullable): the tag of the dictionary in use, such as `en_US`
 */
const char *
byline_spell_checker_get_dictionary (BylineSpellChecker *self)
{
  g_return_val_if_fail (BYLINE_IS_SPELL_CHECKER (self), NULL);

  return self->dict != NULL ? self->dictionary : NULL;
}

gboolean
byline_spell_checker_get_enabled (BylineSpellChecker *self)
{
  g_return_val_if_fail (BYLINE_IS_SPELL_CHECKER (self), FALSE);

  return self->enabled;
}

void
byline_spell_checker_set_enabled (BylineSpellChecker *self,
                                  gboolean            enabled)
{
  gboolean was_active;

  g_return_if_fail (BYLINE_IS_SPELL_CHECKER (self));

  enabled = !!enabled;
  if (self->enabled == enabled)
    return;

  was_active = byline_spell_checker_get_active (self);
  self->enabled = enabled;
  _byline_spell_checker_recheck_all (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
  if (was_active != byline_spell_checker_get_active (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

/**
 * byline_spell_checker_get_active:
 *
 * Returns: whether words are being checked: enabled, with a dictionary
 */
gboolean
byline_spell_checker_get_active (BylineSpellChecker *self)
{
  g_return_val_if_fail (BYLINE_IS_SPELL_CHECKER (self), FALSE);

  return self->enabled && self->dict != NULL;
}

/* A part of a word joined with a zero-width non-joiner */
static gboolean
check_part (const char *part,
            gpointer    user_data)
{
  BylineSpellChecker *self = user_data;

  return enchant_dict_check (self->dict, part, -1) == 0;
}

/**
 * byline_spell_checker_check_word:
 *
 * Returns: %TRUE when @word is spelled correctly, or cannot be checked
 */
gboolean
byline_spell_checker_check_word (BylineSpellChecker *self,
                                 const char         *word)
{
  g_return_val_if_fail (BYLINE_IS_SPELL_CHECKER (self), TRUE);
  g_return_val_if_fail (word != NULL, TRUE);

  gpointer verdict;
  gboolean correct;

  if (self->dict == NULL)
    return TRUE;

  if ((verdict = g_hash_table_lookup (self->verdicts, word)) != NULL)
    return GPOINTER_TO_INT (verdict) == 1;

  correct = enchant_dict_check (self->dict, word, -1) == 0 || byline_spelling_check_news (self->dictionary, word) ||
            (self->persian ? byline_spelling_check_persian (word, check_part, self)
                           : byline_spelling_check_joined (word, check_part, self));
  if (g_hash_table_size (self->verdicts) >= MAX_VERDICTS)
    g_hash_table_remove_all (self->verdicts);
  g_hash_table_insert (self->verdicts, g_strdup (word), GINT_TO_POINTER (correct ? 1 : 2));
  return correct;
}

/**
 * byline_spell_checker_get_suggestions:
 *
 * Returns: (transfer full) (nullable): suggested spellings for @word
 */
char **
byline_spell_checker_get_suggestions (BylineSpellChecker *self,
                                      const char         *word)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  char **suggestions;
  size_t n = 0;

  g_return_val_if_fail (BYLINE_IS_SPELL_CHECKER (self), NULL);
  g_return_val_if_fail (word != NULL, NULL);

  if (self->dict == NULL)
    return NULL;

  builder = g_strv_builder_new ();
  suggestions = enchant_dict_suggest (self->dict, word, -1, &n);
  for (size_t i = 0; i < n; i++)
    g_strv_builder_add (builder, suggestions[i]);
  if (suggestions != NULL)
    enchant_dict_free_string_list (self->dict, suggestions);

  return g_strv_builder_end (builder);
}

/**
 * byline_spell_checker_add_word:
 *
 * Adds @word to the user's personal dictionary for this language.
 */
void
byline_spell_checker_add_word (BylineSpellChecker *self,
                               const char         *word)
{
  g_return_if_fail (BYLINE_IS_SPELL_CHECKER (self));

  if (self->dict == NULL || word == NULL || word[0] == '\0')
    return;

  enchant_dict_add (self->dict, word, -1);
  _byline_spell_checker_recheck_all (self);
}

/**
 * byline_spell_checker_ignore_word:
 *
 * Accepts @word until the application quits.
 */
void
byline_spell_checker_ignore_word (BylineSpellChecker *self,
                                  const char         *word)
{
  g_return_if_fail (BYLINE_IS_SPELL_CHECKER (self));

  if (self->dict == NULL || word == NULL || word[0] == '\0')
    return;

  enchant_dict_add_to_session (self->dict, word, -1);
  _byline_spell_checker_recheck_all (self);
}

/**
 * byline_spell_checker_is_busy:
 *
 * Returns: whether some text still waits to be checked
 */
gboolean
byline_spell_checker_is_busy (BylineSpellChecker *self)
{
  g_return_val_if_fail (BYLINE_IS_SPELL_CHECKER (self), FALSE);

  return self->idle_source != 0;
}
