/* byline-languages.c: the languages the metadata panel lists by name
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-languages"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-languages.h"

/* Common BCP 47 tags offered in the language list; any other tag an
 * article carries is added to the list when the article is shown. */
static const struct {
  const char *code;
  const char *name;
} languages[] = {
  { "en", N_("English") },
  { "en-GB", N_("English (United Kingdom)") },
  { "en-US", N_("English (United States)") },
  { "fa", N_("Persian") },
  { "ar", N_("Arabic") },
  { "he", N_("Hebrew") },
  { "ru", N_("Russian") },
  { "uk", N_("Ukrainian") },
  { "de", N_("German") },
  { "fr", N_("French") },
  { "es", N_("Spanish") },
  { "it", N_("Italian") },
  { "pt", N_("Portuguese") },
  { "tr", N_("Turkish") },
  { "ur", N_("Urdu") },
  { "zh", N_("Chinese") },
  { "ja", N_("Japanese") },
  { "ko", N_("Korean") },
  { "hi", N_("Hindi") },
  { "el", N_("Greek") },
  { "pl", N_("Polish") },
  { "th", N_("Thai") },
  /* the others the importer recognises (byline-import-language.c) */
  { "nl", N_("Dutch") },
  { "sv", N_("Swedish") },
  { "ro", N_("Romanian") },
  { "cs", N_("Czech") },
  { "vi", N_("Vietnamese") },
  { "id", N_("Indonesian") },
  { "ms", N_("Malay") },
  { "fil", N_("Filipino") },
  { "sw", N_("Swahili") },
  { "am", N_("Amharic") },
  { "ckb", N_("Central Kurdish") },
  { "bn", N_("Bengali") },
  { "pa", N_("Punjabi") },
  { "gu", N_("Gujarati") },
  { "ta", N_("Tamil") },
  { "te", N_("Telugu") },
  { "kn", N_("Kannada") },
  { "ml", N_("Malayalam") },
  { "hy", N_("Armenian") },
  { "ka", N_("Georgian") },
};

/**
 * byline_language_get_name:
 *
 * Returns: the translated name of a language Byline lists, or @code itself
 */
const char *
byline_language_get_name (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      if (g_strcmp0 (languages[i].code, code) == 0)
        return _(languages[i].name);
    }

  return code;
}

/**
 * byline_languages_fill:
 *
 * Appends the translated names of the listed languages to @model, in
 * order; byline_languages_code_at() reads the codes back.
 */
void
byline_languages_fill (GtkStringList *model)
{
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    gtk_string_list_append (model, _(languages[i].name));
}

/**
 * byline_languages_code_at:
 *
 * Returns: the language code at @position of a @model filled by
 *   byline_languages_fill(): a listed language's code, or, past them, the
 *   tag an article carried, which the list shows as it is
 */
const char *
byline_languages_code_at (GtkStringList *model,
                          guint          position)
{
  return position < G_N_ELEMENTS (languages) ? languages[position].code
                                             : gtk_string_list_get_string (model, position);
}
