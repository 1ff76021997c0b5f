/* byline-editor.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-editor-private.h"
#include "byline-source-view.h"
#include "byline-text-view.h"
#include "byline-ui.h"

/* How long typing must pause before the word count and the article's body
 * are brought up to date. Character counts are O(1) and update at once. */
#define COUNT_DELAY_MS 250

G_DEFINE_FINAL_TYPE (BylineEditor, byline_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_ARTICLE,
  PROP_WORD_COUNT,
  PROP_SAVE_STATE,
  N_PROPS
};

enum {
  EDITED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static char *
buffer_dup_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gboolean
buffer_has_text (GtkTextBuffer *buffer,
                 const char    *text)
{
  g_autofree char *current = buffer_dup_text (buffer);

  return g_strcmp0 (current, text) == 0;
}

static void
update_placeholders (BylineEditor *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->headline_placeholder),
                          gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (self->headline_view)) == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->standfirst_placeholder),
                          gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (self->standfirst_view)) == 0);
}

static void
update_stats_label (BylineEditor *self)
{
  guint minutes = byline_editor_get_reading_minutes (self);
  g_autofree char *words = NULL;
  g_autofree char *chars = NULL;
  g_autofree char *reading = NULL;

  /* (with the locale's thousands separator: "1,640 characters") */
  words = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u word", "%'u words", self->word_count),
                           self->word_count);
  chars = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u character", "%'u characters", self->char_count),
                           self->char_count);
  if (self->word_count == 0)
    reading = g_strdup (_("no reading time"));
  else
    reading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u min read", "%u min read", minutes), minutes);

  g_free (self->stats_text);
  /* Translators: word count · character count · reading time */
  self->stats_text = g_strdup_printf (_("%s · %s · %s"), words, chars, reading);
  gtk_label_set_label (self->stats_label, self->stats_text);
}

static void
update_headline_meter (BylineEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->headline_view);
  guint limit = g_settings_get_uint (self->settings, "headline-limit");
  guint length = gtk_text_buffer_get_char_count (buffer);
  g_autofree char *label = NULL;
  g_autofree char *tooltip = NULL;

  gtk_level_bar_set_value (self->headline_meter, MIN (1.0, (double) length / MAX (limit, 1)));
  /* Translators: characters used of the house limit, "62 / 80"; %Iu writes the locale's digits */
  label = g_strdup_printf (_("%u / %u"), length, limit);
  gtk_label_set_label (self->headline_count_label, label);

  if (length > limit)
    gtk_widget_add_css_class (GTK_WIDGET (self->headline_count_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->headline_count_label), "error");

  tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The house limit for headlines is %u character",
                                          "The house limit for headlines is %u characters", limit),
                             limit);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->headline_meter), tooltip);
}

static void
set_save_state_internal (BylineEditor    *self,
                         BylineSaveState  state)
{
  if (self->save_state == state)
    return;

  self->save_state = state;
  gtk_label_set_label (self->save_state_label, byline_editor_get_save_state_text (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVE_STATE]);
}

/* Brings the word count's label and the article's body up to date. The
 * count itself is kept exact edit by edit (byline-editor-body.c); only the
 * body needs a copy of the text, and only when it changed. */
static void
flush_body (BylineEditor *self)
{
  g_clear_handle_id (&self->count_source, g_source_remove);

  if (self->article != NULL && self->body_dirty)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->body_view));
      g_autofree char *text = buffer_dup_text (buffer);

      self->updating_article = TRUE;
      byline_article_set_body (self->article, text);
      self->updating_article = FALSE;
    }
  self->body_dirty = FALSE;

  if (self->word_count != self->shown_word_count)
    {
      self->shown_word_count = self->word_count;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORD_COUNT]);
    }
  update_stats_label (self);
}

static gboolean
count_timeout_cb (gpointer user_data)
{
  BylineEditor *self = user_data;
  gboolean was_dirty = self->body_dirty;

  self->count_source = 0;
  flush_body (self);
  if (was_dirty)
    g_signal_emit (self, signals[EDITED], 0);

  return G_SOURCE_REMOVE;
}

static void
body_changed_cb (BylineEditor  *self,
                 GtkTextBuffer *buffer)
{
  /* The label follows when typing pauses (flush_body): setting a label's
   * text makes the whole window measure itself again, which costs more
   * than the keystroke itself */
  self->char_count = gtk_text_buffer_get_char_count (buffer);

  g_clear_handle_id (&self->count_source, g_source_remove);
  self->count_source = g_timeout_add (COUNT_DELAY_MS, count_timeout_cb, self);

  if (self->loading)
    return;

  self->body_dirty = TRUE;
  set_save_state_internal (self, BYLINE_SAVE_STATE_EDITED);
  _byline_editor_queue_cursor_visible (self);
}

