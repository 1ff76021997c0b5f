/* byline-window.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-window"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-comment-queue.h"
#include "byline-ui.h"
#include "byline-publish-popover.h"
#include "byline-window-private.h"


G_DEFINE_FINAL_TYPE (BylineWindow, byline_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_ARTICLE,
  PROP_SIDEBAR_VISIBLE,
  PROP_METADATA_VISIBLE,
  PROP_DRAFTS_SORT,
  PROP_CONTEXT,
  PROP_COMMENTS_VISIBLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
byline_window_save_state (BylineWindow *self)
{
  int width, height;

  g_assert (BYLINE_IS_WINDOW (self));

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  g_settings_set (self->settings, "window-size", "(ii)", width, height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static void
byline_window_restore_state (BylineWindow *self)
{
  int width, height;

  g_assert (BYLINE_IS_WINDOW (self));

  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static BylineArticleSort
sort_from_name (const char *name)
{
  if (g_strcmp0 (name, "created") == 0)
    return BYLINE_ARTICLE_SORT_CREATED;
  if (g_strcmp0 (name, "headline") == 0)
    return BYLINE_ARTICLE_SORT_HEADLINE;
  return BYLINE_ARTICLE_SORT_MODIFIED;
}

/* With drafts in the list, the empty page points at them */
static void
drafts_changed_cb (BylineWindow *self)
{
  GListModel *model = G_LIST_MODEL (byline_drafts_sidebar_get_selection (self->drafts_sidebar));
  gboolean any = g_list_model_get_n_items (model) > 0 || byline_drafts_sidebar_get_searching (self->drafts_sidebar);

  adw_status_page_set_title (self->empty_page, any ? _("No Story Open") : _("No Drafts Yet"));
  adw_status_page_set_description (self->empty_page,
                                   any ? _("Pick a draft from the list, start a new story, or paste wire copy to import it")
                                       : _("Start a story, or paste wire copy to import it"));
}

static void
article_activated_cb (BylineWindow        *self,
                      gint64               id,
                      BylineDraftsSidebar *sidebar)
{
  _byline_window_open_id (self, id);
  _byline_window_show_story (self);
}

static char *
window_title_closure (BylineWindow *self,
                      const char   *headline,
                      const char   *view)
{
  if (g_strcmp0 (view, "comments") == 0)
    return g_strdup (_("Comments"));
  return g_strdup (headline != NULL && headline[0] != '\0' ? headline : _("Untitled Story"));
}

static char *
window_subtitle_closure (BylineWindow        *self,
                         BylineArticleStatus  status,
                         const char          *view)
{
  if (g_strcmp0 (view, "comments") == 0)
    return NULL;
  return byline_metadata_panel_dup_status_label (status);
}

/* The title's bindings cannot look through a missing article: the empty
 * state (and the comment queue opened from it) sets its title itself. */
static void
update_title (BylineWindow *self)
{
  if (self->article != NULL)
    return;

  adw_window_title_set_title (self->window_title, _byline_window_showing_comments (self) ? _("Comments") : _("Byline"));
  adw_window_title_set_subtitle (self->window_title, NULL);
}

static void
view_changed_cb (BylineWindow *self)
{
  gboolean comments = _byline_window_showing_comments (self);
  GtkShortcutsWindow *help = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self));

  _byline_window_apply_panes (self);
  update_title (self);
  /* The shortcuts window opens on the keys of what is shown */
  if (help != NULL)
    g_object_set (help, "section-name", comments ? "comments" : "articles", NULL);
  if (comments != self->comments_visible)
    {
      self->comments_visible = comments;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMENTS_VISIBLE]);
    }
}

static gboolean
editing (BylineWindow *self)
{
  return self->article != NULL;
}

static void
byline_window_find_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);

  if (editing (self))
    byline_search_bar_open (byline_editor_get_search_bar (self->editor),
                            g_str_equal (action_name, "win.find-replace"));
}

static void
byline_window_find_step_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  BylineSearchBar *bar = byline_editor_get_search_bar (self->editor);

  if (!editing (self))
    return;

  if (g_str_equal (action_name, "win.find-next"))
    byline_search_bar_next (bar);
  else
    byline_search_bar_previous (bar);
}

/* Undo and redo from the menu act on the field being edited, or on the
 * body when the focus is elsewhere (as Ctrl+Z in a field does by itself). */
static void
byline_window_undo_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkTextBuffer *buffer;

  if (!editing (self))
    return;

  if (focus != NULL && GTK_IS_TEXT_VIEW (focus) && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->editor)))
    buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus));
  else
    buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (byline_editor_get_body_view (self->editor)));

  if (g_str_equal (action_name, "win.undo"))
    gtk_text_buffer_undo (buffer);
  else
    gtk_text_buffer_redo (buffer);
}

