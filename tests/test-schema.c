/* test-schema.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-schema"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "atlas-vocabulary.h"

/* Checks data/aleppo-atlas-kb.schema.json, the JSON Schema that editors use, against the KB
 * files we ship and against broken copies of tests/data/good/minimal.json.
 *
 * No JSON Schema library is available in C here, so this file holds a small validator for
 * the subset of draft 2020-12 that the schema uses. Any other keyword fails the test loudly:
 * a keyword it silently skipped would let a wrong schema pass. Like the loader (and unlike
 * JSON Schema, where 1.0 is an integer), "integer" means a number written without a fraction
 * or exponent. */

/* Validator */

typedef struct
{
  JsonNode   *root;      /* the whole schema, for $ref */
  GHashTable *regexes;   /* pattern → GRegex */
  GPtrArray  *errors;    /* "PATH: MESSAGE" */
  guint       quiet;     /* > 0 while trying a subschema (not, if, anyOf, oneOf) */
} Validator;

/* Keywords that say nothing about validity */
static const char * const annotation_keywords[] = {
  "$schema", "$id", "$defs", "$comment", "title", "description", NULL
};

/* Keywords this validator understands; "then" and "else" are read with "if" */
static const char * const assertion_keywords[] = {
  "$ref", "type", "const", "enum", "required", "properties", "additionalProperties",
  "items", "prefixItems", "minItems", "minimum", "maximum", "minLength", "pattern",
  "allOf", "anyOf", "oneOf", "not", "if", "then", "else", NULL
};

static gboolean validate (Validator  *v,
                          JsonNode   *schema,
                          const char *schema_path,
                          JsonNode   *instance,
                          const char *path);

static gboolean
is_identifier (const char *key)
{
  if (!g_ascii_isalpha (*key) && *key != '_')
    return FALSE;

  for (const char *p = key; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '_')
      return FALSE;

  return TRUE;
}

/* Paths are written as the loader writes them: events[3].sources[0].end */
static char *
member_path (const char *path,
             const char *key)
{
  if (!is_identifier (key))
    return g_strdup_printf ("%s[\"%s\"]", path, key);

  return g_strdup_printf ("%s%s%s", path, path[0] ? "." : "", key);
}

static char *
element_path (const char *path,
              guint       index)
{
  return g_strdup_printf ("%s[%u]", path, index);
}

static const char *
shown_path (const char *path)
{
  return path[0] ? path : "(root)";
}

G_GNUC_PRINTF (3, 4)
static void
add_error (Validator  *v,
           const char *path,
           const char *format,
           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (v->quiet > 0)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (v->errors, g_strdup_printf ("%s: %s", shown_path (path), message));
}

/* The schema uses something this file cannot check: fail, whatever the caller expects */
G_GNUC_PRINTF (2, 3)
static void
unsupported (const char *schema_path,
             const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_test_fail_printf ("schema %s: %s", schema_path, message);
}

