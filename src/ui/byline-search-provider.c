/* byline-search-provider.c: drafts in GNOME Shell's overview
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-search-provider"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-search-provider.h"

/* org.gnome.Shell.SearchProvider2 on the application's own bus name
 * (data/app.byline.Byline.search-provider.ini points the Shell here). The
 * Shell sends the words typed in the overview; results are article ids
 * found by the store's full-text search (byline_store_search(), headline,
 * standfirst, body, bylines and tags). Activating a result runs the
 * application's `open-article` action, "search in the app" its
 * `search-drafts` action, so both behave as they do from anywhere else. */

#define MAX_RESULTS 20

struct _BylineSearchProvider
{
  GObject                        parent_instance;

  GApplication                  *application;   /* weak */
  BylineSearchProviderStoreFunc  store_func;
  gpointer                       store_data;

  GDBusConnection               *connection;
  guint                          registration_id;
  GCancellable                  *cancellable;
  /* id (string) → BylineSearchHit, from the latest searches, for the
   * metas the Shell asks for right after the results */
  GHashTable                    *hits;
};

G_DEFINE_FINAL_TYPE (BylineSearchProvider, byline_search_provider, G_TYPE_OBJECT)

static const char introspection_xml[] =
  "<node>"
  "  <interface name='org.gnome.Shell.SearchProvider2'>"
  "    <method name='GetInitialResultSet'>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='as' name='results' direction='out'/>"
  "    </method>"
  "    <method name='GetSubsearchResultSet'>"
  "      <arg type='as' name='previous_results' direction='in'/>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='as' name='results' direction='out'/>"
  "    </method>"
  "    <method name='GetResultMetas'>"
  "      <arg type='as' name='identifiers' direction='in'/>"
  "      <arg type='aa{sv}' name='metas' direction='out'/>"
  "    </method>"
  "    <method name='ActivateResult'>"
  "      <arg type='s' name='identifier' direction='in'/>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='u' name='timestamp' direction='in'/>"
  "    </method>"
  "    <method name='LaunchSearch'>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='u' name='timestamp' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

typedef struct
{
  BylineSearchProvider  *self;
  GDBusMethodInvocation *invocation;
  GHashTable            *previous;    /* (nullable) ids a subsearch narrows */
} SearchData;

static void
search_data_free (SearchData *data)
{
  g_object_unref (data->self);
  g_object_unref (data->invocation);
  g_clear_pointer (&data->previous, g_hash_table_unref);
  g_free (data);
}

/**
 * byline_search_provider_dup_query:
 * @terms: the words typed in the overview
 *
 * Returns: (transfer full) (nullable): a query for byline_store_search()
 *   that matches articles containing every term, each as a word prefix
 *   (what the Shell's search-as-you-type expects), or %NULL when there is
 *   nothing to search for
 */
char *
byline_search_provider_dup_query (const char * const *terms)
{
  g_autoptr(GString) query = g_string_new (NULL);

  for (guint i = 0; terms != NULL && terms[i] != NULL; i++)
    {
      g_autofree char *term = g_strstrip (g_strdup (terms[i]));

      if (term[0] == '\0')
        continue;
      if (query->len > 0)
        g_string_append_c (query, ' ');
      g_string_append (query, term);
      if (!g_str_has_suffix (term, "*"))
        g_string_append_c (query, '*');
    }

  return query->len > 0 ? g_string_free (g_steal_pointer (&query), FALSE) : NULL;
}

static char *
strip_marks (const char *snippet)
{
  GString *text = g_string_new (NULL);

  /* The store marks matches with [ and ]; the Shell highlights the terms
   * itself and wants plain text */
  for (const char *p = snippet ? snippet : ""; *p != '\0'; p++)
    if (*p != '[' && *p != ']')
      g_string_append_c (text, *p);

  return g_string_free (text, FALSE);
}

