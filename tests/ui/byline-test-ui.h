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

G_BEGIN_DECLS

/* Initialises GTK and libadwaita for a test, or skips (exit 77) when there
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
      g_printerr ("No display: skipping UI tests\n");
      exit (77);
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

  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
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

G_END_DECLS