static gboolean
in_list (const char * const *list,
         const char         *word)
{
  for (guint i = 0; list[i]; i++)
    if (strcmp (list[i], word) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
is_number (JsonNode *node)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);
  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

static gboolean
is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static const char *
describe (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return "an object";
  if (JSON_NODE_HOLDS_ARRAY (node))
    return "an array";
  if (JSON_NODE_HOLDS_NULL (node))
    return "null";
  if (is_string (node))
    return "a string";
  if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    return "true or false";
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return "a whole number";
  return "a number with a fraction or exponent";
}

/* Deep equality, numbers by value */
static gboolean
json_equal (JsonNode *a,
            JsonNode *b)
{
  if (is_number (a) && is_number (b))
    return json_node_get_double (a) == json_node_get_double (b);

  if (JSON_NODE_TYPE (a) != JSON_NODE_TYPE (b))
    return FALSE;

  switch (JSON_NODE_TYPE (a))
    {
    case JSON_NODE_NULL:
      return TRUE;

    case JSON_NODE_VALUE:
      if (json_node_get_value_type (a) != json_node_get_value_type (b))
        return FALSE;
      if (is_string (a))
        return strcmp (json_node_get_string (a), json_node_get_string (b)) == 0;
      return json_node_get_boolean (a) == json_node_get_boolean (b);

    case JSON_NODE_ARRAY:
      {
        JsonArray *x = json_node_get_array (a);
        JsonArray *y = json_node_get_array (b);
        guint n = json_array_get_length (x);

        if (n != json_array_get_length (y))
          return FALSE;
        for (guint i = 0; i < n; i++)
          if (!json_equal (json_array_get_element (x, i), json_array_get_element (y, i)))
            return FALSE;
        return TRUE;
      }

    case JSON_NODE_OBJECT:
      {
        JsonObject *x = json_node_get_object (a);
        JsonObject *y = json_node_get_object (b);
        JsonObjectIter iter;
        const char *key;
        JsonNode *member;

        if (json_object_get_size (x) != json_object_get_size (y))
          return FALSE;
        json_object_iter_init (&iter, x);
        while (json_object_iter_next (&iter, &key, &member))
          if (!json_object_has_member (y, key) ||
              !json_equal (member, json_object_get_member (y, key)))
            return FALSE;
        return TRUE;
      }

    default:
      return FALSE;
    }
}

/* Returns -1 for a type name JSON Schema does not have */
static int
has_type (JsonNode   *node,
          const char *type)
{
  if (strcmp (type, "object") == 0)
    return JSON_NODE_HOLDS_OBJECT (node);
  if (strcmp (type, "array") == 0)
    return JSON_NODE_HOLDS_ARRAY (node);
  if (strcmp (type, "null") == 0)
    return JSON_NODE_HOLDS_NULL (node);
  if (strcmp (type, "string") == 0)
    return is_string (node);
  if (strcmp (type, "boolean") == 0)
    return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN;
  if (strcmp (type, "number") == 0)
    return is_number (node);
  if (strcmp (type, "integer") == 0)
    return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64;
  return -1;
}

/* Only local references into $defs: "#/$defs/NAME" */
static JsonNode *
resolve_ref (JsonNode   *root,
             const char *ref)
{
  JsonObject *defs;

  if (!g_str_has_prefix (ref, "#/$defs/") || strchr (ref + strlen ("#/$defs/"), '/') ||
      !JSON_NODE_HOLDS_OBJECT (root) ||
      !json_object_has_member (json_node_get_object (root), "$defs"))
    return NULL;

  defs = json_object_get_object_member (json_node_get_object (root), "$defs");
  if (defs == NULL)
    return NULL;

  return json_object_get_member (defs, ref + strlen ("#/$defs/"));
}

static GRegex *
get_regex (Validator  *v,
           const char *pattern,
           const char *schema_path)
{
  g_autoptr(GError) error = NULL;
  GRegex *regex;

  if ((regex = g_hash_table_lookup (v->regexes, pattern)))
    return regex;

  /* $ must not match before a final newline, as it would by default in PCRE */
  if (!(regex = g_regex_new (pattern, G_REGEX_DOLLAR_ENDONLY, 0, &error)))
    {
      unsupported (schema_path, "pattern /%s/ does not compile: %s", pattern, error->message);
      return NULL;
    }

  g_hash_table_insert (v->regexes, g_strdup (pattern), regex);
  return regex;
}

/* Validates without recording errors */
static gboolean
try_validate (Validator  *v,
              JsonNode   *schema,
              const char *schema_path,
              JsonNode   *instance,
              const char *path)
{
  gboolean ok;

  v->quiet++;
  ok = validate (v, schema, schema_path, instance, path);
  v->quiet--;

  return ok;
}

static gboolean
check_type (Validator  *v,
            JsonNode   *value,
            const char *schema_path,
            JsonNode   *instance,
            const char *path)
{
  g_autoptr(GString) names = g_string_new (NULL);
  gboolean found = FALSE;
  guint n = 1;

  if (JSON_NODE_HOLDS_ARRAY (value))
    n = json_array_get_length (json_node_get_array (value));

  for (guint i = 0; i < n; i++)
    {
      JsonNode *name = JSON_NODE_HOLDS_ARRAY (value)
                         ? json_array_get_element (json_node_get_array (value), i) : value;
      int result;

      if (!is_string (name) || (result = has_type (instance, json_node_get_string (name))) < 0)
        {
          unsupported (schema_path, "\"type\" must name JSON Schema types");
          return FALSE;
        }

      found = found || result;
      g_string_append_printf (names, "%s%s", i > 0 ? " or " : "", json_node_get_string (name));
    }

  if (!found)
    add_error (v, path, "expected %s, found %s", names->str, describe (instance));

  return found;
}

static gboolean
check_enum (Validator  *v,
            JsonNode   *value,
            const char *schema_path,
            JsonNode   *instance,
            const char *path)
{
  g_autofree char *shown = NULL;
  JsonArray *choices;
  guint n;

  if (!JSON_NODE_HOLDS_ARRAY (value))
    {
      unsupported (schema_path, "\"enum\" must be an array");
      return FALSE;
    }

  choices = json_node_get_array (value);
  n = json_array_get_length (choices);
  for (guint i = 0; i < n; i++)
    if (json_equal (json_array_get_element (choices, i), instance))
      return TRUE;

  shown = json_to_string (instance, FALSE);
  add_error (v, path, "%s is not one of the %u allowed values", shown, n);
  return FALSE;
}

static gboolean
check_object (Validator  *v,
              JsonObject *schema,
              const char *schema_path,
              JsonObject *object,
              const char *path)
{
  JsonObject *properties = NULL;
  JsonObjectIter iter;
  const char *key;
  JsonNode *member;
  gboolean ok = TRUE;

  if (json_object_has_member (schema, "required"))
    {
      JsonNode *required = json_object_get_member (schema, "required");
      guint n;

      if (!JSON_NODE_HOLDS_ARRAY (required))
        {
          unsupported (schema_path, "\"required\" must be an array");
          return FALSE;
        }

      n = json_array_get_length (json_node_get_array (required));
      for (guint i = 0; i < n; i++)
        {
          JsonNode *name = json_array_get_element (json_node_get_array (required), i);
          g_autofree char *child = NULL;

          if (!is_string (name))
            {
              unsupported (schema_path, "\"required\" must list member names");
              return FALSE;
            }

          if (!json_object_has_member (object, json_node_get_string (name)))
            {
              child = member_path (path, json_node_get_string (name));
              add_error (v, child, "missing required member");
              ok = FALSE;
            }
        }
    }

  if (json_object_has_member (schema, "properties"))
    {
      if (!(properties = json_object_get_object_member (schema, "properties")))
        {
          unsupported (schema_path, "\"properties\" must be an object");
          return FALSE;
        }

      json_object_iter_init (&iter, properties);
      while (json_object_iter_next (&iter, &key, &member))
        if (json_object_has_member (object, key))
          {
            g_autofree char *child = member_path (path, key);
            g_autofree char *sub = g_strdup_printf ("%s/properties/%s", schema_path, key);

            ok = validate (v, member, sub, json_object_get_member (object, key), child) && ok;
          }
    }

  if (json_object_has_member (schema, "additionalProperties"))
    {
      JsonNode *additional = json_object_get_member (schema, "additionalProperties");
      g_autofree char *sub = g_strdup_printf ("%s/additionalProperties", schema_path);

      json_object_iter_init (&iter, object);
      while (json_object_iter_next (&iter, &key, &member))
        if (properties == NULL || !json_object_has_member (properties, key))
          {
            g_autofree char *child = member_path (path, key);

            ok = validate (v, additional, sub, member, child) && ok;
          }
    }

  return ok;
}

static gboolean
check_array (Validator  *v,
             JsonObject *schema,
             const char *schema_path,
             JsonArray  *array,
             const char *path)
{
  guint n = json_array_get_length (array);
  guint n_prefix = 0;
  gboolean ok = TRUE;

  if (json_object_has_member (schema, "minItems"))
    {
      JsonNode *min = json_object_get_member (schema, "minItems");

      if (!JSON_NODE_HOLDS_VALUE (min) || json_node_get_value_type (min) != G_TYPE_INT64)
        {
          unsupported (schema_path, "\"minItems\" must be a whole number");
          return FALSE;
        }

      if (n < json_node_get_int (min))
        {
          add_error (v, path, "expected at least %" G_GINT64_FORMAT " items, found %u",
                     json_node_get_int (min), n);
          ok = FALSE;
        }
    }

  if (json_object_has_member (schema, "prefixItems"))
    {
      JsonArray *prefix = json_object_get_array_member (schema, "prefixItems");

      if (prefix == NULL)
        {
          unsupported (schema_path, "\"prefixItems\" must be an array");
          return FALSE;
        }

      n_prefix = json_array_get_length (prefix);
      for (guint i = 0; i < MIN (n, n_prefix); i++)
        {
          g_autofree char *child = element_path (path, i);
          g_autofree char *sub = g_strdup_printf ("%s/prefixItems/%u", schema_path, i);

          ok = validate (v, json_array_get_element (prefix, i), sub,
                         json_array_get_element (array, i), child) && ok;
        }
    }

  if (json_object_has_member (schema, "items"))
    {
      JsonNode *items = json_object_get_member (schema, "items");
      g_autofree char *sub = g_strdup_printf ("%s/items", schema_path);

      for (guint i = n_prefix; i < n; i++)
        {
          g_autofree char *child = element_path (path, i);

          ok = validate (v, items, sub, json_array_get_element (array, i), child) && ok;
        }
    }

  return ok;
}

static gboolean
check_bound (Validator  *v,
             JsonNode   *bound,
             gboolean    is_minimum,
             const char *schema_path,
             JsonNode   *instance,
             const char *path)
{
  double value, limit;

  if (!is_number (bound))
    {
      unsupported (schema_path, "\"%s\" must be a number", is_minimum ? "minimum" : "maximum");
      return FALSE;
    }

  if (!is_number (instance))
    return TRUE;

  value = json_node_get_double (instance);
  limit = json_node_get_double (bound);

  if (is_minimum ? value < limit : value > limit)
    {
      add_error (v, path, "expected %s %g, found %g", is_minimum ? "at least" : "at most",
                 limit, value);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_string (Validator  *v,
              JsonObject *schema,
              const char *schema_path,
              const char *string,
              const char *path)
{
  gboolean ok = TRUE;

  if (json_object_has_member (schema, "minLength"))
    {
      JsonNode *min = json_object_get_member (schema, "minLength");

      if (!JSON_NODE_HOLDS_VALUE (min) || json_node_get_value_type (min) != G_TYPE_INT64)
        {
          unsupported (schema_path, "\"minLength\" must be a whole number");
          return FALSE;
        }

      /* JSON Schema counts characters (code points), not bytes */
      if (g_utf8_strlen (string, -1) < json_node_get_int (min))
        {
          add_error (v, path, "expected at least %" G_GINT64_FORMAT " characters, found \"%s\"",
                     json_node_get_int (min), string);
          ok = FALSE;
        }
    }

  if (json_object_has_member (schema, "pattern"))
    {
      const char *pattern = json_object_get_string_member (schema, "pattern");
      GRegex *regex;

      if (pattern == NULL || !(regex = get_regex (v, pattern, schema_path)))
        {
          unsupported (schema_path, "\"pattern\" must be a regular expression");
          return FALSE;
        }

      if (!g_regex_match (regex, string, 0, NULL))
        {
          add_error (v, path, "\"%s\" does not match /%s/", string, pattern);
          ok = FALSE;
        }
    }

  return ok;
}

static gboolean
check_combination (Validator  *v,
                   const char *keyword,
                   JsonNode   *value,
                   const char *schema_path,
                   JsonNode   *instance,
                   const char *path)
{
  JsonArray *schemas;
  guint n, n_valid = 0;
  gboolean all = TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (value) ||
      (n = json_array_get_length (schemas = json_node_get_array (value))) == 0)
    {
      unsupported (schema_path, "\"%s\" must be a non-empty array of schemas", keyword);
      return FALSE;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *sub = g_strdup_printf ("%s/%s/%u", schema_path, keyword, i);
      JsonNode *schema = json_array_get_element (schemas, i);

      if (strcmp (keyword, "allOf") == 0)
        all = validate (v, schema, sub, instance, path) && all;
      else if (try_validate (v, schema, sub, instance, path))
        n_valid++;
    }

  if (strcmp (keyword, "allOf") == 0)
    return all;

  if (strcmp (keyword, "anyOf") == 0 && n_valid == 0)
    {
      add_error (v, path, "matches none of the %u alternatives (anyOf)", n);
      return FALSE;
    }

  if (strcmp (keyword, "oneOf") == 0 && n_valid != 1)
    {
      add_error (v, path, "matches %u of the %u alternatives, expected exactly one (oneOf)", n_valid, n);
      return FALSE;
    }

  return TRUE;
}

static gboolean
validate (Validator  *v,
          JsonNode   *schema,
          const char *schema_path,
          JsonNode   *instance,
          const char *path)
{
  JsonObject *obj;
  JsonObjectIter iter;
  const char *keyword;
  JsonNode *value;
  gboolean ok = TRUE;

  /* Boolean schemas: true allows anything, false nothing */
  if (JSON_NODE_HOLDS_VALUE (schema) && json_node_get_value_type (schema) == G_TYPE_BOOLEAN)
    {
      if (!json_node_get_boolean (schema))
        add_error (v, path, "not allowed here");
      return json_node_get_boolean (schema);
    }

  if (!JSON_NODE_HOLDS_OBJECT (schema))
    {
      unsupported (schema_path, "expected a schema (an object or true/false), found %s", describe (schema));
      return FALSE;
    }

  obj = json_node_get_object (schema);

  json_object_iter_init (&iter, obj);
  while (json_object_iter_next (&iter, &keyword, &value))
    {
      g_autofree char *sub = g_strdup_printf ("%s/%s", schema_path, keyword);

      if (in_list (annotation_keywords, keyword))
        continue;

      if (!in_list (assertion_keywords, keyword))
        {
          unsupported (schema_path, "keyword \"%s\" is not understood by this test", keyword);
          return FALSE;
        }

      if (strcmp (keyword, "$ref") == 0)
        {
          JsonNode *target = is_string (value) ? resolve_ref (v->root, json_node_get_string (value)) : NULL;

          if (target == NULL)
            {
              unsupported (sub, "cannot resolve this reference");
              return FALSE;
            }
          ok = validate (v, target, json_node_get_string (value), instance, path) && ok;
        }
      else if (strcmp (keyword, "type") == 0)
        ok = check_type (v, value, sub, instance, path) && ok;
      else if (strcmp (keyword, "const") == 0)
        {
          if (!json_equal (value, instance))
            {
              g_autofree char *expected = json_to_string (value, FALSE);
              g_autofree char *found = json_to_string (instance, FALSE);

              add_error (v, path, "expected %s, found %s", expected, found);
              ok = FALSE;
            }
        }
      else if (strcmp (keyword, "enum") == 0)
        ok = check_enum (v, value, sub, instance, path) && ok;
      else if (strcmp (keyword, "minimum") == 0 || strcmp (keyword, "maximum") == 0)
        ok = check_bound (v, value, keyword[1] == 'i', sub, instance, path) && ok;
      else if (strcmp (keyword, "allOf") == 0 || strcmp (keyword, "anyOf") == 0 ||
               strcmp (keyword, "oneOf") == 0)
        ok = check_combination (v, keyword, value, schema_path, instance, path) && ok;
      else if (strcmp (keyword, "not") == 0)
        {
          if (try_validate (v, value, sub, instance, path))
            {
              add_error (v, path, "matches a schema it must not match (not)");
              ok = FALSE;
            }
        }
      else if (strcmp (keyword, "if") == 0)
        {
          const char *branch = try_validate (v, value, sub, instance, path) ? "then" : "else";

          if (json_object_has_member (obj, branch))
            {
              g_autofree char *branch_path = g_strdup_printf ("%s/%s", schema_path, branch);

              ok = validate (v, json_object_get_member (obj, branch), branch_path, instance, path) && ok;
            }
        }
      /* The remaining keywords apply to one type of instance and are read together below */
    }

  if (JSON_NODE_HOLDS_OBJECT (instance))
    ok = check_object (v, obj, schema_path, json_node_get_object (instance), path) && ok;
  else if (JSON_NODE_HOLDS_ARRAY (instance))
    ok = check_array (v, obj, schema_path, json_node_get_array (instance), path) && ok;
  else if (is_string (instance))
    ok = check_string (v, obj, schema_path, json_node_get_string (instance), path) && ok;

  return ok;
}

/* Helpers */

static JsonNode *
load_json (const char *filename)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, filename, &error);
  g_assert_no_error (error);
  g_assert_nonnull (json_parser_get_root (parser));

  return json_node_copy (json_parser_get_root (parser));
}

