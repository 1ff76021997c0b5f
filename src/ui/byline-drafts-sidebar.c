/* byline-drafts-sidebar.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-drafts-sidebar"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-article-list.h"
#include "byline-drafts-sidebar.h"
#include "byline-fts.h"
#include "byline-metadata-panel.h"
#include "byline-ui.h"

/* The drafts list: a GtkListView over the store's virtual
 * BylineArticleList (it loads a page of rows only when the view asks, so a
 * hundred thousand drafts cost a count query), filtered by status and
 * sorted as the window's sort menu says. Typing in the search entry swaps
 * the list for full-text search hits (the store's FTS5, debounced, on its
 * worker thread) with the matching words in bold. The selected draft is
 * kept by id, not by row, so that it stays selected while saves move it
 * to the top. */

#define SEARCH_DELAY_MS 120
#define SEARCH_LIMIT 200

struct _BylineDraftsSidebar
{
  GtkWidget            parent_instance;

  BylineContext       *context;
  BylineArticleList   *list;
  GListStore          *results;
  GtkSingleSelection  *selection;
  GCancellable        *search_cancellable;
  BylineArticleQuery   query;
  gint64               selected_id;
  guint                search_source;
  guint                selecting : 1;

  /* Template widgets */
  GtkSearchEntry      *search_entry;
  GtkWidget           *filters_box;
  GtkDropDown         *status_filter;
  GtkDropDown         *section_filter;
  GtkStringList       *sections;
  char                *section;
  GtkStack            *stack;
  GtkListView         *list_view;
  AdwStatusPage       *no_results_page;
};

G_DEFINE_FINAL_TYPE (BylineDraftsSidebar, byline_drafts_sidebar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SEARCHING,
  N_PROPS
};

enum {
  ARTICLE_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GQuark snippet_quark;

static GListModel *
current_model (BylineDraftsSidebar *self)
{
  return gtk_single_selection_get_model (self->selection);
}

static void
update_page (BylineDraftsSidebar *self)
{
  GListModel *model = current_model (self);
  guint n = model ? g_list_model_get_n_items (model) : 0;

  if (n > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (byline_drafts_sidebar_get_searching (self) || !self->query.any_status || self->section != NULL)
    {
      /* (the status and section filters step aside while searching) */
      adw_status_page_set_description (self->no_results_page,
                                       byline_drafts_sidebar_get_searching (self)
                                       ? _("Try other words")
                                       : _("Try another status or section"));
      gtk_stack_set_visible_child_name (self->stack, "no-results");
    }
  else
    gtk_stack_set_visible_child_name (self->stack, "empty");
}

/* Puts the selection back on the selected draft wherever it is now */
static void
reselect (BylineDraftsSidebar *self)
{
  GListModel *model = current_model (self);
  gint64 position = -1;

  if (model == NULL)
    return;

  if (self->selected_id > 0 && model == G_LIST_MODEL (self->list))
    {
      g_autoptr(GError) error = NULL;

      if (!byline_store_article_position (byline_context_get_store (self->context), &self->query,
                                          self->selected_id, &position, &error))
        g_debug ("Could not find draft %" G_GINT64_FORMAT ": %s", self->selected_id, error->message);
    }
  else if (self->selected_id > 0)
    {
      guint n = g_list_model_get_n_items (model);

      for (guint i = 0; i < n && position < 0; i++)
        {
          g_autoptr(BylineArticle) item = g_list_model_get_item (model, i);

          if (byline_article_get_id (item) == self->selected_id)
            position = i;
        }
    }

  self->selecting = TRUE;
  if (position >= 0 && position < g_list_model_get_n_items (model))
    {
      if (gtk_single_selection_get_selected (self->selection) != position)
        gtk_single_selection_set_selected (self->selection, position);
    }
  else
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->selecting = FALSE;
}

static void
selection_items_changed_cb (BylineDraftsSidebar *self,
                            guint                position,
                            guint                removed,
                            guint                added,
                            GListModel          *model)
{
  reselect (self);
  update_page (self);
}

static void
selection_changed_cb (BylineDraftsSidebar *self,
                      guint                position,
                      guint                n_items,
                      GtkSingleSelection  *selection)
{
  BylineArticle *item;
  gint64 id;

  if (self->selecting)
    return;

  item = gtk_single_selection_get_selected_item (selection);
  if (item == NULL)
    return;

  id = byline_article_get_id (item);
  if (id == self->selected_id)
    return;

  self->selected_id = id;
  g_signal_emit (self, signals[ARTICLE_ACTIVATED], 0, id);
}

static void
set_model (BylineDraftsSidebar *self,
           GListModel          *model)
{
  self->selecting = TRUE;
  gtk_single_selection_set_model (self->selection, model);
  self->selecting = FALSE;
  reselect (self);
  update_page (self);
}

static void
search_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(BylineDraftsSidebar) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = byline_store_search_finish (BYLINE_STORE (object), result, &error);
  g_autoptr(GPtrArray) items = NULL;

  if (hits == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Search failed: %s", error->message);
      return;
    }

  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < hits->len; i++)
    {
      BylineSearchHit *hit = g_ptr_array_index (hits, i);
      BylineArticle *item = byline_article_new ();

      byline_article_set_id (item, hit->article_id);
      byline_article_set_headline (item, hit->headline);
      g_object_set_qdata_full (G_OBJECT (item), snippet_quark, g_strdup (hit->snippet), g_free);
      g_ptr_array_add (items, item);
    }

