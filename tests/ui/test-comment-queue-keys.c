/* test-comment-queue.c: the comment queue driven from the keyboard under
 * Xvfb (j, k, a, s, x, Shift+S, z, Ctrl+Z, /), checked in the store and
 * the outbox; hostile comments shown inert; Likely spam in score order; a
 * screenshot
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "byline-core.h"
#include "byline-comment-detail.h"
#include "byline-comment-queue.h"
#include "byline-comment-row.h"
#include "byline-test-ui.h"
#include "tests/core/comment-test-server.h"

typedef struct
{
  char               *dir;
  BylineStore        *store;
  GtkWindow          *window;
  BylineCommentQueue *queue;
} Fixture;

static const struct {
  const char *author;
  const char *email;
  const char *status;
  const char *text;
  double      score;
  const char *reasons;
} seed[] = {
  { "Amira Haddad", "amira@example.org", "hold", "The timetable on page 2 still lists the old 7:15 departure. Could you correct it?", 0.04, "[\"92% like approved comments\"]" },
  { "CheapMeds24", "deals@pills.example", "hold", "<b>BUY CHEAP PILLS NOW</b> casino bonus http://pills.example http://casino.example/win", 0.97, "[\"2 links\", \"word “casino” is on the suspect list\", \"all capitals\", \"96% like past spam\"]" },
  { "Jonas Berg", "jonas@example.net", "hold", "Great reporting. The harbour master confirmed the same numbers at the council meeting.", 0.02, "[]" },
  { "mallory", "m@evil.example", "hold", "<script>alert('x')</script><img src=x onerror=\"alert(1)\"><a href=\"javascript:alert(2)\">win a prize</a>", 0.71, "[\"a javascript: link\", \"HTML tags\"]" },
  { "evil\u202Egpj.exe", "spoof@example.org", "hold", "Look at my name.", 0.35, "[\"name has direction controls\"]" },
  { "مریم احمدی", "maryam@example.ir", "hold", "گزارش خوبی بود، ولی ساعت حرکت کشتی‌ها اشتباه است. Thanks!", 0.05, "[]" },
  { "Seo Expert", "seo@links.example", "hold", "Nice post!!! Visit my site for backlinks and SEO services www.links.example", 0.88, "[\"word “backlinks” is on the suspect list\", \"1 link\"]" },
  { "Lena Okafor", "lena@example.org", "hold", "Correction: the new ferry holds 240 passengers, not 420.", 0.03, "[]" },
  { "Paul Meyer", "paul@example.com", "approved", "Thanks for covering this.", 0.01, "[]" },
  { "Spammy McSpam", "spam@spam.example", "spam", "free money free money free money", 0.99, "[\"repeated text\"]" },
};

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(BylineAccount) account = byline_account_new ("harbour", "http://127.0.0.1:9/", "http://127.0.0.1:9/wp-json/",
                                                          "editor", "Editor");

  f->dir = g_dir_make_tmp ("byline-queue-XXXXXX", &error);
  path = g_build_filename (f->dir, "byline.db", NULL);
  f->store = byline_store_new (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (byline_store_save_account (f->store, account, &error));

  for (guint i = 0; i < G_N_ELEMENTS (seed); i++)
    {
      g_autoptr(BylineCachedComment) c = byline_cached_comment_new ();
      g_autofree char *reasons = NULL;

      c->account = g_strdup ("harbour");
      c->remote_id = 100 + i;
      c->post_remote_id = 7 + i % 2;
      c->post_headline = g_strdup (i % 2 ? "Harbour ferries return after six-month refit" : "Council approves the new harbour budget");
      c->author_name = g_strdup (seed[i].author);
      c->author_email = g_strdup (seed[i].email);
      c->author_url = g_strdup (i == 4 ? "https://exa\u202Emple.com" : "");
      c->author_ip = g_strdup_printf ("203.0.113.%u", i + 1);
      c->author_user_agent = g_strdup ("Mozilla/5.0 (X11; Linux x86_64) Firefox/115.0");
      c->date_gmt = g_strdup_printf ("2026-11-27T%02u:%02u:00Z", 20 - i, 5 * i);
      c->status = g_strdup (seed[i].status);
      c->content = g_strdup (seed[i].text);
      c->spam_score = seed[i].score;
      c->spam_reasons = NULL;
      g_assert_cmpint (byline_store_upsert_comment (f->store, c, &error), >, 0);
      g_assert_no_error (error);
      (void) reasons;
    }
  /* The reasons as sync stores them. */
  {
    BylineCommentQuery query = BYLINE_COMMENT_QUERY_INIT;
    g_autoptr(GPtrArray) all = byline_store_query_comments (f->store, &query, &error);

    for (guint i = 0; i < all->len; i++)
      {
        BylineCachedComment *c = g_ptr_array_index (all, i);
        g_autoptr(JsonParser) parser = json_parser_new ();
        JsonArray *array;
        g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

        json_parser_load_from_data (parser, seed[c->remote_id - 100].reasons, -1, NULL);
        array = json_node_get_array (json_parser_get_root (parser));
        for (guint j = 0; j < json_array_get_length (array); j++)
          g_strv_builder_add (builder, json_array_get_string_element (array, j));
        g_strfreev (c->spam_reasons);
        c->spam_reasons = g_strv_builder_end (builder);
        byline_store_upsert_comment (f->store, c, &error);
      }
  }

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1180, 720);
  f->queue = BYLINE_COMMENT_QUEUE (byline_comment_queue_new ());
  byline_comment_queue_set_send_delay (f->queue, 60000);
  gtk_window_set_child (f->window, GTK_WIDGET (f->queue));
  byline_comment_queue_set_store (f->queue, f->store);
  gtk_window_present (f->window);
  byline_test_wait_until (gtk_widget_get_mapped (GTK_WIDGET (f->queue)), 5000);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->queue)));
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  gtk_window_destroy (f->window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&f->store);
  {
    g_autoptr(GDir) d = g_dir_open (f->dir, 0, NULL);
    const char *name;

    while (d && (name = g_dir_read_name (d)))
      {
        g_autofree char *p = g_build_filename (f->dir, name, NULL);

        g_unlink (p);
      }
  }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static gint64
current_id (Fixture *f)
{
  g_autoptr(BylineComment) c = byline_comment_queue_get_current (f->queue);

  g_assert_nonnull (c);
  return byline_comment_get_id (c);
}

static const char *
status_of (Fixture *f,
           gint64   id)
{
  static char status[16];
  g_autoptr(BylineCachedComment) c = byline_store_get_comment (f->store, id, NULL);

  g_strlcpy (status, c->status, sizeof status);
  return status;
}