static JsonNode *
load_schema (void)
{
  return load_json (g_test_get_filename (G_TEST_DIST, "..", "data", "aleppo-atlas-kb.schema.json", NULL));
}

static void
validator_init (Validator *v,
                JsonNode  *schema)
{
  v->root = schema;
  v->regexes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_regex_unref);
  v->errors = g_ptr_array_new_with_free_func (g_free);
  v->quiet = 0;
}

static void
validator_clear (Validator *v)
{
  g_clear_pointer (&v->regexes, g_hash_table_unref);
  g_clear_pointer (&v->errors, g_ptr_array_unref);
}

/* Returns the errors found in @instance, none when it conforms */
static GPtrArray *
validate_instance (JsonNode *schema,
                   JsonNode *instance)
{
  Validator v;
  GPtrArray *errors;
  gboolean ok;

  validator_init (&v, schema);
  ok = validate (&v, schema, "#", instance, "");
  errors = g_ptr_array_ref (v.errors);
  validator_clear (&v);

  /* Every failure must say where it is, and every error must come from a failure (an
   * unsupported keyword fails without an error, and has already failed the test) */
  if (!g_test_failed ())
    g_assert_cmpint (ok, ==, errors->len == 0);

  return errors;
}

static void
assert_conforms (const char *filename)
{
  g_autoptr(JsonNode) schema = load_schema ();
  g_autoptr(JsonNode) kb = NULL;
  g_autoptr(GPtrArray) errors = NULL;

  if (!g_file_test (filename, G_FILE_TEST_EXISTS))
    {
      g_test_fail_printf ("%s does not exist", filename);
      return;
    }

  kb = load_json (filename);
  errors = validate_instance (schema, kb);

  for (guint i = 0; i < errors->len; i++)
    g_test_message ("%s: %s", filename, (const char *) g_ptr_array_index (errors, i));

  if (errors->len > 0)
    g_test_fail_printf ("%s does not conform to the schema: %s (%u problems)", filename,
                        (const char *) g_ptr_array_index (errors, 0), errors->len);
}