static void
headline_changed_cb (BylineEditor  *self,
                     GtkTextBuffer *buffer)
{
  update_placeholders (self);
  update_headline_meter (self);
  _byline_editor_queue_layout (self);

  if (self->loading || self->article == NULL)
    return;

  {
    g_autofree char *text = buffer_dup_text (buffer);

    self->updating_article = TRUE;
    if (buffer == gtk_text_view_get_buffer (self->headline_view))
      byline_article_set_headline (self->article, text);
    else
      byline_article_set_standfirst (self->article, text);
    self->updating_article = FALSE;
  }

  set_save_state_internal (self, BYLINE_SAVE_STATE_EDITED);
  g_signal_emit (self, signals[EDITED], 0);
}

/* Headlines and standfirsts are single paragraphs: pasted line breaks become
 * spaces. */
static void
single_line_insert_text_cb (GtkTextBuffer *buffer,
                            GtkTextIter   *location,
                            const char    *text,
                            int            len,
                            gpointer       user_data)
{
  g_autofree char *flat = NULL;

  if (memchr (text, '\n', len) == NULL && memchr (text, '\r', len) == NULL)
    return;

  g_signal_stop_emission_by_name (buffer, "insert-text");
  flat = g_strndup (text, len);
  g_strdelimit (flat, "\r\n", ' ');
  gtk_text_buffer_insert (buffer, location, flat, -1);
}

/* Enter in the headline moves on to the standfirst, and from there to the
 * body, as a journalist expects in a form. */
static gboolean
field_key_pressed_cb (GtkEventControllerKey *controller,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      BylineEditor          *self)
{
  GtkWidget *view = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return FALSE;

  if (view == GTK_WIDGET (self->headline_view))
    gtk_widget_grab_focus (GTK_WIDGET (self->standfirst_view));
  else
    byline_editor_focus_body (self);

  return TRUE;
}

/* Escape in the body closes an open find bar, as it does in the bar */
static gboolean
body_key_pressed_cb (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     BylineEditor          *self)
{
  if (keyval != GDK_KEY_Escape || !byline_search_bar_get_open (self->search_bar))
    return FALSE;

  byline_search_bar_close (self->search_bar);
  return TRUE;
}

static void
load_buffer (BylineEditor  *self,
             GtkTextBuffer *buffer,
             const char    *text,
             gboolean       undoable)
{
  if (buffer_has_text (buffer, text))
    return;

  self->loading = TRUE;
  if (undoable)
    {
      GtkTextIter start, end;

      /* gtk_text_buffer_set_text() cannot be undone: replace by hand */
      gtk_text_buffer_begin_user_action (buffer);
      gtk_text_buffer_get_bounds (buffer, &start, &end);
      gtk_text_buffer_delete (buffer, &start, &end);
      gtk_text_buffer_insert (buffer, &start, text, -1);
      gtk_text_buffer_end_user_action (buffer);
    }
  else
    gtk_text_buffer_set_text (buffer, text, -1);
  self->loading = FALSE;

  /* (edits made while loading are not counted one by one) */
  if (buffer == gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->body_view)))
    _byline_editor_body_recount (self, text);
}

static void
load_article (BylineEditor *self,
              gboolean      undoable)
{
  GtkTextBuffer *body = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->body_view));
  GtkTextIter start;

  /* Direction first: GtkTextView lays the text out again for it */
  _byline_editor_update_direction (self);
  load_buffer (self, gtk_text_view_get_buffer (self->headline_view),
               self->article ? byline_article_get_headline (self->article) : "", undoable);
  load_buffer (self, gtk_text_view_get_buffer (self->standfirst_view),
               self->article ? byline_article_get_standfirst (self->article) : "", undoable);
  load_buffer (self, body, self->article ? byline_article_get_body (self->article) : "", undoable);

  if (!undoable)
    {
      gtk_text_buffer_get_start_iter (body, &start);
      gtk_text_buffer_select_range (body, &start, &start);
    }

  self->body_dirty = FALSE;
  flush_body (self);
  update_placeholders (self);
  update_headline_meter (self);
  _byline_editor_queue_relayout (self);
  byline_spell_checker_set_language (self->spell_checker,
                                     self->article ? byline_article_get_language (self->article) : NULL);
}

