/* test-text-extract.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "atlas-text-extract.h"

/* The text of a report to add (issue 9): what the KB stores and the reader shows, from a
 * pasted text or a .txt, .md or .html file */

static char *
extract (const char      *data,
         AtlasTextFormat  format,
         char           **title)
{
  g_autoptr(GError) error = NULL;
  char *text = atlas_text_extract (data, (gsize) -1, format, title, &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);
  g_assert_true (g_utf8_validate (text, -1, NULL));

  return text;
}

static void
test_guess (void)
{
  g_assert_cmpint (atlas_text_format_guess ("report.HTML", NULL, 0), ==, ATLAS_TEXT_FORMAT_HTML);
  g_assert_cmpint (atlas_text_format_guess ("report.htm", NULL, 0), ==, ATLAS_TEXT_FORMAT_HTML);
  g_assert_cmpint (atlas_text_format_guess ("notes.md", NULL, 0), ==, ATLAS_TEXT_FORMAT_MARKDOWN);
  g_assert_cmpint (atlas_text_format_guess ("notes.markdown", NULL, 0), ==, ATLAS_TEXT_FORMAT_MARKDOWN);
  g_assert_cmpint (atlas_text_format_guess ("a.txt", "<html>", 6), ==, ATLAS_TEXT_FORMAT_PLAIN);

  /* A pasted page is told by how it begins */
  g_assert_cmpint (atlas_text_format_guess (NULL, "\xEF\xBB\xBF  <!DOCTYPE html><p>x", 25), ==, ATLAS_TEXT_FORMAT_HTML);
  g_assert_cmpint (atlas_text_format_guess (NULL, "<html lang=\"ar\">", 16), ==, ATLAS_TEXT_FORMAT_HTML);
  g_assert_cmpint (atlas_text_format_guess (NULL, "Aleppo <b>is</b> shelled", 24), ==, ATLAS_TEXT_FORMAT_PLAIN);
  g_assert_cmpint (atlas_text_format_guess (NULL, NULL, 0), ==, ATLAS_TEXT_FORMAT_PLAIN);
}

static void
test_plain (void)
{
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  g_autofree char *untitled = NULL;
  g_autofree char *long_first = NULL;
  g_autofree char *no_title = NULL;
  g_autofree char *long_line = g_strnfill (201, 'x');
  g_autofree char *long_input = g_strconcat (long_line, "\nbody", NULL);

  /* Line ends, trailing spaces, runs of blank lines and a byte order mark go; the text's own
   * characters (quotes, dashes, no-break spaces inside a line, Arabic) stay as they are */
  text = extract ("\xEF\xBB\xBF\r\nAir strikes hit Aleppo  \r\n\r\n\r\n\r\n“At least 13”\xC2\xA0— حلب\t \r\nend\n\n",
                  ATLAS_TEXT_FORMAT_PLAIN, &title);
  g_assert_cmpstr (text, ==, "Air strikes hit Aleppo\n\n“At least 13”\xC2\xA0— حلب\nend");
  g_assert_cmpstr (title, ==, "Air strikes hit Aleppo");

  /* One line: no title to propose; nor when the first line is too long to be one */
  untitled = extract ("Only one line", ATLAS_TEXT_FORMAT_PLAIN, &no_title);
  g_assert_null (no_title);
  long_first = extract (long_input, ATLAS_TEXT_FORMAT_PLAIN, &no_title);
  g_assert_null (no_title);

  /* Lone carriage returns (old Mac files) end lines too */
  g_clear_pointer (&text, g_free);
  text = extract ("a\rb", ATLAS_TEXT_FORMAT_PLAIN, NULL);
  g_assert_cmpstr (text, ==, "a\nb");
}

static void
test_errors (void)
{
  g_autoptr(GError) error = NULL;
  char *text;

  /* Latin-1 bytes: the error says which byte */
  text = atlas_text_extract ("Caf\xE9 Aleppo", (gsize) -1, ATLAS_TEXT_FORMAT_PLAIN, NULL, &error);
  g_assert_null (text);
  g_assert_error (error, ATLAS_TEXT_EXTRACT_ERROR, ATLAS_TEXT_EXTRACT_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "4"));
  g_clear_error (&error);

  /* A NUL inside the given length is not text */
  text = atlas_text_extract ("ab\0cd", 5, ATLAS_TEXT_FORMAT_PLAIN, NULL, &error);
  g_assert_null (text);
  g_assert_error (error, ATLAS_TEXT_EXTRACT_ERROR, ATLAS_TEXT_EXTRACT_ERROR_ENCODING);
  g_clear_error (&error);

  /* Nothing but markup or blanks */
  text = atlas_text_extract ("<html><script>var a = 1;</script></html>", (gsize) -1,
                             ATLAS_TEXT_FORMAT_HTML, NULL, &error);
  g_assert_null (text);
  g_assert_error (error, ATLAS_TEXT_EXTRACT_ERROR, ATLAS_TEXT_EXTRACT_ERROR_EMPTY);
  g_clear_error (&error);

  text = atlas_text_extract (" \n\t\r\n", (gsize) -1, ATLAS_TEXT_FORMAT_PLAIN, NULL, &error);
  g_assert_null (text);
  g_assert_error (error, ATLAS_TEXT_EXTRACT_ERROR, ATLAS_TEXT_EXTRACT_ERROR_EMPTY);
}

