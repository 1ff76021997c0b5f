/* rel-typist.c: a journalist typing a story, for the kill -9 harness
 *
 *   rel-typist DB STORY-FILE IDLE-MS MAX-MS
 *
 * Opens the store, loads article 1 (creating it with an explicit save on
 * first use) and goes on typing STORY-FILE repeated endlessly, one
 * character at a time, from where the saved body ends, in bursts with
 * pauses between words. Autosaves go through the UI's path: the article
 * is handed to byline_store_save_article_async() (a copy, written by the
 * store's worker thread in one transaction) after IDLE-MS without typing
 * and at least every MAX-MS while typing, never two at once.
 *
 * Reports on stdout, one line each, with g_get_monotonic_time():
 *   T N USEC   the body now holds N characters (after each keystroke)
 *   S N USEC   an autosave of N characters has committed
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "byline-core.h"

typedef struct
{
  BylineStore   *store;
  BylineArticle *article;
  gunichar      *story;
  glong          story_len;
  GString       *body;
  glong          n_chars;
  guint          idle_ms;
  guint          max_ms;
  guint          idle_id;
  gint64         last_save;
  gboolean       saving;
  gboolean       dirty;
  GRand         *rand;
} Typist;

static void
report (char   kind,
        glong  n)
{
  char line[64];
  int len = g_snprintf (line, sizeof line, "%c %ld %" G_GINT64_FORMAT "\n", kind, n, g_get_monotonic_time ());

  /* Unbuffered: a line is reported exactly when it was true. */
  if (write (STDOUT_FILENO, line, len) != len)
    exit (3);
}

static void autosave (Typist *self);

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  Typist *self = user_data;
  g_autoptr(GError) error = NULL;
  glong n = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (self->article), "rel-saving"));

  self->saving = FALSE;
  if (!byline_store_save_article_finish (self->store, result, &error))
    {
      g_printerr ("autosave failed: %s\n", error->message);
      exit (1);
    }
  report ('S', n);
  if (self->dirty && g_get_monotonic_time () - self->last_save >= self->max_ms * 1000)
    autosave (self);
}

static void
autosave (Typist *self)
{
  if (self->saving || !self->dirty)
    return;
  self->saving = TRUE;
  self->dirty = FALSE;
  self->last_save = g_get_monotonic_time ();
  byline_article_set_body (self->article, self->body->str);
  g_object_set_data (G_OBJECT (self->article), "rel-saving", GSIZE_TO_POINTER (self->n_chars));
  byline_store_save_article_async (self->store, self->article, BYLINE_SAVE_AUTOSAVE, NULL,
                                   saved_cb, self);
}

static gboolean
idle_cb (gpointer user_data)
{
  Typist *self = user_data;

  self->idle_id = 0;
  autosave (self);
  return G_SOURCE_REMOVE;
}

static gboolean
type_cb (gpointer user_data)
{
  Typist *self = user_data;
  gunichar c = self->story[self->n_chars % self->story_len];
  guint pause;

  g_string_append_unichar (self->body, c);
  self->n_chars++;
  self->dirty = TRUE;
  report ('T', self->n_chars);

  /* Like the editor: restart the idle timer on every keystroke, and save
   * anyway when the last save is MAX-MS old. */
  if (self->idle_id != 0)
    g_source_remove (self->idle_id);
  self->idle_id = g_timeout_add (self->idle_ms, idle_cb, self);
  if (g_get_monotonic_time () - self->last_save >= self->max_ms * 1000)
    autosave (self);

  /* A keystroke every 1–3 ms; after a word, sometimes a pause long enough
   * for the idle autosave. */
  pause = g_rand_int_range (self->rand, 1, 4);
  if (g_unichar_isspace (c) && g_rand_int_range (self->rand, 0, 6) == 0)
    pause = g_rand_int_range (self->rand, self->idle_ms / 2, self->idle_ms * 2 + 1);
  g_timeout_add (pause, type_cb, self);
  return G_SOURCE_REMOVE;
}

int
main (int   argc,
      char *argv[])
{
  Typist self = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GMainLoop) loop = NULL;

  if (argc != 5)
    {
      g_printerr ("usage: rel-typist DB STORY-FILE IDLE-MS MAX-MS\n");
      return 2;
    }
  if (!g_file_get_contents (argv[2], &text, NULL, &error))
    g_error ("%s", error->message);
  self.story = g_utf8_to_ucs4 (text, -1, NULL, &self.story_len, &error);
  if (self.story == NULL || self.story_len == 0)
    g_error ("story: %s", error ? error->message : "empty");
  self.idle_ms = atoi (argv[3]);
  self.max_ms = atoi (argv[4]);
  self.rand = g_rand_new ();

  self.store = byline_store_new (argv[1], NULL, &error);
  if (self.store == NULL)
    {
      g_printerr ("open failed: %s\n", error->message);
      return 1;
    }
  self.article = byline_store_load_article (self.store, 1, NULL, &error);
  if (self.article == NULL)
    {
      g_clear_error (&error);
      self.article = byline_article_new ();
      byline_article_set_headline (self.article, "Harbour ferries (typed)");
      if (!byline_store_save_article (self.store, self.article, BYLINE_SAVE_EXPLICIT, NULL, &error))
        g_error ("%s", error->message);
    }
  self.body = g_string_new (byline_article_get_body (self.article));
  self.n_chars = g_utf8_strlen (self.body->str, -1);
  self.last_save = g_get_monotonic_time ();
  report ('S', self.n_chars);

  g_timeout_add (1, type_cb, &self);
  loop = g_main_loop_new (NULL, FALSE);
  g_main_loop_run (loop);
  return 0;
}
