/* byline-comment-detail.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-comment-detail"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "byline-comment-detail.h"
#include "byline-comment-row.h"
#include "byline-date-format.h"
#include "byline-ui.h"

/* The comment the queue's cursor is on, in full and inert: the text as
 * plain text (HTML converted, never rendered: scripts and event handlers
 * cannot run), every link listed as its full address and opened only
 * after the editor confirms (javascript:, data: and other schemes never),
 * the author's details with bidi controls removed (and a warning when
 * there were some), why the filter flagged it, the story, the comment it
 * answers, the author's other comments, and the moderation history. */

#define OTHERS_LIMIT 8

struct _BylineCommentDetail
{
  GtkWidget          parent_instance;

  BylineComment     *comment;
  char              *text;
  guint              n_links;
  gboolean           spoofed;

  GtkStack          *stack;
  gboolean           list_empty;
  GtkScrolledWindow *scroller;
  GtkLabel          *author_title;
  GtkLabel          *meta_label;
  GtkWidget         *spoof_box;
  GtkWidget         *flag_box;
  GtkLabel          *flag_title;
  GtkLabel          *reasons_label;
  GtkLabel          *content_label;
  GtkBox            *links_box;
  GtkRevealer       *reply_revealer;   /* the reply or edit box */
  GtkTextView       *reply_view;
  GtkLabel          *compose_title;
  GtkButton         *compose_button;
  gboolean           editing;          /* the box edits the comment */
  GtkGrid           *author_grid;
  GtkLabel          *parent_label;
  GtkLabel          *others_label;
  GtkLabel          *history_label;
};

G_DEFINE_FINAL_TYPE (BylineCommentDetail, byline_comment_detail, GTK_TYPE_WIDGET)

static gboolean
openable (const char *url)
{
  g_autofree char *scheme = g_uri_parse_scheme (url);

  return scheme != NULL && (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0);
}

/* The web address a link opens: http(s) as written, and an address
 * written without a scheme ("www.example.org/x", as readers type them) over
 * http; NULL for anything else (javascript:, data:, mailto:…) */
static char *
address_to_open (const char *url)
{
  if (openable (url))
    return g_strdup (url);
  if (g_ascii_strncasecmp (url, "www.", 4) == 0 && strchr (url, ':') == NULL)
    return g_strconcat ("http://", url, NULL);
  return NULL;
}

static void
link_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  gpointer          user_data)
{
  const char *url = g_object_get_data (G_OBJECT (dialog), "url");
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));

  if (g_strcmp0 (response, "open") == 0 && openable (url))
    gtk_show_uri (parent, url, GDK_CURRENT_TIME);
}

static void
link_clicked_cb (GtkButton           *button,
                 BylineCommentDetail *self)
{
  const char *written = g_object_get_data (G_OBJECT (button), "url");
  g_autofree char *address = address_to_open (written);
  const char *url = address ? address : written;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   openable (url) ? _("Open This Address?") : _("Byline Will Not Open This"),
                                   NULL);
  /* Plain text: the address exactly as written, nothing hidden. */
  adw_message_dialog_set_body_use_markup (ADW_MESSAGE_DIALOG (dialog), FALSE);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), url);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  if (openable (url))
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "open", _("_Open in Browser"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "open", ADW_RESPONSE_DESTRUCTIVE);
    }
  g_object_set_data_full (G_OBJECT (dialog), "url", g_strdup (url), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (link_response_cb), NULL);
  byline_ui_name_mnemonic_buttons (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
clear_box (GtkBox *box,
           guint   keep)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (box));

  for (guint i = 0; i < keep && child != NULL; i++)
    child = gtk_widget_get_next_sibling (child);
  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      gtk_box_remove (box, child);
      child = next;
    }
}

