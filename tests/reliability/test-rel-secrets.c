/* test-rel-secrets.c: the application password is nowhere but the keyring
 *
 * Adds an account the way Byline does (the account row in the store, the
 * password in a private gnome-keyring through libsecret), then talks to
 * the real WordPress of build-aux/wordpress with it: verify, create a post,
 * read it back, list comments, delete the post. With G_MESSAGES_DEBUG=all
 * every log message is captured; GSettings uses the keyfile backend in the
 * test's own config dir. Then it searches for the password (as typed,
 * without its spaces, and as the base64 of a Basic auth header):
 *   - the database file and its -wal and -shm (the store still open),
 *   - the GSettings keyfile and a dump of every key of the app's schema,
 *   - the captured logs,
 *   - the environment and command line of a `byline` process started
 *     without BYLINE_PASSWORD, read from /proc while it runs.
 * Credentials after a redirect to another origin: see
 * /cms-faults/redirect-other-origin in tests/core/test-cms-faults.c.
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rel-common.h"
#include "byline-test-keyring.h"

static GString *captured_logs;
static const char *needles[3];

static GLogWriterOutput
capture_writer (GLogLevelFlags   level,
                const GLogField *fields,
                gsize            n_fields,
                gpointer         user_data)
{
  for (gsize i = 0; i < n_fields; i++)
    {
      g_string_append (captured_logs, fields[i].key);
      g_string_append_c (captured_logs, '=');
      if (fields[i].length < 0)
        g_string_append (captured_logs, fields[i].value);
      else
        g_string_append_len (captured_logs, fields[i].value, fields[i].length);
      g_string_append_c (captured_logs, '\n');
    }
  return G_LOG_WRITER_HANDLED;
}

static guint
hits_in (const char *what,
         const char *data,
         gsize       len)
{
  guint hits = 0;

  for (guint i = 0; i < G_N_ELEMENTS (needles); i++)
    hits += rel_count_hits (data, len, needles[i]);
  g_test_message ("%s: %" G_GSIZE_FORMAT " bytes searched, %u hits", what, len, hits);
  return hits;
}

static guint
hits_in_file (const char *path,
              gboolean    must_exist)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &data, &len, NULL))
    {
      g_assert_false (must_exist);
      return 0;
    }
  return hits_in (path, data, len);
}

static void
talk_to_wordpress (const char *url,
                   const char *user)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineCmsWordpress) cms = NULL;
  g_autoptr(BylineCmsUser) me = NULL;
  g_autoptr(BylineCmsPost) post = byline_cms_post_new ();
  g_autoptr(BylineCmsPost) created = NULL;
  g_autoptr(BylineCmsPost) deleted = NULL;
  g_autoptr(BylineCmsQuery) query = byline_cms_query_new ();
  g_autoptr(GPtrArray) comments = NULL;
  GAsyncResult *result = NULL;
  char *password;

  /* As the app gets it: keyring first, BYLINE_PASSWORD (unset) second. */
  password = byline_secrets_get_password ("site", url, user, NULL, &error);
  g_assert_no_error (error);
  cms = byline_cms_wordpress_new (url, user, password);
  byline_secrets_password_free (password);

  byline_cms_verify_account_async (BYLINE_CMS (cms), NULL, cms_test_result_cb, &result);
  me = byline_cms_verify_account_finish (BYLINE_CMS (cms), cms_test_wait (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (me->slug, ==, user);
  g_clear_object (&result);

  post->title = g_strdup ("Secrets check");
  post->content = g_strdup ("<p>Nothing to see.</p>");
  post->status = g_strdup ("draft");
  byline_cms_create_post_async (BYLINE_CMS (cms), post, NULL, cms_test_result_cb, &result);
  created = byline_cms_create_post_finish (BYLINE_CMS (cms), cms_test_wait (&result), &error);
  g_assert_no_error (error);
  g_clear_object (&result);

  query->per_page = 10;
  query->page = 1;
  query->edit_context = TRUE;
  byline_cms_list_comments_async (BYLINE_CMS (cms), query, NULL, cms_test_result_cb, &result);
  comments = byline_cms_list_comments_finish (BYLINE_CMS (cms), cms_test_wait (&result), &error);
  g_assert_no_error (error);
  g_clear_object (&result);

  /* An error path too: its message must not carry the password either. */
  byline_cms_get_post_async (BYLINE_CMS (cms), 999999, NULL, NULL, cms_test_result_cb, &result);
  g_assert_null (byline_cms_get_post_finish (BYLINE_CMS (cms), cms_test_wait (&result), &error));
  g_assert_nonnull (error);
  g_debug ("expected error: %s", error->message);
  g_clear_error (&error);
  g_clear_object (&result);

  byline_cms_delete_post_async (BYLINE_CMS (cms), created->id, TRUE, NULL, cms_test_result_cb, &result);
  deleted = byline_cms_delete_post_finish (BYLINE_CMS (cms), cms_test_wait (&result), &error);
  g_assert_no_error (error);
  g_clear_object (&result);
}

static guint
hits_in_child (const char *db)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *environ_path = NULL;
  g_autofree char *cmdline_path = NULL;
  guint hits;

  g_subprocess_launcher_unsetenv (launcher, "BYLINE_PASSWORD");
  /* `new --from -` waits on stdin: the process is alive while we look. */
  child = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("BYLINE"), "--db", db,
                                       "new", "--from", "-", NULL);
  g_assert_no_error (error);
  environ_path = g_strdup_printf ("/proc/%s/environ", g_subprocess_get_identifier (child));
  cmdline_path = g_strdup_printf ("/proc/%s/cmdline", g_subprocess_get_identifier (child));
  hits = hits_in_file (environ_path, TRUE) + hits_in_file (cmdline_path, TRUE);
  g_output_stream_close (g_subprocess_get_stdin_pipe (child), NULL, NULL);
  g_subprocess_wait (child, NULL, &error);
  g_assert_no_error (error);
  return hits;
}