static void
key (Fixture    *f,
     const char *trigger)
{
  if (!byline_test_activate_shortcut (GTK_WIDGET (f->queue), trigger))
    g_error ("No shortcut %s in the queue", trigger);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static guint
n_items (Fixture *f)
{
  return g_list_model_get_n_items (G_LIST_MODEL (byline_comment_queue_get_list (f->queue)));
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) outbox = NULL;
  gint64 first, second, third;

  /* Pending by default, newest first, cursor on the first. */
  g_assert_cmpstr (byline_comment_queue_get_queue (f->queue), ==, "hold");
  g_assert_cmpuint (n_items (f), ==, 8);
  g_assert_cmpuint (byline_comment_queue_get_cursor (f->queue), ==, 0);
  first = current_id (f);

  key (f, "j");
  g_assert_cmpuint (byline_comment_queue_get_cursor (f->queue), ==, 1);
  second = current_id (f);
  key (f, "k");
  g_assert_cmpint (current_id (f), ==, first);
  key (f, "j");

  /* a: approved at once, queued with the reader's IP, cursor on the next. */
  key (f, "a");
  g_assert_cmpstr (status_of (f, second), ==, "approved");
  g_assert_cmpuint (n_items (f), ==, 7);
  g_assert_cmpuint (byline_comment_queue_get_cursor (f->queue), ==, 1);
  third = current_id (f);
  g_assert_cmpint (third, !=, second);
  outbox = byline_store_outbox_list (f->store, NULL, NULL);
  g_assert_cmpuint (outbox->len, ==, 1);
  g_assert_cmpstr (((BylineOutboxItem *) outbox->pdata[0])->kind, ==, "moderate");
  g_assert_cmpint (((BylineOutboxItem *) outbox->pdata[0])->target, ==, second);
  g_assert_nonnull (strstr (((BylineOutboxItem *) outbox->pdata[0])->payload, "\"author_ip\":\"203.0.113."));

  /* s, then z: back to Pending, the unsent operation cancelled. */
  key (f, "s");
  g_assert_cmpstr (status_of (f, third), ==, "spam");
  g_assert_cmpint (byline_store_outbox_count (f->store, NULL, NULL), ==, 2);
  key (f, "z");
  g_assert_cmpstr (status_of (f, third), ==, "hold");
  g_assert_cmpint (current_id (f), ==, third);
  g_assert_cmpint (byline_store_outbox_count (f->store, NULL, NULL), ==, 1);
  key (f, "<Control>z");
  g_assert_cmpstr (status_of (f, second), ==, "hold");
  g_assert_cmpint (byline_store_outbox_count (f->store, NULL, NULL), ==, 0);
  g_assert_cmpuint (n_items (f), ==, 8);

  /* x x Shift+S: two at once; one z undoes both. */
  byline_comment_queue_set_queue (f->queue, "hold");
  key (f, "x");
  key (f, "x");
  key (f, "<Shift>s");
  g_assert_cmpuint (n_items (f), ==, 6);
  g_assert_cmpint (byline_store_outbox_count (f->store, NULL, NULL), ==, 2);
  key (f, "z");
  g_assert_cmpuint (n_items (f), ==, 8);
  g_assert_cmpint (byline_store_outbox_count (f->store, NULL, NULL), ==, 0);

  /* Other queues and the search. */
  byline_comment_queue_set_queue (f->queue, "likely-spam");
  g_assert_cmpuint (n_items (f), ==, 3);
  byline_comment_queue_set_queue (f->queue, "all");
  g_assert_cmpuint (n_items (f), ==, 10);
  key (f, "slash");
  g_assert_true (gtk_widget_has_focus (byline_comment_queue_get_search_entry (f->queue)) ||
                 gtk_widget_is_focus (gtk_root_get_focus (GTK_ROOT (f->window))));
  gtk_editable_set_text (GTK_EDITABLE (byline_comment_queue_get_search_entry (f->queue)), "correct*");
  byline_test_wait_until (n_items (f) == 2, 3000);
  g_assert_cmpuint (n_items (f), ==, 2);
  /* as you type: the word being typed is a prefix without the star */
  gtk_editable_set_text (GTK_EDITABLE (byline_comment_queue_get_search_entry (f->queue)), "");
  byline_test_wait_until (n_items (f) == 10, 3000);
  gtk_editable_set_text (GTK_EDITABLE (byline_comment_queue_get_search_entry (f->queue)), "correc");
  byline_test_wait_until (n_items (f) == 2, 3000);
  g_assert_cmpuint (n_items (f), ==, 2);
}

/* The Pending and Likely Spam buttons say how many wait, and follow a
 * moderation (a moment later: the action does not wait for them) */
static void
test_waiting_counts (Fixture       *f,
                     gconstpointer  data)
{
  guint likely;

  byline_test_wait_until (byline_comment_queue_get_waiting (f->queue, "hold") > 0, 3000);
  g_assert_cmpint (byline_comment_queue_get_waiting (f->queue, "hold"), ==, 8);
  g_assert_nonnull (byline_test_find_widget (GTK_WIDGET (f->queue), byline_test_label_is, "8"));
  g_assert_cmpint (byline_comment_queue_get_waiting (f->queue, "likely-spam"), ==, 3);
  g_assert_cmpint (byline_comment_queue_get_waiting (f->queue, "approved"), ==, -1);

  key (f, "a");
  byline_test_wait_until (byline_comment_queue_get_waiting (f->queue, "hold") == 7, 3000);
  g_assert_cmpint (byline_comment_queue_get_waiting (f->queue, "hold"), ==, 7);
  key (f, "s");
  key (f, "s");
  byline_test_wait_until (byline_comment_queue_get_waiting (f->queue, "hold") == 5, 3000);
  g_assert_cmpint (byline_comment_queue_get_waiting (f->queue, "hold"), ==, 5);
  g_assert_nonnull (byline_test_find_widget (GTK_WIDGET (f->queue), byline_test_label_is, "5"));

  /* The same as the lists hold */
  byline_comment_queue_set_queue (f->queue, "likely-spam");
  likely = n_items (f);
  byline_test_wait_until (byline_comment_queue_get_waiting (f->queue, "likely-spam") == (gint64) likely, 3000);
  g_assert_cmpint (byline_comment_queue_get_waiting (f->queue, "likely-spam"), ==, likely);
  byline_comment_queue_set_queue (f->queue, "hold");
  g_assert_cmpuint (n_items (f), ==, 5);
}

static gint64
id_at (Fixture *f,
       guint    position)
{
  g_autoptr(BylineComment) c = g_list_model_get_item (G_LIST_MODEL (byline_comment_queue_get_list (f->queue)), position);

  return byline_comment_get_id (c);
}

static gint64
detail_id (Fixture *f)
{
  BylineCommentDetail *detail = BYLINE_COMMENT_DETAIL (byline_comment_queue_get_detail (f->queue));

  return byline_comment_get_id (byline_comment_detail_get_comment (detail));
}

/* After a bulk action the cursor stays on the comment the editor was
 * reading (wherever it is now), or goes to the one that took its place,
 * and the detail pane shows it. */
static void
test_bulk_keeps_comment (Fixture       *f,
                         gconstpointer  data)
{
  gint64 reading, next;

  /* x x x marks the first three; the cursor is on the fourth. */
  key (f, "x");
  key (f, "x");
  key (f, "x");
  g_assert_cmpuint (byline_comment_queue_get_cursor (f->queue), ==, 3);
  reading = current_id (f);
  key (f, "<Shift>a");
  g_assert_cmpuint (n_items (f), ==, 5);
  g_assert_cmpint (current_id (f), ==, reading);
  g_assert_cmpuint (byline_comment_queue_get_cursor (f->queue), ==, 0);
  g_assert_cmpint (detail_id (f), ==, reading);
  key (f, "z");
  g_assert_cmpuint (n_items (f), ==, 8);

  /* The cursor's own comment among the marked ones: the next unmarked
   * one takes its place. */
  byline_comment_queue_set_queue (f->queue, "all");
  byline_comment_queue_set_queue (f->queue, "hold");
  key (f, "j");
  key (f, "j");
  key (f, "x");
  key (f, "x");
  next = current_id (f);
  key (f, "k");
  g_assert_cmpuint (byline_comment_queue_get_cursor (f->queue), ==, 3);
  key (f, "<Shift>d");
  g_assert_cmpuint (n_items (f), ==, 6);
  g_assert_cmpint (current_id (f), ==, next);
  g_assert_cmpint (id_at (f, 2), ==, next);
  g_assert_cmpint (detail_id (f), ==, next);

  /* In All the marked comments stay, and so does the cursor. */
  byline_comment_queue_set_queue (f->queue, "all");
  key (f, "x");
  key (f, "x");
  reading = current_id (f);
  key (f, "<Shift>s");
  g_assert_cmpint (current_id (f), ==, reading);
  g_assert_cmpint (detail_id (f), ==, reading);
}