static void
add_detail (BylineCommentDetail *self,
            int                  row,
            const char          *title,
            const char          *value)
{
  g_autofree char *clean = byline_comment_safe_label (value, NULL);
  GtkWidget *key = gtk_label_new (title);
  GtkWidget *label = gtk_label_new (*clean ? clean : "—");

  gtk_label_set_xalign (GTK_LABEL (key), 0);
  gtk_widget_add_css_class (key, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_grid_attach (self->author_grid, key, 0, row, 1, 1);
  gtk_grid_attach (self->author_grid, label, 1, row, 1, 1);
}

static void
fill_author (BylineCommentDetail       *self,
             const BylineCachedComment *data)
{
  const char *values[] = { data->author_email, data->author_url, data->author_ip, data->author_user_agent };
  gboolean spoof = FALSE;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->author_grid))) != NULL)
    gtk_grid_remove (self->author_grid, child);

  add_detail (self, 0, _("E-mail"), data->author_email);
  add_detail (self, 1, _("Website"), data->author_url);
  add_detail (self, 2, _("IP address"), data->author_ip);
  add_detail (self, 3, _("Browser"), data->author_user_agent);
  add_detail (self, 4, _("Story"), data->post_headline);

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      gboolean had = FALSE;
      g_autofree char *clean = byline_comment_safe_label (values[i], &had);

      spoof |= had;
    }
  self->spoofed |= spoof;
}

static void
fill_links (BylineCommentDetail *self,
            const char          *raw)
{
  g_autoptr(GPtrArray) links = byline_comment_find_links (raw);

  clear_box (self->links_box, 1);
  self->n_links = links->len;
  gtk_widget_set_visible (GTK_WIDGET (self->links_box), links->len > 0);
  for (guint i = 0; i < links->len && i < 50; i++)
    {
      const char *url = g_ptr_array_index (links, i);
      g_autofree char *address = address_to_open (url);
      GtkWidget *button = gtk_button_new ();
      GtkWidget *label = gtk_label_new (url);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_CHAR);
      gtk_button_set_child (GTK_BUTTON (button), label);
      gtk_widget_add_css_class (button, "flat");
      if (address == NULL)
        gtk_widget_add_css_class (label, "error");
      gtk_widget_set_tooltip_text (button, address != NULL ? _("Ask before opening this address")
                                                           : _("Not a web address: Byline will not open it"));
      g_object_set_data_full (G_OBJECT (button), "url", g_strdup (url), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (link_clicked_cb), self);
      gtk_box_append (self->links_box, button);
    }
}

/* Who changed a comment's status, in words (the actor the core records:
 * see byline_store_moderate_comment()'s callers). NULL: nobody named. */
static char *
actor_label (const char *actor)
{
  if (actor == NULL || *actor == '\0')
    return NULL;
  if (g_str_equal (actor, "editor"))
    /* Translators: who changed a comment's status, in its history */
    return g_strdup (_("by you"));
  if (g_str_equal (actor, "undo"))
    /* Translators: a change to a comment's status that was an undo */
    return g_strdup (_("undone"));
  if (g_str_equal (actor, "refused"))
    /* Translators: the site refused a change; the comment is back as it was */
    return g_strdup (_("refused by the site"));
  if (g_str_equal (actor, "site"))
    /* Translators: a comment's status changed on the site (seen at sync) */
    return g_strdup (_("changed on the site"));
  return byline_comment_safe_label (actor, NULL);
}

/* One change of the comment's moderation history in words: the date as
 * the interface shows dates (the Persian calendar in Persian), the
 * statuses as the queue names them, and who */
static char *
history_line (const BylineCommentChange *change)
{
  g_autoptr(GDateTime) at = g_date_time_new_from_unix_local (change->at);
  g_autofree char *date = at != NULL ? byline_format_date_for_display (at, TRUE) : g_strdup ("");
  g_autofree char *actor = actor_label (change->actor);

  if (actor != NULL)
    /* Translators: a comment's moderation history: date · old status → new status · who */
    return g_strdup_printf (_("%s · %s → %s · %s"), date, byline_comment_status_label (change->old_status),
                            byline_comment_status_label (change->new_status), actor);
  /* Translators: a comment's moderation history: date · old status → new status */
  return g_strdup_printf (_("%s · %s → %s"), date, byline_comment_status_label (change->old_status),
                          byline_comment_status_label (change->new_status));
}

