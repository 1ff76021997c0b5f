/* bench-store.c: figures for the drafts store (run by build-aux/bench)
 *
 * Seeds a database with BENCH_ARTICLES (default 100,000) articles of about
 * 800 words each, mixed English, Persian and Russian, drawn from a Zipf
 * distribution over a 20,000-word vocabulary per language (a few hundred
 * real words at the top, generated word forms below). The seeded file is
 * kept in BENCH_DATA_DIR and reused by later runs.
 *
 * Prints one row per figure: name TAB value TAB unit TAB target TAB ok,
 * which build-aux/bench formats into the table.
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

#include "byline-core.h"
#include "byline-store-private.h"

#include "bench-stats.h"

#define VOCABULARY 20000
#define REPEATS 20
/* FTS5's own bm25() and snippet() cost several times more: fewer rounds. */
#define PLAIN_REPEATS 4
/* Attempts of each side, interleaved, the best of each kept */
#define ATTEMPTS 5

typedef struct
{
  GPtrArray *words;
  double    *cumulative;
} Language;

static const char *english_top =
  "the of and to in a is that for it as was with be by on not he this are or his from at which but "
  "have an they you were her she there been one all we their has would when if more no out so said "
  "what up its about into than them can only other new some could time these two may then do first "
  "any my now such like our over man me even most made after also did many before must through back "
  "years where much your way well down should because each just those people how too little state "
  "good very make world still own see men work long get here between both life being under never day "
  "same another know while last might us great old year off come since against go came right used "
  "take three city council harbour ferry minister police government report officials election market "
  "prices workers school hospital court judge river bridge budget transport electric passengers "
  "station energy water housing rent wages strike protest capital region province village border";
static const char *russian_top =
  "и в не на я быть он с что а по это она этот к но они мы как из у который то за свой весь год "
  "от так о для ты же все тот мочь вы человек такой его сказать только или еще бы себя один как "
  "уже до время если сам когда другой вот говорить наш мой знать стать при чтобы дело жизнь кто "
  "первый очень два день её новый рука даже во со раз где там под можно ну какой после их работа "
  "без самый потом надо хотеть ли слово идти большой должен место иметь ничто город паром порт "
  "мэрия правительство министр полиция выборы рынок цены рабочие школа больница суд река мост "
  "бюджет транспорт пассажиры станция энергия вода жильё зарплата забастовка столица область";
static const char *persian_top =
  "و در به از که این را با است برای آن یک خود تا کرد بر هم نیز شد می‌شود وی ما اما یا شده باید "
  "هر آنها بود او دیگر دو مورد کنند شود کند همه ایران پس بین سال روز کار دولت مردم شهر تهران "
  "اتوبوس برقی شهرداری وزیر پلیس انتخابات بازار قیمت کارگران مدرسه بیمارستان دادگاه رودخانه پل "
  "بودجه حمل‌ونقل مسافران ایستگاه انرژی آب مسکن اجاره دستمزد اعتصاب پایتخت استان روستا مرز "
  "می‌گوید می‌کنند گفت خبر گزارش جدید بزرگ مهم اول آخر خوب زیاد کم بیشتر باشد نخواهد خواهد";

