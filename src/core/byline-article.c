/* byline-article.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-article"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-article.h"

struct _BylineArticle
{
  GObject              parent_instance;

  gint64               id;
  char                *uuid;
  char                *headline;
  char                *standfirst;
  char                *body;
  char               **bylines;
  char                *dateline;
  GDateTime           *date;
  char                *time_zone;
  char                *section;
  char               **tags;
  char                *excerpt;
  char                *slug;
  char                *language;
  char                *image_path;
  gint64               image_media_id;
  char                *image_alt;
  char                *image_caption;
  char                *note;
  GDateTime           *created;
  GDateTime           *modified;
  GPtrArray           *links;
  BylineTextDirection  direction;
  BylineArticleStatus  status;
};

G_DEFINE_FINAL_TYPE (BylineArticle, byline_article, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_HEADLINE,
  PROP_STANDFIRST,
  PROP_BODY,
  PROP_BYLINES,
  PROP_DATELINE,
  PROP_DATE,
  PROP_TIME_ZONE,
  PROP_SECTION,
  PROP_TAGS,
  PROP_EXCERPT,
  PROP_SLUG,
  PROP_LANGUAGE,
  PROP_DIRECTION,
  PROP_IMAGE_PATH,
  PROP_IMAGE_MEDIA_ID,
  PROP_IMAGE_ALT,
  PROP_IMAGE_CAPTION,
  PROP_STATUS,
  PROP_NOTE,
  PROP_CREATED,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  LINKS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Offsets of the string fields, so that one get/set path serves them all. */
static const struct {
  guint prop;
  gsize offset;
} string_fields[] = {
  { PROP_UUID, G_STRUCT_OFFSET (BylineArticle, uuid) },
  { PROP_HEADLINE, G_STRUCT_OFFSET (BylineArticle, headline) },
  { PROP_STANDFIRST, G_STRUCT_OFFSET (BylineArticle, standfirst) },
  { PROP_BODY, G_STRUCT_OFFSET (BylineArticle, body) },
  { PROP_DATELINE, G_STRUCT_OFFSET (BylineArticle, dateline) },
  { PROP_TIME_ZONE, G_STRUCT_OFFSET (BylineArticle, time_zone) },
  { PROP_SECTION, G_STRUCT_OFFSET (BylineArticle, section) },
  { PROP_EXCERPT, G_STRUCT_OFFSET (BylineArticle, excerpt) },
  { PROP_SLUG, G_STRUCT_OFFSET (BylineArticle, slug) },
  { PROP_LANGUAGE, G_STRUCT_OFFSET (BylineArticle, language) },
  { PROP_IMAGE_PATH, G_STRUCT_OFFSET (BylineArticle, image_path) },
  { PROP_IMAGE_ALT, G_STRUCT_OFFSET (BylineArticle, image_alt) },
  { PROP_IMAGE_CAPTION, G_STRUCT_OFFSET (BylineArticle, image_caption) },
  { PROP_NOTE, G_STRUCT_OFFSET (BylineArticle, note) },
};

static char **
string_field (BylineArticle *self,
              guint          prop)
{
  for (guint i = 0; i < G_N_ELEMENTS (string_fields); i++)
    {
      if (string_fields[i].prop == prop)
        return G_STRUCT_MEMBER_P (self, string_fields[i].offset);
    }

  return NULL;
}

/* Empty strings and NULL are the same to an article: getters never return
 * NULL for text fields, they return "". */
