/* byline-import-private.h: the line readers shared by the wire-copy importer
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* byline-import-date.c */
gboolean  _byline_import_parse_dateline_date    (const char  *text,
                                                 GTimeZone   *default_zone,
                                                 GDateTime  **date,
                                                 char       **time_zone);

/* byline-import-dateline.c */
gboolean  _byline_import_split_dateline         (const char  *line,
                                                 GTimeZone   *default_zone,
                                                 char       **place,
                                                 char       **rest,
                                                 GDateTime  **date,
                                                 char       **time_zone,
                                                 char       **agency);

/* byline-import-lines.c */
guint     _byline_import_count_words            (const char *text);
gboolean  _byline_import_ends_with_punctuation  (const char *line);
gboolean  _byline_import_has_letter             (const char *line);
gboolean  _byline_import_is_boilerplate         (const char *line);
gboolean  _byline_import_is_photo_credit        (const char *line);
gboolean  _byline_import_is_credit_line         (const char *line);
gboolean  _byline_import_has_figure             (const char *line);
gboolean  _byline_import_is_update_line         (const char *line);
gboolean  _byline_import_is_relative_time       (const char *line);
gboolean  _byline_import_is_edge_space          (gunichar    c);
char     *_byline_import_plain_spaces           (const char *line);

/* byline-import-lists.c */
gboolean  _byline_import_is_list_item           (const char         *line);
guint     _byline_import_list_run               (const char * const *lines,
                                                 guint               n);
void      _byline_import_append_list            (GString            *body,
                                                 const char * const *lines,
                                                 guint               n);
gboolean  _byline_import_append_with_lists      (GString            *body,
                                                 const char * const *lines,
                                                 guint               n);

/* byline-import-months.c */
int       _byline_import_parse_month            (const char *word);
char     *_byline_import_join_month_words       (const char *line);
char     *_byline_import_drop_lunar_hijri       (const char *line);

/* byline-import-names.c */
gboolean  _byline_import_is_agency              (const char *text);
gboolean  _byline_import_is_name                (const char *text);
char    **_byline_import_parse_byline           (const char *line);
char    **_byline_import_parse_signed_line      (const char *line,
                                                 gboolean    after_headline);
char    **_byline_import_parse_credit_line      (const char *line);

G_END_DECLS
