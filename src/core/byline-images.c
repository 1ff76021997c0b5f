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

/* Where the destination of the image whose "![" is at @p starts and ends:
 * `![alt](dest "title")` or `![alt](<dest> "title")`. FALSE when @p does
 * not start an inline image. */
static gboolean
find_image_destination (const char  *p,
                        const char **alt,
                        gsize       *alt_len,
                        const char **dest,
                        gsize       *dest_len)
{
  int depth = 0;

  *alt = p + 2;
  for (p += 1; *p != '\0' && *p != '\n'; p++)
    {
      if (*p == '\\' && p[1] != '\0' && p[1] != '\n')
        p++;
      else if (*p == '[')
        depth++;
      else if (*p == ']' && --depth == 0)
        break;
    }
  if (*p != ']' || p[1] != '(')
    return FALSE;
  *alt_len = p - *alt;
  p += 2;
  while (*p == ' ' || *p == '\t')
    p++;
  if (*p == '<')
    {
      const char *end = strpbrk (p + 1, ">\n");

      if (end == NULL || *end != '>')
        return FALSE;
      *dest = p + 1, *dest_len = end - p - 1;
      return TRUE;
    }
  *dest = p;
  for (depth = 0; *p != '\0' && !g_ascii_isspace (*p) && !(*p == ')' && depth == 0); p++)
    {
      if (*p == '\\' && p[1] != '\0' && !g_ascii_isspace (p[1]))
        p++;
      else if (*p == '(')
        depth++;
      else if (*p == ')')
        depth--;
    }
  *dest_len = p - *dest;
  return *dest_len > 0;
}

/* The file a relative image destination names in @base_dir, when there is
 * one; the destination is read as a URL (%20 is a space) or as written */
static GFile *
relative_image_file (const char *base_dir,
                     const char *dest,
                     gsize       dest_len)
{
  g_autofree char *written = g_strndup (dest, dest_len);
  g_autofree char *scheme = g_uri_parse_scheme (written);
  g_autofree char *decoded = NULL;
  g_autofree char *path = NULL;

  if (scheme != NULL || g_path_is_absolute (written) || written[0] == '#')
    return NULL;
  path = g_build_filename (base_dir, written, NULL);
  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return g_file_new_for_path (path);
  if ((decoded = g_uri_unescape_string (written, NULL)) != NULL)
    {
      g_free (path);
      path = g_build_filename (base_dir, decoded, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return g_file_new_for_path (path);
    }
  return NULL;
}

/**
 * byline_images_adopt_markdown:
 * @images_dir: the images folder
 * @markdown: a story's Markdown
 * @base_dir: the folder its relative image names are relative to (the
 *   folder of the file it was read from)
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Copies each picture that an image of @markdown names relative to
 * @base_dir (`![alt](photo.png "caption")`) into the images folder, as
 * inserting it in the window does, and refers to it as
 * `byline-image:NAME`: the story then finds it whatever folder it is
 * published from. Names of no file there, URLs, absolute paths and code
 * blocks stay as they are.
 *
 * Returns: (transfer full): the Markdown, or %NULL with @error set when a
 *   picture could not be copied
 */
char *
byline_images_adopt_markdown (const char    *images_dir,
                              const char    *markdown,
                              const char    *base_dir,
                              GCancellable  *cancellable,
                              GError       **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *p = markdown;
  const char *fence = NULL;
  gboolean line_start = TRUE;

  g_return_val_if_fail (images_dir != NULL, NULL);
  g_return_val_if_fail (markdown != NULL, NULL);
  g_return_val_if_fail (base_dir != NULL, NULL);

  while (*p != '\0')
    {
      const char *alt, *dest;
      gsize alt_len, dest_len;

      if (line_start)
        {
          const char *q = p;

          while (*q == ' ')
            q++;
          if (fence != NULL && strncmp (q, fence, 3) == 0)
            fence = NULL;
          else if (fence == NULL && (strncmp (q, "```", 3) == 0 || strncmp (q, "~~~", 3) == 0))
            fence = *q == '`' ? "```" : "~~~";
        }
      line_start = *p == '\n';
      if (fence == NULL && p[0] == '!' && p[1] == '[' && (p == markdown || p[-1] != '\\') &&
          find_image_destination (p, &alt, &alt_len, &dest, &dest_len))
        {
          g_autoptr(GFile) file = relative_image_file (base_dir, dest, dest_len);
          g_autofree char *name = NULL;

          if (file != NULL)
            {
              if (!(name = byline_images_add_file (images_dir, file, cancellable, error)))
                return NULL;
              g_string_append_len (out, p, dest - p);
              g_string_append (out, BYLINE_IMAGE_SCHEME);
              g_string_append (out, name);
              p = dest + dest_len;
              continue;
            }
        }
      g_string_append_c (out, *p);
      p++;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * byline_images_markdown_alts:
 * @markdown: a story's Markdown
 *
 * Returns: (transfer full): each inline image's destination as written
 *   (`byline-image:NAME`, a path) → its alt text as written, the first one's
 *   when a picture appears twice
 */
GHashTable *
byline_images_markdown_alts (const char *markdown)
{
  GHashTable *alts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_return_val_if_fail (markdown != NULL, alts);

  for (const char *p = strstr (markdown, "!["); p != NULL; p = strstr (p + 2, "!["))
    {
      const char *alt, *dest;
      gsize alt_len, dest_len;
      char *key;

      if (!find_image_destination (p, &alt, &alt_len, &dest, &dest_len))
        continue;
      key = g_strndup (dest, dest_len);
      if (g_hash_table_contains (alts, key))
        g_free (key);
      else
        g_hash_table_insert (alts, key, g_strndup (alt, alt_len));
    }
  return alts;
}
