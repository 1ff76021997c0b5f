/* byline-preview-window.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-preview"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-article-render.h"
#include "byline-preview-window.h"
#include "byline-ui.h"

/* The story as a reader sees it: byline_article_render_preview_html() (the
 * conversion the publisher uses; everything escaped, no raw HTML, a
 * Content-Security-Policy allowing no scripts and no remote loads) shown in
 * WebKitGTK with JavaScript off, in markup and in the page. Navigation is
 * refused except to our own page; a clicked link is shown with its address
 * and opens in the user's browser only when they say so. */

struct _BylinePreviewWindow
{
  AdwWindow         parent_instance;

  char             *html;
  char             *pending_uri;
  WebKitWebView    *web_view;
  AdwToastOverlay  *toast_overlay;
  AdwWindowTitle   *window_title;
};

G_DEFINE_FINAL_TYPE (BylinePreviewWindow, byline_preview_window, ADW_TYPE_WINDOW)

#define PREVIEW_BASE_URI "file:///"

/**
 * byline_preview_settings_new:
 *
 * Returns: (transfer full): the preview's WebKit settings: no JavaScript,
 *   no plugins, no storage, no developer tools
 */
WebKitSettings *
byline_preview_settings_new (void)
{
  return webkit_settings_new_with_settings ("enable-javascript", FALSE,
                                            "enable-javascript-markup", FALSE,
                                            "javascript-can-open-windows-automatically", FALSE,
                                            "javascript-can-access-clipboard", FALSE,
                                            "enable-html5-database", FALSE,
                                            "enable-html5-local-storage", FALSE,
                                            "enable-developer-extras", FALSE,
                                            "enable-webaudio", FALSE,
                                            "enable-webgl", FALSE,
                                            "enable-media", FALSE,
                                            "enable-dns-prefetching", FALSE,
                                            "auto-load-images", TRUE,
                                            NULL);
}

/**
 * byline_preview_allows_uri:
 *
 * Returns: whether the preview may load @uri itself: only the page it was
 *   given (about:) and local files (the draft's images)
 */
gboolean
byline_preview_allows_uri (const char *uri)
{
  g_autofree char *scheme = uri ? g_uri_parse_scheme (uri) : NULL;

  return scheme != NULL && (g_ascii_strcasecmp (scheme, "about") == 0 ||
                            g_ascii_strcasecmp (scheme, "file") == 0);
}

static void
open_link_cb (AdwToast            *toast,
              BylinePreviewWindow *self)
{
  if (self->pending_uri != NULL)
    gtk_show_uri (GTK_WINDOW (self), self->pending_uri, GDK_CURRENT_TIME);
}