  g_list_store_splice (self->results, 0, g_list_model_get_n_items (G_LIST_MODEL (self->results)),
                       items->pdata, items->len);
  set_model (self, G_LIST_MODEL (self->results));
}

static gboolean
search_timeout_cb (gpointer user_data)
{
  BylineDraftsSidebar *self = user_data;
  /* (the word being typed is a prefix: results as you type) */
  g_autofree char *text = byline_fts_text_as_typed (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  self->search_source = 0;
  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);

  if (self->context == NULL)
    return G_SOURCE_REMOVE;

  self->search_cancellable = g_cancellable_new ();
  byline_store_search_async (byline_context_get_store (self->context), text, SEARCH_LIMIT,
                             self->search_cancellable, search_done_cb, g_object_ref (self));

  return G_SOURCE_REMOVE;
}

static void
search_changed_cb (BylineDraftsSidebar *self,
                   GtkSearchEntry      *entry)
{
  gboolean was_searching = gtk_single_selection_get_model (self->selection) == G_LIST_MODEL (self->results);
  gboolean searching = byline_drafts_sidebar_get_searching (self);

  g_clear_handle_id (&self->search_source, g_source_remove);

  if (!searching)
    {
      g_cancellable_cancel (self->search_cancellable);
      set_model (self, G_LIST_MODEL (self->list));
    }
  else
    self->search_source = g_timeout_add (SEARCH_DELAY_MS, search_timeout_cb, self);

  gtk_widget_set_visible (self->filters_box, !searching);
  if (searching != was_searching)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCHING]);
}

static void
status_filter_cb (BylineDraftsSidebar *self,
                  GParamSpec          *pspec,
                  GtkDropDown         *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  self->query.any_status = selected == 0 || selected == GTK_INVALID_LIST_POSITION;
  self->query.status = self->query.any_status ? BYLINE_ARTICLE_STATUS_DRAFT : selected - 1;
  if (self->list != NULL)
    byline_article_list_set_query (self->list, &self->query);
  reselect (self);
  update_page (self);
}

static void
section_filter_cb (BylineDraftsSidebar *self,
                   GParamSpec          *pspec,
                   GtkDropDown         *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  const char *name = NULL;

  if (selected > 0 && selected != GTK_INVALID_LIST_POSITION)
    name = gtk_string_list_get_string (self->sections, selected);
  if (g_strcmp0 (name, self->section) == 0)
    return;

  g_free (self->section);
  self->section = g_strdup (name);
  self->query.section = self->section;
  if (self->list != NULL)
    byline_article_list_set_query (self->list, &self->query);
  reselect (self);
  update_page (self);
}

/* Rows */