static void
set_string (BylineArticle *self,
            guint          prop,
            const char    *value)
{
  char **field = string_field (self, prop);

  g_assert (field != NULL);

  if (value == NULL)
    value = "";

  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_strv (BylineArticle      *self,
          char             ***field,
          guint               prop,
          const char * const *value)
{
  static const char * const empty[] = { NULL };

  if (value == NULL)
    value = empty;

  if (g_strv_equal ((const char * const *) *field, value))
    return;

  g_strfreev (*field);
  *field = g_strdupv ((char **) value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_date_time (BylineArticle  *self,
               GDateTime     **field,
               guint           prop,
               GDateTime      *value)
{
  if (*field == value || (*field != NULL && value != NULL && g_date_time_equal (*field, value) &&
                          g_date_time_get_utc_offset (*field) == g_date_time_get_utc_offset (value)))
    return;

  g_clear_pointer (field, g_date_time_unref);
  *field = value ? g_date_time_ref (value) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
byline_article_finalize (GObject *object)
{
  BylineArticle *self = (BylineArticle *)object;

  for (guint i = 0; i < G_N_ELEMENTS (string_fields); i++)
    g_free (*(char **) G_STRUCT_MEMBER_P (self, string_fields[i].offset));
  g_strfreev (self->bylines);
  g_strfreev (self->tags);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->modified, g_date_time_unref);
  g_clear_pointer (&self->links, g_ptr_array_unref);

  G_OBJECT_CLASS (byline_article_parent_class)->finalize (object);
}

static void
byline_article_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BylineArticle *self = BYLINE_ARTICLE (object);
  char **field;

  if ((field = string_field (self, prop_id)) != NULL)
    {
      g_value_set_string (value, *field);
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_BYLINES:
      g_value_set_boxed (value, self->bylines);
      break;

    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;

    case PROP_CREATED:
      g_value_set_boxed (value, self->created);
      break;

    case PROP_MODIFIED:
      g_value_set_boxed (value, self->modified);
      break;

    case PROP_DIRECTION:
      g_value_set_enum (value, self->direction);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_IMAGE_MEDIA_ID:
      g_value_set_int64 (value, self->image_media_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_article_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BylineArticle *self = BYLINE_ARTICLE (object);

  if (string_field (self, prop_id) != NULL)
    {
      set_string (self, prop_id, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      byline_article_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_BYLINES:
      byline_article_set_bylines (self, g_value_get_boxed (value));
      break;

    case PROP_TAGS:
      byline_article_set_tags (self, g_value_get_boxed (value));
      break;

    case PROP_DATE:
      byline_article_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_CREATED:
      byline_article_set_created (self, g_value_get_boxed (value));
      break;

    case PROP_MODIFIED:
      byline_article_set_modified (self, g_value_get_boxed (value));
      break;

    case PROP_DIRECTION:
      byline_article_set_direction (self, g_value_get_enum (value));
      break;

    case PROP_STATUS:
      byline_article_set_status (self, g_value_get_enum (value));
      break;

    case PROP_IMAGE_MEDIA_ID:
      byline_article_set_image_media_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_pspec (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, "",
                              (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
}

static void
byline_article_class_init (BylineArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = byline_article_finalize;
  object_class->get_property = byline_article_get_property;
  object_class->set_property = byline_article_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UUID] = string_pspec ("uuid");
  properties[PROP_HEADLINE] = string_pspec ("headline");
  properties[PROP_STANDFIRST] = string_pspec ("standfirst");
  properties[PROP_BODY] = string_pspec ("body");
  properties[PROP_BYLINES] = g_param_spec_boxed ("bylines", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_DATELINE] = string_pspec ("dateline");
  properties[PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_TIME_ZONE] = string_pspec ("time-zone");
  properties[PROP_SECTION] = string_pspec ("section");
  properties[PROP_TAGS] = g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_EXCERPT] = string_pspec ("excerpt");
  properties[PROP_SLUG] = string_pspec ("slug");
  properties[PROP_LANGUAGE] = string_pspec ("language");
  properties[PROP_DIRECTION] =
    g_param_spec_enum ("direction", NULL, NULL, BYLINE_TYPE_TEXT_DIRECTION,
                       BYLINE_TEXT_DIRECTION_LTR, flags);
  properties[PROP_IMAGE_PATH] = string_pspec ("image-path");
  properties[PROP_IMAGE_MEDIA_ID] =
    g_param_spec_int64 ("image-media-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_IMAGE_ALT] = string_pspec ("image-alt");
  properties[PROP_IMAGE_CAPTION] = string_pspec ("image-caption");
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, BYLINE_TYPE_ARTICLE_STATUS,
                       BYLINE_ARTICLE_STATUS_DRAFT, flags);
  properties[PROP_NOTE] = string_pspec ("note");
  properties[PROP_CREATED] = g_param_spec_boxed ("created", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_MODIFIED] = g_param_spec_boxed ("modified", NULL, NULL, G_TYPE_DATE_TIME, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BylineArticle::links-changed:
   *
   * A link to a CMS account was set or removed (publishing, a pull).
   */
  signals[LINKS_CHANGED] = g_signal_new ("links-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
byline_article_init (BylineArticle *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (string_fields); i++)
    *(char **) G_STRUCT_MEMBER_P (self, string_fields[i].offset) = g_strdup ("");

  g_free (self->uuid);
  self->uuid = g_uuid_string_random ();
  g_free (self->language);
  self->language = g_strdup ("en");
  self->bylines = g_new0 (char *, 1);
  self->tags = g_new0 (char *, 1);
  self->links = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_article_link_free);
  self->status = BYLINE_ARTICLE_STATUS_DRAFT;
  self->direction = BYLINE_TEXT_DIRECTION_LTR;
}

/**
 * byline_article_new:
 *
 * Creates an empty, unsaved article (id 0) with a fresh client UUID,
 * language `en` and status `draft`.
 */
BylineArticle *
byline_article_new (void)
{
  return g_object_new (BYLINE_TYPE_ARTICLE, NULL);
}

/**
 * byline_article_copy:
 *
 * Returns: (transfer full): a deep copy of @self, with the same id and UUID
 */
BylineArticle *
byline_article_copy (BylineArticle *self)
{
  BylineArticle *copy;

  g_return_val_if_fail (BYLINE_IS_ARTICLE (self), NULL);

  copy = byline_article_new ();
  copy->id = self->id;
  for (guint i = 0; i < G_N_ELEMENTS (string_fields); i++)
    {
      char **to = G_STRUCT_MEMBER_P (copy, string_fields[i].offset);
      char **from = G_STRUCT_MEMBER_P (self, string_fields[i].offset);

      g_free (*to);
      *to = g_strdup (*from);
    }
  byline_article_set_bylines (copy, byline_article_get_bylines (self));
  byline_article_set_tags (copy, byline_article_get_tags (self));
  byline_article_set_date (copy, self->date);
  byline_article_set_created (copy, self->created);
  byline_article_set_modified (copy, self->modified);
  copy->image_media_id = self->image_media_id;
  copy->direction = self->direction;
  copy->status = self->status;
  for (guint i = 0; i < self->links->len; i++)
    g_ptr_array_add (copy->links, byline_article_link_copy (g_ptr_array_index (self->links, i)));

  return copy;
}

#define DEFINE_STRING_ACCESSORS(field, PROP)                        \
  const char *                                                      \
  byline_article_get_##field (BylineArticle *self)                  \
  {                                                                 \
    g_return_val_if_fail (BYLINE_IS_ARTICLE (self), NULL);          \
    return self->field;                                             \
  }                                                                 \
  void                                                              \
  byline_article_set_##field (BylineArticle *self,                  \
                              const char    *value)                 \
  {                                                                 \
    g_return_if_fail (BYLINE_IS_ARTICLE (self));                    \
    set_string (self, PROP, value);                                 \
  }

DEFINE_STRING_ACCESSORS (uuid, PROP_UUID)
DEFINE_STRING_ACCESSORS (headline, PROP_HEADLINE)
DEFINE_STRING_ACCESSORS (standfirst, PROP_STANDFIRST)
DEFINE_STRING_ACCESSORS (body, PROP_BODY)
DEFINE_STRING_ACCESSORS (dateline, PROP_DATELINE)
DEFINE_STRING_ACCESSORS (time_zone, PROP_TIME_ZONE)
DEFINE_STRING_ACCESSORS (section, PROP_SECTION)
DEFINE_STRING_ACCESSORS (excerpt, PROP_EXCERPT)
DEFINE_STRING_ACCESSORS (slug, PROP_SLUG)
DEFINE_STRING_ACCESSORS (language, PROP_LANGUAGE)
DEFINE_STRING_ACCESSORS (image_path, PROP_IMAGE_PATH)
DEFINE_STRING_ACCESSORS (image_alt, PROP_IMAGE_ALT)
DEFINE_STRING_ACCESSORS (image_caption, PROP_IMAGE_CAPTION)
DEFINE_STRING_ACCESSORS (note, PROP_NOTE)

#undef DEFINE_STRING_ACCESSORS

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

/**
 * byline_article_get_summary:
 *
 * The story's summary as a site shows it under the headline: its
 * excerpt, or its standfirst when it has no excerpt (the publisher sends
 * that as the post's excerpt, where the site would cut one from the
 * content's first words, credit line and all).
 *
 * Returns: (transfer none): the summary, "" when the story has neither
 */
const char *
byline_article_get_summary (BylineArticle *self)
{
  g_return_val_if_fail (BYLINE_IS_ARTICLE (self), "");

  return !is_blank (self->excerpt) ? self->excerpt
         : !is_blank (self->standfirst) ? self->standfirst
         : "";
}

gint64
byline_article_get_id (BylineArticle *self)
{
  g_return_val_if_fail (BYLINE_IS_ARTICLE (self), 0);

  return self->id;
}

void
byline_article_set_id (BylineArticle *self,
                       gint64         id)
{
  g_return_if_fail (BYLINE_IS_ARTICLE (self));

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

const char * const *
byline_article_get_bylines (BylineArticle *self)
{
  g_return_val_if_fail (BYLINE_IS_ARTICLE (self), NULL);

  return (const char * const *) self->bylines;
}

void
byline_article_set_bylines (BylineArticle      *self,
                            const char * const *bylines)
{
  g_return_if_fail (BYLINE_IS_ARTICLE (self));

  set_strv (self, &self->bylines, PROP_BYLINES, bylines);
}

const char * const *
byline_article_get_tags (BylineArticle *self)
{
  g_return_val_if_fail (BYLINE_IS_ARTICLE (self), NULL);

  return (const char * const *) self->tags;
}

void
byline_article_set_tags (BylineArticle      *self,
                         const char * const *tags)
{
  g_return_if_fail (BYLINE_IS_ARTICLE (self));

  set_strv (self, &self->tags, PROP_TAGS, tags);
}

/**
 * byline_article_get_date:
 *
 * The story's date and time, in the story's time zone (see
 * byline_article_get_time_zone()), or %NULL when not set.
 */
GDateTime *
byline_article_get_date (BylineArticle *self)
{
  g_return_val_if_fail (BYLINE_IS_ARTICLE (self), NULL);

  return self->date;
}

void
byline_article_set_date (BylineArticle *self,
                         GDateTime     *date)
{
  g_return_if_fail (BYLINE_IS_ARTICLE (self));

  set_date_time (self, &self->date, PROP_DATE, date);
}

GDateTime *
byline_article_get_created (BylineArticle *self)
{
  g_return_val_if_fail (BYLINE_IS_ARTICLE (self), NULL);

  return self->created;
}

void
byline_article_set_created (BylineArticle *self,
                            GDateTime     *created)
{
  g_return_if_fail (BYLINE_IS_ARTICLE (self));

  set_date_time (self, &self->created, PROP_CREATED, created);
}

GDateTime *
byline_article_get_modified (BylineArticle *self)
{
  g_return_val_if_fail (BYLINE_IS_ARTICLE (self), NULL);

  return self->modified;
}

void
byline_article_set_modified (BylineArticle *self,
                             GDateTime     *modified)
{
  g_return_if_fail (BYLINE_IS_ARTICLE (self));

  set_date_time (self, &self->modified, PROP_MODIFIED, modified);
}

BylineTextDirection
byline_article_get_direction (BylineArticle *self)
{
  g_return_val_if_fail (BYLINE_IS_ARTICLE (self), BYLINE_TEXT_DIRECTION_LTR);

  return self->direction;
}

void
byline_article_set_direction (BylineArticle       *self,
                              BylineTextDirection  direction)
{
  g_return_if_fail (BYLINE_IS_ARTICLE (self));
  g_return_if_fail (direction <= BYLINE_TEXT_DIRECTION_RTL);

  if (self->direction != direction)
    {
      self->direction = direction;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRECTION]);
    }
}

BylineArticleStatus
byline_article_get_status (BylineArticle *self)
{
  g_return_val_if_fail (BYLINE_IS_ARTICLE (self), BYLINE_ARTICLE_STATUS_DRAFT);

  return self->status;
}

/**
 * byline_article_is_public:
 *
 * Whether the story is published or scheduled: its address is out (or
 * soon will be), so its slug no longer follows the headline.
 */
gboolean
byline_article_is_public (BylineArticle *self)
{
  g_return_val_if_fail (BYLINE_IS_ARTICLE (self), FALSE);

  return self->status == BYLINE_ARTICLE_STATUS_PUBLISHED || self->status == BYLINE_ARTICLE_STATUS_SCHEDULED;
}

void
byline_article_set_status (BylineArticle       *self,
                           BylineArticleStatus  status)
{
  g_return_if_fail (BYLINE_IS_ARTICLE (self));
  g_return_if_fail (status <= BYLINE_ARTICLE_STATUS_LAST);

  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
}

gint64
byline_article_get_image_media_id (BylineArticle *self)
{
  g_return_val_if_fail (BYLINE_IS_ARTICLE (self), 0);

  return self->image_media_id;
}

void
byline_article_set_image_media_id (BylineArticle *self,
                                   gint64         media_id)
{
  g_return_if_fail (BYLINE_IS_ARTICLE (self));

  if (self->image_media_id != media_id)
    {
      self->image_media_id = media_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMAGE_MEDIA_ID]);
    }
}

/**
 * byline_article_get_links:
 *
 * Returns: (transfer none) (element-type BylineArticleLink): where the
 *   article lives on CMS accounts, one link per account
 */
GPtrArray *
byline_article_get_links (BylineArticle *self)
{
  g_return_val_if_fail (BYLINE_IS_ARTICLE (self), NULL);

  return self->links;
}

const BylineArticleLink *
byline_article_find_link (BylineArticle *self,
                          const char    *account)
{
  g_return_val_if_fail (BYLINE_IS_ARTICLE (self), NULL);
  g_return_val_if_fail (account != NULL, NULL);

  for (guint i = 0; i < self->links->len; i++)
    {
      const BylineArticleLink *link = g_ptr_array_index (self->links, i);

      if (g_str_equal (link->account, account))
        return link;
    }

  return NULL;
}

/**
 * byline_article_set_link:
 *
 * Adds @link, or replaces the link to the same account.
 */
static gboolean
remove_link (BylineArticle *self,
             const char    *account)
{
  for (guint i = 0; i < self->links->len; i++)
    {
      const BylineArticleLink *link = g_ptr_array_index (self->links, i);

      if (g_str_equal (link->account, account))
        {
          g_ptr_array_remove_index (self->links, i);
          return TRUE;
        }
    }

  return FALSE;
}

void
byline_article_set_link (BylineArticle           *self,
                         const BylineArticleLink *link)
{
  g_return_if_fail (BYLINE_IS_ARTICLE (self));
  g_return_if_fail (link != NULL && link->account != NULL);

  remove_link (self, link->account);
  g_ptr_array_add (self->links, byline_article_link_copy (link));
  g_signal_emit (self, signals[LINKS_CHANGED], 0);
}

void
byline_article_remove_link (BylineArticle *self,
                            const char    *account)
{
  g_return_if_fail (BYLINE_IS_ARTICLE (self));

  if (remove_link (self, account))
    g_signal_emit (self, signals[LINKS_CHANGED], 0);
}