static gboolean
byline_window_close_request (GtkWindow *window)
{
  BylineWindow *self = BYLINE_WINDOW (window);

  /* The last words typed reach the store before the window goes */
  _byline_window_save_sync (self);
  byline_window_save_state (self);

  return GTK_WINDOW_CLASS (byline_window_parent_class)->close_request (window);
}

static void
byline_window_dispose (GObject *object)
{
  BylineWindow *self = (BylineWindow *)object;

  _byline_window_save_dispose (self);
  g_clear_object (&self->article);
  g_clear_pointer (&self->deleted, byline_deleted_article_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), BYLINE_TYPE_WINDOW);

  G_OBJECT_CLASS (byline_window_parent_class)->dispose (object);
}

static void
byline_window_finalize (GObject *object)
{
  BylineWindow *self = (BylineWindow *)object;

  g_clear_object (&self->settings);
  g_clear_object (&self->context);
  g_free (self->drafts_sort);

  G_OBJECT_CLASS (byline_window_parent_class)->finalize (object);
}

static void
byline_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BylineWindow *self = BYLINE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;

    case PROP_SIDEBAR_VISIBLE:
      g_value_set_boolean (value, self->sidebar_visible);
      break;

    case PROP_METADATA_VISIBLE:
      g_value_set_boolean (value, self->metadata_visible);
      break;

    case PROP_DRAFTS_SORT:
      g_value_set_string (value, self->drafts_sort);
      break;

    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_COMMENTS_VISIBLE:
      g_value_set_boolean (value, _byline_window_showing_comments (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BylineWindow *self = BYLINE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      byline_window_set_article (self, g_value_get_object (value));
      break;

    case PROP_SIDEBAR_VISIBLE:
      byline_window_set_sidebar_visible (self, g_value_get_boolean (value));
      break;

    case PROP_METADATA_VISIBLE:
      byline_window_set_metadata_visible (self, g_value_get_boolean (value));
      break;

    case PROP_DRAFTS_SORT:
      if (g_strcmp0 (self->drafts_sort, g_value_get_string (value)) != 0)
        {
          g_free (self->drafts_sort);
          self->drafts_sort = g_value_dup_string (value);
          byline_drafts_sidebar_set_sort (self->drafts_sidebar, sort_from_name (self->drafts_sort));
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_COMMENTS_VISIBLE:
      byline_window_set_comments_visible (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_window_constructed (GObject *object)
{
  BylineWindow *self = BYLINE_WINDOW (object);

  G_OBJECT_CLASS (byline_window_parent_class)->constructed (object);

  byline_drafts_sidebar_set_context (self->drafts_sidebar, self->context);
  if (self->context != NULL)
    {
      byline_publish_popover_set_publisher (self->publish_popover,
                                            byline_context_get_publisher (self->context));
      byline_comment_queue_set_store (self->comment_queue,
                                      byline_context_get_store (self->context));
    }
  drafts_changed_cb (self);
  _byline_window_update_actions (self);
  _byline_window_refresh_names (self);
}

static void
byline_window_class_init (BylineWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  byline_ui_ensure_resources ();
  g_type_ensure (BYLINE_TYPE_EDITOR);
  g_type_ensure (BYLINE_TYPE_DRAFTS_SIDEBAR);
  g_type_ensure (BYLINE_TYPE_METADATA_PANEL);
  g_type_ensure (BYLINE_TYPE_COMMENT_QUEUE);

  object_class->dispose = byline_window_dispose;
  object_class->finalize = byline_window_finalize;
  object_class->constructed = byline_window_constructed;
  object_class->get_property = byline_window_get_property;
  object_class->set_property = byline_window_set_property;

  window_class->close_request = byline_window_close_request;

  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL, BYLINE_TYPE_ARTICLE, flags);
  properties[PROP_SIDEBAR_VISIBLE] =
    g_param_spec_boolean ("sidebar-visible", NULL, NULL, TRUE, flags);
  properties[PROP_METADATA_VISIBLE] =
    g_param_spec_boolean ("metadata-visible", NULL, NULL, TRUE, flags);
  properties[PROP_DRAFTS_SORT] =
    g_param_spec_string ("drafts-sort", NULL, NULL, "modified", flags);
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BYLINE_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  /* The comment queue instead of the editor (win.show-comments toggles it) */
  properties[PROP_COMMENTS_VISIBLE] =
    g_param_spec_boolean ("comments-visible", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/byline-window.ui");
  g_type_ensure (BYLINE_TYPE_PUBLISH_POPOVER);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, sidebar_flap);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, drafts_sidebar);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, sidebar_header);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, metadata_flap);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, editor_header);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, find_button);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, publish_button);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, metadata_button);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, comments_button);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, editor);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, publish_popover);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, metadata_panel);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, comment_queue);
  gtk_widget_class_bind_template_callback (widget_class, window_title_closure);
  gtk_widget_class_bind_template_callback (widget_class, window_subtitle_closure);

  gtk_widget_class_install_action (widget_class, "win.find", NULL, byline_window_find_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-comments", "comments-visible");
  gtk_widget_class_install_action (widget_class, "win.find-replace", NULL, byline_window_find_action);
  gtk_widget_class_install_action (widget_class, "win.find-next", NULL, byline_window_find_step_action);
  gtk_widget_class_install_action (widget_class, "win.find-previous", NULL, byline_window_find_step_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, byline_window_undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, byline_window_undo_action);
  gtk_widget_class_install_property_action (widget_class, "win.toggle-sidebar", "sidebar-visible");
  gtk_widget_class_install_property_action (widget_class, "win.toggle-metadata", "metadata-visible");
  gtk_widget_class_install_property_action (widget_class, "win.sort-drafts", "drafts-sort");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, GDK_CONTROL_MASK, "win.find-replace", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK, "win.find-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.find-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F8, 0, "win.toggle-sidebar", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_C, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.show-comments", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-metadata", NULL);

  _byline_window_class_init_actions (widget_class);
}

