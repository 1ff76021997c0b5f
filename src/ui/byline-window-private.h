/* byline-window-private.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-drafts-sidebar.h"
#include "byline-comment-queue.h"
#include "byline-publish-popover.h"
#include "byline-window.h"

G_BEGIN_DECLS

struct _BylineWindow
{
  AdwApplicationWindow  parent_instance;

  BylineContext        *context;
  GSettings            *settings;
  BylineArticle        *article;
  GCancellable         *cancellable;
  GCancellable         *load_cancellable;

  /* Saving (byline-window-save.c) */
  BylineArticle        *saving_article;
  BylineDeletedArticle *deleted;   /* until another delete: for Undo */
  guint                 autosave_source;
  guint                 autosave_max_source;
  BylineSaveFlags       pending_flags;
  guint                 dirty : 1;
  guint                 save_again : 1;
  char                 *drafts_sort;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwFlap              *sidebar_flap;
  GtkWidget            *sidebar;
  BylineDraftsSidebar  *drafts_sidebar;
  AdwStatusPage        *empty_page;
  AdwHeaderBar         *sidebar_header;
  AdwFlap              *metadata_flap;
  AdwHeaderBar         *editor_header;
  AdwWindowTitle       *window_title;
  GtkWidget            *sidebar_button;
  GtkWidget            *find_button;
  GtkWidget            *publish_button;
  GtkWidget            *metadata_button;
  GtkWidget            *comments_button;
  gboolean              comments_visible;   /* last notified */
  GtkStack             *main_stack;
  BylineEditor         *editor;
  BylinePublishPopover *publish_popover;
  BylineCommentQueue   *comment_queue;
  BylineMetadataPanel  *metadata_panel;

  gboolean              sidebar_visible;
  gboolean              metadata_visible;
};

static inline BylineStore *
_byline_window_get_store (BylineWindow *self)
{
  return self->context ? byline_context_get_store (self->context) : NULL;
}

/* byline-window-save.c: autosave, Ctrl+S, the last save on close */
void     _byline_window_save_dispose     (BylineWindow    *self);
void     _byline_window_article_changed  (BylineWindow    *self,
                                          GParamSpec      *pspec,
                                          BylineArticle   *article);
void     _byline_window_save             (BylineWindow    *self,
                                          BylineSaveFlags  flags);
gboolean _byline_window_save_sync        (BylineWindow    *self);
void     _byline_window_refresh_names    (BylineWindow    *self);
void     _byline_window_open_id          (BylineWindow    *self,
                                          gint64           id);

/* byline-window-actions.c: the window's actions on drafts */
void     _byline_window_class_init_actions (GtkWidgetClass *widget_class);
void     _byline_window_update_actions   (BylineWindow    *self);
void     _byline_window_toast_error      (BylineWindow    *self,
                                          const char      *what,
                                          const GError    *error);

/* byline-window-transfer.c: import, export, images, drag and drop */
void     _byline_window_class_init_transfer (GtkWidgetClass *widget_class);

/* Panes and views (byline-window-panes.c) */
gboolean _byline_window_showing_comments (BylineWindow   *self);
void     _byline_window_apply_panes      (BylineWindow    *self);
void     _byline_window_init_panes       (BylineWindow    *self);
void     _byline_window_show_story       (BylineWindow    *self);
void     _byline_window_init_dnd         (BylineWindow    *self);
char    *_byline_window_map_image        (const char      *url,
                                          gpointer         user_data);

G_END_DECLS
