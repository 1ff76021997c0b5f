/* byline-test-ui.h: helpers shared by the UI tests
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <gtksourceview/gtksource.h>
#include <stdlib.h>
#include <string.h>

#include "byline-article.h"

G_BEGIN_DECLS

/* Initialises GTK and libadwaita for a test, or skips (a TAP SKIP plan) when there
 * is no display — unless BYLINE_REQUIRE_DISPLAY is set, as build-aux/check
 * sets it, so that CI can never skip the UI suite silently. */
static inline void
byline_test_ui_init (int    *argc,
                     char ***argv)
{
  g_autofree char *data_dirs = g_strdup (g_getenv ("XDG_DATA_DIRS"));

  /* Isolation gives each test private user dirs, but it also empties the
   * system data dirs, where icon themes and the MIME database (which image
   * loading sniffs with) live: restore those. */
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_setenv ("XDG_DATA_DIRS", data_dirs ? data_dirs : "/usr/local/share:/usr/share", TRUE);

  if (!gtk_init_check ())
    {
      if (g_getenv ("BYLINE_REQUIRE_DISPLAY") != NULL)
        g_error ("No display, but BYLINE_REQUIRE_DISPLAY is set");
      /* A TAP plan of zero tests with a SKIP directive */
      g_print ("1..0 # SKIP no display\n");
      exit (0);
    }

  adw_init ();

  /* GLib cached the isolated (empty) system data dirs before they were
   * restored above: point GtkSourceView at the restored ones, where its
   * style schemes and language definitions live. */
  {
    g_auto(GStrv) dirs = g_strsplit (data_dirs ? data_dirs : "/usr/local/share:/usr/share", ":", -1);
    GtkSourceStyleSchemeManager *schemes = gtk_source_style_scheme_manager_get_default ();
    GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();
    g_autoptr(GPtrArray) language_dirs = g_ptr_array_new_with_free_func (g_free);

    for (guint i = 0; dirs[i] != NULL; i++)
      {
        g_autofree char *styles = g_build_filename (dirs[i], "gtksourceview-5", "styles", NULL);

        gtk_source_style_scheme_manager_append_search_path (schemes, styles);
        g_ptr_array_add (language_dirs, g_build_filename (dirs[i], "gtksourceview-5", "language-specs", NULL));
      }
    g_ptr_array_add (language_dirs, NULL);
    gtk_source_language_manager_set_search_path (languages, (const char * const *) language_dirs->pdata);
  }
}

/* How long a wait for what must happen may take: long, for an X server
 * starved by what runs beside the UI suite (build-aux/check runs the
 * integration suite beside it); a wait that succeeds returns at once */
#define BYLINE_TEST_WAIT_MS 30000

/* Spins the main context until @condition holds or @timeout_ms passes. */
#define byline_test_wait_until(condition, timeout_ms)                         \
  G_STMT_START {                                                              \
    gint64 _deadline = g_get_monotonic_time () + (timeout_ms) * 1000;         \
    while (!(condition) && g_get_monotonic_time () < _deadline)               \
      g_main_context_iteration (NULL, FALSE);                                 \
  } G_STMT_END

/* Renders @widget to a PNG under the build dir's test-artifacts/ folder and
 * returns its path. */
static inline char *
byline_test_save_screenshot (GtkWidget  *widget,
                             const char *name)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *file = NULL;
  GskRenderer *renderer;
  int width, height;

  gtk_test_widget_wait_for_draw (widget);

  paintable = gtk_widget_paintable_new (widget);
  width = gdk_paintable_get_intrinsic_width (paintable);
  height = gdk_paintable_get_intrinsic_height (paintable);
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  /* (a window whose content changed since its last frame, an error
   * message shown in a dialog, has no render node until its next frame:
   * wait for it, a few frames at most) */
  for (guint frame = 0; node == NULL && frame < 10; frame++)
    {
      if (frame > 0)
        gtk_test_widget_wait_for_draw (widget);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_nonnull (texture);

  dir = g_build_filename (g_getenv ("BYLINE_BUILD_ROOT") ? g_getenv ("BYLINE_BUILD_ROOT") : ".",
                          "test-artifacts", NULL);
  g_mkdir_with_parents (dir, 0755);
  file = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, file));

  return g_steal_pointer (&file);
}

typedef gboolean (*BylineTestWidgetPredicate) (GtkWidget     *widget,
                                               gconstpointer  data);

/* The first widget under @root (depth first, @root itself left out) that
 * @predicate accepts, or NULL */
static inline GtkWidget *
byline_test_find_widget (GtkWidget                 *root,
                         BylineTestWidgetPredicate  predicate,
                         gconstpointer              data)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = predicate (child, data) ? child : byline_test_find_widget (child, predicate, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Predicates for byline_test_find_widget(): a label whose text is @text,
 * or holds it */
static inline gboolean
byline_test_label_is (GtkWidget     *widget,
                      gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static inline gboolean
byline_test_label_contains (GtkWidget     *widget,
                            gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

/* GTK 4.8 has no public way to synthesise a key event (there is no
 * gtk_test_widget_send_key in GTK 4). Keyboard shortcuts are tested through
 * the real binding path instead: find the GtkShortcut that @widget's
 * shortcut controllers hold for @trigger (e.g. "F9", "<Control>f") and
 * activate its action as the controller does when the key arrives. Returns
 * whether such a shortcut exists and ran. */
static inline gboolean
byline_test_activate_shortcut (GtkWidget  *widget,
                               const char *trigger)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  guint n = g_list_model_get_n_items (controllers);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      guint n_shortcuts;

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      n_shortcuts = g_list_model_get_n_items (G_LIST_MODEL (controller));
      for (guint j = 0; j < n_shortcuts; j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *str = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_strcmp0 (str, trigger) == 0)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                 GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }

  return FALSE;
}

/* Delivers a key press to @widget's GtkEventControllerKey handlers, the
 * path a real key event takes after GTK's event dispatch. Returns whether
 * a handler consumed it. */
static inline gboolean
byline_test_send_key (GtkWidget       *widget,
                      guint            keyval,
                      GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  guint n = g_list_model_get_n_items (controllers);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      gboolean handled = FALSE;

      if (!GTK_IS_EVENT_CONTROLLER_KEY (controller))
        continue;

      g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
      if (handled)
        return TRUE;
    }

  return FALSE;
}