static GtkTextView *
find_text_view (GtkWidget *widget)
{
  if (GTK_IS_TEXT_VIEW (widget))
    return GTK_TEXT_VIEW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkTextView *found = find_text_view (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static char *
view_text (GtkTextView *view)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  return gtk_text_buffer_get_text (gtk_text_view_get_buffer (view), &start, &end, FALSE);
}

/* e: the box opens with the raw text; Escape drops the change; e again,
 * a change and Ctrl+Enter: saved at once, queued as an edit with the
 * reader's IP; z takes it back. */
static void
test_edit (Fixture       *f,
           gconstpointer  data)
{
  BylineCommentDetail *detail = BYLINE_COMMENT_DETAIL (byline_comment_queue_get_detail (f->queue));
  GtkTextView *view = find_text_view (GTK_WIDGET (detail));
  g_autoptr(BylineCachedComment) before = NULL;
  g_autoptr(BylineCachedComment) after = NULL;
  g_autoptr(GPtrArray) outbox = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *edited = NULL;
  gint64 id = current_id (f);

  g_assert_nonnull (view);
  before = byline_store_get_comment (f->store, id, NULL);
  key (f, "e");
  g_assert_true (byline_comment_detail_get_editing (detail));
  shown = view_text (view);
  g_assert_cmpstr (shown, ==, before->content);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), "Thrown away", -1);
  key (f, "Escape");
  g_assert_false (byline_comment_detail_get_replying (detail));
  after = byline_store_get_comment (f->store, id, NULL);
  g_assert_cmpstr (after->content, ==, before->content);
  g_assert_cmpint (byline_store_outbox_count (f->store, NULL, NULL), ==, 0);

  key (f, "e");
  g_free (shown);
  shown = view_text (view);
  g_assert_cmpstr (shown, ==, before->content);
  edited = g_strconcat (before->content, " [edited by the desk]", NULL);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), edited, -1);
  key (f, "<Control>Return");
  g_assert_false (byline_comment_detail_get_replying (detail));
  g_clear_pointer (&after, byline_cached_comment_free);
  after = byline_store_get_comment (f->store, id, NULL);
  g_assert_cmpstr (after->content, ==, edited);
  g_assert_cmpint (current_id (f), ==, id);
  g_assert_nonnull (strstr (byline_comment_detail_get_text (detail), "[edited by the desk]"));
  outbox = byline_store_outbox_list (f->store, NULL, NULL);
  g_assert_cmpuint (outbox->len, ==, 1);
  g_assert_cmpstr (((BylineOutboxItem *) outbox->pdata[0])->kind, ==, "edit");
  g_assert_cmpint (((BylineOutboxItem *) outbox->pdata[0])->target, ==, id);
  g_assert_nonnull (strstr (((BylineOutboxItem *) outbox->pdata[0])->payload, "\"author_ip\":\"203.0.113."));

  key (f, "z");
  g_clear_pointer (&after, byline_cached_comment_free);
  after = byline_store_get_comment (f->store, id, NULL);
  g_assert_cmpstr (after->content, ==, before->content);
  g_assert_cmpint (byline_store_outbox_count (f->store, NULL, NULL), ==, 0);

  /* The button does the same as e. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->queue), "queue.edit", NULL));
  g_assert_true (byline_comment_detail_get_editing (detail));
  key (f, "Escape");
}

static void
test_hostile_inert (Fixture       *f,
                    gconstpointer  data)
{
  BylineCommentDetail *detail = BYLINE_COMMENT_DETAIL (byline_comment_queue_get_detail (f->queue));
  g_autofree char *png = NULL;
  guint i;

  /* The script comment: plain text, its links listed, nothing run. */
  for (i = 0; i < 8; i++)
    {
      g_autoptr(BylineComment) c = byline_comment_queue_get_current (f->queue);

      if (g_str_equal (byline_comment_get_data (c)->author_name, "mallory"))
        break;
      key (f, "j");
    }
  g_assert_cmpuint (i, <, 8);
  g_assert_null (strstr (byline_comment_detail_get_text (detail), "<script"));
  g_assert_null (strstr (byline_comment_detail_get_text (detail), "onerror"));
  g_assert_nonnull (strstr (byline_comment_detail_get_text (detail), "win a prize"));
  g_assert_cmpuint (byline_comment_detail_get_n_links (detail), ==, 2);
  g_assert_false (byline_comment_detail_get_spoof_warning (detail));

  /* The next one hides a right-to-left override in its name. */
  key (f, "j");
  g_assert_true (byline_comment_detail_get_spoof_warning (detail));

  /* A spammy one for the picture. */
  byline_comment_queue_set_queue (f->queue, "all");
  byline_comment_queue_set_queue (f->queue, "hold");
  key (f, "j");
  g_assert_cmpstr (byline_comment_get_data (byline_comment_detail_get_comment (detail))->author_name, ==, "CheapMeds24");
  png = byline_test_save_screenshot (GTK_WIDGET (f->window), "comment-queue.png");
  g_assert_true (g_file_test (png, G_FILE_TEST_EXISTS));
}

/* Some label under @widget whose text contains @needle, or NULL. */
static GtkLabel *
find_label (GtkWidget  *widget,
            const char *needle)
{
  return (GtkLabel *) byline_test_find_widget (widget, byline_test_label_contains, needle);
}

static int
compare_rows_by_y (gconstpointer a,
                   gconstpointer b)
{
  GtkWidget *x = *(GtkWidget **) a, *y = *(GtkWidget **) b;
  graphene_point_t px, py;

  g_assert_true (gtk_widget_compute_point (x, gtk_widget_get_parent (x), &GRAPHENE_POINT_INIT (0, 0), &px));
  g_assert_true (gtk_widget_compute_point (y, gtk_widget_get_parent (y), &GRAPHENE_POINT_INIT (0, 0), &py));
  return px.y < py.y ? -1 : px.y > py.y;
}

/* The detail pane's moderation history in words: the date as the
 * interface shows dates, the queue's names of the statuses, who did it. */
static void
test_history_in_words (Fixture       *f,
                       gconstpointer  data)
{
  BylineCommentDetail *detail = BYLINE_COMMENT_DETAIL (byline_comment_queue_get_detail (f->queue));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = byline_format_date_for_display (now, TRUE);
  g_autofree char *raw = g_strdup_printf ("%" G_GINT64_FORMAT, g_date_time_to_unix (now));
  gint64 id = current_id (f);
  GtkLabel *history;
  const char *text;

  key (f, "a");
  key (f, "z");
  g_assert_cmpint (detail_id (f), ==, id);
  /* As the site changed it at sync, and as a refused change came back */
  g_assert_true (byline_store_moderate_comment (f->store, id, "spam", "site", NULL));
  g_assert_true (byline_store_moderate_comment (f->store, id, "hold", "refused", NULL));
  key (f, "j");
  key (f, "k");
  g_assert_cmpint (detail_id (f), ==, id);

  history = find_label (GTK_WIDGET (detail), "Moderation history");
  g_assert_nonnull (history);
  text = gtk_label_get_text (history);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "Pending → Approved · by you"));
  g_assert_nonnull (strstr (text, "Approved → Pending · undone"));
  g_assert_nonnull (strstr (text, "Pending → Spam · changed on the site"));
  g_assert_nonnull (strstr (text, "Spam → Pending · refused by the site"));
  g_assert_null (strstr (text, "hold"));
  g_assert_null (strstr (text, "editor"));
  /* (the clock may have turned a minute since) */
  g_assert_null (strstr (text, raw));
  if (strstr (text, date) == NULL)
    {
      g_autoptr(GDateTime) later = g_date_time_new_now_local ();

      g_assert_cmpint (g_date_time_get_minute (later), !=, g_date_time_get_minute (now));
    }
}

/* The first button under @root whose action is @action */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_ACTIONABLE (child) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        return child;
      if ((found = find_button (child, action)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_queue_menu (GtkWidget     *widget,
               gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)) != NULL &&
         g_strcmp0 (gtk_widget_get_tooltip_text (widget), "Choose a Queue") == 0;
}

static gboolean
label_shown (Fixture    *f,
             const char *needle)
{
  GtkLabel *label = find_label (GTK_WIDGET (f->queue), needle);

  return label != NULL && gtk_widget_is_visible (GTK_WIDGET (label));
}

/* An empty list says why it is empty, and nothing can be acted on; a
 * comment can be moved to every status but its own (Hold on a held one
 * did nothing) */
static void
test_empty_says_why (Fixture       *f,
                     gconstpointer  data)
{
  static const char *actions[] = { "queue.approve", "queue.hold", "queue.spam", "queue.trash", "queue.edit",
                                   "queue.reply" };
  GtkEditable *search = GTK_EDITABLE (byline_comment_queue_get_search_entry (f->queue));

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    g_assert_true (gtk_widget_is_sensitive (find_button (GTK_WIDGET (f->queue), actions[i])) ==
                   !g_str_equal (actions[i], "queue.hold"));

  gtk_editable_set_text (search, "zeppelin");
  byline_test_wait_until (n_items (f) == 0, 3000);
  g_assert_cmpuint (n_items (f), ==, 0);
  g_assert_true (label_shown (f, "No comments in this list match “zeppelin”"));
  g_assert_false (label_shown (f, "Sync fetches new ones"));
  /* one empty state: the detail pane says nothing of its own */
  {
    GtkLabel *second = find_label (GTK_WIDGET (f->queue), "No Comment Selected");

    g_assert_true (second == NULL || !gtk_widget_get_mapped (GTK_WIDGET (second)));
  }
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    g_assert_false (gtk_widget_is_sensitive (find_button (GTK_WIDGET (f->queue), actions[i])));
  g_assert_false (byline_test_activate_shortcut (GTK_WIDGET (f->queue), "a"));
  g_assert_false (byline_test_activate_shortcut (GTK_WIDGET (f->queue), "e"));
  g_assert_false (byline_comment_detail_get_replying (BYLINE_COMMENT_DETAIL (byline_comment_queue_get_detail (f->queue))));

  gtk_editable_set_text (search, "");
  byline_test_wait_until (n_items (f) == 8, 3000);
  g_assert_true (gtk_widget_is_sensitive (find_button (GTK_WIDGET (f->queue), "queue.approve")));

  /* Only this author, in a list where the author has nothing */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->queue), "queue.filter-author", NULL));
  byline_comment_queue_set_queue (f->queue, "spam");
  g_assert_cmpuint (n_items (f), ==, 0);
  g_assert_true (label_shown (f, "No comments by this author"));
  g_assert_false (gtk_widget_is_sensitive (find_button (GTK_WIDGET (f->queue), "queue.trash")));

  /* With no filter at all: Sync may fetch some */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->queue), "queue.clear-filters", NULL));
  byline_comment_queue_set_queue (f->queue, "trash");
  g_assert_cmpuint (n_items (f), ==, 0);
  g_assert_true (label_shown (f, "Sync fetches new ones"));

  /* Pending, all done */
  byline_comment_queue_set_queue (f->queue, "hold");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->queue), "queue.select-all", NULL));
  key (f, "<Shift>a");
  g_assert_cmpuint (n_items (f), ==, 0);
  g_assert_true (label_shown (f, "All Caught Up"));
}

