/* atlas-ids.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-ids"

#include "config.h"

#include <string.h>

#include "atlas-ids.h"

/* Ids for what the user adds in the app (issue 9): readable in the file and in exports, in
 * the style of the KB's own (`a-2016-10-12-new-arab`, `e-2016-09-22-overnight-bombardment`),
 * and never one already taken: the next free "-2", "-3"… is added. */

#define MAX_SLUG_CHARS 48

/**
 * atlas_ids_slugify:
 * @words: a title, an outlet, a name
 * @max_chars: the longest slug, in characters; it is cut at a word's end when it can be
 *
 * Returns: @words in lower case, letters and digits of any script kept, every other run of
 *   characters one hyphen, none at the ends: "The New Arab: Aleppo!" is "the-new-arab-aleppo"
 *   and "حلب الشرقية" is "حلب-الشرقية"; "" when @words has no letter or digit
 */
char *
atlas_ids_slugify (const char *words,
                   guint       max_chars)
{
  g_autofree char *folded = NULL;
  GString *slug;
  guint n = 0;
  gboolean hyphen = FALSE;

  g_return_val_if_fail (words != NULL, NULL);

  folded = g_utf8_strdown (words, -1);
  slug = g_string_new (NULL);

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* Apostrophes join a word: "Shi'a" is "shia" */
      if (c == '\'' || c == 0x2019 || c == 0x02BC)
        continue;

      if (!g_unichar_isalnum (c) && !(g_unichar_ismark (c) && slug->len > 0 && !hyphen))
        {
          hyphen = slug->len > 0;
          continue;
        }

      if (hyphen)
        {
          if (n + 2 > max_chars)
            break;
          g_string_append_c (slug, '-');
          n++;
          hyphen = FALSE;
        }
      if (n + 1 > max_chars)
        {
          /* Cut at the last word's end rather than in a word */
          const char *last = strrchr (slug->str, '-');
          if (last)
            g_string_truncate (slug, last - slug->str);
          break;
        }
      g_string_append_unichar (slug, c);
      n++;
    }

  return g_string_free (slug, FALSE);
}

/**
 * atlas_ids_make:
 * @prefix: the collection's prefix: "a" for articles, "p", "e", "c"
 * @words: what the id should say: a date and a title, say
 * @taken: whether an id is taken
 *
 * Returns: a new id, "PREFIX-SLUG", or "PREFIX-SLUG-2" and so on when that is taken; "PREFIX-1"
 *   and up when @words give no slug
 */
char *
atlas_ids_make (const char       *prefix,
                const char       *words,
                AtlasIdTakenFunc  taken,
                gpointer          user_data)
{
  g_autofree char *slug = NULL;
  g_autofree char *base = NULL;

  g_return_val_if_fail (prefix != NULL && *prefix, NULL);
  g_return_val_if_fail (taken != NULL, NULL);

  slug = atlas_ids_slugify (words ? words : "", MAX_SLUG_CHARS);
  if (*slug == '\0')
    {
      for (guint i = 1; ; i++)
        {
          char *id = g_strdup_printf ("%s-%u", prefix, i);
          if (!taken (id, user_data))
            return id;
          g_free (id);
        }
    }

  base = g_strconcat (prefix, "-", slug, NULL);
  if (!taken (base, user_data))
    return g_steal_pointer (&base);

  for (guint i = 2; ; i++)
    {
      char *id = g_strdup_printf ("%s-%u", base, i);
      if (!taken (id, user_data))
        return id;
      g_free (id);
    }
}
