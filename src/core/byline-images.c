/* byline-images.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-images"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <string.h>

#include "byline-images.h"
#include "byline-sha256.h"

/* An image added to a draft is COPIED into the data folder's `images/`
 * under the SHA-256 of its bytes and its (lowercased) extension, so the
 * draft keeps working when the original moves, and adding the same picture
 * twice stores it once. The Markdown refers to it as
 * `byline-image:<sha256>.<ext>`; the preview maps that to a `file:` URL
 * with byline_images_resolve(), the publisher to the uploaded media. */

#define MAX_EXT 8

static char *
extension_of (GFile *file)
{
  g_autofree char *base = g_file_get_basename (file);
  const char *dot = base ? strrchr (base, '.') : NULL;
  g_autofree char *ext = NULL;

  if (dot == NULL || dot[1] == '\0' || strlen (dot + 1) > MAX_EXT)
    return g_strdup ("img");

  ext = g_ascii_strdown (dot + 1, -1);
  for (const char *p = ext; *p; p++)
    if (!g_ascii_isalnum (*p))
      return g_strdup ("img");

  return g_steal_pointer (&ext);
}

/**
 * byline_images_name_is_valid:
 *
 * Returns: whether @name is a stored image's name: 64 lowercase hex
 *   digits, a dot and a short alphanumeric extension (so that it can never
 *   name a file outside the images folder)
 */
gboolean
byline_images_name_is_valid (const char *name)
{
  gsize len;

  if (name == NULL)
    return FALSE;

  len = strlen (name);
  if (len < 66 || len > 65 + MAX_EXT || name[64] != '.')
    return FALSE;
  for (guint i = 0; i < 64; i++)
    if (!g_ascii_isxdigit (name[i]) || g_ascii_isupper (name[i]))
      return FALSE;
  for (const char *p = name + 65; *p; p++)
    if (!g_ascii_isalnum (*p))
      return FALSE;

  return TRUE;
}

/**
 * byline_images_add_file:
 * @images_dir: the images folder (created if missing)
 * @file: the image to copy in
 *
 * Copies @file into @images_dir as `<sha256>.<ext>`, unless a file of that
 * name (the same bytes) is already there. Blocking: call it from a thread
 * for big files.
 *
 * Returns: (transfer full): the stored name, for `byline-image:NAME`, or
 *   %NULL with @error set
 */
char *
byline_images_add_file (const char    *images_dir,
                        GFile         *file,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *ext = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) dest = NULL;
  gconstpointer data;
  gsize size;

  g_return_val_if_fail (images_dir != NULL, NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!(bytes = g_file_load_bytes (file, cancellable, NULL, error)))
    return NULL;

  data = g_bytes_get_data (bytes, &size);
  if (size == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("The image file is empty"));
      return NULL;
    }
  hash = byline_sha256_for_data (data, size);

  ext = extension_of (file);
  name = g_strdup_printf ("%s.%s", hash, ext);
  path = g_build_filename (images_dir, name, NULL);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&name);

  if (g_mkdir_with_parents (images_dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not create the images folder “%s”: %s"), images_dir, g_strerror (saved));
      return NULL;
    }

  /* Written to a temporary name and renamed: never a half image */
  dest = g_file_new_for_path (path);
  if (!g_file_replace_contents (dest, data, size, NULL, FALSE, G_FILE_CREATE_PRIVATE,
                                NULL, cancellable, error))
    return NULL;

  return g_steal_pointer (&name);
}

/**
 * byline_images_resolve:
 * @images_dir: the images folder
 * @url: an image reference from the Markdown
 *
 * Returns: (transfer full) (nullable): the `file:` URI of a stored image
 *   for `byline-image:NAME`, or %NULL when @url is not one (or names no
 *   valid image)
 */
char *
byline_images_resolve (const char *images_dir,
                       const char *url)
{
  g_autofree char *path = NULL;
  const char *name;

  g_return_val_if_fail (images_dir != NULL, NULL);

  if (url == NULL || !g_str_has_prefix (url, BYLINE_IMAGE_SCHEME))
    return NULL;

  name = url + strlen (BYLINE_IMAGE_SCHEME);
  if (!byline_images_name_is_valid (name))
    return NULL;

  path = g_build_filename (images_dir, name, NULL);
  return g_filename_to_uri (path, NULL, NULL);
}
