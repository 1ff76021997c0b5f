/* test-rel-preview.c: no request leaves the preview for a planted URL
 *
 * Renders hostile posts (rel-hostile-gen.h: images, links, CSS url(),
 * @import, iframes, <base>, meta refresh … all pointing at a local
 * "beacon" SoupServer) with byline_article_render_preview_html() and loads
 * the result into a WebKitGTK 6 WebView with JavaScript off, as the
 * preview is meant to run, then waits past load-finished. The beacon must
 * receive zero requests. A control page that is not Byline's output (the
 * same image without the preview's Content-Security-Policy) must reach
 * the beacon, so the harness provably sees loads.
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <webkit/webkit.h>

#include "rel-common.h"
#include "rel-hostile-gen.h"

#define N_PAGES 60

static guint beacon_hits;

static void
beacon_cb (SoupServer        *server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  beacon_hits++;
  g_test_message ("beacon hit: %s", path);
  soup_server_message_set_status (msg, 200, NULL);
  soup_server_message_set_response (msg, "image/png", SOUP_MEMORY_STATIC, "", 0);
}

static void
load_changed_cb (WebKitWebView   *view,
                 WebKitLoadEvent  event,
                 gpointer         user_data)
{
  if (event == WEBKIT_LOAD_FINISHED)
    *(gboolean *) user_data = TRUE;
}

static void
load_and_settle (WebKitWebView *view,
                 const char    *html)
{
  gboolean finished = FALSE;
  gulong id = g_signal_connect (view, "load-changed", G_CALLBACK (load_changed_cb), &finished);
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  gint64 settle;

  /* A file: base as the app's preview has (local images), not http. */
  webkit_web_view_load_html (view, html, "file:///");
  while (!finished && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  /* WebKit's web process once stalled for 20 s on a busy CI machine (one
   * page in 60, in one run of many): load the page again, once. A page
   * that never finishes still fails, and the beacon counts every try. */
  if (!finished)
    {
      g_test_message ("load did not finish in 20 s: loading the page again");
      webkit_web_view_stop_loading (view);
      /* (the stopped load finishes too: wait for it before the new one) */
      deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
      while (!finished && g_get_monotonic_time () < deadline)
        g_main_context_iteration (NULL, TRUE);
      finished = FALSE;
      deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
      webkit_web_view_load_html (view, html, "file:///");
      while (!finished && g_get_monotonic_time () < deadline)
        g_main_context_iteration (NULL, TRUE);
    }
  g_assert_true (finished);
  /* Late loads (meta refresh, lazy images, CSS) get time to show up. */
  settle = g_get_monotonic_time () + 150 * 1000;
  while (g_get_monotonic_time () < settle)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
  g_signal_handler_disconnect (view, id);
}

static void
test_no_beacon (void)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GSList) uris = NULL;
  g_autofree char *beacon = NULL;
  g_autofree char *control = NULL;
  WebKitSettings *settings;
  WebKitWebView *view;
  GtkWidget *window;
  guint pages = 0;

  soup_server_add_handler (server, NULL, beacon_cb, NULL, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  beacon = g_strdup_printf ("http://127.0.0.1:%d/beacon", g_uri_get_port (uris->data));

  view = WEBKIT_WEB_VIEW (webkit_web_view_new ());
  settings = webkit_web_view_get_settings (view);
  webkit_settings_set_enable_javascript (settings, FALSE);
  webkit_settings_set_enable_javascript_markup (settings, FALSE);
  webkit_settings_set_auto_load_images (settings, TRUE);
  webkit_settings_set_enable_page_cache (settings, FALSE);
  window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_present (GTK_WINDOW (window));

  /* Control: without the preview's CSP the image does load. */
  control = g_strdup_printf ("<!DOCTYPE html><html><body><img src=\"%s/control.png\"></body></html>", beacon);
  load_and_settle (view, control);
  {
    gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

    while (beacon_hits == 0 && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, FALSE), g_usleep (5000);
  }
  rel_figure ("preview.control_requests", "%u", beacon_hits);
  g_assert_cmpuint (beacon_hits, >, 0);
  beacon_hits = 0;

  for (guint i = 0; i < N_PAGES; i++)
    {
      RelHostileItem item;
      g_autoptr(BylineArticle) article = NULL;
      g_autofree char *html = NULL;

      /* Small items only: the 1 MB ones are the converters' business. */
      rel_hostile_item (i * 2 + 1, beacon, &item);
      article = byline_html_import_post (item.title, item.content, NULL, NULL);
      if (article != NULL)
        {
          byline_article_set_image_path (article, beacon);
          html = byline_article_render_preview_html (article, NULL, NULL, NULL);
          g_assert_nonnull (html);
          load_and_settle (view, html);
          pages++;
        }
      rel_hostile_item_clear (&item);
    }

  rel_figure ("preview.pages", "%u", pages);
  rel_figure ("preview.beacon_requests", "%u", beacon_hits);
  g_assert_cmpuint (pages, >=, N_PAGES / 2);
  g_assert_cmpuint (beacon_hits, ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  soup_server_disconnect (server);
}

/* WebKit runs its web process in a bubblewrap sandbox, which needs user
 * namespaces; containers (this CI) often deny them and the web process
 * then dies at start. The sandbox confines what a compromised web process
 * can touch on disk; it does not decide which loads happen (the CSP and
 * the settings do, in the web and network processes either way), so
 * without namespaces the test runs unsandboxed and says so. */
static int
probe_main (void)
{
  WebKitWebView *view;

  if (!gtk_init_check ())
    return 1;
  view = WEBKIT_WEB_VIEW (g_object_ref_sink (webkit_web_view_new ()));
  load_and_settle (view, "<p>probe</p>");
  return 0;
}

static const char *
sandbox_state (const char *self)
{
  g_autoptr(GSubprocess) probe = NULL;

  /* Whether WebKit's own sandbox starts here: a child tries it. */
  probe = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, NULL,
                            self, "--probe-sandbox", NULL);
  if (probe != NULL && g_subprocess_wait_check (probe, NULL, NULL))
    return "on";
  g_setenv ("WEBKIT_DISABLE_SANDBOX_THIS_IS_DANGEROUS", "1", TRUE);
  return "off (WebKit's bubblewrap sandbox cannot start in this container)";
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 2 && g_str_equal (argv[1], "--probe-sandbox"))
    return probe_main ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  rel_figure ("preview.sandbox", "%s", sandbox_state (argv[0]));
  if (!gtk_init_check ())
    {
      if (g_getenv ("BYLINE_REQUIRE_DISPLAY") != NULL)
        g_error ("No display for the WebKit preview test (DISPLAY=%s)", g_getenv ("DISPLAY"));
      g_test_skip ("No display: run build-aux/reliability");
      return g_test_run ();
    }

  g_test_add_func ("/reliability/preview/no-request-for-planted-urls", test_no_beacon);

  return g_test_run ();
}