/* Walks every subschema without an instance, so that branches no test data reaches (an else,
 * a oneOf alternative) are checked too: keywords known, references resolved, patterns valid,
 * every property documented. */
static void
check_schema_node (JsonNode   *root,
                   JsonNode   *schema,
                   const char *schema_path,
                   gboolean    in_condition,
                   guint      *n_refs)
{
  JsonObject *obj;
  JsonObjectIter iter;
  const char *keyword;
  JsonNode *value;

  if (JSON_NODE_HOLDS_VALUE (schema) && json_node_get_value_type (schema) == G_TYPE_BOOLEAN)
    return;

  if (!JSON_NODE_HOLDS_OBJECT (schema))
    {
      unsupported (schema_path, "expected a schema (an object or true/false), found %s", describe (schema));
      return;
    }

  obj = json_node_get_object (schema);
  json_object_iter_init (&iter, obj);
  while (json_object_iter_next (&iter, &keyword, &value))
    {
      g_autofree char *sub = g_strdup_printf ("%s/%s", schema_path, keyword);

      if (!in_list (annotation_keywords, keyword) && !in_list (assertion_keywords, keyword))
        unsupported (schema_path, "keyword \"%s\" is not understood by this test", keyword);
      else if (strcmp (keyword, "$defs") == 0 && strcmp (schema_path, "#") != 0)
        unsupported (sub, "$defs is only read at the top level");
      else if ((strcmp (keyword, "title") == 0 || strcmp (keyword, "description") == 0 ||
                strcmp (keyword, "$comment") == 0 || strcmp (keyword, "$id") == 0 ||
                strcmp (keyword, "$schema") == 0 || strcmp (keyword, "pattern") == 0) &&
               (!is_string (value) || json_node_get_string (value)[0] == '\0'))
        unsupported (sub, "expected a non-empty string");
      else if (strcmp (keyword, "$ref") == 0)
        {
          if (!is_string (value) || resolve_ref (root, json_node_get_string (value)) == NULL)
            unsupported (sub, "cannot resolve this reference");
          (*n_refs)++;
        }
      else if (strcmp (keyword, "pattern") == 0)
        {
          g_autoptr(GRegex) regex = g_regex_new (json_node_get_string (value), G_REGEX_DOLLAR_ENDONLY, 0, NULL);

          if (regex == NULL)
            unsupported (sub, "the pattern does not compile");
        }
      else if (strcmp (keyword, "properties") == 0 || strcmp (keyword, "$defs") == 0)
        {
          JsonObjectIter members;
          const char *name;
          JsonNode *member;

          if (!JSON_NODE_HOLDS_OBJECT (value))
            {
              unsupported (sub, "expected an object of schemas");
              continue;
            }

          json_object_iter_init (&members, json_node_get_object (value));
          while (json_object_iter_next (&members, &name, &member))
            {
              g_autofree char *member_sub = g_strdup_printf ("%s/%s", sub, name);

              /* Editors show descriptions on hover and in completion */
              if (!in_condition && (!JSON_NODE_HOLDS_OBJECT (member) ||
                                    !json_object_has_member (json_node_get_object (member), "description")))
                g_test_fail_printf ("schema %s: no description", member_sub);

              check_schema_node (root, member, member_sub, in_condition, n_refs);
            }
        }
      else if (strcmp (keyword, "items") == 0 || strcmp (keyword, "additionalProperties") == 0)
        check_schema_node (root, value, sub, in_condition, n_refs);
      else if (strcmp (keyword, "not") == 0 || strcmp (keyword, "if") == 0 ||
               strcmp (keyword, "then") == 0 || strcmp (keyword, "else") == 0)
        check_schema_node (root, value, sub, TRUE, n_refs);
      else if (strcmp (keyword, "prefixItems") == 0 || strcmp (keyword, "allOf") == 0 ||
               strcmp (keyword, "anyOf") == 0 || strcmp (keyword, "oneOf") == 0)
        {
          guint n;

          if (!JSON_NODE_HOLDS_ARRAY (value) || (n = json_array_get_length (json_node_get_array (value))) == 0)
            {
              unsupported (sub, "expected a non-empty array of schemas");
              continue;
            }

          for (guint i = 0; i < n; i++)
            {
              g_autofree char *element_sub = g_strdup_printf ("%s/%u", sub, i);

              check_schema_node (root, json_array_get_element (json_node_get_array (value), i),
                                 element_sub, in_condition, n_refs);
            }
        }
      else if (strcmp (keyword, "required") == 0 || strcmp (keyword, "enum") == 0)
        {
          if (!JSON_NODE_HOLDS_ARRAY (value) || json_array_get_length (json_node_get_array (value)) == 0)
            unsupported (sub, "expected a non-empty array");
        }
      else if ((strcmp (keyword, "minimum") == 0 || strcmp (keyword, "maximum") == 0) && !is_number (value))
        unsupported (sub, "expected a number");
      else if ((strcmp (keyword, "minItems") == 0 || strcmp (keyword, "minLength") == 0) &&
               (has_type (value, "integer") != TRUE || json_node_get_int (value) < 0))
        unsupported (sub, "expected a whole number");
    }
}

