/* test-secrets.c: application passwords in a real Secret Service
 *
 * Runs gnome-keyring-daemon in the test's private D-Bus session (build-aux/
 * check provides one that activates nothing) with a throwaway keyring.
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-core.h"

static GSubprocess *keyring;
static char *keyring_dir;

static void
rm_rf (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;

  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, g_file_info_get_name (info), NULL);

      rm_rf (child);
      g_object_unref (info);
    }
  g_file_delete (file, NULL, NULL);
}

static gboolean
secrets_name_owned (void)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GVariant) reply = NULL;
  gboolean owned = FALSE;

  if (bus == NULL)
    return FALSE;
  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", "org.freedesktop.secrets"),
                                       G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  return owned;
}

static gboolean
start_keyring (void)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data_dir = NULL;
  g_autofree char *runtime_dir = NULL;
  GOutputStream *stdin_pipe;
  gint64 deadline;

  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    return FALSE;

  /* A throwaway keyring: its own data and runtime directories. */
  keyring_dir = g_dir_make_tmp ("byline-keyring-XXXXXX", &error);
  g_assert_no_error (error);
  data_dir = g_build_filename (keyring_dir, "data", NULL);
  runtime_dir = g_build_filename (keyring_dir, "runtime", NULL);
  g_assert_cmpint (g_mkdir_with_parents (data_dir, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (runtime_dir, 0700), ==, 0);
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                        G_SUBPROCESS_FLAGS_STDOUT_SILENCE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data_dir, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_RUNTIME_DIR", runtime_dir, TRUE);
  g_subprocess_launcher_setenv (launcher, "HOME", keyring_dir, TRUE);
  keyring = g_subprocess_launcher_spawn (launcher, &error, "gnome-keyring-daemon",
                                         "--foreground", "--unlock", "--components=secrets", NULL);
  g_assert_no_error (error);

  /* The login keyring's password: empty. */
  stdin_pipe = g_subprocess_get_stdin_pipe (keyring);
  g_output_stream_write_all (stdin_pipe, "\n", 1, NULL, NULL, NULL);
  g_output_stream_close (stdin_pipe, NULL, NULL);

  deadline = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;
  while (!secrets_name_owned ())
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (20000);
    }
  return TRUE;
}

static void
lookup_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
test_store_lookup_clear (void)
{
  const char *password = "abcd EFGH 1234 ijkl MNOP 5678";
  g_autoptr(GError) error = NULL;
  GAsyncResult *result = NULL;
  char *found;

  g_assert_true (byline_secrets_store_sync ("news", "http://127.0.0.1:8080", "editor", password, NULL, &error));
  g_assert_no_error (error);

  found = byline_secrets_lookup_sync ("news", "http://127.0.0.1:8080", "editor", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (found, ==, password);
  byline_secrets_password_free (found);

  /* Another user of the same site is another secret. */
  found = byline_secrets_lookup_sync ("news", "http://127.0.0.1:8080", "author", NULL, &error);
  g_assert_null (found);
  g_assert_error (error, BYLINE_SECRETS_ERROR, BYLINE_SECRETS_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The async path, replacing the stored one. */
  byline_secrets_store_async ("news", "http://127.0.0.1:8080", "editor", "second one", NULL, lookup_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (byline_secrets_store_finish (result, &error));
  g_assert_no_error (error);
  g_clear_object (&result);

  byline_secrets_lookup_async ("news", "http://127.0.0.1:8080", "editor", NULL, lookup_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  found = byline_secrets_lookup_finish (result, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (found, ==, "second one");
  byline_secrets_password_free (found);
  g_clear_object (&result);

  byline_secrets_clear_async ("news", "http://127.0.0.1:8080", "editor", NULL, lookup_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (byline_secrets_clear_finish (result, &error));
  g_assert_no_error (error);
  g_clear_object (&result);

  found = byline_secrets_lookup_sync ("news", "http://127.0.0.1:8080", "editor", NULL, &error);
  g_assert_null (found);
  g_assert_error (error, BYLINE_SECRETS_ERROR, BYLINE_SECRETS_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Clearing nothing is fine. */
  g_assert_true (byline_secrets_clear_sync ("news", "http://127.0.0.1:8080", "editor", NULL, &error));
  g_assert_no_error (error);
}

static void
test_env_fallback (void)
{
  g_autoptr(GError) error = NULL;
  char *found;

  g_unsetenv ("BYLINE_PASSWORD");
  found = byline_secrets_get_password ("scripted", "http://127.0.0.1:9", "bot", NULL, &error);
  g_assert_null (found);
  g_assert_error (error, BYLINE_SECRETS_ERROR, BYLINE_SECRETS_ERROR_NOT_FOUND);
  g_assert_null (strstr (error->message, "from-env"));
  g_clear_error (&error);

  g_setenv ("BYLINE_PASSWORD", "from-env", TRUE);
  found = byline_secrets_get_password ("scripted", "http://127.0.0.1:9", "bot", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (found, ==, "from-env");
  byline_secrets_password_free (found);

  /* The keyring's password wins over the environment. */
  g_assert_true (byline_secrets_store_sync ("scripted", "http://127.0.0.1:9", "bot", "from-keyring", NULL, &error));
  found = byline_secrets_get_password ("scripted", "http://127.0.0.1:9", "bot", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (found, ==, "from-keyring");
  byline_secrets_password_free (found);
  g_unsetenv ("BYLINE_PASSWORD");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (!start_keyring ())
    {
      /* build-aux/check always provides a session bus; elsewhere say why. */
      if (g_getenv ("BYLINE_REQUIRE_DISPLAY") != NULL)
        g_error ("No D-Bus session bus for the Secret Service test");
      g_test_skip ("No D-Bus session bus (run through build-aux/check)");
      return g_test_run ();
    }

  g_test_add_func ("/secrets/store-lookup-clear", test_store_lookup_clear);
  g_test_add_func ("/secrets/env-fallback", test_env_fallback);

  status = g_test_run ();

  g_subprocess_force_exit (keyring);
  g_subprocess_wait (keyring, NULL, NULL);
  g_clear_object (&keyring);
  rm_rf (keyring_dir);
  g_free (keyring_dir);
  return status;
}