static const char *consonants_en[] = { "b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "st", "tr", "br" };
static const char *vowels_en[] = { "a", "e", "i", "o", "u", "ea", "ou", "ai" };
static const char *consonants_ru[] = { "б", "в", "г", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с", "т", "ф", "х", "ч", "ш", "ст", "пр" };
static const char *vowels_ru[] = { "а", "е", "и", "о", "у", "ы", "я", "ё" };
static const char *consonants_fa[] = { "ب", "پ", "ت", "ج", "چ", "د", "ر", "ز", "س", "ش", "ف", "ک", "گ", "ل", "م", "ن", "ه", "خ", "ق", "غ" };
static const char *vowels_fa[] = { "ا", "و", "ی", "", "", "ا" };

static const char *names[] = {
  "Lena Okafor", "Dmitri Volkov", "Sara Ahmadi", "Samuel Reyes", "Maryam Karimi", "Olga Petrova",
  "James Whitfield", "Reza Tehrani", "Anna Sokolova", "Niloufar Rahimi", "Tom Becker", "Igor Lebedev",
};
static const char *sections[] = { "City", "World", "Politics", "Business", "Culture", "Sport", "Science", "Opinion" };

static Language languages[3];

static void
build_language (Language    *lang,
                const char  *top,
                const char **consonants,
                guint        n_consonants,
                const char **vowels,
                guint        n_vowels,
                GRand       *rand)
{
  g_auto(GStrv) real = g_strsplit (top, " ", -1);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  double total = 0;

  lang->words = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; real[i] != NULL; i++)
    if (real[i][0] != '\0' && g_hash_table_add (seen, real[i]))
      g_ptr_array_add (lang->words, g_strdup (real[i]));

  while (lang->words->len < VOCABULARY)
    {
      GString *word = g_string_new (NULL);
      guint syllables = g_rand_int_range (rand, 2, 5);
      char *text;

      for (guint s = 0; s < syllables; s++)
        {
          g_string_append (word, consonants[g_rand_int_range (rand, 0, n_consonants)]);
          g_string_append (word, vowels[g_rand_int_range (rand, 0, n_vowels)]);
        }
      text = g_string_free (word, FALSE);
      if (g_hash_table_contains (seen, text))
        {
          g_free (text);
          continue;
        }
      g_ptr_array_add (lang->words, text);
      g_hash_table_add (seen, text);
    }

  lang->cumulative = g_new (double, lang->words->len);
  for (guint r = 0; r < lang->words->len; r++)
    {
      total += 1.0 / (r + 1);
      lang->cumulative[r] = total;
    }
  for (guint r = 0; r < lang->words->len; r++)
    lang->cumulative[r] /= total;
}

static const char *
zipf_word (Language *lang,
           GRand    *rand)
{
  double u = g_rand_double (rand);
  guint lo = 0, hi = lang->words->len - 1;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (lang->cumulative[mid] < u)
        lo = mid + 1;
      else
        hi = mid;
    }
  return g_ptr_array_index (lang->words, lo);
}

static char *
words (Language *lang,
       GRand    *rand,
       guint     n,
       gboolean  paragraphs)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (text, paragraphs && i % 60 == 0 ? ".\n\n" : " ");
      g_string_append (text, zipf_word (lang, rand));
    }
  return g_string_free (text, FALSE);
}

static BylineArticle *
make_article (GRand *rand,
              guint  n_words)
{
  static const char *language_codes[] = { "en", "fa", "ru" };
  guint l = g_rand_int_range (rand, 0, 10);
  Language *lang;
  BylineArticle *article = byline_article_new ();
  g_autofree char *headline = NULL;
  g_autofree char *standfirst = NULL;
  g_autofree char *body = NULL;
  const char *bylines[] = { names[g_rand_int_range (rand, 0, G_N_ELEMENTS (names))], NULL };
  const char *tags[4];

  l = l < 6 ? 0 : (l < 8 ? 1 : 2);
  lang = &languages[l];
  headline = words (lang, rand, 8, FALSE);
  standfirst = words (lang, rand, 20, FALSE);
  body = words (lang, rand, n_words, TRUE);
  for (guint i = 0; i < 3; i++)
    tags[i] = g_ptr_array_index (lang->words, g_rand_int_range (rand, 100, 140));
  tags[3] = NULL;

  byline_article_set_headline (article, headline);
  byline_article_set_standfirst (article, standfirst);
  byline_article_set_body (article, body);
  byline_article_set_bylines (article, bylines);
  byline_article_set_tags (article, tags);
  byline_article_set_section (article, sections[g_rand_int_range (rand, 0, G_N_ELEMENTS (sections))]);
  byline_article_set_language (article, language_codes[l]);
  byline_article_set_direction (article, byline_text_direction_for_language (language_codes[l]));
  return article;
}

