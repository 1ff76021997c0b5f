/* test-sha256.c: byline_sha256 gives GChecksum's SHA-256, byte for byte
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-sha256.h"

static void
test_known_vectors (void)
{
  g_autofree char *empty = byline_sha256_for_data ("", 0);
  g_autofree char *abc = byline_sha256_for_data ("abc", 3);

  g_assert_cmpstr (empty, ==, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  g_assert_cmpstr (abc, ==, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

/* Every length around the 64-byte blocks, a 1 MB buffer, and the same data
 * added in random pieces (nul-terminated ones too): what GChecksum says. */
static void
test_same_as_gchecksum (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (256);
  gsize big = 1024 * 1024 + 7;
  g_autofree guint8 *data = g_malloc (big);

  for (gsize i = 0; i < big; i++)
    data[i] = g_rand_int_range (rand, 1, 256);

  for (gsize length = 0; length < 300; length++)
    {
      g_autofree char *ours = byline_sha256_for_data (data, length);
      g_autofree char *glib = g_compute_checksum_for_data (G_CHECKSUM_SHA256, data, length);

      g_assert_cmpstr (ours, ==, glib);
    }

  for (guint round = 0; round < 20; round++)
    {
      gsize length = round == 0 ? big : (gsize) g_rand_int_range (rand, 0, 200000);
      g_autoptr(BylineSha256) sha = byline_sha256_new ();
      g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
      g_autofree char *ours = NULL;
      g_autofree char *again = NULL;

      for (gsize at = 0; at < length;)
        {
          gsize piece = MIN (length - at, (gsize) g_rand_int_range (rand, 0, 5000));

          byline_sha256_update (sha, data + at, piece);
          g_checksum_update (checksum, data + at, piece);
          at += piece;
        }
      /* A nul-terminated piece: up to its nul. */
      byline_sha256_update (sha, "b:Lena Okafor", -1);
      g_checksum_update (checksum, (const guchar *) "b:Lena Okafor", -1);

      ours = byline_sha256_get_string (sha);
      g_assert_cmpstr (ours, ==, g_checksum_get_string (checksum));
      /* Asking twice gives the same digest. */
      again = byline_sha256_get_string (sha);
      g_assert_cmpstr (again, ==, ours);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sha256/known-vectors", test_known_vectors);
  g_test_add_func ("/sha256/same-as-gchecksum", test_same_as_gchecksum);

  return g_test_run ();
}
