/* byline-comment-queue-private.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "byline-comment-detail.h"
#include "byline-comment-queue.h"

G_BEGIN_DECLS

struct _BylineCommentQueue
{
  GtkWidget               parent_instance;

  BylineStore            *store;
  BylineCommentList      *list;
  BylineCommentModerator *moderator;
  GtkSingleSelection     *selection;    /* the cursor */
  GHashTable             *marked;       /* ids (gint64 *) bulk actions act on */
  gboolean                all_marked;   /* every comment in the filtered list */
  char                   *queue;          /* hold, approved, spam, trash, all, likely-spam */
  char                   *site;           /* NULL: every account */
  gint64                  post;           /* story filter, 0: none */
  char                   *post_account;
  char                   *post_headline;
  char                   *author;         /* author filter */
  char                   *author_label;
  guint                   cursor;         /* G_MAXUINT: none */
  gboolean                updating;       /* the selection changes because of the cursor */
  GCancellable           *sync_cancellable;
  GPtrArray              *sync_accounts;
  guint                   send_id;
  guint                   send_delay;
  gboolean                send_status;    /* the status bar speaks of sending */
  GCancellable           *cancellable;
  guint                   count_id;       /* counting the waiting comments soon */
  guint                   count_generation;
  gint64                  pending_count;
  gint64                  likely_count;

  /* Template widgets */
  GtkSearchEntry         *search_entry;
  GtkDropDown            *site_dropdown;
  GtkRevealer            *status_revealer;
  GtkLabel               *status_label;
  GtkProgressBar         *progress_bar;
  GtkWidget              *cancel_button;
  GtkRevealer            *filter_revealer;
  GtkLabel               *filter_label;
  GtkStack               *list_stack;
  GtkGridView            *list_view;   /* one column: see byline-comment-queue.c */
  BylineCommentDetail    *detail;
  GtkLabel               *selection_label;
  GtkWidget              *sync_button;
  AdwStatusPage          *empty_page;
  AdwLeaflet             *leaflet;     /* list and detail; one at a time when narrow */
  GtkWidget              *back_button;
  GtkWidget              *toolbar;     /* one row, or two when narrow */
  GtkWidget              *queue_buttons;       /* the queues, wide */
  GtkWidget              *queue_menu_row;      /* the queues, narrow: */
  GtkWidget              *queue_menu_button;   /* a menu, */
  GtkWidget              *narrow_count_label;  /* and the count */
  GtkWidget              *action_bar;
  GtkWidget              *action_scroller;     /* the action bar's, as wide as the queue */
  int                     action_bar_width;    /* its natural width with the buttons' names */
  gboolean                narrow;              /* the two-row toolbar, icons alone in the bar */
  gboolean                narrow_applied;
  guint                   toolbar_id;
  GtkWidget              *dismiss_button;
  GtkWidget              *pending_button;
  GtkLabel               *pending_count_label;
  GtkWidget              *likely_button;
  GtkLabel               *likely_count_label;
};

/* byline-comment-queue.c */
void      _byline_comment_queue_set_cursor  (BylineCommentQueue *self,
                                             guint               position,
                                             gboolean            scroll);
GArray   *_byline_comment_queue_targets     (BylineCommentQueue *self,
                                             gboolean            selection);
void      _byline_comment_queue_apply_query (BylineCommentQueue *self);
gboolean  _byline_comment_queue_marking     (BylineCommentQueue *self);
void      _byline_comment_queue_unselect    (BylineCommentQueue *self);
void      _byline_comment_queue_detach      (BylineCommentQueue *self);
void      _byline_comment_queue_attach      (BylineCommentQueue *self);
void      _byline_comment_queue_clear_marks (BylineCommentQueue *self);
void      _byline_comment_queue_refresh_marks (BylineCommentQueue *self);
void      _byline_comment_queue_toggle_mark (BylineCommentQueue *self,
                                             gint64              id,
                                             gboolean            on);
void      _byline_comment_queue_mark_range  (BylineCommentQueue *self,
                                             guint               from,
                                             guint               to);

/* byline-comment-queue-actions.c */
void      _byline_comment_queue_class_init_actions (GtkWidgetClass *widget_class);
void      _byline_comment_queue_cancel_work (BylineCommentQueue *self);
void      _byline_comment_queue_schedule_send (BylineCommentQueue *self);
void      _byline_comment_queue_update_actions    (BylineCommentQueue *self);
void      _byline_comment_queue_update_empty_page (BylineCommentQueue *self);

/* byline-comment-queue-layout.c */
void      _byline_comment_queue_class_init_layout (GtkWidgetClass *widget_class);
void      _byline_comment_queue_init_fold   (BylineCommentQueue *self);
void      _byline_comment_queue_show_detail (BylineCommentQueue *self);
void      _byline_comment_queue_show_status (BylineCommentQueue *self,
                                             const char         *message,
                                             gboolean            busy);

/* byline-comment-queue-counts.c */
void      _byline_comment_queue_init_counts  (BylineCommentQueue *self);
void      _byline_comment_queue_count_later  (BylineCommentQueue *self);
void      _byline_comment_queue_cancel_count (BylineCommentQueue *self);

/* byline-comment-queue-keys.c */
void      _byline_comment_queue_init_shortcuts (BylineCommentQueue *self);
void      _byline_comment_queue_watch_moderator (BylineCommentQueue *self);

/* byline-comment-queue-marks.c */
void        _byline_comment_queue_update_selection_label (BylineCommentQueue *self);
gboolean    _byline_comment_queue_is_marked              (BylineCommentQueue *self,
                                                          gint64              id);

G_END_DECLS