static void
seed (const char *path,
      guint       n,
      GRand      *rand)
{
  g_autofree char *partial = g_strconcat (path, ".partial", NULL);
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  g_unlink (partial);
  store = byline_store_new (partial, NULL, &error);
  if (store == NULL)
    g_error ("%s", error->message);

  for (guint i = 0; i < n; i += 1000)
    {
      BYLINE_STORE_LOCK (store);
      if (!_byline_store_begin (store, &error))
        g_error ("%s", error->message);
      for (guint j = i; j < MIN (n, i + 1000); j++)
        {
          g_autoptr(BylineArticle) article = make_article (rand, g_rand_int_range (rand, 600, 1000));

          if (!_byline_store_save_locked (store, article, "explicit", FALSE, TRUE, &error))
            g_error ("%s", error->message);
        }
      if (!_byline_store_commit (store, &error))
        g_error ("%s", error->message);
      if (i % 10000 == 0)
        g_printerr ("seeding: %u/%u articles, %.0f s\n", i, n, (g_get_monotonic_time () - start) / 1e6);
    }
  g_clear_object (&store);
  if (g_rename (partial, path) != 0)
    g_error ("Could not rename %s", partial);
  g_printerr ("seeded %u articles in %.0f s\n", n, (g_get_monotonic_time () - start) / 1e6);
}

static void
row (const char *name,
     double      value,
     const char *unit,
     double      target)
{
  if (target > 0)
    printf ("%s\t%.2f\t%s\t< %g\t%s\n", name, value, unit, target, value < target ? "pass" : "FAIL");
  else
    printf ("%s\t%.2f\t%s\t-\t-\n", name, value, unit);
  fflush (stdout);
}

/* CPU time of this thread in ms: on a machine busy with other work the
 * wall time mostly measures waiting for a core, the CPU time what a query
 * costs. */
static double
thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* CPU time (user + system) of the finished child processes, in ms. */
static double
children_cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_CHILDREN, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Appends the wall time since @start and the thread's CPU time since
 * @cpu_start to @ms and @cpu_ms. */
static void
record (GArray *ms,
        GArray *cpu_ms,
        gint64  start,
        double  cpu_start)
{
  double t = ms_since (start);
  double cpu = thread_cpu_ms () - cpu_start;

  g_array_append_val (ms, t);
  g_array_append_val (cpu_ms, cpu);
}

/* FTS5's own ranking and snippets: what an application without
 * byline_rank() and byline_snippet() would run for the same hits. */
#define PLAIN_FTS5_SQL \
  "SELECT articles_fts.rowid, a.headline, snippet (articles_fts, -1, '[', ']', '…', 12), " \
  "  bm25 (articles_fts, 10.0, 4.0, 1.0, 3.0, 3.0) AS score " \
  "FROM articles_fts CROSS JOIN articles a ON a.id = articles_fts.rowid " \
  "WHERE articles_fts MATCH ?1 ORDER BY score, articles_fts.rowid LIMIT ?2"

/* @repeats rounds of @queries in the SQL @template, for the sqlite3 shell
 * (which loads byline_rank() and the snippet functions from
 * BENCH_RANK_MODULE); with @timer, the shell prints each statement's
 * "Run Time: real R user U sys S". */
static char *
shell_script (GPtrArray  *queries,
              guint       repeats,
              const char *template,
              gboolean    timer)
{
  GString *sql = g_string_new (".load " BENCH_RANK_MODULE "\n.output /dev/null\n");

  if (timer)
    g_string_append (sql, ".timer on\n");
  for (guint r = 0; r < repeats; r++)
    for (guint i = 0; i < queries->len; i++)
      {
        g_autofree char *match = byline_fts_query_from_text (g_ptr_array_index (queries, i));
        g_autoptr(GString) escaped = g_string_new (match);
        g_autoptr(GString) one = g_string_new (template);

        g_string_replace (escaped, "'", "''", 0);
        g_string_prepend_c (escaped, '\'');
        g_string_append_c (escaped, '\'');
        g_string_replace (one, "?1", escaped->str, 0);
        g_string_replace (one, "?2", "50", 0);
        g_string_append_printf (sql, "%s;\n", one->str);
      }
  return g_string_free (sql, FALSE);
}

/* Runs @script in the sqlite3 shell on @path; returns the wall ms, sets
 * *@cpu to the shell's CPU ms and *@out to what it printed */
static double
run_shell (const char  *path,
           const char  *script,
           double      *cpu,
           char       **out)
{
  double cpu_before = children_cpu_ms ();
  const char *argv[] = { "sqlite3", path, NULL };
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  if (process == NULL || !g_subprocess_communicate_utf8 (process, script, NULL, out, NULL, &error))
    g_error ("sqlite3: %s", error->message);
  if (!g_subprocess_wait (process, NULL, &error))
    g_error ("sqlite3: %s", error->message);
  *cpu = children_cpu_ms () - cpu_before;
  return ms_since (start);
}

