/* test-place.c: what a place shows of its names
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-place"

#include "config.h"

#include "atlas-test-kb.h"

#include "atlas-kb.h"
#include "atlas-place.h"

static gboolean
strv_has (char       **strv,
          const char  *s)
{
  return g_strv_contains ((const char * const *) strv, s);
}

/* "Also known as" left out what is only the name or the Arabic name spelt another way: with
 * another case, or with a bare alef or a heh for a ta marbuta (issue 7). Search still knows
 * every alias. */
static void
test_other_names (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_shipped_kb ();
  GListModel *places = atlas_kb_get_places (kb);
  AtlasPlace *aziziyeh = atlas_kb_lookup_place (kb, "p-al-aziziyeh");
  AtlasPlace *ansari = atlas_kb_lookup_place (kb, "p-al-ansari");
  g_auto(GStrv) names = NULL;
  guint n_with_names = 0;

  g_assert_nonnull (aziziyeh);
  g_assert_true (g_strv_contains (atlas_place_get_aliases (aziziyeh), "العزيزيه"));
  names = atlas_place_dup_other_names (aziziyeh);
  g_assert_false (strv_has (names, "العزيزيه"));
  g_assert_true (strv_has (names, "A'aziziyeh"));
  g_clear_pointer (&names, g_strfreev);

  g_assert_nonnull (ansari);
  names = atlas_place_dup_other_names (ansari);
  g_assert_false (strv_has (names, "Al-Ansari"));
  g_assert_false (strv_has (names, "الانصاري"));
  g_clear_pointer (&names, g_strfreev);

  /* Every place: none of the names shown folds to the name, the Arabic name or another one */
  for (guint i = 0; i < g_list_model_get_n_items (places); i++)
    {
      g_autoptr(AtlasPlace) place = g_list_model_get_item (places, i);
      g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);

      names = atlas_place_dup_other_names (place);
      g_ptr_array_add (seen, atlas_place_fold_name (atlas_place_get_name (place)));
      if (atlas_place_get_name_ar (place))
        g_ptr_array_add (seen, atlas_place_fold_name (atlas_place_get_name_ar (place)));
      for (guint j = 0; names[j] != NULL; j++)
        {
          char *folded = atlas_place_fold_name (names[j]);

          g_assert_true (g_strv_contains (atlas_place_get_aliases (place), names[j]));
          for (guint k = 0; k < seen->len; k++)
            g_assert_cmpstr (folded, !=, g_ptr_array_index (seen, k));
          g_ptr_array_add (seen, folded);
        }
      n_with_names += names[0] != NULL;
      g_clear_pointer (&names, g_strfreev);
    }
  g_assert_cmpuint (n_with_names, >, 10);
}

/* Lists sort places by their names as search folds them, a leading article aside */
static void
test_collate_key (void)
{
  const char *in_order[] = { "Bab al-Hadid", "Bustan al-Basha", "al-Ḥamdāniyah", "Karm al-Jabal",
                             "as-Sakhour", "Sakhur", "Suleiman al-Halabi", "Ṭariq al-Bab" };

  for (guint i = 0; i + 1 < G_N_ELEMENTS (in_order); i++)
    {
      g_autofree char *a = atlas_place_collate_key (in_order[i]);
      g_autofree char *b = atlas_place_collate_key (in_order[i + 1]);

      g_test_message ("%s < %s", a, b);
      g_assert_cmpint (strcmp (a, b), <, 0);
    }

  {
    g_autofree char *a = atlas_place_collate_key ("al-Sakhour");
    g_autofree char *b = atlas_place_collate_key ("As Sakhour");
    g_autofree char *c = atlas_place_collate_key ("al");

    g_assert_cmpstr (a, ==, b);
    g_assert_cmpstr (a, ==, "sakhour");
    /* A name that is only an article keeps it */
    g_assert_cmpstr (c, ==, "al");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/place/other-names", test_other_names);
  g_test_add_func ("/place/collate-key", test_collate_key);

  return g_test_run ();
}
