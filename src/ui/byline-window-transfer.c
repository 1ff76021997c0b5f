/* byline-window-transfer.c: import, export, images, drag and drop
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-core.h"
#include "byline-ui.h"
#include "byline-window-private.h"

/* Wire copy comes in pasted (a dialog prefilled from the clipboard),
 * from a .txt file (file chooser or dropped on the window) and goes
 * through byline_import_wire_copy(); stories go out as Markdown, HTML or
 * JSON through byline_export_article(); images are copied into the data
 * folder by hash (byline_images_add_file()) and referenced from the
 * Markdown as `byline-image:NAME`. File choosers are GtkFileChooserNative,
 * so the Flatpak goes through the portal. */

/**
 * byline_window_import_text:
 * @text: wire copy (UTF-8)
 *
 * Imports @text as a new draft in the user's time zone, saves it and opens
 * it.
 */
gboolean
byline_window_import_text (BylineWindow  *self,
                           const char    *text,
                           GError       **error)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(BylineArticle) article = NULL;

  g_return_val_if_fail (BYLINE_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (self->context == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, _("There is no drafts store"));
      return FALSE;
    }
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("The text is not UTF-8"));
      return FALSE;
    }

  if (!(article = byline_import_wire_copy (text, -1, zone, error)) ||
      !byline_store_save_article (byline_context_get_store (self->context), article,
                                  BYLINE_SAVE_EXPLICIT, NULL, error))
    return FALSE;

  byline_window_set_article (self, article);
  byline_drafts_sidebar_select_id (self->drafts_sidebar, byline_article_get_id (article));
  return TRUE;
}

static void
import_file (BylineWindow *self,
             GFile        *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!g_file_load_contents (file, NULL, &text, NULL, NULL, &error) ||
      !byline_window_import_text (self, text, &error))
    _byline_window_toast_error (self, _("Could not import"), error);
}

static void
import_dialog_text (AdwMessageDialog *dialog,
                    BylineWindow     *self)
{
  GtkTextView *view = g_object_get_data (G_OBJECT (dialog), "byline-text-view");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (!byline_window_import_text (self, text, &error))
    _byline_window_toast_error (self, _("Could not import"), error);
}

static void
import_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    BylineWindow     *self)
{
  if (g_str_equal (response, "open"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.import-file", NULL);
  else if (g_str_equal (response, "import"))
    import_dialog_text (dialog, self);
}

/* Ctrl+Enter in the text imports it, as it sends a reply in the comment
 * queue (Enter alone is a new line in the story) */
static void
import_now_action_cb (GtkWidget *widget)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (gtk_widget_get_ancestor (widget, ADW_TYPE_MESSAGE_DIALOG));
  BylineWindow *self = BYLINE_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));

  g_object_ref (dialog);
  import_dialog_text (dialog, self);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
}

/* The dialog opens holding the clipboard's text, selected: the dialog
 * says "Paste", and a paste went after the text already there, so the
 * story was imported twice over, its second copy's headline and byline
 * read as subheadings. Selected, a paste replaces it (and typing too). */
static void
clipboard_text_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GtkTextBuffer) buffer = user_data;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, NULL);
  GtkTextIter start, end;

  if (text == NULL || gtk_text_buffer_get_char_count (buffer) != 0)
    return;

  gtk_text_buffer_set_text (buffer, text, -1);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_select_range (buffer, &start, &end);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  GtkWidget *dialog;
  GtkWidget *scroller;
  GtkWidget *view;
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Import Wire Copy"),
                                   _("Paste a plain-text story. Byline finds the headline, byline, "
                                     "dateline, date and subheadings, and leaves out the web page around it."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "open", _("_Open File…"),
                                    "import", _("_Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "import");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  view = gtk_text_view_new ();
  {
    GtkEventController *shortcuts = gtk_shortcut_controller_new ();
    GSimpleActionGroup *group = g_simple_action_group_new ();
    g_autoptr(GSimpleAction) now = g_simple_action_new ("import", NULL);

    g_signal_connect_swapped (now, "activate", G_CALLBACK (import_now_action_cb), view);
    g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (now));
    gtk_widget_insert_action_group (view, "wire-copy", G_ACTION_GROUP (group));
    g_object_unref (group);
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>Return|<Control>KP_Enter"),
                                                            gtk_named_action_new ("wire-copy.import")));
    gtk_widget_add_controller (view, shortcuts);
  }
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Wire copy"), -1);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 240);
  gtk_widget_set_size_request (scroller, 420, -1);
  gtk_widget_add_css_class (scroller, "card");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);
  g_object_set_data (G_OBJECT (dialog), "byline-text-view", view);

  if (gdk_content_formats_contain_gtype (gdk_clipboard_get_formats (clipboard), G_TYPE_STRING))
    gdk_clipboard_read_text_async (clipboard, NULL, clipboard_text_cb,
                                   g_object_ref (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view))));

  g_signal_connect_object (dialog, "response", G_CALLBACK (import_response_cb), self, 0);
  byline_ui_name_mnemonic_buttons (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (view);
}

/* File choosers */

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *mime_type,
            const char     *pattern)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);
  if (pattern != NULL)
    gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (chooser, filter);
}

typedef void (*ChosenFunc) (BylineWindow *self,
                            GFile        *file,
                            const char   *what);