/* Whether @trigger (a key, or alternatives of keys) fires for a key press */
static inline gboolean
byline_test_trigger_matches (GtkShortcutTrigger *trigger,
                             guint               keyval,
                             GdkModifierType     state)
{
  if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    return byline_test_trigger_matches (gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)), keyval, state) ||
           byline_test_trigger_matches (gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)), keyval, state);
  return GTK_IS_KEYVAL_TRIGGER (trigger) &&
         gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == gdk_keyval_to_lower (keyval) &&
         gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == (state & gtk_accelerator_get_default_mod_mask ());
}

/* Runs @widget's key and shortcut controllers of @phase for a key press
 * (@also_target: those of GTK_PHASE_TARGET too). */
static inline gboolean
byline_test_key_in_phase (GtkWidget       *widget,
                          GtkPropagationPhase phase,
                          gboolean         also_target,
                          guint            keyval,
                          GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  guint n = g_list_model_get_n_items (controllers);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      GtkPropagationPhase p = gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (controller));
      gboolean handled = FALSE;

      if (p != phase && !(also_target && p == GTK_PHASE_TARGET))
        continue;
      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        {
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
          if (handled)
            return TRUE;
        }
      else if (GTK_IS_SHORTCUT_CONTROLLER (controller))
        {
          guint n_shortcuts = g_list_model_get_n_items (G_LIST_MODEL (controller));

          for (guint j = 0; j < n_shortcuts; j++)
            {
              g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
              if (byline_test_trigger_matches (gtk_shortcut_get_trigger (shortcut), keyval, state) &&
                  gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                widget, gtk_shortcut_get_arguments (shortcut)))
                return TRUE;
            }
        }
    }

  return FALSE;
}

/* Delivers a key press to @target (the focus widget) the way GTK
 * propagates it: the controllers of the capture phase from the toplevel
 * down to @target, then @target's own, then the bubble phase back up,
 * until one handles it. Returns whether one did. */
static inline gboolean
byline_test_dispatch_key (GtkWidget       *target,
                          guint            keyval,
                          GdkModifierType  state)
{
  g_autoptr(GPtrArray) path = g_ptr_array_new ();

  for (GtkWidget *w = target; w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_insert (path, 0, w);
  for (guint i = 0; i < path->len; i++)
    if (byline_test_key_in_phase (path->pdata[i], GTK_PHASE_CAPTURE, FALSE, keyval, state))
      return TRUE;
  for (guint i = path->len; i-- > 0;)
    if (byline_test_key_in_phase (path->pdata[i], GTK_PHASE_BUBBLE, path->pdata[i] == target, keyval, state))
      return TRUE;

  return FALSE;
}

/* An example story as a BylineArticle, fields set straight from the text
 * (byline, headline, date line, dateline place, lede as standfirst, short
 * unpunctuated lines as `##` subheadings), up to the site's comment form.
 * The real importer lives in core; this only gives the UI tests a story. */
static inline BylineArticle *
byline_test_load_example (const char *name,
                          const char *language)
{
  g_autofree char *path = g_build_filename (g_getenv ("BYLINE_EXAMPLES"), name, NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) paragraphs = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  BylineArticle *article = byline_article_new ();
  const char *bylines[2] = { NULL, NULL };
  const char *dash;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  paragraphs = g_regex_split_simple ("\\n\\s*\\n", text, 0, 0);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_strstrip (paragraphs[i]);
      if (paragraphs[i][0] == '\0')
        continue;
      /* The comment form ends the story */
      if (g_str_has_prefix (paragraphs[i], "Leave a Comment") || g_str_has_prefix (paragraphs[i], "دیدگاه"))
        break;
      g_ptr_array_add (kept, paragraphs[i]);
    }
  g_assert_cmpuint (kept->len, >, 5);

  byline_article_set_language (article, language);
  bylines[0] = g_ptr_array_index (kept, 0);
  if (g_str_has_prefix (bylines[0], "By "))
    bylines[0] += 3;
  byline_article_set_bylines (article, bylines);
  byline_article_set_headline (article, g_ptr_array_index (kept, 1));
  byline_article_set_standfirst (article, g_ptr_array_index (kept, 3));
  dash = strstr (g_ptr_array_index (kept, 3), " – ");
  if (dash != NULL)
    {
      g_autofree char *place = g_strndup (g_ptr_array_index (kept, 3), dash - (char *) g_ptr_array_index (kept, 3));

      byline_article_set_dateline (article, place);
    }

  for (guint i = 4; i < kept->len; i++)
    {
      const char *p = g_ptr_array_index (kept, i);
      gunichar last = g_utf8_get_char (g_utf8_prev_char (p + strlen (p)));

      if (body->len > 0)
        g_string_append (body, "\n\n");
      if (g_utf8_strlen (p, -1) < 60 && !g_unichar_ispunct (last))
        g_string_append (body, "## ");
      g_string_append (body, p);
    }
  byline_article_set_body (article, body->str);

  return article;
}

G_END_DECLS
