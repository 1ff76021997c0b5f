/* byline-import-chat.c: a story filed through a messaging program
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A stringer who files from a phone sends the story as chat messages,
 * and the desk copies the chat or exports it. Each message then carries
 * its time and its sender: before its text ("[10:42, 03/03/2026] Lena
 * Okafor: …", "03.03.2026, 14:06 - Mette Lund: …", "[2026-03-03 09:15]
 * Jussi Korhonen: …") or on a line over it ("Tom Reid, [3 Mar 2026 at
 * 16:05]", Slack's "Priya Natarajan  9:14 AM", Teams' "[09:12] Lena
 * Okafor" or "Kovács Anna 10:40"). The story is the messages of the one
 * who wrote most, each a paragraph; the others' messages (the desk's "ok
 * thx"), the program's own lines ("Messages and calls are end-to-end
 * encrypted"), its stand-ins ("<Media omitted>", "This message was
 * deleted", "[ Photo ]") go to the note; its marks ("(edited)", a
 * reaction's ":thumbsup:" and its count) are dropped. The time of the
 * message that carries the headline is the story's when it names none,
 * and its sender the byline when the story names none.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import.h"
#include "byline-import-private.h"

typedef struct
{
  char      *sender;    /* NULL: the program's own line */
  GDateTime *time;      /* NULL: a time of day only */
  char      *zone;
  GPtrArray *text;      /* (element-type utf8) its lines */
} Message;

struct _BylineImportChat
{
  GPtrArray *messages;  /* (element-type Message) the story's */
  char      *writer;
};

static void
message_free (gpointer data)
{
  Message *m = data;

  g_free (m->sender);
  g_clear_pointer (&m->time, g_date_time_unref);
  g_free (m->zone);
  g_ptr_array_unref (m->text);
  g_free (m);
}

void
_byline_import_chat_free (BylineImportChat *chat)
{
  g_ptr_array_unref (chat->messages);
  g_free (chat->writer);
  g_free (chat);
}

/* "Lena Okafor", "Newsdesk Portvale", "Uutisdeski": one to four words
 * of letters, none of a sentence's marks */
static gboolean
is_sender (const char *text,
           gsize       length)
{
  g_autofree char *name = g_strstrip (g_strndup (text, length));
  guint words = 1;

  if (name[0] == '\0' || strlen (name) > 48 || !g_unichar_isalpha (g_utf8_get_char (name)))
    return FALSE;
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ')
        words++;
      else if (g_unichar_isdigit (c) || (c < 0x80 && strchr (".,!?:;[]()<>@#/\"|*_=+", (int) c) != NULL))
        return FALSE;
    }
  return words <= 4;
}

/* A message's time: a date with a time of day, or a time of day alone */
static gboolean
read_stamp (const char *text,
            gsize       length,
            GTimeZone  *default_zone,
            Message    *m)
{
  g_autofree char *stamp = g_strstrip (g_strndup (text, length));

  if (stamp[0] == '\0' || strlen (stamp) > 40 || strchr (stamp, ':') == NULL)
    return FALSE;
  /* ("05.03.26, 08:03": an export's year in two figures) */
  {
    const char *p = stamp;
    guint fields = 0;

    while (fields < 3 && g_ascii_isdigit (p[0]))
      {
        gsize digits = strspn (p, "0123456789");

        if (digits > 2 || (fields < 2 && p[digits] != '.' && p[digits] != '/'))
          break;
        fields++;
        p += digits;
        if (fields == 3 && digits == 2 && !g_ascii_isdigit (*p))
          {
            g_autofree char *full = g_strdup_printf ("%.*s20%s", (int) (p - 2 - stamp), stamp, p - 2);

            g_free (stamp);
            stamp = g_steal_pointer (&full);
            break;
          }
        p++;
      }
  }
  if (_byline_import_is_clock_time (stamp))
    return TRUE;
  /* (a date alone is a day's separator, not a message's time) */
  return g_ascii_isdigit (stamp[strlen (stamp) - 1]) && byline_import_parse_date (stamp, default_zone, &m->time, &m->zone);
}

