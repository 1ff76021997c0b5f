/* byline-comment-row.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-comment-row"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-comment-row.h"
#include "byline-date-format.h"
#include "byline-ui.h"

/* One comment in the queue: author, score and status badges, date, the
 * story's headline and two lines of the text — all plain text in labels
 * without markup, cleaned of bidi overrides, so nothing a reader wrote
 * can style, spoof or run. */

struct _BylineCommentRow
{
  GtkWidget      parent_instance;

  BylineComment *comment;
  char          *accessible_label;

  GtkWidget     *box;
  GtkWidget     *mark_image;
  GtkInscription *author_label;
  GtkLabel      *kind_label;
  GtkLabel      *score_label;
  GtkLabel      *status_label;
  GtkLabel      *date_label;
  GtkInscription *headline_label;
  GtkInscription *excerpt_label;
};

G_DEFINE_FINAL_TYPE (BylineCommentRow, byline_comment_row, GTK_TYPE_WIDGET)

/**
 * byline_comment_status_label:
 *
 * Returns: the translated name of a comment status
 */
const char *
byline_comment_status_label (const char *status)
{
  if (g_strcmp0 (status, "hold") == 0)
    return _("Pending");
  if (g_strcmp0 (status, "approved") == 0)
    return _("Approved");
  if (g_strcmp0 (status, "spam") == 0)
    return _("Spam");
  if (g_strcmp0 (status, "trash") == 0)
    return _("Trash");
  return status;
}

/**
 * byline_comment_kind_label:
 *
 * Returns: (nullable): "Pingback" or "Trackback", translated, for those
 *   kinds; %NULL for a reader's comment
 */
const char *
byline_comment_kind_label (const char *type)
{
  if (g_strcmp0 (type, "pingback") == 0)
    return _("Pingback");
  if (g_strcmp0 (type, "trackback") == 0)
    return _("Trackback");
  return NULL;
}

/**
 * byline_comment_format_date:
 *
 * Returns: (transfer full): a comment's ISO 8601 date (GMT when it names no
 *   zone) in local time, short; "" when it is not a date
 */
char *
byline_comment_format_date (const char *iso)
{
  g_autoptr(GTimeZone) gmt = g_time_zone_new_utc ();
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  /* A date without a zone is GMT, as WordPress's date_gmt. */
  if (iso == NULL || *iso == '\0' || !(utc = g_date_time_new_from_iso8601 (iso, gmt)))
    return g_strdup ("");
  local = g_date_time_to_local (utc);
  /* In the Persian calendar where the interface uses it, as every date */
  if (byline_display_calendar () == BYLINE_DISPLAY_CALENDAR_SOLAR_HIJRI)
    return byline_format_date_for_display (local, TRUE);
  /* Translators: a comment's date in the queue, strftime format ("%-d": the day without a space before it) */
  return g_date_time_format (local, _("%-d %b %H:%M"));
}

static void
set_class (GtkWidget  *widget,
           const char *prefix,
           const char *name)
{
  static const char *names[] = { "hold", "approved", "spam", "trash", "high", "medium", "low" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *css = g_strconcat (prefix, names[i], NULL);

      gtk_widget_remove_css_class (widget, css);
    }
  if (name != NULL)
    {
      g_autofree char *css = g_strconcat (prefix, name, NULL);

      gtk_widget_add_css_class (widget, css);
    }
}