static void
test_password_nowhere (void)
{
  const char *url = g_getenv ("BYLINE_WP_URL");
  const char *user = g_getenv ("BYLINE_WP_EDITOR");
  g_autofree char *password = g_strdup (g_getenv ("BYLINE_WP_EDITOR_PASSWORD"));
  g_autofree char *squeezed = NULL;
  g_autofree char *basic_plain = NULL;
  g_autofree char *basic = NULL;
  g_autofree char *dir = rel_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "byline.db", NULL);
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);
  g_autofree char *keyfile = g_build_filename (g_get_user_config_dir (), "glib-2.0", "settings", "keyfile", NULL);
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(BylineAccount) account = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GString) dump = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) keys = NULL;
  guint db_hits, settings_hits, log_hits, env_hits;

  g_assert_nonnull (password);
  g_assert_cmpuint (strlen (password), >=, 16);
  {
    GString *s = g_string_new (NULL);

    for (const char *p = password; *p; p++)
      if (*p != ' ')
        g_string_append_c (s, *p);
    squeezed = g_string_free (s, FALSE);
  }
  basic_plain = g_strdup_printf ("%s:%s", user, password);
  basic = g_base64_encode ((const guchar *) basic_plain, strlen (basic_plain));
  needles[0] = password;
  needles[1] = squeezed;
  needles[2] = basic;
  /* The harness's own copies go: the app never has them in its env. */
  g_unsetenv ("BYLINE_WP_EDITOR_PASSWORD");
  g_unsetenv ("BYLINE_WP_AUTHOR_PASSWORD");
  g_unsetenv ("BYLINE_PASSWORD");

  /* Adding the account: the row, then the secret. */
  store = byline_store_new (db, NULL, &error);
  g_assert_no_error (error);
  account = byline_account_new ("site", url, NULL, user, "Editor");
  g_assert_true (byline_store_save_account (store, account, &error));
  g_assert_no_error (error);
  g_assert_true (byline_secrets_store_sync ("site", url, user, password, NULL, &error));
  g_assert_no_error (error);

  /* Settings the app keeps, written through the keyfile backend. */
  settings = g_settings_new ("app.byline.Byline");
  g_settings_set_uint (settings, "autosave-interval", 3);
  g_settings_set_boolean (settings, "sidebar-visible", FALSE);
  g_settings_sync ();

  talk_to_wordpress (url, user);

  /* Things the store wrote meanwhile stay in the WAL: read it as it is. */
  db_hits = hits_in_file (db, TRUE) + hits_in_file (wal, FALSE) + hits_in_file (shm, FALSE);

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr(GVariant) value = g_settings_get_value (settings, keys[i]);
      g_autofree char *text = g_variant_print (value, FALSE);

      g_string_append_printf (dump, "%s=%s\n", keys[i], text);
    }
  g_assert_cmpuint (g_strv_length (keys), >=, 5);
  settings_hits = hits_in ("GSettings dump", dump->str, dump->len) + hits_in_file (keyfile, TRUE);

  /* The logs: there must be some, or this checks nothing. */
  g_assert_cmpuint (captured_logs->len, >, 0);
  log_hits = hits_in ("logs", captured_logs->str, captured_logs->len);
  env_hits = hits_in_child (db);

  /* The search itself finds the password where it is put. */
  {
    g_autofree char *planted = g_strdup_printf ("x%sy", basic);

    g_assert_cmpuint (hits_in ("self-check", planted, strlen (planted)), ==, 1);
  }

  rel_figure ("secrets.db_hits", "%u", db_hits);
  rel_figure ("secrets.settings_hits", "%u", settings_hits);
  rel_figure ("secrets.log_hits", "%u", log_hits);
  rel_figure ("secrets.log_bytes", "%" G_GSIZE_FORMAT, captured_logs->len);
  rel_figure ("secrets.child_env_hits", "%u", env_hits);
  g_assert_cmpuint (db_hits, ==, 0);
  g_assert_cmpuint (settings_hits, ==, 0);
  g_assert_cmpuint (log_hits, ==, 0);
  g_assert_cmpuint (env_hits, ==, 0);

  g_assert_true (byline_secrets_clear_sync ("site", url, user, NULL, NULL));
  g_clear_object (&store);
  rel_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before GLib reads them: every debug message, settings on disk. */
  g_setenv ("G_MESSAGES_DEBUG", "all", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  captured_logs = g_string_new (NULL);
  g_log_set_writer_func (capture_writer, NULL, NULL);

  if (g_getenv ("BYLINE_WP_URL") == NULL)
    {
      if (g_getenv ("BYLINE_REQUIRE_WORDPRESS") != NULL)
        g_error ("BYLINE_WP_URL is not set: build-aux/wordpress did not start WordPress");
      g_test_skip ("No WordPress: run build-aux/reliability");
      return g_test_run ();
    }
  if (!start_keyring ())
    g_error ("No D-Bus session bus for the keyring (run through build-aux/reliability)");

  g_test_add_func ("/reliability/secrets/password-nowhere", test_password_nowhere);
  status = g_test_run ();

  stop_keyring ();
  return status;
}
