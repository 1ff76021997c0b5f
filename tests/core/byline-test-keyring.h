/* byline-test-keyring.h: a throwaway gnome-keyring-daemon in the test's
 * private D-Bus session (build-aux/check provides one that activates
 * nothing), shared by the secrets tests
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <signal.h>
#include <sys/prctl.h>

#include "byline-test-tmp.h"

static GSubprocess *keyring G_GNUC_UNUSED;
static char *keyring_dir G_GNUC_UNUSED;

G_GNUC_UNUSED static gboolean
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

/* The daemon goes when the test dies, even of a failed assertion (it would
 * otherwise keep the test runner's output pipe open). */
G_GNUC_UNUSED static void
die_with_parent (gpointer data)
{
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

G_GNUC_UNUSED static gboolean
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
  g_subprocess_launcher_set_child_setup (launcher, die_with_parent, NULL, NULL);
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

G_GNUC_UNUSED static void
stop_keyring (void)
{
  g_subprocess_force_exit (keyring);
  g_subprocess_wait (keyring, NULL, NULL);
  g_clear_object (&keyring);
  rm_rf (keyring_dir);
  g_clear_pointer (&keyring_dir, g_free);
}