/* "Name: text" after a message's time; or a name alone (the text on the
 * lines under it) */
static gboolean
read_sender (const char *rest,
             Message    *m,
             gboolean    system_allowed)
{
  const char *colon = strstr (rest, ": ");

  if (colon == NULL && g_str_has_suffix (rest, ":"))
    colon = rest + strlen (rest) - 1;
  if (colon != NULL && is_sender (rest, colon - rest))
    {
      m->sender = g_strstrip (g_strndup (rest, colon - rest));
      if (colon[1] != '\0')
        g_ptr_array_add (m->text, g_strstrip (g_strdup (colon + 2)));
      return TRUE;
    }
  if (system_allowed)
    {
      g_ptr_array_add (m->text, g_strdup (rest));
      return TRUE;
    }
  return FALSE;
}

/* One line of the chat that opens a message: its time and sender before
 * its text, or over it (NULL: a line of a message) */
static Message *
read_message_line (const char *line,
                   GTimeZone  *default_zone)
{
  Message *m = g_new0 (Message, 1);
  const char *close;
  const char *cut;
  gsize length = strlen (line);

  m->text = g_ptr_array_new_with_free_func (g_free);

  /* "[10:42, 03/03/2026] Lena Okafor: …", "[09:12] Lena Okafor" */
  if (line[0] == '[' && (close = strchr (line, ']')) != NULL && close - line <= 40 &&
      read_stamp (line + 1, close - line - 1, default_zone, m))
    {
      const char *rest = close + 1;

      while (*rest == ' ')
        rest++;
      if (read_sender (rest, m, FALSE))
        return m;
      if (is_sender (rest, strlen (rest)))
        {
          m->sender = g_strdup (rest);
          return m;
        }
    }
  /* "03.03.2026, 14:06 - Mette Lund: …" (the program's own lines have no
   * sender) */
  else if (g_ascii_isdigit (line[0]) && (cut = strstr (line, " - ")) != NULL && cut - line <= 30 &&
           read_stamp (line, cut - line, default_zone, m) && m->time != NULL)
    {
      if (read_sender (cut + 3, m, TRUE))
        return m;
    }
  /* "Tom Reid, [3 Mar 2026 at 16:05]" */
  else if (length > 0 && line[length - 1] == ']' && (cut = strstr (line, ", [")) != NULL &&
           is_sender (line, cut - line) && read_stamp (cut + 3, line + length - 1 - (cut + 3), default_zone, m))
    {
      m->sender = g_strndup (line, cut - line);
      return m;
    }
  /* "Priya Natarajan  9:14 AM", "Kovács Anna 10:40": the time its last
   * word or two */
  else if (strchr (line, ':') != NULL)
    {
      for (guint k = 1; k <= 2; k++)
        {
          const char *space = line + length;
          guint n = 0;
          const char *end;

          while (space > line && n < k)
            {
              space--;
              n += *space == ' ';
            }
          if (space == line || !_byline_import_is_clock_time (space + 1))
            continue;
          end = space;
          while (end > line && end[-1] == ' ')
            end--;
          if (is_sender (line, end - line))
            {
              m->sender = g_strndup (line, end - line);
              return m;
            }
        }
    }

  message_free (m);
  return NULL;
}

static guint
n_senders (GPtrArray *messages)
{
  g_autoptr(GHashTable) senders = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < messages->len; i++)
    {
      Message *m = g_ptr_array_index (messages, i);

      if (m->sender != NULL)
        g_hash_table_add (senders, m->sender);
    }
  return g_hash_table_size (senders);
}

/* "<Media omitted>", "‎<attached: 00000012-PHOTO-….jpg>", "[ Photo ]",
 * "(poistettu viesti)": a program's stand-in for what was not text */
