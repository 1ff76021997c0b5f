/* byline-store-names.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-store"

#include "config.h"

#include "byline-store-private.h"

/* The names a journalist has used — authors, tags, sections — and those
 * the CMS accounts know (cached terms: authors, tags, categories), for
 * completion in the details panel. */

static const struct {
  const char *kind;
  const char *sql;
} names_sql[] = {
  { "author", "SELECT name FROM authors UNION SELECT name FROM terms WHERE kind = 'author' "
              "ORDER BY 1 COLLATE NOCASE" },
  { "tag", "SELECT name FROM tags UNION SELECT name FROM terms WHERE kind = 'tag' "
           "ORDER BY 1 COLLATE NOCASE" },
  { "section", "SELECT name FROM sections UNION SELECT name FROM terms WHERE kind = 'category' "
               "ORDER BY 1 COLLATE NOCASE" },
};

/**
 * byline_store_list_known_names:
 * @kind: `author`, `tag` or `section`
 *
 * Returns: (transfer full): the names of that kind used in stories or
 *   cached from a CMS (a section from a site's categories), sorted, or
 *   %NULL with @error set
 */
char **
byline_store_list_known_names (BylineStore  *self,
                               const char   *kind,
                               GError      **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *sql = NULL;
  int rc;

  g_return_val_if_fail (BYLINE_IS_STORE (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names_sql); i++)
    if (g_strcmp0 (kind, names_sql[i].kind) == 0)
      sql = names_sql[i].sql;
  if (sql == NULL)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID, "Unknown kind of name “%s”", kind);
      return NULL;
    }

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self, sql, error)))
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (sqlite3_column_text (stmt, 0) != NULL && sqlite3_column_bytes (stmt, 0) > 0)
      g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    return (_byline_store_set_error (self, rc, error), NULL);

  return g_strv_builder_end (builder);
}