/* A store of its own with no account and no comment */
static BylineStore *
open_empty_store (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "empty.db", NULL);
  BylineStore *store = byline_store_new (path, NULL, &error);

  g_assert_no_error (error);
  return store;
}

/* With no site to sync from, the empty queue says where to add one (it
 * said "Sync fetches new ones", which could not) */
static void
test_no_sites (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(BylineStore) empty = open_empty_store (f);

  byline_comment_queue_set_store (f->queue, empty);
  g_assert_cmpuint (n_items (f), ==, 0);
  g_assert_true (label_shown (f, "No Sites Yet"));
  g_assert_true (label_shown (f, "Preferences → Accounts"));
  g_assert_false (label_shown (f, "All Caught Up"));
  byline_comment_queue_set_store (f->queue, NULL);
}

/* An account added by `byline account add` (another process, another
 * connection to the database) while the queue is open: the queue stopped
 * saying "No Sites Yet" only after Sync. It follows the store now, and an
 * account removed here as well. */
static void
test_account_added_elsewhere (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineStore) store = open_empty_store (f);
  /* (the command line opens the same file) */
  g_autofree char *path = g_build_filename (f->dir, "empty.db", NULL);

  byline_comment_queue_set_store (f->queue, store);
  g_assert_true (label_shown (f, "No Sites Yet"));

  /* as the command line does it */
  {
    g_autoptr(BylineStore) cli = byline_store_new (path, NULL, &error);
    g_autoptr(BylineAccount) account = byline_account_new ("quay", "http://127.0.0.1:9/", "http://127.0.0.1:9/wp-json/",
                                                            "editor", "Editor");

    g_assert_no_error (error);
    g_assert_true (byline_store_save_account (cli, account, &error));
  }
  byline_test_wait_until (!label_shown (f, "No Sites Yet"), 5000);
  g_assert_false (label_shown (f, "No Sites Yet"));
  g_assert_true (label_shown (f, "All Caught Up"));

  /* removed (here, as Preferences does): no site again */
  g_assert_true (byline_store_delete_account (store, "quay", &error));
  byline_test_wait_until (label_shown (f, "No Sites Yet"), 5000);
  g_assert_true (label_shown (f, "No Sites Yet"));
  byline_comment_queue_set_store (f->queue, NULL);
}

static void
test_likely_spam_order (Fixture       *f,
                        gconstpointer  data)
{
  BylineCommentDetail *detail = BYLINE_COMMENT_DETAIL (byline_comment_queue_get_detail (f->queue));
  GtkWidget *view = g_object_get_data (G_OBJECT (f->queue), "list-view");
  static const char *expected[] = { "CheapMeds24", "Seo Expert", "mallory" };
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  double last = 2;

  /* By date the three would be CheapMeds24, mallory, Seo Expert. */
  byline_comment_queue_set_queue (f->queue, "likely-spam");
  g_assert_cmpuint (n_items (f), ==, 3);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->queue));

  /* The cursor walks them highest score first, and the detail pane
   * explains the same score. */
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const BylineCachedComment *c = byline_comment_get_data (byline_comment_detail_get_comment (detail));
      g_autofree char *meta = g_strdup_printf ("spam score %d%%", (int) (c->spam_score * 100 + 0.5));

      g_assert_cmpuint (byline_comment_queue_get_cursor (f->queue), ==, i);
      g_assert_cmpstr (c->author_name, ==, expected[i]);
      g_assert_cmpfloat (c->spam_score, <=, last);
      last = c->spam_score;
      g_assert_nonnull (find_label (GTK_WIDGET (detail), meta));
      key (f, "j");
    }

  /* The rows on screen are in that order too. */
  for (GtkWidget *child = gtk_widget_get_first_child (view); child; child = gtk_widget_get_next_sibling (child))
    if (BYLINE_IS_COMMENT_ROW (gtk_widget_get_first_child (child)) &&
        byline_comment_row_get_comment (BYLINE_COMMENT_ROW (gtk_widget_get_first_child (child))) != NULL &&
        gtk_widget_get_mapped (child))
      g_ptr_array_add (rows, child);
  g_ptr_array_sort (rows, compare_rows_by_y);
  g_assert_cmpuint (rows->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < rows->len; i++)
    {
      BylineComment *c = byline_comment_row_get_comment (BYLINE_COMMENT_ROW (gtk_widget_get_first_child (rows->pdata[i])));
      g_autofree char *prefix = g_strdup_printf ("%s, Pending: ", expected[i]);
      /* (returns the label when it is not "") */
      g_autofree char *name = gtk_test_accessible_check_property (GTK_ACCESSIBLE (rows->pdata[i]),
                                                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "");

      g_assert_cmpstr (byline_comment_get_data (c)->author_name, ==, expected[i]);
      /* A screen reader says who, which status and the first words, not
       * "GtkListItemWidget" */
      g_assert_nonnull (name);
      g_assert_true (g_str_has_prefix (name, prefix));
      if (i == 0)
        g_assert_cmpstr (name + strlen (prefix), ==, "BUY CHEAP PILLS NOW casino bonus http://pills.example http://casino.example/win");
    }
}

/* The queue's filter toggles have names a screen reader can say. */
static void
count_named_toggles (GtkWidget *widget,
                     guint     *n)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_TOGGLE_BUTTON (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), "queue.queue") == 0)
        {
          g_autofree char *name = gtk_test_accessible_check_property (GTK_ACCESSIBLE (child),
                                                                      GTK_ACCESSIBLE_PROPERTY_LABEL, "");

          const char *shown = gtk_button_get_label (GTK_BUTTON (child));

          /* (Pending and Likely Spam hold their name and a count) */
          if (shown == NULL)
            {
              GtkWidget *box = gtk_button_get_child (GTK_BUTTON (child));

              g_assert_true (GTK_IS_LABEL (gtk_widget_get_first_child (box)));
              shown = gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (box)));
            }
          g_assert_nonnull (name);
          g_assert_cmpstr (name, ==, shown);
          (*n)++;
        }
      count_named_toggles (child, n);
    }
}

/* How many rows on screen show a status badge */
static guint
n_status_badges (Fixture *f)
{
  GtkWidget *view = g_object_get_data (G_OBJECT (f->queue), "list-view");
  guint n = 0;

  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->queue));
  for (GtkWidget *child = gtk_widget_get_first_child (view); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);
      BylineComment *c;
      GtkLabel *badge;

      if (!BYLINE_IS_COMMENT_ROW (row) || !(c = byline_comment_row_get_comment (BYLINE_COMMENT_ROW (row))) ||
          !gtk_widget_get_mapped (child))
        continue;
      badge = find_label (row, byline_comment_status_label (byline_comment_get_data (c)->status));
      n += badge != NULL && gtk_widget_get_visible (GTK_WIDGET (badge));
    }
  return n;
}

/* The status badge only where the statuses differ; the score pill always */
static void
test_status_badge (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_cmpuint (n_status_badges (f), ==, 0);
  g_assert_nonnull (find_label (GTK_WIDGET (f->queue), "97%"));
  byline_comment_queue_set_queue (f->queue, "all");
  g_assert_cmpuint (n_status_badges (f), >=, 5);
  byline_comment_queue_set_queue (f->queue, "likely-spam");
  g_assert_cmpuint (n_status_badges (f), ==, 3);
  byline_comment_queue_set_queue (f->queue, "approved");
  g_assert_cmpuint (n_status_badges (f), ==, 0);
}

static void
test_filter_names (Fixture       *f,
                   gconstpointer  data)
{
  guint n = 0;

  count_named_toggles (GTK_WIDGET (f->queue), &n);
  g_assert_cmpuint (n, ==, 6);
}

/* Ctrl+Enter pressed in the reply box (the focus is in its text view,
 * which takes Enter as a new line) sends the reply instead of adding a
 * line; the same for an edit. Plain Enter still adds a line. */