static void
byline_window_init (BylineWindow *self)
{
  /* The property actions' toggle buttons read these while the template is
   * built: set them first */
  self->settings = g_settings_new (APP_ID);
  self->drafts_sort = g_strdup ("modified");
  self->sidebar_visible = g_settings_get_boolean (self->settings, "sidebar-visible");
  self->metadata_visible = g_settings_get_boolean (self->settings, "metadata-panel-visible");

  gtk_widget_init_template (GTK_WIDGET (self));
  byline_window_restore_state (self);
  g_settings_bind (self->settings, "sidebar-width", self->sidebar, "width-request", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "metadata-panel-width", self->metadata_panel, "width-request",
                   G_SETTINGS_BIND_GET);

  /* The open story's headline names the window (window switcher, screen readers) */
  g_object_bind_property (self->window_title, "title", self, "title", G_BINDING_SYNC_CREATE);

  /* Only the outermost header bars show the window buttons */
  g_object_bind_property (self->sidebar_flap, "reveal-flap", self->editor_header, "show-start-title-buttons",
                          G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);
  g_object_bind_property (self->metadata_flap, "reveal-flap", self->editor_header, "show-end-title-buttons",
                          G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);

  _byline_window_init_panes (self);

  byline_metadata_panel_set_spell_checker (self->metadata_panel,
                                           byline_editor_get_spell_checker (self->editor));
  g_signal_connect_object (self->drafts_sidebar, "article-activated", G_CALLBACK (article_activated_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (byline_drafts_sidebar_get_selection (self->drafts_sidebar), "items-changed",
                           G_CALLBACK (drafts_changed_cb), self, G_CONNECT_SWAPPED);
  self->cancellable = g_cancellable_new ();
  _byline_window_init_dnd (self);
  g_signal_connect_object (self->main_stack, "notify::visible-child-name", G_CALLBACK (view_changed_cb),
                           self, G_CONNECT_SWAPPED);
  _byline_window_apply_panes (self);
}

/**
 * byline_window_new:
 * @application: (nullable): the application, whose context (store) the
 *   window uses
 */
BylineWindow *
byline_window_new (BylineApplication *application)
{
  return byline_window_new_for_context (application,
                                        application ? byline_application_get_context (application) : NULL);
}

/**
 * byline_window_new_for_context:
 * @application: (nullable): the application
 * @context: (nullable): the drafts store and friends; without one the
 *   window edits but does not list or save (tests of single widgets)
 */
BylineWindow *
byline_window_new_for_context (BylineApplication *application,
                               BylineContext     *context)
{
  return g_object_new (BYLINE_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       NULL);
}

/**
 * byline_window_get_context:
 *
 * Returns: (transfer none) (nullable): the window's context: its store
 *   (byline_context_get_store()) is where drafts are saved
 */
BylineContext *
byline_window_get_context (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), NULL);

  return self->context;
}

/**
 * byline_window_get_drafts_sidebar:
 *
 * Returns: (transfer none): the drafts list
 */
BylineDraftsSidebar *
byline_window_get_drafts_sidebar (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), NULL);

  return self->drafts_sidebar;
}

/**
 * byline_window_add_header_widget:
 * @widget: a button or menu button
 *
 * Puts @widget at the end of the editor's header bar, beside the main
 * menu: the slot for features such as publishing.
 */