static void
article_notify_cb (BylineEditor  *self,
                   GParamSpec    *pspec,
                   BylineArticle *article)
{
  const char *name = g_param_spec_get_name (pspec);

  if (self->updating_article)
    return;

  if (g_str_equal (name, "headline"))
    load_buffer (self, gtk_text_view_get_buffer (self->headline_view),
                 byline_article_get_headline (article), TRUE);
  else if (g_str_equal (name, "standfirst"))
    load_buffer (self, gtk_text_view_get_buffer (self->standfirst_view),
                 byline_article_get_standfirst (article), TRUE);
  else if (g_str_equal (name, "body"))
    {
      /* Someone else (an import, a restore) replaced the body: it wins over
       * any edit not yet flushed. */
      self->body_dirty = FALSE;
      load_buffer (self, gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->body_view)),
                   byline_article_get_body (article), TRUE);
      flush_body (self);
    }
  else if (g_str_equal (name, "language"))
    {
      byline_spell_checker_set_language (self->spell_checker, byline_article_get_language (article));
      _byline_editor_update_direction (self);
    }
  else if (g_str_equal (name, "direction"))
    _byline_editor_update_direction (self);
}

static void
settings_changed_cb (BylineEditor *self,
                     const char   *key,
                     GSettings    *settings)
{
  if (g_str_equal (key, "headline-limit"))
    update_headline_meter (self);
  else if (g_str_equal (key, "use-system-font") || g_str_equal (key, "editor-font"))
    _byline_editor_update_font (self);
}

static void
byline_editor_dispose (GObject *object)
{
  BylineEditor *self = (BylineEditor *)object;

  if (self->article != NULL)
    {
      byline_editor_sync_to_article (self);
      g_signal_handlers_disconnect_by_func (self->article, article_notify_cb, self);
      g_clear_object (&self->article);
    }
  g_clear_handle_id (&self->count_source, g_source_remove);
  _byline_editor_style_dispose (self);
  _byline_editor_body_dispose (self);

  /* AdwBin's dispose unparents the template's root, and with it every
   * template child; gtk_widget_dispose_template() would free them under
   * AdwBin's feet. */

  g_clear_object (&self->spell_checker);

  G_OBJECT_CLASS (byline_editor_parent_class)->dispose (object);
}

static void
byline_editor_finalize (GObject *object)
{
  BylineEditor *self = (BylineEditor *)object;

  g_clear_object (&self->settings);
  g_clear_object (&self->interface_settings);
  g_free (self->stats_text);

  G_OBJECT_CLASS (byline_editor_parent_class)->finalize (object);
}

static void
byline_editor_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BylineEditor *self = BYLINE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;

    case PROP_WORD_COUNT:
      g_value_set_uint (value, self->word_count);
      break;

    case PROP_SAVE_STATE:
      g_value_set_int (value, self->save_state);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_editor_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BylineEditor *self = BYLINE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      byline_editor_set_article (self, g_value_get_object (value));
      break;

    case PROP_SAVE_STATE:
      byline_editor_set_save_state (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_editor_class_init (BylineEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  byline_ui_ensure_resources ();
  g_type_ensure (BYLINE_TYPE_SEARCH_BAR);
  g_type_ensure (BYLINE_TYPE_SOURCE_VIEW);
  g_type_ensure (BYLINE_TYPE_TEXT_VIEW);

  object_class->dispose = byline_editor_dispose;
  object_class->finalize = byline_editor_finalize;
  object_class->get_property = byline_editor_get_property;
  object_class->set_property = byline_editor_set_property;

  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL, BYLINE_TYPE_ARTICLE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_WORD_COUNT] =
    g_param_spec_uint ("word-count", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SAVE_STATE] =
    g_param_spec_int ("save-state", NULL, NULL,
                      BYLINE_SAVE_STATE_SAVED, BYLINE_SAVE_STATE_EDITED, BYLINE_SAVE_STATE_SAVED,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BylineEditor::edited:
   *
   * The user changed the headline, standfirst or body, and the article
   * already holds the change: the hook for autosave.
   */
  signals[EDITED] = g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/byline-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineEditor, search_bar);
  gtk_widget_class_bind_template_child (widget_class, BylineEditor, scroller);
  gtk_widget_class_bind_template_child (widget_class, BylineEditor, header_holder);
  gtk_widget_class_bind_template_child (widget_class, BylineEditor, header_box);
  gtk_widget_class_bind_template_child (widget_class, BylineEditor, headline_view);
  gtk_widget_class_bind_template_child (widget_class, BylineEditor, headline_placeholder);
  gtk_widget_class_bind_template_child (widget_class, BylineEditor, headline_meter);
  gtk_widget_class_bind_template_child (widget_class, BylineEditor, headline_count_label);
  gtk_widget_class_bind_template_child (widget_class, BylineEditor, standfirst_view);
  gtk_widget_class_bind_template_child (widget_class, BylineEditor, standfirst_placeholder);
  gtk_widget_class_bind_template_child (widget_class, BylineEditor, body_view);
  gtk_widget_class_bind_template_child (widget_class, BylineEditor, stats_label);
  gtk_widget_class_bind_template_child (widget_class, BylineEditor, save_state_label);

  gtk_widget_class_set_css_name (widget_class, "bylineeditor");
}