/* Tests */

static void
test_well_formed (void)
{
  static const char * const defs[] = {
    "article", "place", "event", "casualty", "source", "count", "geometry", "position", "ring", NULL
  };
  g_autoptr(JsonNode) schema = load_schema ();
  JsonObject *root, *defs_obj;
  guint n_refs = 0;

  g_assert_true (JSON_NODE_HOLDS_OBJECT (schema));
  root = json_node_get_object (schema);

  g_assert_cmpstr (json_object_get_string_member (root, "$schema"), ==,
                   "https://json-schema.org/draft/2020-12/schema");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (root, "$id"), "https://"));
  g_assert_nonnull (json_object_get_string_member (root, "title"));
  /* The description must send people to the full check */
  g_assert_nonnull (strstr (json_object_get_string_member (root, "description"), "aleppo-atlas --check"));

  defs_obj = json_object_get_object_member (root, "$defs");
  g_assert_nonnull (defs_obj);
  for (guint i = 0; defs[i]; i++)
    if (!json_object_has_member (defs_obj, defs[i]))
      g_test_fail_printf ("schema: no $defs/%s", defs[i]);

  check_schema_node (schema, schema, "#", FALSE, &n_refs);
  g_test_message ("%u references resolved", n_refs);
  g_assert_cmpuint (n_refs, >, 0);
}