static void
search_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  SearchData *data = user_data;
  BylineSearchProvider *self = data->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = byline_store_search_finish (BYLINE_STORE (object), result, &error);
  GVariantBuilder builder;

  if (hits == NULL)
    {
      g_warning ("Searching drafts failed: %s", error->message);
      g_dbus_method_invocation_return_gerror (data->invocation, error);
      search_data_free (data);
      return;
    }

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("as"));
  for (guint i = 0; i < hits->len; i++)
    {
      BylineSearchHit *hit = g_ptr_array_index (hits, i);
      char *id = g_strdup_printf ("%" G_GINT64_FORMAT, hit->article_id);

      if (data->previous != NULL && !g_hash_table_contains (data->previous, id))
        {
          g_free (id);
          continue;
        }
      g_variant_builder_add (&builder, "s", id);
      /* The table takes the id and the hit (the array frees NULL as nothing) */
      g_hash_table_replace (self->hits, id, hit);
      hits->pdata[i] = NULL;
    }

  g_dbus_method_invocation_return_value (data->invocation, g_variant_new ("(as)", &builder));
  search_data_free (data);
}

static void
start_search (BylineSearchProvider  *self,
              GDBusMethodInvocation *invocation,
              const char * const    *terms,
              const char * const    *previous)
{
  g_autofree char *query = byline_search_provider_dup_query (terms);
  BylineStore *store = self->store_func (self->store_data);
  SearchData *data;

  if (query == NULL || store == NULL)
    {
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(as)", NULL));
      return;
    }

  /* A new search: forget the previous ones' metas */
  if (previous == NULL)
    g_hash_table_remove_all (self->hits);

  data = g_new0 (SearchData, 1);
  data->self = g_object_ref (self);
  data->invocation = g_object_ref (invocation);
  if (previous != NULL)
    {
      data->previous = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; previous[i] != NULL; i++)
        g_hash_table_add (data->previous, g_strdup (previous[i]));
    }

  byline_store_search_async (store, query, MAX_RESULTS, self->cancellable, search_cb, data);
}

static GVariant *
result_meta (BylineSearchProvider *self,
             const char           *id)
{
  BylineSearchHit *hit = g_hash_table_lookup (self->hits, id);
  g_autoptr(BylineArticle) article = NULL;
  g_autofree char *description = NULL;
  const char *headline = NULL;
  GVariantDict meta;

  if (hit != NULL)
    {
      headline = hit->headline;
      description = strip_marks (hit->snippet);
    }
  else
    {
      BylineStore *store = self->store_func (self->store_data);
      gint64 article_id = g_ascii_strtoll (id, NULL, 10);

      /* Not from a search of ours: the Shell kept it from before */
      if (store == NULL || article_id <= 0 ||
          (article = byline_store_load_article (store, article_id, NULL, NULL)) == NULL)
        return NULL;
      headline = byline_article_get_headline (article);
      description = g_strdup (byline_article_get_standfirst (article));
    }

  g_variant_dict_init (&meta, NULL);
  g_variant_dict_insert (&meta, "id", "s", id);
  g_variant_dict_insert (&meta, "name", "s",
                         headline != NULL && headline[0] != '\0' ? headline : _("Untitled Story"));
  g_variant_dict_insert (&meta, "description", "s", description ? description : "");

  return g_variant_dict_end (&meta);
}

static void
activate_action (BylineSearchProvider *self,
                 const char           *name,
                 GVariant             *parameter)
{
  if (self->application != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (self->application), name, parameter);
  else if (parameter != NULL)
    g_variant_unref (g_variant_ref_sink (parameter));
}