static void
test_ctrl_enter_in_box (Fixture       *f,
                        gconstpointer  data)
{
  BylineCommentDetail *detail = BYLINE_COMMENT_DETAIL (byline_comment_queue_get_detail (f->queue));
  GtkTextView *view = find_text_view (GTK_WIDGET (detail));
  g_autoptr(GPtrArray) outbox = NULL;
  g_autoptr(BylineCachedComment) after = NULL;
  g_autofree char *shown = NULL;
  gint64 id = current_id (f);

  key (f, "r");
  g_assert_true (byline_comment_detail_get_replying (detail));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), "Thanks, fixed.", -1);
  g_assert_true (byline_test_dispatch_key (GTK_WIDGET (view), GDK_KEY_Return, 0));
  shown = view_text (view);
  g_assert_cmpstr (shown, ==, "Thanks, fixed.\n");
  g_assert_true (byline_test_dispatch_key (GTK_WIDGET (view), GDK_KEY_Return, GDK_CONTROL_MASK));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_false (byline_comment_detail_get_replying (detail));
  outbox = byline_store_outbox_list (f->store, NULL, NULL);
  g_assert_cmpuint (outbox->len, >=, 1);
  g_assert_cmpstr (((BylineOutboxItem *) outbox->pdata[0])->kind, ==, "reply");
  g_assert_nonnull (strstr (((BylineOutboxItem *) outbox->pdata[0])->payload, "Thanks, fixed."));

  id = current_id (f);
  key (f, "e");
  g_assert_true (byline_comment_detail_get_editing (detail));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), "Edited by the desk", -1);
  g_assert_true (byline_test_dispatch_key (GTK_WIDGET (view), GDK_KEY_KP_Enter, GDK_CONTROL_MASK));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_false (byline_comment_detail_get_replying (detail));
  after = byline_store_get_comment (f->store, id, NULL);
  g_assert_cmpstr (after->content, ==, "Edited by the desk");

  /* Not writing: Ctrl+Enter is left to the focus widget */
  g_assert_false (byline_test_dispatch_key (GTK_WIDGET (f->queue), GDK_KEY_Return, GDK_CONTROL_MASK));
}

/* A reply to a held comment approves it too (WordPress shows no reply
 * under a comment it holds back), as the box says; z takes back the
 * approval, the reply stays queued. A reply to an approved comment
 * changes nothing else. */
static void
test_reply_approves_held (Fixture       *f,
                          gconstpointer  data)
{
  BylineCommentDetail *detail = BYLINE_COMMENT_DETAIL (byline_comment_queue_get_detail (f->queue));
  GtkTextView *view = find_text_view (GTK_WIDGET (detail));
  g_autoptr(GPtrArray) outbox = NULL;
  g_autoptr(GPtrArray) later = NULL;
  gint64 held = current_id (f);
  gint64 approved;

  key (f, "r");
  g_assert_nonnull (find_label (GTK_WIDGET (detail), "Approve and Reply"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), "We corrected the timetable.", -1);
  key (f, "<Control>Return");
  g_assert_cmpstr (status_of (f, held), ==, "approved");
  g_assert_cmpint (current_id (f), !=, held);
  outbox = byline_store_outbox_list (f->store, NULL, NULL);
  g_assert_cmpuint (outbox->len, ==, 2);
  g_assert_cmpstr (((BylineOutboxItem *) outbox->pdata[0])->kind, ==, "reply");
  g_assert_cmpstr (((BylineOutboxItem *) outbox->pdata[1])->kind, ==, "moderate");
  g_assert_cmpint (((BylineOutboxItem *) outbox->pdata[1])->target, ==, held);

  key (f, "z");
  g_assert_cmpstr (status_of (f, held), ==, "hold");
  later = byline_store_outbox_list (f->store, NULL, NULL);
  g_assert_cmpuint (later->len, ==, 1);
  g_assert_cmpstr (((BylineOutboxItem *) later->pdata[0])->kind, ==, "reply");

  /* An approved comment: a plain reply */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->queue), "queue.queue", "s", "approved"));
  approved = current_id (f);
  key (f, "r");
  g_assert_nonnull (find_label (GTK_WIDGET (detail), "Send Reply"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), "Thank you.", -1);
  key (f, "<Control>Return");
  g_assert_cmpstr (status_of (f, approved), ==, "approved");
  g_clear_pointer (&later, g_ptr_array_unref);
  later = byline_store_outbox_list (f->store, NULL, NULL);
  g_assert_cmpuint (later->len, ==, 2);
  g_assert_cmpstr (((BylineOutboxItem *) later->pdata[1])->kind, ==, "reply");

  /* A spam comment, or one in the trash: no reply box (the site would show
   * the reply under nothing); Reply is off there, button and key, as Spam
   * is on a spam comment, rather than on and refusing with a banner. */
  {
    GtkWidget *reply = find_button (GTK_WIDGET (f->queue), "queue.reply");
    const char *queues[] = { "spam", "trash" };

    g_assert_true (gtk_widget_get_sensitive (reply));
    for (guint i = 0; i < G_N_ELEMENTS (queues); i++)
      {
        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->queue), "queue.queue", "s", queues[i]));
        if (g_str_equal (queues[i], "trash"))
          {
            /* (a comment in the trash to answer) */
            g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->queue), "queue.queue", "s", "hold"));
            key (f, "d");
            g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->queue), "queue.queue", "s", "trash"));
            while (g_main_context_iteration (NULL, FALSE))
              ;
          }
        g_assert_cmpuint (n_items (f), >, 0);
        g_assert_cmpstr (status_of (f, current_id (f)), ==, queues[i]);
        g_assert_false (gtk_widget_get_sensitive (reply));
        g_assert_false (byline_test_activate_shortcut (GTK_WIDGET (f->queue), "r"));
        while (g_main_context_iteration (NULL, FALSE))
          ;
        g_assert_false (byline_comment_detail_get_replying (detail));
        g_assert_false (label_shown (f, "cannot be answered"));
      }
    /* and on again where there is something to answer */
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->queue), "queue.queue", "s", "approved"));
    while (g_main_context_iteration (NULL, FALSE))
      ;
    g_assert_true (gtk_widget_get_sensitive (reply));
  }
  g_clear_pointer (&later, g_ptr_array_unref);
  later = byline_store_outbox_list (f->store, NULL, NULL);
  {
    guint replies = 0;

    for (guint i = 0; i < later->len; i++)
      replies += g_strcmp0 (((BylineOutboxItem *) later->pdata[i])->kind, "reply") == 0;
    g_assert_cmpuint (replies, ==, 2);
  }
}

/* A reply whose parent is in the trash (or spam, or pending) says so:
 * WordPress shows no reply under a comment it does not show. */
static void
test_parent_status (Fixture       *f,
                    gconstpointer  data)
{
  BylineCommentDetail *detail = BYLINE_COMMENT_DETAIL (byline_comment_queue_get_detail (f->queue));
  g_autoptr(BylineCachedComment) child = byline_store_get_comment (f->store, current_id (f), NULL);
  g_autoptr(BylineCachedComment) parent = byline_cached_comment_new ();
  const char *statuses[] = { "trash", "spam", "hold", "approved" };
  const char *says[] = { "which is in the trash", "which is marked as spam", "which is pending", "In reply to Trashy: " };
  g_autoptr(GError) error = NULL;

  parent->account = g_strdup ("harbour");
  parent->remote_id = 300;
  parent->post_remote_id = child->post_remote_id;
  parent->author_name = g_strdup ("Trashy");
  parent->author_email = g_strdup ("trashy@example.org");
  parent->date_gmt = g_strdup ("2026-11-26T10:00:00Z");
  parent->content = g_strdup ("This one will be trashed.");
  child->parent = 300;
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_free (parent->status);
      parent->status = g_strdup (statuses[i]);
      g_assert_cmpint (byline_store_upsert_comment (f->store, parent, &error), >, 0);
      g_assert_cmpint (byline_store_upsert_comment (f->store, child, &error), >, 0);
      g_assert_no_error (error);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->queue), "queue.queue", "s", "all"));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->queue), "queue.queue", "s", "hold"));
      g_assert_nonnull (find_label (GTK_WIDGET (detail), says[i]));
      if (i < 3)
        g_assert_nonnull (find_label (GTK_WIDGET (detail), "shows"));
      else
        g_assert_null (find_label (GTK_WIDGET (detail), "shows"));
    }
}

/* The list item on screen that shows comment @id, or %NULL */
static GtkWidget *
list_item_of (Fixture *f,
              gint64   id)
{
  GtkWidget *view = g_object_get_data (G_OBJECT (f->queue), "list-view");

  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->queue));
  for (GtkWidget *child = gtk_widget_get_first_child (view); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);
      BylineComment *c;

      if (BYLINE_IS_COMMENT_ROW (row) && (c = byline_comment_row_get_comment (BYLINE_COMMENT_ROW (row))) &&
          gtk_widget_get_mapped (child) && byline_comment_get_data (c)->id == id)
        return child;
    }
  return NULL;
}