static gboolean
is_stand_in (const char *line)
{
  static const char * const deleted[] = {
    "this message was deleted", "you deleted this message", "diese nachricht wurde gelöscht",
    "du hast diese nachricht gelöscht", "ce message a été supprimé", "vous avez supprimé ce message",
    "se eliminó este mensaje", "eliminaste este mensaje", "este mensaje fue eliminado", "esta mensagem foi apagada",
    "questo messaggio è stato eliminato", "dit bericht is verwijderd", "denne besked blev slettet",
    "denne meldingen ble slettet", "det här meddelandet raderades", "tämä viesti poistettiin",
    "ta wiadomość została usunięta", "tato zpráva byla smazána", "táto správa bola odstránená",
    "ez az üzenet törölve lett", "acest mesaj a fost șters", "bu mesaj silindi", "это сообщение удалено",
    "съобщението е изтрито", "ova poruka je izbrisana", "see sõnum kustutati", "ši žinutė ištrinta",
    "pesan ini telah dihapus", "tin nhắn này đã bị xóa", "تم حذف هذه الرسالة", "این پیام حذف شد",
    "ההודעה נמחקה", "此消息已删除", "このメッセージは削除されました", "삭제된 메시지입니다", NULL
  };
  g_autofree char *lower = g_utf8_strdown (line, -1);
  const char *p = lower;
  gsize length;

  /* (a left-to-right mark WhatsApp puts before its stand-ins) */
  if (g_str_has_prefix (p, "\xe2\x80\x8e"))
    p += 3;
  length = strlen (p);
  for (guint i = 0; deleted[i] != NULL; i++)
    {
      if (g_str_has_prefix (p, deleted[i]) && strlen (p) <= strlen (deleted[i]) + 1)
        return TRUE;
    }
  if (length < 2 || _byline_import_count_words (p) > 4)
    return FALSE;
  return (p[0] == '<' && p[length - 1] == '>') || (p[0] == '[' && p[length - 1] == ']') ||
         (p[0] == '(' && p[length - 1] == ')' && _byline_import_count_words (p) <= 3) ||
         (p[0] == '<' && strstr (p, "attached:") != NULL);
}

static gboolean
is_edited_word (const char *word)
{
  static const char * const edited[] = {
    "edited", "bearbeitet", "modifié", "editado", "modificato", "bewerkt", "redigeret", "redigerad", "redigert",
    "muokattu", "szerkesztve", "upravené", "upraveno", "edytowano", "izmijenjeno", "uređeno", "redigeeritud",
    "redaguota", "editat", "modificat", "düzenlendi", "изменено", "редактирано", "ditulis ulang", "diedit", NULL
  };
  g_autofree char *lower = g_utf8_strdown (word, -1);

  return g_strv_contains (edited, lower);
}

/* Slack's ":thumbsup:" and its count, Teams' "like 2", a mark that the
 * message was edited: the program's, no one's words */
static gboolean
is_chat_mark (const char *line,
              gboolean    after_reaction)
{
  static const char * const reactions[] = { "like", "heart", "laugh", "surprised", "sad", "angry", NULL };
  gsize length = strlen (line);
  g_auto(GStrv) words = NULL;

  if (length == 0)
    return FALSE;
  if (length > 2 && line[0] == ':' && line[length - 1] == ':' && strchr (line, ' ') == NULL)
    return TRUE;
  /* (a reaction's count under it) */
  if (after_reaction && strspn (line, "0123456789") == length)
    return TRUE;
  if (line[0] == '(' && line[length - 1] == ')')
    {
      g_autofree char *inner = g_strndup (line + 1, length - 2);

      return is_edited_word (inner);
    }
  if (is_edited_word (line))
    return TRUE;
  words = g_strsplit (line, " ", -1);
  return g_strv_length (words) == 2 && g_strv_contains (reactions, words[0]) &&
         strspn (words[1], "0123456789") == strlen (words[1]);
}

/* "… a day. (edited)": the mark at a line's end */
static void
cut_edited_mark (char *line)
{
  gsize length = strlen (line);
  char *open;

  if (length < 3 || line[length - 1] != ')' || (open = strrchr (line, '(')) == NULL || open == line)
    return;
  line[length - 1] = '\0';
  if (is_edited_word (open + 1))
    {
      *open = '\0';
      g_strchomp (line);
    }
  else
    line[length - 1] = ')';
}