static void
byline_editor_init (BylineEditor *self)
{
  GtkTextView *single_line[2];

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The header fields scroll with the body, as an overlay in its text */
  g_object_ref (self->header_box);
  gtk_box_remove (GTK_BOX (self->header_holder), self->header_box);
  gtk_text_view_add_overlay (GTK_TEXT_VIEW (self->body_view), self->header_box, 0, 0);
  g_object_unref (self->header_box);

  single_line[0] = self->headline_view;
  single_line[1] = self->standfirst_view;

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed",
                           G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);

  for (guint i = 0; i < G_N_ELEMENTS (single_line); i++)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (single_line[i]);
      GtkEventController *keys = gtk_event_controller_key_new ();

      g_signal_connect (buffer, "insert-text", G_CALLBACK (single_line_insert_text_cb), self);
      g_signal_connect_object (buffer, "changed", G_CALLBACK (headline_changed_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
      g_signal_connect (keys, "key-pressed", G_CALLBACK (field_key_pressed_cb), self);
      gtk_widget_add_controller (GTK_WIDGET (single_line[i]), keys);
    }

  g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->body_view)), "changed",
                           G_CALLBACK (body_changed_cb), self, G_CONNECT_SWAPPED);
  _byline_editor_body_init (self);
  {
    GtkEventController *keys = gtk_event_controller_key_new ();

    g_signal_connect (keys, "key-pressed", G_CALLBACK (body_key_pressed_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->body_view), keys);
  }

  self->spell_checker = byline_spell_checker_new ();
  g_settings_bind (self->settings, "spell-checking", self->spell_checker, "enabled",
                   G_SETTINGS_BIND_GET);
  byline_spell_checker_attach (self->spell_checker, self->headline_view);
  byline_spell_checker_attach (self->spell_checker, self->standfirst_view);
  byline_spell_checker_attach (self->spell_checker, GTK_TEXT_VIEW (self->body_view));

  /* The search context takes its match style from the buffer's scheme */
  _byline_editor_style_init (self);
  byline_search_bar_set_view (self->search_bar, self->body_view);

  self->save_state = BYLINE_SAVE_STATE_EDITED;
  set_save_state_internal (self, BYLINE_SAVE_STATE_SAVED);
  update_placeholders (self);
  update_headline_meter (self);
  update_stats_label (self);
}

BylineEditor *
byline_editor_new (void)
{
  return g_object_new (BYLINE_TYPE_EDITOR, NULL);
}

/**
 * byline_editor_get_article:
 *
 * Returns: (transfer none) (nullable): the article being edited
 */
BylineArticle *
byline_editor_get_article (BylineEditor *self)
{
  g_return_val_if_fail (BYLINE_IS_EDITOR (self), NULL);

  return self->article;
}

/**
 * byline_editor_set_article:
 * @article: (nullable): the article to edit
 *
 * Fills the fields from @article and from then on writes edits into it
 * (headline and standfirst at once, the body when typing pauses or
 * byline_editor_sync_to_article() is called). Changes made to @article by
 * others show up in the fields, undoably.
 */
