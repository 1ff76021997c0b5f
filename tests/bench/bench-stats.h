/* bench-stats.h: the order statistics every benchmark reports
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <math.h>
#include <stdlib.h>

#include <glib.h>

G_GNUC_UNUSED static int
bench_compare_doubles (gconstpointer a,
                       gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* The @p-th fraction of the times in @ms (sorted in place) */
G_GNUC_UNUSED static double
percentile (GArray *ms,
            double  p)
{
  g_array_sort (ms, bench_compare_doubles);
  return g_array_index (ms, double, MIN (ms->len - 1, (guint) ceil (p * ms->len) - 1));
}

/* The median of @n values (sorted in place) */
G_GNUC_UNUSED static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), bench_compare_doubles);
  return values[n / 2];
}