/* The CPU ms (user + system) of the statements the shell timed, but for
 * the first @skip (the cold first round) */
static double
timed_cpu_ms (const char *out,
              guint       skip,
              guint      *n_timed)
{
  g_auto(GStrv) lines = g_strsplit (out ? out : "", "\n", -1);
  double total = 0;
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      double real, user, sys;

      if (sscanf (lines[i], "Run Time: real %lf user %lf sys %lf", &real, &user, &sys) != 3)
        continue;
      if (n++ >= skip)
        total += (user + sys) * 1000.0;
    }
  *n_timed = n;
  return total;
}

/* The sqlite3 shell's cost of @repeats warm rounds of @queries in the
 * SQL @template, one attempt; callers keep the best of several,
 * interleaved with their own, so that a machine whose speed drifts from
 * second to second weighs on both sides alike:
 *
 * - *@cpu: CPU ms (user + system), as the shell times each statement
 *   itself (`.timer`, its own getrusage()); the first round, cold, left
 *   out;
 * - *@once and *@twice (when not %NULL): the wall ms of a @repeats-round script and of a
 *   2×@repeats-round one, whose difference is @repeats rounds without
 *   process start, opening and the cold first round. A difference of two
 *   runs of a few hundred ms each, it moves by tens of percent with the
 *   machine's other work: shown, not judged. */
static void
shell_attempt (const char *path,
               GPtrArray  *queries,
               const char *template,
               guint       repeats,
               double     *cpu,
               double     *once,
               double     *twice)
{
  g_autofree char *timed_sql = shell_script (queries, repeats + 1, template, TRUE);
  g_autofree char *out = NULL;
  double c;
  guint n;

  if (once != NULL && twice != NULL)
    {
      g_autofree char *once_sql = shell_script (queries, repeats, template, FALSE);
      g_autofree char *twice_sql = shell_script (queries, 2 * repeats, template, FALSE);

      *once = run_shell (path, once_sql, &c, NULL);
      *twice = run_shell (path, twice_sql, &c, NULL);
    }
  run_shell (path, timed_sql, &c, &out);
  *cpu = timed_cpu_ms (out, queries->len, &n);
  if (n != (repeats + 1) * queries->len)
    g_error ("sqlite3 timed %u statements of %u", n, (repeats + 1) * queries->len);
}