void
byline_window_add_header_widget (BylineWindow *self,
                                 GtkWidget    *widget)
{
  g_return_if_fail (BYLINE_IS_WINDOW (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  adw_header_bar_pack_end (self->editor_header, widget);
}

/**
 * byline_window_add_toast:
 * @toast: (transfer full): the toast to show
 */
void
byline_window_add_toast (BylineWindow *self,
                         AdwToast     *toast)
{
  g_return_if_fail (BYLINE_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * byline_window_get_visible_view:
 *
 * Returns: the name of the view shown in the window's main area: `empty`,
 *   `editor`, …
 */
const char *
byline_window_get_visible_view (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->main_stack);
}

/**
 * byline_window_get_article:
 *
 * Returns: (transfer none) (nullable): the article open in the window
 */
BylineArticle *
byline_window_get_article (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), NULL);

  return self->article;
}

/**
 * byline_window_set_article:
 * @article: (nullable): the article to open, or %NULL for the empty state
 *
 * Opens @article in the editor and the details panel. This is where the
 * drafts list (and import, and restore) hand the window an article.
 */
void
byline_window_set_article (BylineWindow  *self,
                           BylineArticle *article)
{
  g_return_if_fail (BYLINE_IS_WINDOW (self));
  g_return_if_fail (!article || BYLINE_IS_ARTICLE (article));

  if (self->article == article)
    return;

  /* What was typed in the article being left is saved first */
  _byline_window_save_sync (self);
  if (self->article != NULL)
    g_signal_handlers_disconnect_by_func (self->article, _byline_window_article_changed, self);

  g_set_object (&self->article, article);

  byline_editor_set_article (self->editor, article);
  byline_metadata_panel_set_article (self->metadata_panel, article);
  /* Changes from here on are the user's (the panel's defaults, such as a
   * slug from the headline, are saved with the next edit) */
  if (article != NULL)
    {
      g_signal_connect_object (article, "notify", G_CALLBACK (_byline_window_article_changed), self,
                               G_CONNECT_SWAPPED);
      /* Never saved: not "Saved" */
      if (byline_article_get_id (article) == 0)
        _byline_window_article_changed (self, NULL, article);
    }
  byline_drafts_sidebar_select_id (self->drafts_sidebar, article ? byline_article_get_id (article) : 0);
  _byline_window_update_actions (self);
  if (article != NULL)
    _byline_window_refresh_names (self);
  gtk_stack_set_visible_child_name (self->main_stack, article ? "editor" : "empty");
  _byline_window_apply_panes (self);
  update_title (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}

BylineEditor *
byline_window_get_editor (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), NULL);

  return self->editor;
}

BylineMetadataPanel *
byline_window_get_metadata_panel (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), NULL);

  return self->metadata_panel;
}

/* Shows or hides a pane as the user asked; the choice is saved unless a
 * narrow window has folded the pane (then it is only for now). */
static void
set_pane_visible (BylineWindow *self,
                  AdwFlap      *flap,
                  gboolean     *field,
                  const char   *key,
                  guint         prop,
                  gboolean      visible)
{
  visible = !!visible;
  if (*field == visible)
    return;

  *field = visible;
  if (!adw_flap_get_folded (flap))
    g_settings_set_boolean (self->settings, key, visible);
  _byline_window_apply_panes (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

gboolean
byline_window_get_metadata_visible (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), FALSE);

  return self->metadata_visible;
}

void
byline_window_set_metadata_visible (BylineWindow *self,
                                    gboolean      visible)
{
  g_return_if_fail (BYLINE_IS_WINDOW (self));

  set_pane_visible (self, self->metadata_flap, &self->metadata_visible, "metadata-panel-visible",
                    PROP_METADATA_VISIBLE, visible);
}

gboolean
byline_window_get_sidebar_visible (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), FALSE);

  return self->sidebar_visible;
}

void
byline_window_set_sidebar_visible (BylineWindow *self,
                                   gboolean      visible)
{
  g_return_if_fail (BYLINE_IS_WINDOW (self));

  set_pane_visible (self, self->sidebar_flap, &self->sidebar_visible, "sidebar-visible",
                    PROP_SIDEBAR_VISIBLE, visible);
}

/**
 * byline_window_search_drafts:
 * @text: what to search for
 *
 * Shows the drafts sidebar with @text in its search entry, focused (GNOME
 * Shell's "search in the app" arrives here).
 */
void
byline_window_search_drafts (BylineWindow *self,
                             const char   *text)
{
  GtkEditable *entry;

  g_return_if_fail (BYLINE_IS_WINDOW (self));
  g_return_if_fail (text != NULL);

  entry = byline_drafts_sidebar_get_search_entry (self->drafts_sidebar);
  byline_window_set_sidebar_visible (self, TRUE);
  gtk_editable_set_text (entry, text);
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  gtk_editable_set_position (entry, -1);
}