/* How many rows on screen show "Pingback" */
static guint
n_pingback_badges (Fixture *f)
{
  GtkWidget *view = g_object_get_data (G_OBJECT (f->queue), "list-view");
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (view); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *badge = gtk_widget_get_mapped (child) ? find_label (child, "Pingback") : NULL;

      n += badge != NULL && gtk_widget_get_visible (GTK_WIDGET (badge));
    }
  return n;
}

/* A pingback says it is one in its row (to the eye and to a screen
 * reader) and in the detail pane; a reader's comment does not say
 * "comment". */
static void
test_pingback_kind (Fixture       *f,
                    gconstpointer  data)
{
  BylineCommentDetail *detail = BYLINE_COMMENT_DETAIL (byline_comment_queue_get_detail (f->queue));
  g_autoptr(BylineCachedComment) current = byline_store_get_comment (f->store, current_id (f), NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *name = NULL;
  GtkWidget *item;

  g_assert_null (find_label (GTK_WIDGET (detail), "Pingback"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->queue));
  g_assert_cmpuint (n_pingback_badges (f), ==, 0);
  g_free (current->type);
  current->type = g_strdup ("pingback");
  g_assert_cmpint (byline_store_upsert_comment (f->store, current, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->queue), "queue.queue", "s", "all"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->queue), "queue.queue", "s", "hold"));
  g_assert_cmpint (current_id (f), ==, current->id);
  g_assert_nonnull (find_label (GTK_WIDGET (detail), "Pingback · Pending · spam score"));

  item = list_item_of (f, current->id);
  g_assert_nonnull (item);
  g_assert_cmpuint (n_pingback_badges (f), ==, 1);
  g_assert_nonnull (find_label (item, "Pingback"));
  /* (returns the label when it is not "") */
  name = gtk_test_accessible_check_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_LABEL, "");
  prefix = g_strdup_printf ("Pingback from %s, Pending: ", current->author_name);
  g_assert_nonnull (name);
  g_assert_true (g_str_has_prefix (name, prefix));
  g_free (byline_test_save_screenshot (GTK_WIDGET (f->window), "comment-queue-pingback.png"));
}

/* The status bar's "being sent" and "could not be sent" go once what
 * was waiting is sent. */
static void
test_sent_status_clears (Fixture       *f,
                         gconstpointer  data)
{
  FakeSite *site = fake_site_new ();
  BylineCommentDetail *detail = BYLINE_COMMENT_DETAIL (byline_comment_queue_get_detail (f->queue));
  GtkTextView *view = find_text_view (GTK_WIDGET (detail));

  site->next_id = 100;
  for (guint i = 0; i < G_N_ELEMENTS (seed); i++)
    fake_site_add (site, 7 + i % 2, seed[i].status, seed[i].author, seed[i].text, "2026-11-27T10:00:00");
  fake_site_add_account (site, f->store, "harbour");

  /* (the fixture's send waits a minute: a quick one may come back
   * before the status bar is looked at, as it did under ASan in CI) */
  key (f, "r");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), "Thanks.", -1);
  key (f, "<Control>Return");
  g_assert_nonnull (find_label (GTK_WIDGET (f->queue), "being sent"));
  byline_comment_queue_set_send_delay (f->queue, 10);
  byline_test_wait_until (byline_store_outbox_count (f->store, "pending", NULL) == 0 &&
                          find_label (GTK_WIDGET (f->queue), "being sent") == NULL, 10000);
  g_assert_null (find_label (GTK_WIDGET (f->queue), "being sent"));
  g_assert_cmpuint (site->writes, ==, 2);

  /* Not reached, then reached */
  site->fail_writes = 503;
  key (f, "a");
  byline_test_wait_until (find_label (GTK_WIDGET (f->queue), "could not be sent") != NULL, 10000);
  g_assert_nonnull (find_label (GTK_WIDGET (f->queue), "could not be sent"));
  site->fail_writes = 0;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->queue), "queue.approve", NULL));
  byline_test_wait_until (byline_store_outbox_count (f->store, "pending", NULL) == 0 &&
                          find_label (GTK_WIDGET (f->queue), "could not be sent") == NULL, 10000);
  g_assert_null (find_label (GTK_WIDGET (f->queue), "could not be sent"));

  fake_site_free (site);
}

/* A link written without a scheme ("www.links.example", as readers type
 * them) is a web address Byline offers to open (over http, after the
 * confirmation), not one it refuses; javascript: stays refused. */
static void
test_www_link (Fixture       *f,
               gconstpointer  data)
{
  BylineCommentDetail *detail = BYLINE_COMMENT_DETAIL (byline_comment_queue_get_detail (f->queue));
  GtkLabel *www = NULL;
  GtkLabel *js = NULL;

  for (guint i = 0; i < 8 && (www == NULL || js == NULL); i++)
    {
      if (www == NULL &&
          (www = (GtkLabel *) byline_test_find_widget (GTK_WIDGET (detail), byline_test_label_is, "www.links.example")))
        {
          g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (www), "error"));
          g_assert_cmpstr (gtk_widget_get_tooltip_text (gtk_widget_get_parent (GTK_WIDGET (www))), ==,
                           "Ask before opening this address");
        }
      if (js == NULL &&
          (js = (GtkLabel *) byline_test_find_widget (GTK_WIDGET (detail), byline_test_label_is, "javascript:alert(2)")))
        g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (js), "error"));
      key (f, "j");
    }
  g_assert_nonnull (www);
  g_assert_nonnull (js);
}

static gboolean
is_undo_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "queue.undo") == 0;
}

/* Undo is offered only when there is something to undo. */
static void
test_undo_sensitive (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *undo = byline_test_find_widget (GTK_WIDGET (f->queue), is_undo_button, NULL);

  g_assert_nonnull (undo);
  g_assert_false (gtk_widget_get_sensitive (undo));
  key (f, "a");
  g_assert_true (gtk_widget_get_sensitive (undo));
  key (f, "z");
  g_assert_false (gtk_widget_get_sensitive (undo));
}

static gboolean
is_type (GtkWidget     *widget,
         gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

/* Ctrl+A pressed in the list (the focus on a row of the grid view, which
 * has a Ctrl+A of its own) marks every comment. */
static void
test_ctrl_a_in_list (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *grid = byline_test_find_widget (GTK_WIDGET (f->queue), is_type, GSIZE_TO_POINTER (GTK_TYPE_GRID_VIEW));
  GtkWidget *row = gtk_widget_get_first_child (grid);

  g_assert_nonnull (row);
  g_assert_true (byline_test_dispatch_key (row, GDK_KEY_a, GDK_CONTROL_MASK));
  g_assert_nonnull (find_label (GTK_WIDGET (f->queue), "8 of 8"));
  key (f, "<Shift>a");
  g_assert_cmpuint (n_items (f), ==, 0);
}

/* A sync that brings a comment in above the cursor while every comment
 * is marked (Ctrl+A): the cursor stays on the comment the editor was
 * reading, and Shift+S spams the comments that were marked, not the one
 * that came in after. */
static void
test_sync_keeps_place (Fixture       *f,
                       gconstpointer  data)
{
  FakeSite *site = fake_site_new ();
  g_autoptr(BylineComment) last = NULL;
  gint64 reading;
  guint before;

  /* The site has what the cache has */
  site->next_id = 100;
  for (guint i = 0; i < G_N_ELEMENTS (seed); i++)
    {
      g_autofree char *date = g_strdup_printf ("2026-11-27T%02u:%02u:00", 20 - i, 5 * i);

      fake_site_add (site, 7 + i % 2, seed[i].status, seed[i].author, seed[i].text, date);
    }
  fake_site_add_account (site, f->store, "harbour");

  key (f, "j");
  reading = current_id (f);
  before = n_items (f);
  key (f, "<Control>a");
  g_assert_nonnull (find_label (GTK_WIDGET (f->queue), "8 of 8"));

  fake_site_add (site, 7, "hold", "Newcomer", "I came in after you marked them all.", "2026-11-28T09:00:00");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->queue), "queue.sync", NULL));
  byline_test_wait_until (find_label (GTK_WIDGET (f->queue), "Synced") != NULL, 10000);
  g_assert_nonnull (find_label (GTK_WIDGET (f->queue), "Synced"));
  g_assert_cmpuint (n_items (f), ==, before + 1);
  g_assert_cmpint (current_id (f), ==, reading);
  g_assert_nonnull (find_label (GTK_WIDGET (f->queue), "8 of 9"));

  key (f, "<Shift>s");
  g_assert_cmpuint (n_items (f), ==, 1);
  last = byline_comment_queue_get_current (f->queue);
  g_assert_cmpstr (byline_comment_get_data (last)->author_name, ==, "Newcomer");
  g_assert_cmpstr (status_of (f, byline_comment_get_id (last)), ==, "hold");
  g_assert_cmpstr (status_of (f, reading), ==, "spam");

  fake_site_free (site);
}