static void
append_note (GString    *note,
             const char *sender,
             const char *text)
{
  if (text[0] == '\0')
    return;
  g_string_append_printf (note, "%s%s%s%s", note->len > 0 ? "\n" : "", sender ? sender : "", sender ? ": " : "",
                          text);
}

static const char *
first_line (Message *m)
{
  for (guint j = 0; j < m->text->len; j++)
    {
      const char *line = g_ptr_array_index (m->text, j);

      if (line[0] != '\0')
        return line;
    }
  return NULL;
}

static gboolean
is_lower_start (const char *line)
{
  gunichar c = g_utf8_get_char (line);

  return g_unichar_islower (c);
}

/* A byline, a writer's name, a date: the story's header, not words to
 * the desk */
static gboolean
is_header_line (const char *line)
{
  g_auto(GStrv) names = _byline_import_parse_byline (line);
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *zone = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  return names != NULL || _byline_import_is_full_name (line) || byline_import_parse_date (line, utc, &date, &zone);
}

/* "yes sending now, in bits", "Filing the school meals story now": the
 * writer's words to the desk before the story, a message of one line
 * that opens in lower case before one that does not, or one that reads
 * as a headline before another such line */
static void
take_chatter (GPtrArray  *messages,
              const char *writer,
              GString    *note)
{
  for (guint i = 0; i < messages->len; i++)
    {
      Message *m = g_ptr_array_index (messages, i);
      Message *next = NULL;
      const char *line;
      const char *following;

      if (g_strcmp0 (m->sender, writer) != 0)
        continue;
      line = first_line (m);
      if (line == NULL)
        continue;
      for (guint j = i + 1; j < messages->len && next == NULL; j++)
        {
          Message *later = g_ptr_array_index (messages, j);

          if (g_strcmp0 (later->sender, writer) == 0 && first_line (later) != NULL)
            next = later;
        }
      if (next == NULL || _byline_import_count_words (line) > 12)
        return;
      for (guint j = 0; j < m->text->len; j++)
        {
          const char *other = g_ptr_array_index (m->text, j);

          if (other[0] != '\0' && other != line)
            return;
        }
      following = first_line (next);
      if (is_lower_start (following) || _byline_import_ends_with_punctuation (following) || is_header_line (line))
        return;
      if (!is_lower_start (line) && (_byline_import_count_words (following) < 4 || is_header_line (following)))
        return;
      append_note (note, m->sender, line);
      g_ptr_array_remove_index (messages, i--);
    }
}

/**
 * _byline_import_take_chat:
 * @lines: the copy's lines, rewritten to the story's
 * @default_zone: the zone of a message's time that names none
 * @note: where the chat's other lines go
 *
 * A chat's messages (see the top of this file): @lines become the text
 * of the messages of the one who wrote most, a blank line between two;
 * the rest goes to @note.
 *
 * Returns: (nullable): the story's messages, or %NULL when @lines are
 *   no chat
 */