static void
method_call_cb (GDBusConnection       *connection,
                const char            *sender,
                const char            *object_path,
                const char            *interface_name,
                const char            *method_name,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               user_data)
{
  BylineSearchProvider *self = user_data;

  /* A D-Bus call must not let the application quit under it */
  if (self->application != NULL)
    g_application_hold (self->application);

  if (g_str_equal (method_name, "GetInitialResultSet"))
    {
      g_autofree const char **terms = NULL;

      g_variant_get (parameters, "(^a&s)", &terms);
      start_search (self, invocation, terms, NULL);
    }
  else if (g_str_equal (method_name, "GetSubsearchResultSet"))
    {
      g_autofree const char **previous = NULL;
      g_autofree const char **terms = NULL;

      g_variant_get (parameters, "(^a&s^a&s)", &previous, &terms);
      start_search (self, invocation, terms, previous);
    }
  else if (g_str_equal (method_name, "GetResultMetas"))
    {
      g_autofree const char **ids = NULL;
      GVariantBuilder builder;

      g_variant_get (parameters, "(^a&s)", &ids);
      g_variant_builder_init (&builder, G_VARIANT_TYPE ("aa{sv}"));
      for (guint i = 0; ids[i] != NULL; i++)
        {
          GVariant *meta = result_meta (self, ids[i]);

          if (meta != NULL)
            g_variant_builder_add_value (&builder, meta);
        }
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(aa{sv})", &builder));
    }
  else if (g_str_equal (method_name, "ActivateResult"))
    {
      const char *id;
      gint64 article_id;

      g_variant_get (parameters, "(&sasu)", &id, NULL, NULL);
      article_id = g_ascii_strtoll (id, NULL, 10);
      if (article_id > 0)
        activate_action (self, "open-article", g_variant_new_int64 (article_id));
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else if (g_str_equal (method_name, "LaunchSearch"))
    {
      g_autofree const char **terms = NULL;
      g_autofree char *text = NULL;

      g_variant_get (parameters, "(^a&su)", &terms, NULL);
      text = g_strjoinv (" ", (char **) terms);
      activate_action (self, "search-drafts", g_variant_new_string (text));
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else
    {
      g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_METHOD,
                                             "Unknown method %s", method_name);
    }

  if (self->application != NULL)
    g_application_release (self->application);
}

static const GDBusInterfaceVTable vtable = { method_call_cb, NULL, NULL, { 0 } };

static void
byline_search_provider_dispose (GObject *object)
{
  BylineSearchProvider *self = (BylineSearchProvider *)object;

  byline_search_provider_unexport (self);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_weak_pointer (&self->application);

  G_OBJECT_CLASS (byline_search_provider_parent_class)->dispose (object);
}

static void
byline_search_provider_finalize (GObject *object)
{
  BylineSearchProvider *self = (BylineSearchProvider *)object;

  g_hash_table_unref (self->hits);

  G_OBJECT_CLASS (byline_search_provider_parent_class)->finalize (object);
}

static void
byline_search_provider_class_init (BylineSearchProviderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = byline_search_provider_dispose;
  object_class->finalize = byline_search_provider_finalize;
}

static void
byline_search_provider_init (BylineSearchProvider *self)
{
  self->cancellable = g_cancellable_new ();
  self->hits = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) byline_search_hit_free);
}

/**
 * byline_search_provider_new:
 * @application: the application whose actions open results
 * @store_func: returns the store to search
 *
 * Returns: (transfer full): a provider; export it with
 *   byline_search_provider_export() from #GApplication's dbus_register
 */
BylineSearchProvider *
byline_search_provider_new (GApplication                  *application,
                            BylineSearchProviderStoreFunc  store_func,
                            gpointer                       user_data)
{
  BylineSearchProvider *self;

  g_return_val_if_fail (G_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (store_func != NULL, NULL);

  self = g_object_new (BYLINE_TYPE_SEARCH_PROVIDER, NULL);
  g_set_weak_pointer (&self->application, application);
  self->store_func = store_func;
  self->store_data = user_data;

  return self;
}

gboolean
byline_search_provider_export (BylineSearchProvider  *self,
                               GDBusConnection       *connection,
                               const char            *object_path,
                               GError               **error)
{
  g_autoptr(GDBusNodeInfo) info = NULL;

  g_return_val_if_fail (BYLINE_IS_SEARCH_PROVIDER (self), FALSE);
  g_return_val_if_fail (G_IS_DBUS_CONNECTION (connection), FALSE);
  g_return_val_if_fail (self->registration_id == 0, FALSE);

  info = g_dbus_node_info_new_for_xml (introspection_xml, error);
  if (info == NULL)
    return FALSE;

  self->registration_id = g_dbus_connection_register_object (connection, object_path,
                                                             info->interfaces[0], &vtable,
                                                             self, NULL, error);
  if (self->registration_id == 0)
    return FALSE;

  self->connection = g_object_ref (connection);
  return TRUE;
}

void
byline_search_provider_unexport (BylineSearchProvider *self)
{
  g_return_if_fail (BYLINE_IS_SEARCH_PROVIDER (self));

  if (self->registration_id != 0)
    g_dbus_connection_unregister_object (self->connection, self->registration_id);
  self->registration_id = 0;
  g_clear_object (&self->connection);
}