static void
test_shipped_kb (void)
{
  assert_conforms (g_test_get_filename (G_TEST_DIST, "..", "data", "aleppo-2016.json", NULL));
}

static void
test_minimal (void)
{
  assert_conforms (g_test_get_filename (G_TEST_DIST, "data", "good", "minimal.json", NULL));
}

/* A change to minimal.json: the value at @target (members and indexes split by '/') becomes
 * @json, or is removed when @json is NULL */
typedef struct
{
  const char *target;
  const char *json;
  const char *error_path;   /* where the schema must report it (rejections only) */
} Mutation;

static void
apply_mutation (JsonNode       *root,
                const Mutation *m)
{
  g_auto(GStrv) segments = g_strsplit (m->target, "/", -1);
  guint n = g_strv_length (segments);
  JsonNode *parent = root;
  g_autoptr(JsonNode) value = NULL;
  const char *last;

  g_assert_cmpuint (n, >, 0);

  for (guint i = 0; i + 1 < n; i++)
    {
      if (JSON_NODE_HOLDS_OBJECT (parent))
        parent = json_object_get_member (json_node_get_object (parent), segments[i]);
      else if (JSON_NODE_HOLDS_ARRAY (parent))
        parent = json_array_get_element (json_node_get_array (parent),
                                         (guint) g_ascii_strtoull (segments[i], NULL, 10));
      else
        parent = NULL;

      if (parent == NULL)
        g_error ("mutation target %s does not exist in minimal.json", m->target);
    }

  if (m->json)
    {
      g_autoptr(GError) error = NULL;

      value = json_from_string (m->json, &error);
      g_assert_no_error (error);
    }

  last = segments[n - 1];
  if (JSON_NODE_HOLDS_OBJECT (parent))
    {
      JsonObject *obj = json_node_get_object (parent);

      if (value)
        json_object_set_member (obj, last, g_steal_pointer (&value));
      else
        {
          g_assert_true (json_object_has_member (obj, last));
          json_object_remove_member (obj, last);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (parent))
    {
      JsonArray *array = json_node_get_array (parent);
      guint index = (guint) g_ascii_strtoull (last, NULL, 10);
      g_autoptr(JsonArray) copy = json_array_new ();

      g_assert_cmpuint (index, <, json_array_get_length (array));

      /* JsonArray cannot replace an element: rebuild it */
      for (guint i = 0; i < json_array_get_length (array); i++)
        if (i != index)
          json_array_add_element (copy, json_node_copy (json_array_get_element (array, i)));
        else if (value)
          json_array_add_element (copy, g_steal_pointer (&value));

      json_node_set_array (parent, copy);
    }
  else
    g_error ("mutation target %s is not in an object or array", m->target);
}

static JsonNode *
load_mutated_minimal (const Mutation *m)
{
  const char *filename = g_test_get_filename (G_TEST_DIST, "data", "good", "minimal.json", NULL);
  JsonNode *kb = load_json (filename);

  if (m)
    apply_mutation (kb, m);

  return kb;
}

static gboolean
has_error_at (GPtrArray  *errors,
              const char *path)
{
  g_autofree char *prefix = g_strdup_printf ("%s: ", path);

  for (guint i = 0; i < errors->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (errors, i), prefix))
      return TRUE;

  return FALSE;
}