static void
fill_related (BylineCommentDetail       *self,
              BylineStore               *store,
              const BylineCachedComment *data)
{
  g_autoptr(GString) others = g_string_new (NULL);
  g_autoptr(GString) history = g_string_new (NULL);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  BylineCommentQuery query = BYLINE_COMMENT_QUERY_INIT;

  gtk_label_set_text (self->parent_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->parent_label), FALSE);
  if (data->parent > 0)
    {
      gint64 local = byline_store_find_comment (store, data->account, data->parent, NULL);
      g_autoptr(BylineCachedComment) parent = local > 0 ? byline_store_get_comment (store, local, NULL) : NULL;

      if (parent != NULL)
        {
          g_autofree char *name = byline_comment_safe_label (parent->author_name, NULL);
          g_autofree char *plain = byline_comment_text_to_plain (parent->content);
          g_autofree char *line = byline_comment_safe_label (plain, NULL);
          g_autofree char *text = NULL;

          if (g_utf8_strlen (line, -1) > 300)
            *g_utf8_offset_to_pointer (line, 300) = '\0';
          /* WordPress shows no reply under a comment it does not show:
           * approving this one alone would publish nothing */
          if (g_strcmp0 (parent->status, "trash") == 0)
            text = g_strdup_printf (_("In reply to %s, which is in the trash: the site shows no reply under it: “%s”"),
                                    name, g_strstrip (line));
          else if (g_strcmp0 (parent->status, "spam") == 0)
            text = g_strdup_printf (_("In reply to %s, which is marked as spam: the site shows no reply under it: “%s”"),
                                    name, g_strstrip (line));
          else if (g_strcmp0 (parent->status, "hold") == 0)
            text = g_strdup_printf (_("In reply to %s, which is pending: the site shows this reply once both are approved: “%s”"),
                                    name, g_strstrip (line));
          else
            text = g_strdup_printf (_("In reply to %s: “%s”"), name, g_strstrip (line));
          gtk_label_set_text (self->parent_label, text);
          gtk_widget_set_visible (GTK_WIDGET (self->parent_label), TRUE);
        }
    }

  query.account = data->account;
  query.author = *data->author_email ? data->author_email : data->author_name;
  query.limit = OTHERS_LIMIT + 1;
  rows = byline_store_query_comments (store, &query, NULL);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      BylineCachedComment *other = g_ptr_array_index (rows, i);
      g_autofree char *plain = NULL;
      g_autofree char *line = NULL;

      if (other->id == data->id)
        continue;
      plain = byline_comment_text_to_plain (other->content);
      line = byline_comment_safe_label (plain, NULL);
      if (g_utf8_strlen (line, -1) > 80)
        *g_utf8_offset_to_pointer (line, 80) = '\0';
      g_string_append_printf (others, "%s%s · %s", others->len ? "\n" : "",
                              byline_comment_status_label (other->status), g_strstrip (line));
    }
  if (others->len > 0)
    g_string_prepend (others, _("Other comments by this author:\n"));
  gtk_label_set_text (self->others_label, others->str);
  gtk_widget_set_visible (GTK_WIDGET (self->others_label), others->len > 0);

  changes = byline_store_comment_changes (store, data->id, NULL);
  for (guint i = 0; changes != NULL && i < changes->len; i++)
    {
      g_autofree char *text = history_line (g_ptr_array_index (changes, i));

      g_string_append_printf (history, "%s%s", history->len ? "\n" : "", text);
    }
  if (history->len > 0)
    g_string_prepend (history, _("Moderation history:\n"));
  gtk_label_set_text (self->history_label, history->str);
  gtk_widget_set_visible (GTK_WIDGET (self->history_label), history->len > 0);
}

/**
 * byline_comment_detail_set_list_empty:
 * @empty: whether the queue's list is empty (it says why itself)
 *
 * With an empty list the pane shows nothing rather than a second empty
 * state ("No Comment Selected", its keys to move with).
 */
void
byline_comment_detail_set_list_empty (BylineCommentDetail *self,
                                      gboolean             empty)
{
  g_return_if_fail (BYLINE_IS_COMMENT_DETAIL (self));

  self->list_empty = empty;
  if (self->comment == NULL)
    gtk_stack_set_visible_child_name (self->stack, empty ? "blank" : "empty");
}