void
byline_editor_set_article (BylineEditor  *self,
                           BylineArticle *article)
{
  g_return_if_fail (BYLINE_IS_EDITOR (self));
  g_return_if_fail (!article || BYLINE_IS_ARTICLE (article));

  if (self->article == article)
    return;

  if (self->article != NULL)
    {
      byline_editor_sync_to_article (self);
      g_signal_handlers_disconnect_by_func (self->article, article_notify_cb, self);
    }

  g_set_object (&self->article, article);

  if (article != NULL)
    g_signal_connect_object (article, "notify", G_CALLBACK (article_notify_cb), self,
                             G_CONNECT_SWAPPED);

  load_article (self, FALSE);
  self->save_state = BYLINE_SAVE_STATE_EDITED;
  set_save_state_internal (self, BYLINE_SAVE_STATE_SAVED);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}

/**
 * byline_editor_sync_to_article:
 *
 * Writes any body edit still waiting for a pause in typing into the
 * article. Call it before saving or closing.
 */
void
byline_editor_sync_to_article (BylineEditor *self)
{
  g_return_if_fail (BYLINE_IS_EDITOR (self));

  if (self->body_dirty || self->count_source != 0)
    flush_body (self);
}

GtkTextView *
byline_editor_get_headline_view (BylineEditor *self)
{
  g_return_val_if_fail (BYLINE_IS_EDITOR (self), NULL);

  return self->headline_view;
}

GtkTextView *
byline_editor_get_standfirst_view (BylineEditor *self)
{
  g_return_val_if_fail (BYLINE_IS_EDITOR (self), NULL);

  return self->standfirst_view;
}

GtkSourceView *
byline_editor_get_body_view (BylineEditor *self)
{
  g_return_val_if_fail (BYLINE_IS_EDITOR (self), NULL);

  return self->body_view;
}

BylineSearchBar *
byline_editor_get_search_bar (BylineEditor *self)
{
  g_return_val_if_fail (BYLINE_IS_EDITOR (self), NULL);

  return self->search_bar;
}

BylineSpellChecker *
byline_editor_get_spell_checker (BylineEditor *self)
{
  g_return_val_if_fail (BYLINE_IS_EDITOR (self), NULL);

  return self->spell_checker;
}

guint
byline_editor_get_word_count (BylineEditor *self)
{
  g_return_val_if_fail (BYLINE_IS_EDITOR (self), 0);

  return self->word_count;
}

guint
byline_editor_get_char_count (BylineEditor *self)
{
  g_return_val_if_fail (BYLINE_IS_EDITOR (self), 0);

  return self->char_count;
}

/**
 * byline_editor_get_reading_minutes:
 *
 * Returns: the body's reading time at %BYLINE_READING_WORDS_PER_MINUTE,
 *   rounded up to whole minutes (0 for an empty body)
 */
guint
byline_editor_get_reading_minutes (BylineEditor *self)
{
  g_return_val_if_fail (BYLINE_IS_EDITOR (self), 0);

  return (self->word_count + BYLINE_READING_WORDS_PER_MINUTE - 1) / BYLINE_READING_WORDS_PER_MINUTE;
}

const char *
byline_editor_get_stats_text (BylineEditor *self)
{
  g_return_val_if_fail (BYLINE_IS_EDITOR (self), NULL);

  return self->stats_text;
}

BylineSaveState
byline_editor_get_save_state (BylineEditor *self)
{
  g_return_val_if_fail (BYLINE_IS_EDITOR (self), BYLINE_SAVE_STATE_SAVED);

  return self->save_state;
}

void
byline_editor_set_save_state (BylineEditor    *self,
                              BylineSaveState  state)
{
  g_return_if_fail (BYLINE_IS_EDITOR (self));
  g_return_if_fail (state <= BYLINE_SAVE_STATE_EDITED);

  set_save_state_internal (self, state);
}

const char *
byline_editor_get_save_state_text (BylineEditor *self)
{
  g_return_val_if_fail (BYLINE_IS_EDITOR (self), NULL);

  switch (self->save_state)
    {
    case BYLINE_SAVE_STATE_SAVING:
      return _("Saving…");
    case BYLINE_SAVE_STATE_EDITED:
      return _("Edited");
    case BYLINE_SAVE_STATE_SAVED:
    default:
      return _("Saved");
    }
}

/**
 * byline_editor_get_headline_fraction:
 *
 * Returns: the headline's length as a fraction of the house limit, capped
 *   at 1 (what the length meter shows)
 */
double
byline_editor_get_headline_fraction (BylineEditor *self)
{
  g_return_val_if_fail (BYLINE_IS_EDITOR (self), 0);

  return gtk_level_bar_get_value (self->headline_meter);
}

void
byline_editor_focus_body (BylineEditor *self)
{
  g_return_if_fail (BYLINE_IS_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->body_view));
}