static void
test_html (void)
{
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;

  text = extract ("<!DOCTYPE html>\n<html><head><title>  Regime  forces &amp; allies\n</title>"
                  "<style>p { color: red }</style><script>if (a < b) alert('x');</script></head>\n"
                  "<body><nav><a href=\"/\">Home</a></nav>\n"
                  "<h1>Aleppo <em>offensive</em></h1>\n"
                  "<p>Syrian   forces\n   advanced on <b>Friday</b>,&nbsp;the\n<a href=\"x?a=1&b=2\" title=\"a > b\">Observatory</a> said.</p>"
                  "<!-- a comment <p>not text</p> -->"
                  "<p>At least 13 &mdash; &#8220;dozens&#x201D; &#1581;&#1604;&#1576; &unknown; AT&T</p>"
                  "<ul><li>one</li><li>two</li></ul>"
                  "<p>Line<br>break</p><pre>  kept\n    as is</pre>"
                  "<table><tr><td>a</td><td>b</td></tr></table>"
                  "<noscript>enable JS</noscript><svg><text>chart</text></svg>"
                  "</body></html>",
                  ATLAS_TEXT_FORMAT_HTML, &title);

  g_assert_cmpstr (title, ==, "Regime forces & allies");
  g_assert_cmpstr (text, ==,
                   "Home\n\n"
                   "Aleppo offensive\n\n"
                   "Syrian forces advanced on Friday,\xC2\xA0the Observatory said.\n\n"
                   "At least 13 — “dozens” حلب &unknown; AT&T\n\n"
                   "one\ntwo\n\n"
                   "Line\nbreak\n\n"
                   "  kept\n    as is\n\n"
                   "a b");
}

static void
test_html_title_fallback (void)
{
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  g_autofree char *plain_title = NULL;
  g_autofree char *plain = NULL;

  /* No <title>: the first heading */
  text = extract ("<body><h1>First &amp; main</h1><p>x</p><h1>Second</h1></body>", ATLAS_TEXT_FORMAT_HTML, &title);
  g_assert_cmpstr (title, ==, "First & main");
  g_assert_cmpstr (text, ==, "First & main\n\nx\n\nSecond");

  /* Neither: none; a stray "<" that starts no tag is text; invalid references are U+FFFD */
  plain = extract ("<p>3 < 5 and 5 > 3 &#0; &#xD800;</p>", ATLAS_TEXT_FORMAT_HTML, &plain_title);
  g_assert_null (plain_title);
  g_assert_cmpstr (plain, ==, "3 < 5 and 5 > 3 \xEF\xBF\xBD \xEF\xBF\xBD");
}

static void
test_html_unclosed (void)
{
  g_autofree char *text = NULL;

  /* Cut-off pages end where they end, without reading past the text */
  text = extract ("<p>before<script>never closed", ATLAS_TEXT_FORMAT_HTML, NULL);
  g_assert_cmpstr (text, ==, "before");
  g_clear_pointer (&text, g_free);
  text = extract ("<p>before<!-- never closed", ATLAS_TEXT_FORMAT_HTML, NULL);
  g_assert_cmpstr (text, ==, "before");
  g_clear_pointer (&text, g_free);
  text = extract ("<p>before<a href=\"never closed", ATLAS_TEXT_FORMAT_HTML, NULL);
  g_assert_cmpstr (text, ==, "before");
}

static void
test_markdown (void)
{
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;

  text = extract ("# Aleppo: *the* offensive #\n"
                  "\n"
                  "Syrian forces **advanced** on\n"
                  "Friday, the [Observatory](https://www.syriahr.com/ \"SOHR\") said.\n"
                  "\n"
                  "> At least 13 people,\n"
                  "> including `four` medical workers.\n"
                  "\n"
                  "- one\n"
                  "* two\n"
                  "1. three\n"
                  "\n"
                  "---\n"
                  "![A crater](crater.jpg) in snake_case 2 * 3 \\*not emphasis\\* ~~gone~~ <https://example.org>\n"
                  "\n"
                  "```\n"
                  "code  stays\n"
                  "  indented\n"
                  "```\n"
                  "Setext heading\n"
                  "==============\n"
                  "[ref]: https://example.org/ref\n"
                  "Last [linked][ref] words.\r\n",
                  ATLAS_TEXT_FORMAT_MARKDOWN, &title);

  g_assert_cmpstr (title, ==, "Aleppo: the offensive");
  g_assert_cmpstr (text, ==,
                   "Aleppo: the offensive\n\n"
                   "Syrian forces advanced on Friday, the Observatory said.\n\n"
                   "At least 13 people, including four medical workers.\n\n"
                   "one\ntwo\nthree\n\n"
                   "A crater in snake_case 2 * 3 *not emphasis* gone https://example.org\n\n"
                   "code  stays\n  indented\n\n"
                   "Setext heading\n\n"
                   "Last linked words.");
}

static void
test_markdown_setext_title (void)
{
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;

  text = extract ("Ceasefire collapses\n---\nBody text.", ATLAS_TEXT_FORMAT_MARKDOWN, &title);
  g_assert_cmpstr (title, ==, "Ceasefire collapses");
  g_assert_cmpstr (text, ==, "Ceasefire collapses\n\nBody text.");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text-extract/guess", test_guess);
  g_test_add_func ("/text-extract/plain", test_plain);
  g_test_add_func ("/text-extract/errors", test_errors);
  g_test_add_func ("/text-extract/html", test_html);
  g_test_add_func ("/text-extract/html-title-fallback", test_html_title_fallback);
  g_test_add_func ("/text-extract/html-unclosed", test_html_unclosed);
  g_test_add_func ("/text-extract/markdown", test_markdown);
  g_test_add_func ("/text-extract/markdown-setext-title", test_markdown_setext_title);

  return g_test_run ();
}
