/* test-secrets-deadline.c: a Secret Service that never answers
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A keyring whose unlock prompt no one can answer (a headless session,
 * a keyring with no login collection yet) keeps a call waiting for
 * ever. Here a private bus has a "Secret Service" that takes every call
 * and answers none: Byline's keyring calls give up when their time is
 * up, say so in plain words, and the password falls back to
 * BYLINE_PASSWORD as with no keyring at all.
 */

#include "config.h"

#include <string.h>

#include <libsecret/secret.h>

#include "byline-core.h"

static const char service_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.Secret.Service'>"
  "    <method name='OpenSession'>"
  "      <arg type='s' name='algorithm' direction='in'/>"
  "      <arg type='v' name='input' direction='in'/>"
  "      <arg type='v' name='output' direction='out'/>"
  "      <arg type='o' name='result' direction='out'/>"
  "    </method>"
  "    <method name='SearchItems'>"
  "      <arg type='a{ss}' name='attributes' direction='in'/>"
  "      <arg type='ao' name='unlocked' direction='out'/>"
  "      <arg type='ao' name='locked' direction='out'/>"
  "    </method>"
  "  </interface>"
  "</node>";

/* The private bus and its "Secret Service", for the whole run: libsecret
 * keeps its connection to the bus it first met */
static GTestDBus       *bus;
static GDBusConnection *service;
static GPtrArray       *unanswered;   /* GDBusMethodInvocation */

/* Takes the call and answers nothing */
static void
method_call_cb (GDBusConnection       *connection,
                const char            *sender,
                const char            *object_path,
                const char            *interface_name,
                const char            *method_name,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               user_data)
{
  g_ptr_array_add (unanswered, invocation);
}

static const GDBusInterfaceVTable vtable = { method_call_cb, NULL, NULL, { 0 } };

static void
start_service (void)
{
  g_autoptr(GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (service_xml, NULL);
  g_autoptr(GError) error = NULL;
  GVariant *reply;

  unanswered = g_ptr_array_new ();
  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (bus);
  service = g_dbus_connection_new_for_address_sync (g_test_dbus_get_bus_address (bus),
                                                    G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                    G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                    NULL, NULL, &error);
  g_assert_no_error (error);
  g_dbus_connection_register_object (service, "/org/freedesktop/secrets", info->interfaces[0], &vtable,
                                     NULL, NULL, &error);
  g_assert_no_error (error);
  reply = g_dbus_connection_call_sync (service, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "RequestName",
                                       g_variant_new ("(su)", "org.freedesktop.secrets", 0),
                                       G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
  g_variant_unref (reply);
}

static void
stop_service (void)
{
  /* (the calls taken while Byline waited: answered now, to be freed) */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  for (guint i = 0; i < unanswered->len; i++)
    g_dbus_method_invocation_return_dbus_error (g_ptr_array_index (unanswered, i),
                                                "org.freedesktop.DBus.Error.Failed", "test over");
  g_ptr_array_unref (unanswered);
  g_dbus_connection_close_sync (service, NULL, NULL);
  g_clear_object (&service);
  secret_service_disconnect ();
  g_test_dbus_down (bus);
  g_clear_object (&bus);
}

static void
test_store_gives_up (void)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  g_assert_false (byline_secrets_store_sync ("news", "http://127.0.0.1:8080", "editor", "abcd efgh", NULL, &error));
  g_assert_error (error, BYLINE_SECRETS_ERROR, BYLINE_SECRETS_ERROR_UNAVAILABLE);
  g_assert_nonnull (strstr (error->message, "did not answer within 1 seconds"));
  g_assert_null (strstr (error->message, "abcd"));
  /* (one second, not the 25 of a D-Bus call's own timeout) */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_TIME_SPAN_SECOND);
}

static void
test_lookup_falls_back (void)
{
  g_autoptr(GError) error = NULL;
  char *password;

  password = byline_secrets_lookup_sync ("news", "http://127.0.0.1:8080", "editor", NULL, &error);
  g_assert_null (password);
  g_assert_error (error, BYLINE_SECRETS_ERROR, BYLINE_SECRETS_ERROR_UNAVAILABLE);
  g_clear_error (&error);

  /* as with no keyring at all: the environment's */
  g_setenv ("BYLINE_PASSWORD", "from the environment", TRUE);
  password = byline_secrets_get_password ("news", "http://127.0.0.1:8080", "editor", NULL, &error);
  g_unsetenv ("BYLINE_PASSWORD");
  g_assert_no_error (error);
  g_assert_cmpstr (password, ==, "from the environment");
  byline_secrets_password_free (password);
}

static gpointer
cancel_soon (gpointer data)
{
  g_usleep (200 * 1000);
  g_cancellable_cancel (data);
  return NULL;
}

/* The caller's own cancelling stays a cancel, not "did not answer" */
static void
test_caller_cancels (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  GThread *thread;

  _byline_secrets_set_timeout (20);
  thread = g_thread_new ("cancel", cancel_soon, cancellable);
  g_assert_false (byline_secrets_clear_sync ("news", "http://127.0.0.1:8080", "editor", cancellable, &error));
  g_thread_join (thread);
  _byline_secrets_set_timeout (1);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/secrets-deadline/store-gives-up", test_store_gives_up);
  g_test_add_func ("/secrets-deadline/lookup-falls-back", test_lookup_falls_back);
  g_test_add_func ("/secrets-deadline/caller-cancels", test_caller_cancels);

  start_service ();
  _byline_secrets_set_timeout (1);
  status = g_test_run ();
  stop_service ();

  return status;
}