static void
offer_link (BylinePreviewWindow *self,
            const char          *uri)
{
  g_autofree char *title = NULL;
  g_autofree char *escaped = g_markup_escape_text (uri, -1);
  AdwToast *toast;

  g_free (self->pending_uri);
  self->pending_uri = g_strdup (uri);

  /* Translators: %s is a web address from the story */
  title = g_strdup_printf (_("Link to %s"), escaped);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open in Browser"));
  adw_toast_set_timeout (toast, 10);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_link_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static gboolean
decide_policy_cb (WebKitWebView            *web_view,
                  WebKitPolicyDecision     *decision,
                  WebKitPolicyDecisionType  type,
                  BylinePreviewWindow      *self)
{
  WebKitNavigationAction *action;
  WebKitURIRequest *request;
  const char *uri;

  if (type == WEBKIT_POLICY_DECISION_TYPE_RESPONSE)
    {
      uri = webkit_uri_request_get_uri (webkit_response_policy_decision_get_request (WEBKIT_RESPONSE_POLICY_DECISION (decision)));
      if (byline_preview_allows_uri (uri))
        webkit_policy_decision_use (decision);
      else
        webkit_policy_decision_ignore (decision);
      return TRUE;
    }

  action = webkit_navigation_policy_decision_get_navigation_action (WEBKIT_NAVIGATION_POLICY_DECISION (decision));
  request = webkit_navigation_action_get_request (action);
  uri = webkit_uri_request_get_uri (request);

  if (type == WEBKIT_POLICY_DECISION_TYPE_NAVIGATION_ACTION &&
      webkit_navigation_action_get_navigation_type (action) == WEBKIT_NAVIGATION_TYPE_OTHER &&
      g_strcmp0 (uri, PREVIEW_BASE_URI) == 0)
    {
      webkit_policy_decision_use (decision);
      return TRUE;
    }

  /* Everything else stays out of the preview; a click the user made is
   * offered to their browser */
  webkit_policy_decision_ignore (decision);
  if (webkit_navigation_action_is_user_gesture (action) && uri != NULL &&
      (g_str_has_prefix (uri, "https://") || g_str_has_prefix (uri, "http://")))
    offer_link (self, uri);

  return TRUE;
}

static gboolean
context_menu_cb (WebKitWebView       *web_view,
                 WebKitContextMenu   *menu,
                 WebKitHitTestResult *hit,
                 gpointer             user_data)
{
  /* No "Open Link", no "Inspect Element" */
  return TRUE;
}

static void
byline_preview_window_finalize (GObject *object)
{
  BylinePreviewWindow *self = (BylinePreviewWindow *)object;

  g_free (self->html);
  g_free (self->pending_uri);

  G_OBJECT_CLASS (byline_preview_window_parent_class)->finalize (object);
}

static void
byline_preview_window_class_init (BylinePreviewWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  byline_ui_ensure_resources ();

  object_class->finalize = byline_preview_window_finalize;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
byline_preview_window_init (BylinePreviewWindow *self)
{
  g_autoptr(WebKitSettings) settings = byline_preview_settings_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("Preview"));
  gtk_window_set_default_size (GTK_WINDOW (self), 760, 680);

  self->web_view = g_object_new (WEBKIT_TYPE_WEB_VIEW,
                                 "settings", settings,
                                 "vexpand", TRUE,
                                 NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->web_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Story preview"), -1);
  g_signal_connect_object (self->web_view, "decide-policy", G_CALLBACK (decide_policy_cb), self, 0);
  g_signal_connect (self->web_view, "context-menu", G_CALLBACK (context_menu_cb), NULL);

  self->toast_overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toast_overlay, GTK_WIDGET (self->web_view));
  self->window_title = ADW_WINDOW_TITLE (adw_window_title_new (_("Preview"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->window_title));
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->toast_overlay));
  adw_window_set_content (ADW_WINDOW (self), box);
}

/**
 * byline_preview_window_new:
 * @image_func: (nullable) (scope call): maps `byline-image:` references to
 *   `file:` URLs
 *
 * Renders @article now (later edits are not followed: open it again).
 */
BylinePreviewWindow *
byline_preview_window_new (GtkWindow            *parent,
                           BylineArticle        *article,
                           BylineUrlRewriteFunc  image_func,
                           gpointer              user_data)
{
  BylinePreviewWindow *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (BYLINE_IS_ARTICLE (article), NULL);

  self = g_object_new (BYLINE_TYPE_PREVIEW_WINDOW,
                       "transient-for", parent,
                       NULL);

  /* Which story (the preview does not follow later edits, and several may
   * be open): its headline under the title */
  adw_window_title_set_subtitle (self->window_title, byline_article_get_headline (article));
  self->html = byline_article_render_preview_html (article, image_func, user_data, &error);
  if (self->html == NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      self->html = g_strdup_printf ("<!DOCTYPE html><p>%s</p>", escaped);
    }
  webkit_web_view_load_html (self->web_view, self->html, PREVIEW_BASE_URI);

  return self;
}

/**
 * byline_preview_window_get_html:
 *
 * Returns: the page the preview shows
 */
const char *
byline_preview_window_get_html (BylinePreviewWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_PREVIEW_WINDOW (self), NULL);

  return self->html;
}

WebKitWebView *
byline_preview_window_get_web_view (BylinePreviewWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_PREVIEW_WINDOW (self), NULL);

  return self->web_view;
}
