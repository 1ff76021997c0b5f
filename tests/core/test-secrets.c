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
#include "byline-test-keyring.h"

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

  stop_keyring ();
  return status;
}