/* A change the site refuses for good (here a 400) is put back in the
 * queue as it was, and the status bar says so instead of "Sync tries
 * again" */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  FakeSite *site = fake_site_new ();
  g_autoptr(GPtrArray) outbox = NULL;
  gint64 first;

  /* The fixture's account, on the fake site now */
  fake_site_add_account (site, f->store, "harbour");
  site->fail_writes = 400;
  byline_comment_queue_set_send_delay (f->queue, 10);
  first = current_id (f);

  /* (approved at once; the 10 ms send may come back before key() does) */
  key (f, "a");
  byline_test_wait_until (find_label (GTK_WIDGET (f->queue), "refused") != NULL, 10000);
  g_assert_nonnull (find_label (GTK_WIDGET (f->queue), "refused"));
  g_assert_null (find_label (GTK_WIDGET (f->queue), "Sync tries again"));
  g_assert_cmpuint (site->writes, ==, 1);
  /* Back in the queue as it was, and the failed row kept for the outbox */
  g_assert_cmpstr (status_of (f, first), ==, "hold");
  g_assert_cmpuint (n_items (f), ==, 8);
  outbox = byline_store_outbox_list (f->store, "failed", NULL);
  g_assert_cmpuint (outbox->len, ==, 1);

  fake_site_free (site);
}

/* In a narrow window the list and the detail fold into one column (the
 * queue needed ~800 px before): a click opens a comment, Alt+Left or the
 * Back button goes back, widening shows both again. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *detail = byline_comment_queue_get_detail (f->queue);
  GtkGridView *list_view = g_object_get_data (G_OBJECT (f->queue), "list-view");
  AdwLeaflet *leaflet = ADW_LEAFLET (gtk_widget_get_ancestor (detail, ADW_TYPE_LEAFLET));
  GtkWidget *back = find_button (GTK_WIDGET (f->queue), "queue.back");
  int min = 0;

  gtk_widget_measure (GTK_WIDGET (f->queue), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  g_assert_cmpint (min, <=, 360);
  g_assert_true (leaflet != NULL && !adw_leaflet_get_folded (leaflet) && !gtk_widget_get_visible (back));
  gtk_window_set_default_size (f->window, 360, 720);
  byline_test_wait_until (adw_leaflet_get_folded (leaflet), 5000);
  g_assert_true (adw_leaflet_get_folded (leaflet) && adw_leaflet_get_visible_child (leaflet) != detail);
  /* The search is in sight, under the queues (it was scrolled off to
   * the right of them) */
  {
    GtkWidget *search = byline_comment_queue_get_search_entry (f->queue);
    graphene_rect_t bounds;

    byline_test_wait_until (gtk_widget_get_width (GTK_WIDGET (f->queue)) <= 360, 5000);
    while (g_main_context_iteration (NULL, FALSE))
      ;
    g_assert_true (gtk_widget_compute_bounds (search, GTK_WIDGET (f->queue), &bounds));
    g_assert_cmpfloat (bounds.origin.x, >=, 0);
    g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (f->queue)));
    g_assert_cmpfloat (bounds.size.width, >=, 150);
  }
  /* The queues are a menu, and the action bar's buttons fit: icons alone,
   * named for screen readers */
  {
    GtkWidget *menu = byline_test_find_widget (GTK_WIDGET (f->queue), is_queue_menu, NULL);
    GtkWidget *approve = find_button (GTK_WIDGET (f->queue), "queue.approve");
    GtkWidget *bar = gtk_widget_get_ancestor (approve, GTK_TYPE_ACTION_BAR);
    GtkWidget *toggle = find_button (GTK_WIDGET (f->queue), "queue.queue");
    int minimum = 0;

    g_assert_true (menu != NULL && gtk_widget_get_mapped (menu) && !gtk_widget_get_mapped (toggle));
    g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (menu)), ==, "Pending");
    gtk_widget_activate_action (GTK_WIDGET (f->queue), "queue.queue", "s", "spam");
    g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (menu)), ==, "Spam");
    gtk_widget_activate_action (GTK_WIDGET (f->queue), "queue.queue", "s", "hold");
    while (g_main_context_iteration (NULL, FALSE))
      ;
    gtk_widget_measure (bar, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    g_free (byline_test_save_screenshot (GTK_WIDGET (f->window), "comment-queue-narrow-list.png"));
    g_assert_cmpint (minimum, <=, gtk_widget_get_width (GTK_WIDGET (f->queue)));
    /* (the count moved up beside the menu) */
    g_assert_nonnull (byline_test_find_widget (gtk_widget_get_parent (menu), byline_test_label_contains, "comments"));
    g_assert_cmpstr (adw_button_content_get_label (ADW_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (approve)))), ==, "");
  }
  gtk_selection_model_select_item (gtk_grid_view_get_model (list_view), 2, TRUE);
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == detail && gtk_widget_get_visible (back));
  g_assert_cmpint (detail_id (f), ==, id_at (f, 2));
  byline_test_wait_until (!adw_leaflet_get_child_transition_running (leaflet), 5000);
  /* No label stands selected in it: focus went to the way back */
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) == back);
  g_free (byline_test_save_screenshot (GTK_WIDGET (f->window), "comment-queue-narrow.png"));
  /* and the keys work from it */
  key (f, "j");
  g_assert_cmpint (detail_id (f), ==, id_at (f, 3));
  key (f, "<Alt>Left");
  g_assert_true (adw_leaflet_get_visible_child (leaflet) != detail && !gtk_widget_get_visible (back));
  gtk_window_set_default_size (f->window, 1180, 720);
  byline_test_wait_until (!adw_leaflet_get_folded (leaflet) && gtk_widget_get_mapped (detail), 5000);
  g_assert_true (!adw_leaflet_get_folded (leaflet) && gtk_widget_get_mapped (detail) && !gtk_widget_get_visible (back));
  /* Wide again: the queues' buttons and the action bar's names are back */
  byline_test_wait_until (!gtk_widget_get_visible (byline_test_find_widget (GTK_WIDGET (f->queue), is_queue_menu, NULL)), 5000);
  g_assert_true (gtk_widget_get_mapped (find_button (GTK_WIDGET (f->queue), "queue.queue")));
  g_assert_cmpstr (adw_button_content_get_label (ADW_BUTTON_CONTENT (gtk_button_get_child (
                     GTK_BUTTON (find_button (GTK_WIDGET (f->queue), "queue.approve"))))), ==, "_Approve");
}

/* Every button of the toolbar and the action bar of @f's queue lies in
 * the window, none cut off at its edge or scrolled out of its bar */
static void
assert_buttons_in_window (Fixture *f,
                          int      width)
{
  GtkWidget *approve = find_button (GTK_WIDGET (f->queue), "queue.approve");
  GtkWidget *bars[] = {
    gtk_widget_get_first_child (GTK_WIDGET (f->queue)),   /* the toolbar */
    gtk_widget_get_ancestor (approve, GTK_TYPE_ACTION_BAR),
  };
  guint n_checked = 0;

  gtk_window_set_default_size (f->window, width, 720);
  byline_test_wait_until (gtk_widget_get_width (GTK_WIDGET (f->window)) == width, 5000);
  for (int i = 0; i < 20; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (10000);
    }
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), ==, width);

  for (guint b = 0; b < G_N_ELEMENTS (bars); b++)
    {
      g_autoptr(GPtrArray) stack = g_ptr_array_new ();

      g_ptr_array_add (stack, bars[b]);
      while (stack->len > 0)
        {
          GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

          for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
            g_ptr_array_add (stack, c);
          if (!GTK_IS_BUTTON (w) || !gtk_widget_get_mapped (w) ||
              gtk_widget_get_ancestor (w, GTK_TYPE_SEARCH_ENTRY) != NULL ||
              gtk_widget_get_ancestor (w, GTK_TYPE_DROP_DOWN) != NULL)
            continue;
          for (GtkWidget *a = w; a != NULL; a = gtk_widget_get_parent (a))
            {
              graphene_rect_t bounds;

              if (!GTK_IS_SCROLLED_WINDOW (a) && !GTK_IS_WINDOW (a))
                continue;
              g_assert_true (gtk_widget_compute_bounds (w, a, &bounds));
              if (bounds.origin.x < 0 || bounds.origin.x + bounds.size.width > gtk_widget_get_width (a) + 0.5)
                g_error ("At %d px, the %s button (%s) lies at %.0f..%.0f of its %s %d px wide",
                         width, G_OBJECT_TYPE_NAME (w), gtk_widget_get_tooltip_text (w),
                         bounds.origin.x, bounds.origin.x + bounds.size.width,
                         G_OBJECT_TYPE_NAME (a), gtk_widget_get_width (a));
            }
          n_checked++;
        }
    }
  /* (the queues, or their menu, and the actions) */
  g_assert_cmpuint (n_checked, >=, 8);
}

