// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page's reader sees must be people's words (issue 17): no principal strings, no map
 * dumps, no raw enum names. Markup (ids, {@code data-*} attributes, form values) may keep the
 * internals for developers and tests; only the text between the tags is checked.
 */
final class PeoplesWords {
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern MAP_DUMP = Pattern.compile("\\{[^{}]*=");
  private static final Pattern ENUM_NAME = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]+)+\\b");
  private static final Pattern PRINCIPAL = Pattern.compile("\\b(?:partner|vendor|customer|service):\\S");
  private static final List<String> INTERNALS = List.of("(ADMIN)", "(MANAGER)", "(SUPPORT)", "MONTHLY", "ANNUAL", "STANDARD", "ENTERPRISE",
      "SUBMITTED", "APPROVED", "PURCHASED", "ACTIVATED", "PENDING", "ACTIVE", "CANCELLED",
      "ENTRY", "SILVER", "GOLD", "PLATINUM", "expiresAt", "billingFrequency", "indirectReseller");
  /** A rule id of the brief (U-3, T-4, I-3), which is for developers, not for a page's reader. */
  private static final Pattern RULE_ID = Pattern.compile("\\b[A-Z]-[0-9]{1,2}\\b");
  /**
   * Words that appear in English sentences and in no German one: a German page that shows
   * them left a text untranslated.
   */
  private static final Pattern ENGLISH = Pattern.compile(
      "\\b(?:the|The|your|Your|with|without|and|of|by|since|until|none|not|yet|Back|Show|"
      + "Set|Cancel|Apply|Buy|open|closed|Customer|Licences|Offer|Nickname|Billing|History|"
      + "When|Who|Why|From|Applications|Reseller programme|Subscriptions?)\\b");

  private PeoplesWords() {}

  private static List<String> found(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(text.substring(matcher.start(), Math.min(text.length(), matcher.end() + 40)));
    }
    return found;
  }

  /** The page's text, as a reader sees it. */
  static String text(String html) {
    String body = html.substring(Math.max(0, html.indexOf("<body")));
    return TAG.matcher(body).replaceAll(" ").replace("&#39;", "'").replace("&quot;", "\"")
        .replace("&amp;", "&");
  }

  /** What the page shows its reader that is not people's words; empty when all is well. */
  static List<String> offences(String html) {
    String text = text(html);
    List<String> offences = new ArrayList<>();
    for (String internal : INTERNALS) {
      int at = text.indexOf(internal);
      if (at >= 0) {
        offences.add(text.substring(at, Math.min(text.length(), at + internal.length() + 40)));
      }
    }
    offences.addAll(found(PRINCIPAL, text));
    offences.addAll(found(MAP_DUMP, text));
    offences.addAll(found(ENUM_NAME, text));
    offences.addAll(found(RULE_ID, text));
    return offences;
  }

  /**
   * What a German page shows in English: the people's words check and English words in the
   * page's text (the shop's data, such as an offer's or a person's name, is the test's to
   * choose free of them).
   */
  static List<String> germanOffences(String html) {
    List<String> offences = new ArrayList<>(offences(html));
    // the inbox shows each e-mail as it was sent, in its recipient's language (a <pre>)
    offences.addAll(found(ENGLISH, text(html.replaceAll("(?s)<pre[^>]*>.*?</pre>", ""))));
    return offences;
  }
}
