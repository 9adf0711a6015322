// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.domain;

/**
 * The little JSON the events need: strings quoted and escaped. Ids are single-line text (no
 * control characters, L-4), so on the SQL side escaping {@code \} and {@code "} is enough; the
 * rest is escaped here for safety.
 */
public final class Json {
  private Json() {}

  /**
   * The value as a JSON string, quotes included.
   *
   * @param value any text
   * @return {@code "..."}
   */
  public static String string(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