/**
 * byline_comment_detail_set_comment:
 * @comment: (nullable): what to show
 */
void
byline_comment_detail_set_comment (BylineCommentDetail *self,
                                   BylineStore         *store,
                                   BylineComment       *comment)
{
  const BylineCachedComment *data;
  g_autofree char *name = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *score = NULL;
  g_autofree char *date = NULL;
  g_autoptr(GString) reasons = g_string_new (NULL);
  gboolean spoof = FALSE;

  g_return_if_fail (BYLINE_IS_COMMENT_DETAIL (self));

  g_set_object (&self->comment, comment);
  gtk_revealer_set_reveal_child (self->reply_revealer, FALSE);
  if (self->editing)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->reply_view), "", 0);
  self->editing = FALSE;
  if (comment == NULL || store == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, self->list_empty ? "blank" : "empty");
      return;
    }

  data = byline_comment_get_data (comment);
  name = byline_comment_safe_label (data->author_name, &spoof);
  self->spoofed = spoof;
  byline_ui_label_set_user_text (self->author_title, *name ? name : _("Anonymous"));

  score = data->spam_score >= 0 ? g_strdup_printf ("%d%%", (int) (data->spam_score * 100 + 0.5)) : g_strdup ("—");
  /* Translators: status · spam score · date */
  date = byline_comment_format_date (data->date_gmt);
  /* A pingback or trackback is another site saying it links to the
   * story: its "author" is that site. */
  if (byline_comment_kind_label (data->type) != NULL)
    /* Translators: Pingback or Trackback · status · spam score · date */
    meta = g_strdup_printf (_("%s · %s · spam score %s · %s"), byline_comment_kind_label (data->type),
                            byline_comment_status_label (data->status), score, date);
  else
    meta = g_strdup_printf (_("%s · spam score %s · %s"), byline_comment_status_label (data->status), score, date);
  gtk_label_set_text (self->meta_label, meta);

  for (guint i = 0; data->spam_reasons != NULL && data->spam_reasons[i] != NULL; i++)
    g_string_append_printf (reasons, "%s• %s", i ? "\n" : "", data->spam_reasons[i]);
  gtk_label_set_text (self->flag_title, data->spam_score >= 0.5 ? _("Why it looks like spam") : _("What the spam filter saw"));
  gtk_label_set_text (self->reasons_label, reasons->len ? reasons->str : _("Nothing suspicious"));
  gtk_widget_remove_css_class (self->flag_box, "flagged");
  if (data->spam_score >= 0.5)
    gtk_widget_add_css_class (self->flag_box, "flagged");

  g_free (self->text);
  self->text = byline_comment_dup_plain_text (comment);
  byline_ui_label_set_user_text (self->content_label, self->text);

  fill_links (self, data->content);
  fill_author (self, data);
  fill_related (self, store, data);
  gtk_widget_set_visible (self->spoof_box, self->spoofed);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  gtk_stack_set_visible_child_name (self->stack, "comment");
}

BylineComment *
byline_comment_detail_get_comment (BylineCommentDetail *self)
{
  g_return_val_if_fail (BYLINE_IS_COMMENT_DETAIL (self), NULL);

  return self->comment;
}

/* One box below the comment serves `r` (a reply) and `e` (an edit of the
 * comment's raw text); Ctrl+Enter sends or saves, Escape cancels. */
static void
open_box (BylineCommentDetail *self,
          gboolean             editing)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->reply_view);

  /* A reply to a comment still held is approved with it, as WordPress's
   * own Approve and Reply does: the site shows no reply under a comment
   * it does not show (see the queue's send_reply_action()) */
  gboolean held = !editing && g_strcmp0 (byline_comment_get_status (self->comment), "hold") == 0;

  self->editing = editing;
  gtk_label_set_text (self->compose_title,
                      editing ? _("Edit the comment (Ctrl+Enter saves, Escape cancels)")
                      : held  ? _("Approve and reply as the site’s editor (Ctrl+Enter sends, Escape cancels)")
                              : _("Reply as the site’s editor (Ctrl+Enter sends, Escape cancels)"));
  gtk_button_set_label (self->compose_button, editing ? _("Save Edit") : held ? _("Approve and Reply") : _("Send Reply"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->reply_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  editing ? _("Comment text") : _("Reply"), -1);
  if (editing)
    {
      const char *raw = byline_comment_get_data (self->comment)->content;
      GtkTextIter start;

      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->reply_view), raw ? raw : "", -1);
      gtk_text_buffer_get_start_iter (buffer, &start);
      gtk_text_buffer_place_cursor (buffer, &start);
    }
  gtk_revealer_set_reveal_child (self->reply_revealer, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->reply_view));
}