/* Between the wide layout and the fold the queue's buttons and actions
 * are all in sight: the 700 px window cut off Likely Spam and Undo */
static void
test_fits_near_fold (Fixture       *f,
                     gconstpointer  data)
{
  const int widths[] = { 1180, 900, 800, 760, 700, 690, 682, 670, 600, 360 };

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      assert_buttons_in_window (f, widths[i]);
      if (widths[i] == 700 || widths[i] == 900)
        {
          g_autofree char *name = g_strdup_printf ("comment-queue-%d.png", widths[i]);

          g_free (byline_test_save_screenshot (GTK_WIDGET (f->window), name));
        }
    }
  /* and wide again, all named */
  assert_buttons_in_window (f, 1180);
  g_assert_true (gtk_widget_get_mapped (find_button (GTK_WIDGET (f->queue), "queue.queue")));
  g_assert_cmpstr (adw_button_content_get_label (ADW_BUTTON_CONTENT (gtk_button_get_child (
                     GTK_BUTTON (find_button (GTK_WIDGET (f->queue), "queue.approve"))))), ==, "_Approve");
}

/* WordPress's date_gmt names no zone: it is read as GMT, not dropped. */
static void
test_format_date (void)
{
  g_autofree char *bare = byline_comment_format_date ("2023-03-03T10:42:00");
  g_autofree char *zoned = byline_comment_format_date ("2023-03-03T10:42:00Z");
  g_autofree char *offset = byline_comment_format_date ("2023-03-03T14:12:00+03:30");
  g_autofree char *junk = byline_comment_format_date ("yesterday");

  g_assert_cmpstr (bare, !=, "");
  /* "3 Mar 10:42", not " 3 Mar" (the detail said "spam score 0% ·  3 Mar") */
  g_assert_false (g_ascii_isspace (bare[0]));
  g_assert_cmpstr (bare, ==, zoned);
  g_assert_cmpstr (offset, ==, zoned);
  g_assert_cmpstr (junk, ==, "");
}

/* A list row's text (its rows show text in inscriptions) */
static gboolean
inscription_contains (GtkWidget     *widget,
                      gconstpointer  needle)
{
  return GTK_IS_INSCRIPTION (widget) && gtk_inscription_get_text (GTK_INSCRIPTION (widget)) != NULL &&
         strstr (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), needle) != NULL;
}

/* The bounds of what @widget draws, in its own coordinates (an
 * inscription draws its text clipped to its size) */
static graphene_rect_t
drawn_bounds (GtkWidget *widget)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderNode *inner;
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, 0, 0);

  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  inner = gsk_render_node_get_node_type (node) == GSK_CLIP_NODE ? gsk_clip_node_get_child (node) : node;
  gsk_render_node_get_bounds (inner, &bounds);
  return bounds;
}

static float
text_left_gap (GtkWidget *widget)
{
  return drawn_bounds (widget).origin.x;
}

static float
text_right_gap (GtkWidget *widget)
{
  graphene_rect_t bounds = drawn_bounds (widget);

  return gtk_widget_get_width (widget) - (bounds.origin.x + bounds.size.width);
}

/* A Persian comment in the English window reads from the right edge (it
 * sat at the left, its last word first), in its row and in the detail;
 * an English one stays at the left */
static void
test_rtl_text_aligned (Fixture       *f,
                       gconstpointer  data)
{
  BylineCommentDetail *detail = BYLINE_COMMENT_DETAIL (byline_comment_queue_get_detail (f->queue));
  GtkWidget *list = byline_test_find_widget (GTK_WIDGET (f->queue), is_type, GSIZE_TO_POINTER (GTK_TYPE_GRID_VIEW));
  GtkLabel *persian = NULL;
  GtkWidget *row;

  for (guint i = 0; i < G_N_ELEMENTS (seed) && persian == NULL; i++)
    {
      GtkLabel *english = find_label (GTK_WIDGET (detail), "timetable on page 2");

      if (english != NULL)
        g_assert_cmpfloat (gtk_label_get_xalign (english), ==, 0.0);
      if ((persian = find_label (GTK_WIDGET (detail), "گزارش خوبی بود")) == NULL)
        key (f, "j");
    }
  g_assert_nonnull (persian);
  g_assert_cmpfloat (gtk_label_get_xalign (persian), ==, 1.0);
  g_assert_cmpfloat (gtk_label_get_xalign (find_label (GTK_WIDGET (detail), "مریم احمدی")), ==, 1.0);

  /* In the list, where the text is drawn: at the right edge, or the left */
  row = byline_test_find_widget (list, inscription_contains, "گزارش خوبی بود");
  g_assert_nonnull (row);
  g_assert_cmpfloat (text_right_gap (row), <, 2);
  row = byline_test_find_widget (list, inscription_contains, "مریم احمدی");
  g_assert_nonnull (row);
  g_assert_cmpfloat (text_right_gap (row), <, 2);
  g_assert_cmpfloat (text_left_gap (row), >, 20);
  row = byline_test_find_widget (list, inscription_contains, "Great reporting");
  g_assert_nonnull (row);
  g_assert_cmpfloat (text_left_gap (row), <, 2);
}

int
main (int   argc,
      char *argv[])
{
  /* Accessible properties to check, without an accessibility bus */
  g_setenv ("GTK_A11Y", "test", TRUE);
  byline_test_ui_init (&argc, &argv);
  g_setenv ("BYLINE_PASSWORD", "abcd EFGH 1234 ijkl MNOP 5678", TRUE);

  g_test_add_func ("/comment-queue/format-date", test_format_date);
  g_test_add ("/comment-queue/keyboard", Fixture, NULL, setup, test_keyboard, teardown);
  g_test_add ("/comment-queue/waiting-counts", Fixture, NULL, setup, test_waiting_counts, teardown);
  g_test_add ("/comment-queue/bulk-keeps-comment", Fixture, NULL, setup, test_bulk_keeps_comment, teardown);
  g_test_add ("/comment-queue/history-in-words", Fixture, NULL, setup, test_history_in_words, teardown);
  g_test_add ("/comment-queue/empty-says-why", Fixture, NULL, setup, test_empty_says_why, teardown);
  g_test_add ("/comment-queue/no-sites", Fixture, NULL, setup, test_no_sites, teardown);
  g_test_add ("/comment-queue/account-added-elsewhere", Fixture, NULL, setup, test_account_added_elsewhere, teardown);
  g_test_add ("/comment-queue/filter-names", Fixture, NULL, setup, test_filter_names, teardown);
  g_test_add ("/comment-queue/status-badge", Fixture, NULL, setup, test_status_badge, teardown);
  g_test_add ("/comment-queue/edit", Fixture, NULL, setup, test_edit, teardown);
  g_test_add ("/comment-queue/ctrl-enter-in-box", Fixture, NULL, setup, test_ctrl_enter_in_box, teardown);
  g_test_add ("/comment-queue/hostile-inert", Fixture, NULL, setup, test_hostile_inert, teardown);
  g_test_add ("/comment-queue/likely-spam-order", Fixture, NULL, setup, test_likely_spam_order, teardown);
  g_test_add ("/comment-queue/refused", Fixture, NULL, setup, test_refused, teardown);
  g_test_add ("/comment-queue/reply-approves-held", Fixture, NULL, setup, test_reply_approves_held, teardown);
  g_test_add ("/comment-queue/parent-status", Fixture, NULL, setup, test_parent_status, teardown);
  g_test_add ("/comment-queue/pingback-kind", Fixture, NULL, setup, test_pingback_kind, teardown);
  g_test_add ("/comment-queue/sent-status-clears", Fixture, NULL, setup, test_sent_status_clears, teardown);
  g_test_add ("/comment-queue/www-link", Fixture, NULL, setup, test_www_link, teardown);
  g_test_add ("/comment-queue/rtl-text-aligned", Fixture, NULL, setup, test_rtl_text_aligned, teardown);
  g_test_add ("/comment-queue/undo-sensitive", Fixture, NULL, setup, test_undo_sensitive, teardown);
  g_test_add ("/comment-queue/ctrl-a-in-list", Fixture, NULL, setup, test_ctrl_a_in_list, teardown);
  g_test_add ("/comment-queue/sync-keeps-place", Fixture, NULL, setup, test_sync_keeps_place, teardown);
  g_test_add ("/comment-queue/narrow", Fixture, NULL, setup, test_narrow, teardown);
  g_test_add ("/comment-queue/fits-near-fold", Fixture, NULL, setup, test_fits_near_fold, teardown);

  return g_test_run ();
}