static void
chooser_response_cb (GtkNativeDialog *native,
                     int              response,
                     BylineWindow    *self)
{
  ChosenFunc func = g_object_get_data (G_OBJECT (native), "byline-func");
  const char *what = g_object_get_data (G_OBJECT (native), "byline-what");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (file != NULL)
        func (self, file, what);
    }
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static GtkFileChooserNative *
chooser_new (BylineWindow         *self,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept,
             ChosenFunc            func,
             const char           *what)
{
  GtkFileChooserNative *native = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept, NULL);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_object_set_data (G_OBJECT (native), "byline-func", func);
  g_object_set_data_full (G_OBJECT (native), "byline-what", g_strdup (what), g_free);
  g_signal_connect_object (native, "response", G_CALLBACK (chooser_response_cb), self, 0);
  return native;
}

static void
import_chosen (BylineWindow *self,
               GFile        *file,
               const char   *what)
{
  import_file (self, file);
}

static void
import_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  GtkFileChooserNative *native = chooser_new (self, _("Open Wire Copy"), GTK_FILE_CHOOSER_ACTION_OPEN,
                                              _("_Import"), import_chosen, NULL);

  add_filter (GTK_FILE_CHOOSER (native), _("Plain Text"), "text/plain", "*.txt");
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/**
 * byline_window_export_to_file:
 *
 * Writes the open article to @file in @format.
 */
gboolean
byline_window_export_to_file (BylineWindow        *self,
                              BylineExportFormat   format,
                              GFile               *file,
                              GError             **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (BYLINE_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (self->article != NULL, FALSE);

  byline_editor_sync_to_article (self->editor);
  if (!(bytes = byline_export_article (self->article, format, _byline_window_map_image, self, error)))
    return FALSE;

  return g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, error);
}

static void
export_chosen (BylineWindow *self,
               GFile        *file,
               const char   *what)
{
  g_autoptr(GError) error = NULL;
  BylineExportFormat format;

  if (self->article == NULL)
    return;

  if (!byline_export_format_from_string (what, &format, &error) ||
      !byline_window_export_to_file (self, format, file, &error))
    _byline_window_toast_error (self, _("Could not export"), error);
  else
    byline_window_add_toast (self, adw_toast_new (_("Story exported")));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  const char *format_name = g_variant_get_string (parameter, NULL);
  GtkFileChooserNative *native;
  g_autofree char *name = NULL;
  const char *slug;
  BylineExportFormat format;

  if (self->article == NULL || !byline_export_format_from_string (format_name, &format, NULL))
    return;

  native = chooser_new (self, _("Export Story"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                        export_chosen, format_name);
  slug = byline_article_get_slug (self->article);
  name = g_strdup_printf ("%s.%s", slug[0] != '\0' ? slug : _("story"), byline_export_format_extension (format));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/**
 * byline_window_insert_image_file:
 *
 * Copies @file into the data folder's images (by hash) and inserts a
 * reference to it into the body at the cursor.
 */
gboolean
byline_window_insert_image_file (BylineWindow  *self,
                                 GFile         *file,
                                 GError       **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *alt = NULL;
  g_autofree char *markdown = NULL;
  char *dot;

  g_return_val_if_fail (BYLINE_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->context == NULL || self->article == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, _("No story is open"));
      return FALSE;
    }

  dir = byline_context_dup_images_dir (self->context);
  if (!(name = byline_images_add_file (dir, file, NULL, error)))
    return FALSE;

  /* The file's name is a first alt text; the details panel flags it */
  basename = g_file_get_basename (file);
  if ((dot = strrchr (basename, '.')) != NULL)
    *dot = '\0';
  alt = g_strdelimit (g_strdup (basename), "[]\\_*", ' ');
  markdown = g_strdup_printf ("![%s](%s%s)", alt, BYLINE_IMAGE_SCHEME, name);
  byline_editor_insert_markdown (self->editor, markdown);
  return TRUE;
}

static void
image_chosen (BylineWindow *self,
              GFile        *file,
              const char   *what)
{
  g_autoptr(GError) error = NULL;

  if (!byline_window_insert_image_file (self, file, &error))
    _byline_window_toast_error (self, _("Could not insert the image"), error);
}

static void
insert_image_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  GtkFileChooserNative *native = chooser_new (self, _("Insert Image"), GTK_FILE_CHOOSER_ACTION_OPEN,
                                              _("_Insert"), image_chosen, NULL);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Images"));
  gtk_file_filter_add_pixbuf_formats (filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* Drag and drop: a dropped .txt file is imported, a dropped image is
 * inserted into the open story */
static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         BylineWindow  *self)
{
  GSList *files = g_value_get_boxed (value);
  gboolean handled = FALSE;

  for (const GSList *l = files; l != NULL; l = l->next)
    {
      GFile *file = l->data;
      g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE,
                                                     G_FILE_QUERY_INFO_NONE, NULL, NULL);
      const char *type = info ? g_file_info_get_content_type (info) : NULL;
      g_autoptr(GError) error = NULL;

      if (type != NULL && g_content_type_is_mime_type (type, "image/*"))
        {
          if (!byline_window_insert_image_file (self, file, &error))
            _byline_window_toast_error (self, _("Could not insert the image"), error);
          handled = TRUE;
        }
      else if (type != NULL && g_content_type_is_a (type, "text/plain"))
        {
          import_file (self, file);
          handled = TRUE;
        }
    }

  return handled;
}

void
_byline_window_init_dnd (BylineWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

void
_byline_window_class_init_transfer (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.import-file", NULL, import_file_action);
  gtk_widget_class_install_action (widget_class, "win.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "win.insert-image", NULL, insert_image_action);

  /* (Ctrl+I is emphasis in the story) */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.import", NULL);
  /* (Ctrl+Shift+I opens GTK's Inspector where it is enabled) */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK | GDK_ALT_MASK,
                                       "win.insert-image", NULL);
}