static void
test_rejects (void)
{
  /* Each breaks one rule a schema can express; the error must be reported where it is */
  static const Mutation mutations[] = {
    { "articles/0/title", NULL, "articles[0].title" },
    { "articles/0/id", "\"\"", "articles[0].id" },
    { "articles/0/published", "\"12/10/2016\"", "articles[0].published" },
    { "format", "\"aleppo-atlas\"", "format" },
    { "version", "3", "version" },
    { "version", "1.0", "version" },
    { "casualties", NULL, "casualties" },
    { "articles", "{}", "articles" },
    { "region/zoom", "21", "region.zoom" },
    { "region/center/lon", "\"37.16\"", "region.center.lon" },
    { "places/0/kind", "\"castle\"", "places[0].kind" },
    { "places/0/precision", "\"rough\"", "places[0].precision" },
    { "places/0/lat", "91", "places[0].lat" },
    { "places/0/lon", "-180.5", "places[0].lon" },
    { "places/0/lon", NULL, "places[0].lon" },
    { "places/1/lat", "36.2", "places[1].lat" },
    { "places/0/aliases/0", "\"\"", "places[0].aliases[0]" },
    { "places/0/geometry/type", "\"Point\"", "places[0].geometry.type" },
    { "places/0/geometry/type", "\"MultiPolygon\"", "places[0].geometry.coordinates[0][0]" },
    { "places/0/geometry/coordinates/0",
      "[[37.139, 36.172], [37.146, 36.172], [37.139, 36.172]]", "places[0].geometry.coordinates[0]" },
    { "places/0/geometry/coordinates", "[]", "places[0].geometry.coordinates" },
    { "places/0/geometry/coordinates/0/1", "[37.146]", "places[0].geometry.coordinates[0][1]" },
    { "places/0/geometry/coordinates/0/1", "[37.146, 95]", "places[0].geometry.coordinates[0][1][1]" },
    { "events/0/sources", "[]", "events[0].sources" },
    { "events/0/sources/0/start", "\"27\"", "events[0].sources[0].start" },
    { "events/0/sources/0/start", "-1", "events[0].sources[0].start" },
    { "events/0/sources/0/end", "86.0", "events[0].sources[0].end" },
    { "events/0/sources/0/quote", NULL, "events[0].sources[0].quote" },
    { "events/0/date", "\"2016-13-01\"", "events[0].date" },
    { "events/1/end_date", "\"2016-10-11\\n\"", "events[1].end_date" },
    { "events/0/date_precision", "\"week\"", "events[0].date_precision" },
    { "events/0/status", "\"rumoured\"", "events[0].status" },
    { "events/0/type", "\"airstrike\"", "events[0].type" },
    { "events/0/places", NULL, "events[0].places" },
    { "events/0/places/0", "\"\"", "events[0].places[0]" },
    { "events/0/title", "null", "events[0].title" },
    { "casualties/0/killed/min", "-1", "casualties[0].killed.min" },
    { "casualties/0/killed/min", "12.5", "casualties[0].killed.min" },
    { "casualties/1/killed/max", "\"9\"", "casualties[1].killed.max" },
    { "casualties/1/killed", "9", "casualties[1].killed" },
    { "casualties/0/killed", "{\"max\": 12}", "casualties[0].killed" },
    { "casualties/1/who", "\"adults\"", "casualties[1].who" },
    { "casualties/0/reported_by", "\"\"", "casualties[0].reported_by" },
    { "casualties/0/source", NULL, "casualties[0].source" },
    { "casualties/0/event", "7", "casualties[0].event" },
  };
  g_autoptr(JsonNode) schema = load_schema ();

  /* Unchanged, it conforms: each rejection below comes from its change */
  {
    g_autoptr(JsonNode) kb = load_mutated_minimal (NULL);
    g_autoptr(GPtrArray) errors = validate_instance (schema, kb);

    g_assert_cmpuint (errors->len, ==, 0);
  }

  for (guint i = 0; i < G_N_ELEMENTS (mutations); i++)
    {
      const Mutation *m = &mutations[i];
      g_autoptr(JsonNode) kb = load_mutated_minimal (m);
      g_autoptr(GPtrArray) errors = validate_instance (schema, kb);

      g_test_message ("%s = %s: %u errors%s%s", m->target, m->json ? m->json : "(removed)", errors->len,
                      errors->len ? "; first: " : "",
                      errors->len ? (const char *) g_ptr_array_index (errors, 0) : "");

      if (errors->len == 0)
        g_test_fail_printf ("%s = %s was accepted", m->target, m->json ? m->json : "(removed)");
      else if (!has_error_at (errors, m->error_path))
        g_test_fail_printf ("%s = %s was rejected, but not at %s (first error: %s)", m->target,
                            m->json ? m->json : "(removed)", m->error_path,
                            (const char *) g_ptr_array_index (errors, 0));
    }
}