/* The first words of @text (at most @n_words, or 100 characters). */
static char *
first_words (const char *text,
             guint       n_words)
{
  g_autofree char *flat = g_strdup (text ? text : "");
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  g_strdelimit (flat, "\n\r\t", ' ');
  words = g_strsplit (g_strstrip (flat), " ", -1);
  for (guint i = 0, n = 0; words[i] != NULL && n < n_words; i++)
    {
      if (*words[i] == '\0')
        continue;
      g_string_append_printf (out, "%s%s", out->len ? " " : "", words[i]);
      n++;
    }
  if (g_utf8_strlen (out->str, -1) > 100)
    g_string_truncate (out, g_utf8_offset_to_pointer (out->str, 100) - out->str);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

void
byline_comment_row_set_comment (BylineCommentRow *self,
                                BylineComment    *comment)
{
  const BylineCachedComment *data;
  g_autofree char *author = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *date = NULL;
  g_autofree char *score = NULL;
  const char *kind;

  g_return_if_fail (BYLINE_IS_COMMENT_ROW (self));

  if (!g_set_object (&self->comment, comment) || comment == NULL)
    return;

  data = byline_comment_get_data (comment);
  author = byline_comment_safe_label (data->author_name, NULL);
  headline = byline_comment_safe_label (data->post_headline, NULL);
  date = byline_comment_format_date (data->date_gmt);

  /* (an inscription's Pango layout takes its direction from the text: a
   * Persian name or comment lines up on the right in an English window,
   * with xalign left at 0, which means "start") */
  gtk_inscription_set_text (self->author_label, *author ? author : _("Anonymous"));
  gtk_inscription_set_text (self->headline_label, *headline ? headline : _("Unknown story"));
  gtk_inscription_set_text (self->excerpt_label, byline_comment_get_excerpt (comment));
  gtk_label_set_text (self->date_label, date);
  kind = byline_comment_kind_label (data->type);
  gtk_label_set_text (self->kind_label, kind ? kind : "");
  gtk_widget_set_visible (GTK_WIDGET (self->kind_label), kind != NULL);
  gtk_label_set_text (self->status_label, byline_comment_status_label (data->status));
  set_class (GTK_WIDGET (self->status_label), "status-", data->status);

  if (data->spam_score >= 0)
    {
      score = g_strdup_printf ("%d%%", (int) (data->spam_score * 100 + 0.5));
      gtk_label_set_text (self->score_label, score);
      set_class (GTK_WIDGET (self->score_label), "score-",
                 data->spam_score >= 0.5 ? "high" : data->spam_score >= 0.2 ? "medium" : "low");
    }
  gtk_widget_set_visible (GTK_WIDGET (self->score_label), data->spam_score >= 0);

  /* What a screen reader says for the row: who, which status, what about */
  {
    g_autofree char *words = first_words (byline_comment_get_excerpt (comment), 12);

    g_free (self->accessible_label);
    if (kind != NULL)
      /* Translators: a pingback or trackback in the queue, read by a screen reader:
       * "Pingback" or "Trackback", the site's name, status: its first words */
      self->accessible_label = g_strdup_printf (_("%s from %s, %s: %s"), kind, *author ? author : _("Anonymous"),
                                                byline_comment_status_label (data->status), words);
    else
      /* Translators: a comment in the queue, read by a screen reader: author, status: its first words */
      self->accessible_label = g_strdup_printf (_("%s, %s: %s"), *author ? author : _("Anonymous"),
                                                byline_comment_status_label (data->status), words);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, self->accessible_label, -1);
  }
}

/**
 * byline_comment_row_set_show_status:
 *
 * Shows the status badge: only where the statuses in the list differ (in
 * Pending every row would say Pending).
 */
void
byline_comment_row_set_show_status (BylineCommentRow *self,
                                    gboolean          show)
{
  g_return_if_fail (BYLINE_IS_COMMENT_ROW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->status_label), show);
}

/**
 * byline_comment_row_get_accessible_label:
 *
 * Returns: (nullable): what a screen reader says for the row (author,
 *   status and the first words), for the list item that holds it
 */
const char *
byline_comment_row_get_accessible_label (BylineCommentRow *self)
{
  g_return_val_if_fail (BYLINE_IS_COMMENT_ROW (self), NULL);

  return self->accessible_label;
}

/**
 * byline_comment_row_set_marked:
 *
 * Shows whether the comment is in the selection bulk actions act on.
 */
void
byline_comment_row_set_marked (BylineCommentRow *self,
                               gboolean          marked)
{
  g_return_if_fail (BYLINE_IS_COMMENT_ROW (self));

  gtk_widget_set_visible (self->mark_image, marked);
  if (marked)
    gtk_widget_add_css_class (GTK_WIDGET (self), "marked");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "marked");
}

BylineComment *
byline_comment_row_get_comment (BylineCommentRow *self)
{
  g_return_val_if_fail (BYLINE_IS_COMMENT_ROW (self), NULL);

  return self->comment;
}

static void
byline_comment_row_dispose (GObject *object)
{
  BylineCommentRow *self = (BylineCommentRow *)object;

  g_clear_object (&self->comment);
  g_clear_pointer (&self->accessible_label, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), BYLINE_TYPE_COMMENT_ROW);

  G_OBJECT_CLASS (byline_comment_row_parent_class)->dispose (object);
}

static void
byline_comment_row_class_init (BylineCommentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  byline_ui_ensure_resources ();

  object_class->dispose = byline_comment_row_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "bylinecommentrow");
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/byline-comment-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineCommentRow, box);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentRow, mark_image);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentRow, author_label);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentRow, kind_label);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentRow, score_label);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentRow, date_label);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentRow, headline_label);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentRow, excerpt_label);
}

static void
byline_comment_row_init (BylineCommentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
byline_comment_row_new (void)
{
  return g_object_new (BYLINE_TYPE_COMMENT_ROW, NULL);
}