static void
bench_search (BylineStore *store,
              const char  *path,
              const char  *name,
              GPtrArray   *queries)
{
  g_autoptr(GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *p50 = g_strdup_printf ("search %s p50", name);
  g_autofree char *p95 = g_strdup_printf ("search %s p95", name);
  g_autofree char *cpu_p50 = g_strdup_printf ("search %s p50, CPU time", name);
  g_autofree char *cpu_p95 = g_strdup_printf ("search %s p95, CPU time", name);
  g_autofree char *ratio = g_strdup_printf ("search %s vs sqlite3 shell", name);
  g_autofree char *cpu_ratio = g_strdup_printf ("search %s vs sqlite3 shell, CPU time", name);
  g_autofree char *plain_ratio = g_strdup_printf ("search %s vs FTS5's bm25() + snippet() in the shell, CPU time", name);
  double total = 0, best_total = 1e9, cpu_total = 0, best_cpu_total = 1e9;
  double shell_cpu = 1e9, shell_once = 1e9, shell_twice = 1e9, plain_cpu = 1e9;

  /* Warm the page cache once. */
  for (guint i = 0; i < queries->len; i++)
    g_ptr_array_unref (byline_store_search (store, g_ptr_array_index (queries, i), 50, NULL, NULL));

  for (guint attempt = 0; attempt < ATTEMPTS; attempt++)
    {
      double c, once, twice;

      total = cpu_total = 0;
      for (guint r = 0; r < REPEATS; r++)
        for (guint i = 0; i < queries->len; i++)
          {
            gint64 start = g_get_monotonic_time ();
            double cpu_start = thread_cpu_ms ();
            g_autoptr(GPtrArray) hits = byline_store_search (store, g_ptr_array_index (queries, i), 50, NULL, NULL);
            double cpu = thread_cpu_ms () - cpu_start;
            double t = ms_since (start);

            g_assert (hits != NULL);
            total += t;
            cpu_total += cpu;
            if (attempt == 0)
              {
                g_array_append_val (ms, t);
                g_array_append_val (cpu_ms, cpu);
              }
          }
      best_total = MIN (best_total, total);
      best_cpu_total = MIN (best_cpu_total, cpu_total);

      /* The same SQL in the shell (byline_rank() and byline_snippet_*()
       * loaded into it), right after: what Byline's own code adds to the
       * query, judged on CPU time (see shell_attempt()). */
      shell_attempt (path, queries, _byline_store_search_sql (), REPEATS, &c, &once, &twice);
      shell_cpu = MIN (shell_cpu, c);
      shell_once = MIN (shell_once, once);
      shell_twice = MIN (shell_twice, twice);
      /* The raw FTS5 query for the same hits. */
      shell_attempt (path, queries, PLAIN_FTS5_SQL, PLAIN_REPEATS, &c, NULL, NULL);
      plain_cpu = MIN (plain_cpu, c);
    }

  row (p50, percentile (ms, 0.50), "ms", 0);
  row (p95, percentile (ms, 0.95), "ms", 10);
  row (cpu_p50, percentile (cpu_ms, 0.50), "ms", 0);
  row (cpu_p95, percentile (cpu_ms, 0.95), "ms", 10);
  row (ratio, best_total / MAX (shell_twice - shell_once, 0.001), "×", 0);
  row (cpu_ratio, best_cpu_total / MAX (shell_cpu, 0.001), "×", 1.3);
  row (plain_ratio, best_cpu_total / REPEATS * PLAIN_REPEATS / MAX (plain_cpu, 0.001), "×", 1.3);
}

static GPtrArray *
make_queries (guint   n_words,
              GRand  *rand,
              gboolean prefix)
{
  GPtrArray *queries = g_ptr_array_new_with_free_func (g_free);

  for (guint q = 0; q < 10; q++)
    {
      Language *lang = &languages[q < 6 ? 0 : (q < 8 ? 1 : 2)];
      GString *text = g_string_new (NULL);

      for (guint w = 0; w < n_words; w++)
        {
          const char *word = g_ptr_array_index (lang->words, g_rand_int_range (rand, 150, 3000));

          if (w > 0)
            g_string_append_c (text, ' ');
          if (prefix)
            {
              const char *end = g_utf8_offset_to_pointer (word, MIN (4, g_utf8_strlen (word, -1)));

              g_string_append_len (text, word, end - word);
              g_string_append_c (text, '*');
            }
          else
            g_string_append (text, word);
        }
      g_ptr_array_add (queries, g_string_free (text, FALSE));
    }
  return queries;
}

int
main (int   argc,
      char *argv[])
{
  const char *env_n = g_getenv ("BENCH_ARTICLES");
  const char *data_dir = g_getenv ("BENCH_DATA_DIR");
  guint n = env_n ? (guint) atoi (env_n) : 100000;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260101);
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *wal = NULL;
  BylineArticleQuery query = BYLINE_ARTICLE_QUERY_INIT;
  GStatBuf st;
  gint64 start;

  build_language (&languages[0], english_top, consonants_en, G_N_ELEMENTS (consonants_en),
                  vowels_en, G_N_ELEMENTS (vowels_en), rand);
  build_language (&languages[1], persian_top, consonants_fa, G_N_ELEMENTS (consonants_fa),
                  vowels_fa, G_N_ELEMENTS (vowels_fa), rand);
  build_language (&languages[2], russian_top, consonants_ru, G_N_ELEMENTS (consonants_ru),
                  vowels_ru, G_N_ELEMENTS (vowels_ru), rand);

  name = g_strdup_printf ("bench-store-%u.db", n);
  path = g_build_filename (data_dir ? data_dir : ".", name, NULL);
  g_mkdir_with_parents (data_dir ? data_dir : ".", 0755);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    seed (path, n, rand);

  /* A database cached by an older Byline is migrated by the first open. */
  {
    sqlite3 *db = NULL;
    int version = 0;
    sqlite3_stmt *stmt = NULL;

    if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
        sqlite3_step (stmt) == SQLITE_ROW)
      version = sqlite3_column_int (stmt, 0);
    sqlite3_finalize (stmt);
    sqlite3_close (db);
    if (version < byline_store_get_latest_schema_version ())
      {
        g_printerr ("migrating the cached database from schema %d…\n", version);
        start = g_get_monotonic_time ();
        store = byline_store_new (path, NULL, &error);
        if (store == NULL)
          g_error ("%s", error->message);
        g_clear_object (&store);
        row ("first open: migrate the cached database", ms_since (start) / 1000.0, "s", 0);
      }
  }

  /* Open (median of 5; the file is closed cleanly in between). */
  for (guint i = 0; i < 5; i++)
    {
      start = g_get_monotonic_time ();
      g_clear_object (&store);
      store = byline_store_new (path, NULL, &error);
      if (store == NULL)
        g_error ("%s", error->message);
      {
        double t = ms_since (start);

        g_array_append_val (ms, t);
      }
    }
  row ("store open", percentile (ms, 0.5), "ms", 50);
  g_array_set_size (ms, 0);

  /* The sidebar's first screen. */
  query.limit = 50;
  for (guint i = 0; i < 50; i++)
    {
      g_autoptr(GPtrArray) list = NULL;

      double cpu_start = thread_cpu_ms ();

      start = g_get_monotonic_time ();
      list = byline_store_list_articles (store, &query, NULL, &error);
      record (ms, cpu_ms, start, cpu_start);
      g_assert (list != NULL && list->len == MIN (50, n));
    }
  row ("list first 50 by modified p95", percentile (ms, 0.95), "ms", 10);
  row ("list first 50 by modified p95, CPU time", percentile (cpu_ms, 0.95), "ms", 10);
  g_array_set_size (ms, 0);
  g_array_set_size (cpu_ms, 0);

  {
    /* Their own generator: the same queries whether or not this run seeded. */
    g_autoptr(GRand) query_rand = g_rand_new_with_seed (20260102);
    g_autoptr(GPtrArray) one = make_queries (1, query_rand, FALSE);
    g_autoptr(GPtrArray) two = make_queries (2, query_rand, FALSE);
    g_autoptr(GPtrArray) three = make_queries (3, query_rand, FALSE);
    g_autoptr(GPtrArray) prefix = make_queries (1, query_rand, TRUE);

    bench_search (store, path, "1 word", one);
    bench_search (store, path, "2 words", two);
    bench_search (store, path, "3 words", three);
    bench_search (store, path, "prefix", prefix);
  }

  /* Autosave of a 20,000-word article, and the diff of two revisions. */
  {
    g_autoptr(GRand) article_rand = g_rand_new_with_seed (20260103);
    g_autoptr(BylineArticle) article = make_article (article_rand, 20000);
    g_autoptr(GPtrArray) revisions = NULL;
    g_autofree char *body = NULL;
    GString *edited;

    if (!byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error))
      g_error ("%s", error->message);
    body = g_strdup (byline_article_get_body (article));
    for (guint i = 0; i < 30; i++)
      {
        /* Typing: a few words appended each time. */
        edited = g_string_new (body);
        g_string_append_printf (edited, " typed %u more words", i);
        byline_article_set_body (article, edited->str);
        g_string_free (edited, TRUE);

        double cpu_start = thread_cpu_ms ();

        start = g_get_monotonic_time ();
        if (!byline_store_save_article (store, article, BYLINE_SAVE_AUTOSAVE, NULL, &error))
          g_error ("%s", error->message);
        record (ms, cpu_ms, start, cpu_start);
      }
    row ("autosave 20,000 words p50", percentile (ms, 0.5), "ms", 0);
    row ("autosave 20,000 words p95", percentile (ms, 0.95), "ms", 5);
    row ("autosave 20,000 words p50, CPU time", percentile (cpu_ms, 0.5), "ms", 0);
    row ("autosave 20,000 words p95, CPU time", percentile (cpu_ms, 0.95), "ms", 5);
    g_array_set_size (ms, 0);
    g_array_set_size (cpu_ms, 0);

    /* Autosaves leave the index behind; the next search catches up first
     * (re-indexing the whole story), so it finds what was just typed. */
    for (guint i = 0; i < 10; i++)
      {
        g_autofree char *word = g_strdup_printf ("zqxtyped%u", i);
        g_autoptr(GPtrArray) hits = NULL;

        edited = g_string_new (body);
        g_string_append_printf (edited, " %s", word);
        byline_article_set_body (article, edited->str);
        g_string_free (edited, TRUE);
        if (!byline_store_save_article (store, article, BYLINE_SAVE_AUTOSAVE, NULL, &error))
          g_error ("%s", error->message);

        double cpu_start = thread_cpu_ms ();

        start = g_get_monotonic_time ();
        hits = byline_store_search (store, word, 50, NULL, &error);
        record (ms, cpu_ms, start, cpu_start);
        g_assert (hits != NULL && hits->len == 1);
      }
    row ("search right after an autosave (indexes 20,000 words) p50", percentile (ms, 0.5), "ms", 0);
    row ("search right after an autosave (indexes 20,000 words) p50, CPU time", percentile (cpu_ms, 0.5), "ms", 0);
    g_array_set_size (ms, 0);
    g_array_set_size (cpu_ms, 0);

    /* An explicit save leaves the indexing to the store's worker thread,
     * right after it (in the application; here: called directly). */
    {
      g_autoptr(GArray) index_ms = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) index_cpu_ms = g_array_new (FALSE, FALSE, sizeof (double));

      for (guint i = 0; i < 10; i++)
        {
          double cpu_start;

          edited = g_string_new (body);
          g_string_append_printf (edited, " saved %u", i);
          byline_article_set_body (article, edited->str);
          g_string_free (edited, TRUE);

          cpu_start = thread_cpu_ms ();
          start = g_get_monotonic_time ();
          if (!byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error))
            g_error ("%s", error->message);
          record (ms, cpu_ms, start, cpu_start);

          cpu_start = thread_cpu_ms ();
          start = g_get_monotonic_time ();
          {
            BYLINE_STORE_LOCK (store);

            if (!_byline_store_index_refresh (store, &error))
              g_error ("%s", error->message);
          }
          record (index_ms, index_cpu_ms, start, cpu_start);
        }
      row ("explicit save 20,000 words p50", percentile (ms, 0.5), "ms", 0);
      row ("explicit save 20,000 words p50, CPU time", percentile (cpu_ms, 0.5), "ms", 0);
      row ("its indexing on the worker thread p50", percentile (index_ms, 0.5), "ms", 0);
      row ("its indexing on the worker thread p50, CPU time", percentile (index_cpu_ms, 0.5), "ms", 0);
      g_array_set_size (ms, 0);
      g_array_set_size (cpu_ms, 0);
    }

    /* Two revisions about 1% apart: every 100th word replaced. */
    {
      g_auto(GStrv) parts = g_strsplit (body, " ", -1);

      for (guint i = 50; i < g_strv_length (parts); i += 100)
        {
          g_free (parts[i]);
          parts[i] = g_strdup ("replaced");
        }
      g_free (body);
      body = g_strjoinv (" ", parts);
      byline_article_set_body (article, body);
      if (!byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error))
        g_error ("%s", error->message);
    }
    revisions = byline_store_list_revisions (store, byline_article_get_id (article), NULL, &error);
    for (guint i = 0; i < 5; i++)
      {
        g_autoptr(GPtrArray) chunks = NULL;

        start = g_get_monotonic_time ();
        chunks = byline_store_diff_revisions (store, byline_article_get_id (article),
                                              ((BylineRevision *) g_ptr_array_index (revisions, revisions->len - 1))->id,
                                              ((BylineRevision *) g_ptr_array_index (revisions, 0))->id,
                                              NULL, &error);
        g_assert (chunks != NULL);
        {
          double t = ms_since (start);

          g_array_append_val (ms, t);
        }
      }
    row ("diff two 20,000-word revisions", percentile (ms, 0.5), "ms", 0);

    /* Leave the cached database as it was seeded. */
    byline_store_delete_article (store, byline_article_get_id (article), NULL, NULL);
  }

  g_clear_object (&store);
  wal = g_strconcat (path, "-wal", NULL);
  if (g_stat (path, &st) == 0)
    row ("database size", st.st_size / (1024.0 * 1024.0), "MiB", 0);
  row ("articles in the database", n, "", 0);

  return 0;
}
