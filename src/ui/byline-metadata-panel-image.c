/* byline-metadata-panel-image.c: the featured image — its copy in the
 * images folder and its thumbnail, both made on a worker thread
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-metadata-panel"

#include "config.h"

#include "byline-images.h"
#include "byline-paths.h"
#include "byline-metadata-panel-private.h"

/* Twice the preview's 64×40, for a scale-2 screen */
#define THUMB_SIZE 160

/* Choosing a picture copies it into the images folder (reading, hashing
 * and writing a big photo takes a while) and decodes a small thumbnail of
 * it; showing a story's picture decodes the thumbnail. Both run on a
 * thread with a GCancellable: the choice is cancelled when the panel
 * shows another story, the image is cleared or chosen again, or the
 * window closes, so a late result never lands on another story; a
 * thumbnail is cancelled when another picture is to be shown. */

typedef struct
{
  GFile     *source;       /* choosing: the file to copy in; else NULL */
  char      *images_dir;
  char      *path;         /* the picture to make a thumbnail of */
  GdkPixbuf *thumb;
  char      *copy_error;   /* the copy failed: the original is used */
} ImageJob;

static void
image_job_free (ImageJob *job)
{
  g_clear_object (&job->source);
  g_free (job->images_dir);
  g_free (job->path);
  g_clear_object (&job->thumb);
  g_free (job->copy_error);
  g_free (job);
}

char *
_byline_metadata_panel_images_dir (void)
{
  g_autofree char *data_dir = byline_paths_data_dir ();

  return g_build_filename (data_dir, "images", NULL);
}

static void
image_job_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ImageJob *job = task_data;
  g_autoptr(GError) error = NULL;

  if (job->source != NULL)
    {
      g_autofree char *stored = byline_images_add_file (job->images_dir, job->source, cancellable, &error);

      if (stored != NULL)
        job->path = g_build_filename (job->images_dir, stored, NULL);
      else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      else
        {
          job->copy_error = g_strdup (error->message);
          job->path = g_file_get_path (job->source);
          g_clear_error (&error);
        }
    }
  if (g_task_return_error_if_cancelled (task))
    return;

  /* Not a picture GdkPixbuf reads: no thumbnail, the row still names it */
  if (job->path != NULL)
    job->thumb = gdk_pixbuf_new_from_file_at_scale (job->path, THUMB_SIZE, THUMB_SIZE, TRUE, NULL);
  g_task_return_boolean (task, TRUE);
}

static void
run_image_job (BylineMetadataPanel *self,
               ImageJob            *job,
               GCancellable        *cancellable,
               GAsyncReadyCallback  callback)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, NULL);

  g_task_set_source_tag (task, run_image_job);
  g_task_set_task_data (task, job, (GDestroyNotify) image_job_free);
  g_task_run_in_thread (task, image_job_thread);
}

static void
set_thumb (BylineMetadataPanel *self,
           const char          *path,
           GdkPixbuf           *pixbuf)
{
  g_free (self->thumb_path);
  self->thumb_path = g_strdup (path);
  g_clear_object (&self->thumb);
  if (pixbuf != NULL)
    self->thumb = GDK_PAINTABLE (gdk_texture_new_for_pixbuf (pixbuf));
}

static void
thumb_ready_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  BylineMetadataPanel *self = BYLINE_METADATA_PANEL (object);
  ImageJob *job = g_task_get_task_data (G_TASK (result));

  if (!g_task_propagate_boolean (G_TASK (result), NULL))
    return;   /* cancelled: another picture is shown by now */
  g_clear_object (&self->thumb_cancellable);
  g_clear_pointer (&self->thumb_loading, g_free);
  set_thumb (self, job->path, job->thumb);
  gtk_picture_set_paintable (self->image_preview, self->thumb);
}

/* Shows the picture at @path (NULL: none) as a thumbnail made on a
 * thread: the one made when it was chosen, or a new one. */
void
_byline_metadata_panel_show_image (BylineMetadataPanel *self,
                                   const char          *path)
{
  /* Already on its way (the alt text typed meanwhile shows it again) */
  if (path != NULL && self->thumb_cancellable != NULL && g_strcmp0 (path, self->thumb_loading) == 0)
    return;
  g_cancellable_cancel (self->thumb_cancellable);
  g_clear_object (&self->thumb_cancellable);
  g_clear_pointer (&self->thumb_loading, g_free);
  if (path != NULL && g_strcmp0 (path, self->thumb_path) == 0)
    {
      gtk_picture_set_paintable (self->image_preview, self->thumb);
      return;
    }
  gtk_picture_set_paintable (self->image_preview, NULL);
  if (path != NULL)
    {
      ImageJob *job = g_new0 (ImageJob, 1);

      job->path = g_strdup (path);
      self->thumb_cancellable = g_cancellable_new ();
      self->thumb_loading = g_strdup (path);
      run_image_job (self, job, self->thumb_cancellable, thumb_ready_cb);
    }
}

/* Drops a choice still being copied (another story, the image cleared or
 * chosen again, the window closing) and a thumbnail being made. */
void
_byline_metadata_panel_cancel_image (BylineMetadataPanel *self)
{
  g_cancellable_cancel (self->image_cancellable);
  g_clear_object (&self->image_cancellable);
  g_cancellable_cancel (self->thumb_cancellable);
  g_clear_object (&self->thumb_cancellable);
  g_clear_pointer (&self->thumb_loading, g_free);
}

static void
image_copied_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  BylineMetadataPanel *self = BYLINE_METADATA_PANEL (object);
  ImageJob *job = g_task_get_task_data (G_TASK (result));

  /* Cancelled: the panel shows another story (or none) by now */
  if (!g_task_propagate_boolean (G_TASK (result), NULL))
    return;
  g_clear_object (&self->image_cancellable);
  if (job->copy_error != NULL)
    g_warning ("Could not copy the featured image: %s", job->copy_error);
  if (self->article == NULL || job->path == NULL)
    return;

  /* Another picture: the site's copy of the old one no longer applies */
  set_thumb (self, job->path, job->thumb);
  byline_article_set_image_path (self->article, job->path);
  byline_article_set_image_media_id (self->article, 0);
}

/**
 * byline_metadata_panel_set_image_file:
 * @file: the picture chosen as the featured image
 *
 * Makes @file the article's featured image. It is kept as a copy in the
 * images folder, as images in the text are: the story keeps its picture
 * when the original is moved or deleted (the original is used when it
 * cannot be copied). The copy and the thumbnail are made on a thread: the
 * article gets the picture when they are done, unless the panel shows
 * another story by then (or the window closed).
 */
void
byline_metadata_panel_set_image_file (BylineMetadataPanel *self,
                                      GFile               *file)
{
  ImageJob *job;

  g_return_if_fail (BYLINE_IS_METADATA_PANEL (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->article == NULL)
    return;

  g_cancellable_cancel (self->image_cancellable);
  g_clear_object (&self->image_cancellable);
  self->image_cancellable = g_cancellable_new ();
  job = g_new0 (ImageJob, 1);
  job->source = g_object_ref (file);
  job->images_dir = _byline_metadata_panel_images_dir ();
  run_image_job (self, job, self->image_cancellable, image_copied_cb);
}
