// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.probes;

import java.nio.charset.StandardCharsets;

/**
 * Reads back a TXT record as JNDI renders it: its character-strings separated by one space,
 * each one quoted if it is empty or holds a space, a quote or a backslash (the last two then
 * escaped with a backslash), every octet as one {@code char}.
 */
final class TxtRecords {
  private TxtRecords() {}

  /** The record's character-strings concatenated (RFC 7208, 3.3), its octets read as UTF-8. */
  static String join(String rendered) {
    StringBuilder octets = new StringBuilder(rendered.length());
    int i = 0;
    int n = rendered.length();
    while (i < n) {
      char c = rendered.charAt(i);
      if (c == ' ') {
        i++;
      } else if (c == '"') {
        i++;
        while (i < n && rendered.charAt(i) != '"') {
          if (rendered.charAt(i) == '\\' && i + 1 < n) {
            i++;
          }
          octets.append(rendered.charAt(i));
          i++;
        }
        i++;
      } else {
        while (i < n && rendered.charAt(i) != ' ') {
          octets.append(rendered.charAt(i));
          i++;
        }
      }
    }
    byte[] bytes = new byte[octets.length()];
    for (int k = 0; k < bytes.length; k++) {
      bytes[k] = (byte) octets.charAt(k);
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