void
byline_comment_detail_start_reply (BylineCommentDetail *self)
{
  g_return_if_fail (BYLINE_IS_COMMENT_DETAIL (self));

  if (self->comment == NULL)
    return;
  if (self->editing)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->reply_view), "", 0);
  open_box (self, FALSE);
}

/**
 * byline_comment_detail_start_edit:
 *
 * Opens the box prefilled with the comment's raw text.
 */
void
byline_comment_detail_start_edit (BylineCommentDetail *self)
{
  g_return_if_fail (BYLINE_IS_COMMENT_DETAIL (self));

  if (self->comment == NULL)
    return;
  open_box (self, TRUE);
}

gboolean
byline_comment_detail_get_editing (BylineCommentDetail *self)
{
  g_return_val_if_fail (BYLINE_IS_COMMENT_DETAIL (self), FALSE);

  return self->editing && gtk_revealer_get_reveal_child (self->reply_revealer);
}

gboolean
byline_comment_detail_get_replying (BylineCommentDetail *self)
{
  g_return_val_if_fail (BYLINE_IS_COMMENT_DETAIL (self), FALSE);

  return gtk_revealer_get_reveal_child (self->reply_revealer);
}

/**
 * byline_comment_detail_take_reply:
 *
 * Closes the reply (or edit) box.
 *
 * Returns: (transfer full): what was typed in it
 */
char *
byline_comment_detail_take_reply (BylineCommentDetail *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  char *text;

  g_return_val_if_fail (BYLINE_IS_COMMENT_DETAIL (self), NULL);

  buffer = gtk_text_view_get_buffer (self->reply_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  gtk_text_buffer_set_text (buffer, "", 0);
  gtk_revealer_set_reveal_child (self->reply_revealer, FALSE);
  self->editing = FALSE;
  return text;
}

const char *
byline_comment_detail_get_text (BylineCommentDetail *self)
{
  g_return_val_if_fail (BYLINE_IS_COMMENT_DETAIL (self), NULL);

  return gtk_label_get_text (self->content_label);
}

gboolean
byline_comment_detail_get_spoof_warning (BylineCommentDetail *self)
{
  g_return_val_if_fail (BYLINE_IS_COMMENT_DETAIL (self), FALSE);

  return gtk_widget_get_visible (self->spoof_box);
}

guint
byline_comment_detail_get_n_links (BylineCommentDetail *self)
{
  g_return_val_if_fail (BYLINE_IS_COMMENT_DETAIL (self), 0);

  return self->n_links;
}

static void
byline_comment_detail_dispose (GObject *object)
{
  BylineCommentDetail *self = (BylineCommentDetail *)object;

  g_clear_object (&self->comment);
  g_clear_pointer (&self->text, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), BYLINE_TYPE_COMMENT_DETAIL);

  G_OBJECT_CLASS (byline_comment_detail_parent_class)->dispose (object);
}

static void
byline_comment_detail_class_init (BylineCommentDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  byline_ui_ensure_resources ();

  object_class->dispose = byline_comment_detail_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "bylinecommentdetail");
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/byline-comment-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineCommentDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentDetail, scroller);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentDetail, author_title);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentDetail, meta_label);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentDetail, spoof_box);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentDetail, flag_box);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentDetail, flag_title);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentDetail, reasons_label);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentDetail, content_label);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentDetail, links_box);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentDetail, reply_revealer);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentDetail, reply_view);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentDetail, compose_title);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentDetail, compose_button);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentDetail, author_grid);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentDetail, parent_label);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentDetail, others_label);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentDetail, history_label);
}

static void
byline_comment_detail_init (BylineCommentDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