BylineImportChat *
_byline_import_take_chat (GPtrArray *lines,
                          GTimeZone *default_zone,
                          GString   *note)
{
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (message_free);
  g_autoptr(GPtrArray) before = g_ptr_array_new ();
  g_autoptr(GHashTable) words = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) story = NULL;
  BylineImportChat *chat;
  const char *writer = NULL;
  guint most = 0;
  guint named = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      Message *m = read_message_line (line, default_zone);

      if (m != NULL)
        {
          named += m->sender != NULL;
          g_ptr_array_add (messages, m);
        }
      else if (messages->len > 0)
        g_ptr_array_add (((Message *) g_ptr_array_index (messages, messages->len - 1))->text, g_strdup (line));
      else
        g_ptr_array_add (before, (gpointer) line);
    }
  /* (three messages at least, the lines over the first a channel's name
   * and a day's) */
  if (named < 3 && (named < 2 || n_senders (messages) < 2))
    return NULL;
  for (guint i = 0; i < before->len; i++)
    {
      const char *line = g_ptr_array_index (before, i);

      if (_byline_import_count_words (line) > 5)
        return NULL;
    }

  /* The one who wrote most */
  for (guint i = 0; i < messages->len; i++)
    {
      Message *m = g_ptr_array_index (messages, i);
      guint n = 0;

      if (m->sender == NULL)
        continue;
      for (guint j = 0; j < m->text->len; j++)
        n += _byline_import_count_words (g_ptr_array_index (m->text, j));
      n += GPOINTER_TO_UINT (g_hash_table_lookup (words, m->sender));
      g_hash_table_insert (words, m->sender, GUINT_TO_POINTER (n));
      if (n > most)
        {
          most = n;
          writer = m->sender;
        }
    }

  for (guint i = 0; i < before->len; i++)
    append_note (note, NULL, g_ptr_array_index (before, i));
  take_chatter (messages, writer, note);
  story = g_ptr_array_new_with_free_func (g_free);
  chat = g_new0 (BylineImportChat, 1);
  chat->messages = g_ptr_array_new_with_free_func (message_free);
  chat->writer = g_strdup (writer);
  for (guint i = 0; i < messages->len; i++)
    {
      Message *m = g_ptr_array_index (messages, i);
      gboolean theirs = g_strcmp0 (m->sender, writer) == 0;
      gboolean reaction = FALSE;

      for (guint j = 0; j < m->text->len; j++)
        {
          char *line = g_ptr_array_index (m->text, j);

          if (is_chat_mark (line, reaction))
            {
              reaction = line[0] == ':';
              line[0] = '\0';
              continue;
            }
          reaction = FALSE;
          cut_edited_mark (line);
          if (!theirs || is_stand_in (line))
            {
              append_note (note, m->sender, line);
              line[0] = '\0';
              continue;
            }
          /* (a messaging program wraps no line: each is a paragraph) */
          if (line[0] != '\0' && story->len > 0 && ((char *) g_ptr_array_index (story, story->len - 1))[0] != '\0')
            g_ptr_array_add (story, g_strdup (""));
          if (line[0] != '\0' || story->len > 0)
            g_ptr_array_add (story, g_strdup (line));
        }
      if (theirs)
        g_ptr_array_add (chat->messages, g_ptr_array_steal_index (messages, i--));
    }

  g_ptr_array_set_size (lines, 0);
  g_ptr_array_extend_and_steal (lines, g_steal_pointer (&story));
  return chat;
}

/**
 * _byline_import_chat_date:
 * @chat: the story's messages
 * @headline: (nullable): the headline read
 * @date: (out): the time of the message that carries it (or the first's)
 * @zone: (out): its zone
 *
 * Returns: whether a message names its day
 */
gboolean
_byline_import_chat_date (BylineImportChat  *chat,
                          const char        *headline,
                          GDateTime        **date,
                          char             **zone)
{
  Message *found = NULL;

  for (guint i = 0; i < chat->messages->len && found == NULL; i++)
    {
      Message *m = g_ptr_array_index (chat->messages, i);

      for (guint j = 0; headline != NULL && j < m->text->len; j++)
        {
          if (strstr (g_ptr_array_index (m->text, j), headline) != NULL)
            found = m;
        }
    }
  if (found == NULL && chat->messages->len > 0)
    found = g_ptr_array_index (chat->messages, 0);
  if (found == NULL || found->time == NULL)
    return FALSE;
  *date = g_date_time_ref (found->time);
  *zone = g_strdup (found->zone);
  return TRUE;
}

/**
 * _byline_import_chat_writer:
 * @chat: the story's messages
 *
 * Returns: (nullable): the name of the one who sent the story, when it
 *   is a person's
 */
const char *
_byline_import_chat_writer (BylineImportChat *chat)
{
  if (chat->writer == NULL || !_byline_import_is_full_name (chat->writer))
    return NULL;
  return chat->writer;
}
