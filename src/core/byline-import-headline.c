/* byline-import-headline.c: a headline as a page prints it, cleaned:
 * without the site's name after it or a wire's tag before it
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import.h"
#include "byline-import-private.h"

/* A page's title copied as the headline: "Floods cut off Zagreb | World
 * news | The Guardian", "Floods cut off Zagreb - BBC News" → the headline
 * without the site's name (and the sections before it); a wire's
 * headline without its tag ("UPDATE 2-Floods cut off Zagreb") */
char *
_byline_import_without_site_name (const char *headline)
{
  static const char * const separators[] = { " | ", " - ", " – ", " — ", NULL };
  /* Reuters' wire tags: "UPDATE 2-", "EXCLUSIVE-", "REFILE-" */
  static const char * const tags[] = {
    "UPDATE", "EXCLUSIVE", "REFILE", "RPT", "CORRECTED", "WRAPUP", "INSIGHT", "FACTBOX", "ANALYSIS",
    "BRIEF", "GRAPHIC", "BREAKINGVIEWS", "TIMELINE", "EXPLAINER", "PREVIEW", "FEATURE", NULL
  };
  const char *dash = strchr (headline, '-');

  if (dash != NULL && dash - headline <= 20 && g_ascii_isupper (dash[1]))
    {
      g_autofree char *tag = g_strndup (headline, dash - headline);

      g_strdelimit (tag, "0123456789", ' ');
      g_strstrip (tag);
      if (g_strv_contains (tags, tag))
        headline = dash + 1;
    }
  /* Yonhap's and Kyodo's: "(LEAD) ", "(2nd LD) ", "(URGENT) ", "(2nd
   * LD-FULL) " */
  if (headline[0] == '(' && strchr (headline, ')') != NULL && strchr (headline, ')') - headline <= 20 &&
      strchr (headline, ')')[1] == ' ')
    {
      static const char * const marks[] = { "LEAD", "LD", "URGENT", "FULL", "UPDATE", "CORRECTED", "RECAST", NULL };
      g_autofree char *inside = g_strndup (headline + 1, strchr (headline, ')') - headline - 1);
      g_auto(GStrv) words = g_strsplit_set (inside, " -", -1);
      gboolean all = words[0] != NULL;

      for (guint i = 0; words[i] != NULL && all; i++)
        {
          char *end = NULL;

          /* ("2nd", "3rd": which version) */
          if (g_ascii_isdigit (words[i][0]))
            {
              g_ascii_strtoull (words[i], &end, 10);
              all = g_str_equal (end, "st") || g_str_equal (end, "nd") || g_str_equal (end, "rd") ||
                    g_str_equal (end, "th");
            }
          else
            all = g_strv_contains (marks, words[i]);
        }
      if (all)
        headline = strchr (headline, ')') + 2;
    }

  for (guint i = 0; separators[i] != NULL; i++)
    {
      const char *last = g_strrstr (headline, separators[i]);
      const char *first = strstr (headline, separators[i]);
      g_autofree char *site = NULL;

      if (last == NULL || first == headline)
        continue;
      site = _byline_import_plain_spaces (last + strlen (separators[i]));
      if (_byline_import_is_outlet_name (site))
        {
          /* (sections between, with " | ": "World news") */
          const char *end = i == 0 ? first : last;

          return g_strndup (headline, end - headline);
        }
    }
  return g_strdup (headline);
}

/**
 * _byline_import_take_kicker:
 * @candidates: the header's headline-like lines, in order
 * @next: (nullable): the line the header ended on, when no byline or
 *   date came before it
 *
 * A section's or a newsletter's name over the headline and its deck
 * ("Local politics", "Photo essay", "The Long Haul"): up to three words,
 * no sentence and no name, over a longer headline with a deck of five
 * words or more under it (a sentence, @next, for a deck that ends with a
 * full stop), taken out of @candidates; or a desk's section of two
 * words over the headline alone ("World Politics", as
 * _byline_import_is_section_name() reads it).
 *
 * Returns: (transfer full) (nullable): the kicker, or %NULL
 */
char *
_byline_import_take_kicker (GPtrArray  *candidates,
                            const char *next)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  guint words;

  if (candidates->len == 2 && _byline_import_count_words (g_ptr_array_index (candidates, 0)) == 2 &&
      _byline_import_is_section_name (g_ptr_array_index (candidates, 0)) &&
      _byline_import_count_words (g_ptr_array_index (candidates, 1)) >= 4)
    return g_strdup (g_ptr_array_steal_index (candidates, 0));
  /* (a headline and its deck alone, "Obama meets Biden" / "Former
   * president and vice president meet …", are none: with two lines, the
   * deck under them is a sentence that nothing came between) */
  if (candidates->len < 2 || (candidates->len == 2 && (next == NULL || _byline_import_count_words (next) < 5 ||
                                                       _byline_import_count_words (next) > 40 ||
                                                       !_byline_import_ends_with_punctuation (next))))
    return NULL;
  first = _byline_import_plain_spaces (g_ptr_array_index (candidates, 0));
  second = _byline_import_plain_spaces (g_ptr_array_index (candidates, 1));
  third = candidates->len > 2 ? _byline_import_plain_spaces (g_ptr_array_index (candidates, 2)) : NULL;
  words = _byline_import_count_words (first);
  /* (a name opens with no article: "The Long Haul" is a title; so are an
   * advice column's, "Ask Moira", and "Things to Do", which a name's
   * looser reading would take for one) */
  if (words > 3 || _byline_import_ends_with_punctuation (first) ||
      (_byline_import_is_full_name (first) && !g_str_has_prefix (first, "The ") &&
       !_byline_import_is_section_name (first)) ||
      _byline_import_count_words (second) < MAX (4, words + 1) ||
      /* (a headline of two sentences, "… 340 jobs. Read the CEO's memo.") */
      (g_str_has_suffix (second, ".") && strstr (second, ". ") == NULL) ||
      _byline_import_is_name (second) ||
      (third != NULL && (_byline_import_count_words (third) < 5 || _byline_import_is_name (third))))
    return NULL;
  g_ptr_array_remove_index (candidates, 0);
  return g_steal_pointer (&first);
}