static void
row_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              BylineDraftsSidebar      *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *snippet = gtk_label_new (NULL);
  GtkWidget *meta = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "draft-row");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (title, "heading");

  gtk_label_set_xalign (GTK_LABEL (snippet), 0);
  gtk_label_set_wrap (GTK_LABEL (snippet), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (snippet), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (snippet), 3);
  gtk_label_set_ellipsize (GTK_LABEL (snippet), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (snippet, "draft-snippet");

  gtk_label_set_xalign (GTK_LABEL (meta), 0);
  gtk_label_set_ellipsize (GTK_LABEL (meta), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (meta, "dim-label");
  gtk_widget_add_css_class (meta, "caption");

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), snippet);
  gtk_box_append (GTK_BOX (box), meta);
  gtk_list_item_set_child (list_item, box);
}

static void
row_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             BylineDraftsSidebar      *self)
{
  BylineArticle *item = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *snippet = gtk_widget_get_next_sibling (title);
  GtkWidget *meta = gtk_widget_get_next_sibling (snippet);
  const char *headline = byline_article_get_headline (item);
  const char *snippet_text = g_object_get_qdata (G_OBJECT (item), snippet_quark);
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *accessible = NULL;

  gtk_label_set_label (GTK_LABEL (title), headline[0] != '\0' ? headline : _("Untitled Story"));
  if (headline[0] == '\0')
    gtk_widget_add_css_class (title, "dim-label");
  else
    gtk_widget_remove_css_class (title, "dim-label");

  gtk_widget_set_visible (snippet, snippet_text != NULL);
  if (snippet_text != NULL)
    {
      g_autofree char *markup = byline_drafts_sidebar_snippet_markup (snippet_text);

      gtk_label_set_markup (GTK_LABEL (snippet), markup);
    }

  if (snippet_text == NULL)
    {
      g_autofree char *status = byline_metadata_panel_dup_status_label (byline_article_get_status (item));
      const char *section = byline_article_get_section (item);
      GDateTime *modified = byline_article_get_modified (item);
      guint words = byline_article_list_get_word_count (item);

      g_string_append (line, status);
      if (section[0] != '\0')
        /* Translators: a separator between facts about a draft */
        g_string_append_printf (line, _(" · %s"), section);
      if (modified != NULL)
        {
          g_autoptr(GDateTime) now = g_date_time_new_now_local ();
          g_autofree char *when = byline_drafts_sidebar_format_time (modified, now);

          g_string_append_printf (line, _(" · %s"), when);
        }
      g_string_append (line, _(" · "));
      g_string_append_printf (line, g_dngettext (GETTEXT_PACKAGE, "%u word", "%u words", words), words);
    }
  gtk_label_set_label (GTK_LABEL (meta), line->str);
  gtk_widget_set_visible (meta, line->len > 0);

  accessible = g_strdup_printf ("%s. %s", headline[0] != '\0' ? headline : _("Untitled Story"), line->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
byline_drafts_sidebar_dispose (GObject *object)
{
  BylineDraftsSidebar *self = (BylineDraftsSidebar *)object;
  GtkWidget *child;

  g_clear_handle_id (&self->search_source, g_source_remove);
  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), BYLINE_TYPE_DRAFTS_SIDEBAR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  g_clear_object (&self->results);
  g_clear_object (&self->context);
  g_clear_pointer (&self->section, g_free);
  self->query.section = NULL;

  G_OBJECT_CLASS (byline_drafts_sidebar_parent_class)->dispose (object);
}

static void
byline_drafts_sidebar_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  BylineDraftsSidebar *self = BYLINE_DRAFTS_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_SEARCHING:
      g_value_set_boolean (value, byline_drafts_sidebar_get_searching (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_drafts_sidebar_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  BylineDraftsSidebar *self = BYLINE_DRAFTS_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      byline_drafts_sidebar_set_context (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_drafts_sidebar_class_init (BylineDraftsSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  byline_ui_ensure_resources ();
  snippet_quark = g_quark_from_static_string ("byline-search-snippet");

  object_class->dispose = byline_drafts_sidebar_dispose;
  object_class->get_property = byline_drafts_sidebar_get_property;
  object_class->set_property = byline_drafts_sidebar_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BYLINE_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SEARCHING] =
    g_param_spec_boolean ("searching", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BylineDraftsSidebar::article-activated:
   * @id: the draft's id
   *
   * The user picked a draft in the list.
   */
  signals[ARTICLE_ACTIVATED] = g_signal_new ("article-activated", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/byline-drafts-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineDraftsSidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BylineDraftsSidebar, filters_box);
  gtk_widget_class_bind_template_child (widget_class, BylineDraftsSidebar, status_filter);
  gtk_widget_class_bind_template_child (widget_class, BylineDraftsSidebar, section_filter);
  gtk_widget_class_bind_template_child (widget_class, BylineDraftsSidebar, sections);
  gtk_widget_class_bind_template_child (widget_class, BylineDraftsSidebar, stack);
  gtk_widget_class_bind_template_child (widget_class, BylineDraftsSidebar, list_view);
  gtk_widget_class_bind_template_child (widget_class, BylineDraftsSidebar, no_results_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_filter_cb);
  gtk_widget_class_bind_template_callback (widget_class, section_filter_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "bylinedraftssidebar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
byline_drafts_sidebar_init (BylineDraftsSidebar *self)
{
  GtkListItemFactory *factory;
  BylineArticleQuery query = BYLINE_ARTICLE_QUERY_INIT;

  self->query = query;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  self->results = g_list_store_new (BYLINE_TYPE_ARTICLE);
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "items-changed",
                           G_CALLBACK (selection_items_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (row_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (row_bind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  update_page (self);
}

BylineContext *
byline_drafts_sidebar_get_context (BylineDraftsSidebar *self)
{
  g_return_val_if_fail (BYLINE_IS_DRAFTS_SIDEBAR (self), NULL);

  return self->context;
}

/**
 * byline_drafts_sidebar_set_context:
 *
 * Lists the drafts of @context's store. Set once, by the window.
 */
void
byline_drafts_sidebar_set_context (BylineDraftsSidebar *self,
                                   BylineContext       *context)
{
  g_return_if_fail (BYLINE_IS_DRAFTS_SIDEBAR (self));
  g_return_if_fail (!context || BYLINE_IS_CONTEXT (context));

  if (self->context == context)
    return;

  g_set_object (&self->context, context);
  g_clear_object (&self->list);
  if (context != NULL)
    self->list = byline_article_list_new (byline_context_get_store (context), &self->query);
  set_model (self, self->list ? G_LIST_MODEL (self->list) : NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

void
byline_drafts_sidebar_set_sort (BylineDraftsSidebar *self,
                                BylineArticleSort    sort)
{
  g_return_if_fail (BYLINE_IS_DRAFTS_SIDEBAR (self));

  if (self->query.sort == sort)
    return;

  self->query.sort = sort;
  if (self->list != NULL)
    byline_article_list_set_query (self->list, &self->query);
  reselect (self);
}

/**
 * byline_drafts_sidebar_set_status_filter:
 * @status: a #BylineArticleStatus, or -1 for all
 */
void
byline_drafts_sidebar_set_status_filter (BylineDraftsSidebar *self,
                                         int                  status)
{
  g_return_if_fail (BYLINE_IS_DRAFTS_SIDEBAR (self));

  gtk_drop_down_set_selected (self->status_filter, status < 0 ? 0 : status + 1);
}

/**
 * byline_drafts_sidebar_set_sections:
 * @names: (nullable): the sections to offer in the filter (hidden when
 *   there are none)
 */
void
byline_drafts_sidebar_set_sections (BylineDraftsSidebar *self,
                                    const char * const  *names)
{
  g_autofree char *current = NULL;
  guint n, selected = 0;

  g_return_if_fail (BYLINE_IS_DRAFTS_SIDEBAR (self));

  current = g_strdup (self->section);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->sections));
  gtk_string_list_splice (self->sections, 1, n - 1, names);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (g_strcmp0 (names[i], current) == 0)
      selected = i + 1;
  gtk_drop_down_set_selected (self->section_filter, selected);
  gtk_widget_set_visible (GTK_WIDGET (self->section_filter), names != NULL && names[0] != NULL);
}

/**
 * byline_drafts_sidebar_set_section_filter:
 * @section: (nullable): show only drafts in @section (one of those set
 *   with byline_drafts_sidebar_set_sections()), or %NULL for all
 */
void
byline_drafts_sidebar_set_section_filter (BylineDraftsSidebar *self,
                                          const char          *section)
{
  guint n;

  g_return_if_fail (BYLINE_IS_DRAFTS_SIDEBAR (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->sections));
  for (guint i = 1; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (self->sections, i), section) == 0)
      {
        gtk_drop_down_set_selected (self->section_filter, i);
        return;
      }
  gtk_drop_down_set_selected (self->section_filter, 0);
}

/**
 * byline_drafts_sidebar_get_model:
 *
 * Returns: (transfer none): what the list shows now: the drafts, or the
 *   search results (articles with only id and headline)
 */
GListModel *
byline_drafts_sidebar_get_model (BylineDraftsSidebar *self)
{
  g_return_val_if_fail (BYLINE_IS_DRAFTS_SIDEBAR (self), NULL);

  return current_model (self);
}

/**
 * byline_drafts_sidebar_get_selection:
 *
 * Returns: (transfer none): the list's selection (a #GtkSingleSelection)
 */
GtkSelectionModel *
byline_drafts_sidebar_get_selection (BylineDraftsSidebar *self)
{
  g_return_val_if_fail (BYLINE_IS_DRAFTS_SIDEBAR (self), NULL);

  return GTK_SELECTION_MODEL (self->selection);
}

gint64
byline_drafts_sidebar_get_selected_id (BylineDraftsSidebar *self)
{
  g_return_val_if_fail (BYLINE_IS_DRAFTS_SIDEBAR (self), 0);

  return self->selected_id;
}

/**
 * byline_drafts_sidebar_select_id:
 * @id: a draft's id, or 0 for none
 *
 * Selects a draft (the one the window opened) without emitting
 * #BylineDraftsSidebar::article-activated.
 */
void
byline_drafts_sidebar_select_id (BylineDraftsSidebar *self,
                                 gint64               id)
{
  g_return_if_fail (BYLINE_IS_DRAFTS_SIDEBAR (self));

  self->selected_id = id;
  reselect (self);
}

GtkEditable *
byline_drafts_sidebar_get_search_entry (BylineDraftsSidebar *self)
{
  g_return_val_if_fail (BYLINE_IS_DRAFTS_SIDEBAR (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}

gboolean
byline_drafts_sidebar_get_searching (BylineDraftsSidebar *self)
{
  g_return_val_if_fail (BYLINE_IS_DRAFTS_SIDEBAR (self), FALSE);

  return gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0';
}

void
byline_drafts_sidebar_focus_search (BylineDraftsSidebar *self)
{
  g_return_if_fail (BYLINE_IS_DRAFTS_SIDEBAR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * byline_drafts_sidebar_snippet_markup:
 * @snippet: a search snippet, the matches between `[` and `]`
 *
 * Returns: (transfer full): Pango markup with the matches in bold and
 *   everything else escaped
 */
char *
byline_drafts_sidebar_snippet_markup (const char *snippet)
{
  GString *out = g_string_new (NULL);
  gboolean bold = FALSE;
  const char *run = snippet;

  for (const char *p = snippet; ; p++)
    {
      if (*p == '\0' || (*p == '[' && !bold) || (*p == ']' && bold))
        {
          g_autofree char *escaped = g_markup_escape_text (run, p - run);

          g_string_append (out, escaped);
          if (*p == '\0')
            break;
          g_string_append (out, bold ? "</b>" : "<b>");
          bold = !bold;
          run = p + 1;
        }
    }
  if (bold)
    g_string_append (out, "</b>");

  return g_string_free (out, FALSE);
}

/**
 * byline_drafts_sidebar_format_time:
 *
 * Returns: (transfer full): @time as the list shows it: "Just now",
 *   "12 minutes ago", the time of day today, the weekday this week, else
 *   the date, in the user's locale
 */
char *
byline_drafts_sidebar_format_time (GDateTime *time,
                                   GDateTime *now)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);
  GTimeSpan ago = g_date_time_difference (now, local);
  int minutes = (int) (ago / G_TIME_SPAN_MINUTE);

  if (ago < G_TIME_SPAN_MINUTE)
    return g_strdup (_("Just now"));
  if (ago < G_TIME_SPAN_HOUR)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute ago", "%d minutes ago", minutes), minutes);
  if (g_date_time_get_year (local) == g_date_time_get_year (now) &&
      g_date_time_get_day_of_year (local) == g_date_time_get_day_of_year (now))
    return g_date_time_format (local, "%R");
  if (ago < 6 * G_TIME_SPAN_DAY)
    return g_date_time_format (local, "%A");

  return g_date_time_format (local, "%x");
}