static void
test_accepts (void)
{
  /* What the loader accepts, the schema must not flag in an editor */
  static const Mutation mutations[] = {
    { "$schema", "\"../../../data/aleppo-atlas-kb.schema.json\"", NULL },
    { "x-notes", "{\"anything\": [1, 2, {\"deep\": null}]}", NULL },
    { "places/0/x-checked-by", "\"someone\"", NULL },
    { "region", NULL, NULL },
    { "region/center", NULL, NULL },
    { "places/0/geometry", NULL, NULL },
    { "places/0/geometry",
      "{\"type\": \"MultiPolygon\", \"coordinates\": [[[[37.139, 36.172], [37.146, 36.172], "
      "[37.146, 36.178, 410], [37.139, 36.172]]], [[[37.2, 36.2], [37.3, 36.2], [37.3, 36.3], [37.2, 36.2]]]]}",
      NULL },
    { "places/1/geometry",
      "{\"type\": \"Polygon\", \"coordinates\": [[[37, 36], [38, 36], [38, 37], [37, 36]]]}", NULL },
    { "places/0/precision", "\"exact\"", NULL },
    { "places/0/lat", "-90", NULL },
    { "places/0/lon", "180", NULL },
    { "events/0/places", "[]", NULL },
    { "events/0/status", "\"planned\"", NULL },
    { "events/0/date_precision", "\"month\"", NULL },
    { "events/0/url", "\"unknown members are ignored\"", NULL },
    { "casualties/0/killed", NULL, NULL },
    { "casualties/1/killed", "{\"min\": 0, \"max\": 0}", NULL },
    { "casualties/1/injured", "{\"min\": 24}", NULL },
    { "casualties/0/qualifier", "\"\"", NULL },
    { "articles/0/url", "\"\"", NULL },
  };
  g_autoptr(JsonNode) schema = load_schema ();

  for (guint i = 0; i < G_N_ELEMENTS (mutations); i++)
    {
      const Mutation *m = &mutations[i];
      g_autoptr(JsonNode) kb = load_mutated_minimal (m);
      g_autoptr(GPtrArray) errors = validate_instance (schema, kb);

      if (errors->len > 0)
        g_test_fail_printf ("%s = %s was rejected: %s", m->target, m->json ? m->json : "(removed)",
                            (const char *) g_ptr_array_index (errors, 0));
    }
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
test_vocabularies (void)
{
  /* The vocabulary module and the schema's enums are two copies: keep them equal */
  static const struct {
    AtlasVocabulary  vocabulary;
    const char      *def;
    const char      *member;
  } pairs[] = {
    { ATLAS_VOCABULARY_PLACE_KIND, "place", "kind" },
    { ATLAS_VOCABULARY_PRECISION, "place", "precision" },
    { ATLAS_VOCABULARY_GEOMETRY_TYPE, "geometry", "type" },
    /* A KB may declare its own event types (format 2): the built-in ones have a def of their own */
    { ATLAS_VOCABULARY_EVENT_TYPE, "builtin_event_type", NULL },
    { ATLAS_VOCABULARY_DATE_PRECISION, "event", "date_precision" },
    { ATLAS_VOCABULARY_EVENT_STATUS, "event", "status" },
    { ATLAS_VOCABULARY_WHO, "casualty", "who" },
    { ATLAS_VOCABULARY_VERIFICATION, "verification", NULL },
  };
  g_autoptr(JsonNode) schema = load_schema ();
  JsonObject *defs;

  /* Every vocabulary is compared */
  G_STATIC_ASSERT (G_N_ELEMENTS (pairs) == ATLAS_N_VOCABULARIES);

  defs = json_object_get_object_member (json_node_get_object (schema), "$defs");

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autoptr(GPtrArray) words = g_ptr_array_new ();
      g_autoptr(GPtrArray) enum_words = g_ptr_array_new ();
      JsonObject *def = json_object_get_object_member (defs, pairs[i].def);
      JsonObject *holder = pairs[i].member ? json_object_get_object_member (json_object_get_object_member (def, "properties"),
                                                                            pairs[i].member)
                                           : def;
      JsonArray *values = json_object_get_array_member (holder, "enum");
      const AtlasTerm *terms;
      guint n_terms;
      g_autofree char *a = NULL;
      g_autofree char *b = NULL;

      terms = atlas_vocabulary_get_terms (pairs[i].vocabulary, &n_terms);
      for (guint j = 0; j < n_terms; j++)
        g_ptr_array_add (words, (gpointer) terms[j].id);
      for (guint j = 0; j < json_array_get_length (values); j++)
        g_ptr_array_add (enum_words, (gpointer) json_array_get_string_element (values, j));

      g_ptr_array_sort (words, compare_strings);
      g_ptr_array_sort (enum_words, compare_strings);
      g_ptr_array_add (words, NULL);
      g_ptr_array_add (enum_words, NULL);
      a = g_strjoinv (", ", (char **) words->pdata);
      b = g_strjoinv (", ", (char **) enum_words->pdata);

      if (words->len == 1 || strcmp (a, b) != 0)
        g_test_fail_printf ("%s.%s: the vocabulary is {%s}, the schema's enum {%s}",
                            pairs[i].def, pairs[i].member, a, b);
    }
}

static void
test_doc_example (void)
{
  /* data/kb-format.md ends with the minimal KB, which must stay the file the tests check */
  g_autofree char *doc = NULL;
  g_autofree char *minimal = NULL;
  g_autoptr(GError) error = NULL;
  const char *block, *end;

  g_file_get_contents (g_test_get_filename (G_TEST_DIST, "..", "data", "kb-format.md", NULL), &doc, NULL, &error);
  g_assert_no_error (error);
  g_file_get_contents (g_test_get_filename (G_TEST_DIST, "data", "good", "minimal.json", NULL), &minimal, NULL, &error);
  g_assert_no_error (error);

  block = g_strrstr (doc, "```json\n");
  g_assert_nonnull (block);
  block += strlen ("```json\n");
  end = strstr (block, "```");
  g_assert_nonnull (end);

  if ((gsize) (end - block) != strlen (minimal) || strncmp (block, minimal, end - block) != 0)
    g_test_fail_printf ("the last JSON example of data/kb-format.md differs from tests/data/good/minimal.json");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/schema/well-formed", test_well_formed);
  g_test_add_func ("/schema/vocabularies", test_vocabularies);
  g_test_add_func ("/schema/shipped-kb", test_shipped_kb);
  g_test_add_func ("/schema/minimal", test_minimal);
  g_test_add_func ("/schema/rejects", test_rejects);
  g_test_add_func ("/schema/accepts", test_accepts);
  g_test_add_func ("/schema/doc-example", test_doc_example);

  return g_test_run ();
}
