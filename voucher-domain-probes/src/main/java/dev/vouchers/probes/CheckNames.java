// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.probes;

import java.util.regex.Pattern;

/** D-1: a check name is one DNS label, as {@code DomainChallenge} requires. */
final class CheckNames {
  private static final Pattern LABEL = Pattern.compile("[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?");

  private CheckNames() {}

  /** Throws for anything but one lower-case DNS label: a programming error, not a network one. */
  static String require(String checkName) {
    if (!LABEL.matcher(checkName).matches()) {
      throw new IllegalArgumentException("check name must be one DNS label: " + checkName);
    }
    return checkName;
  }
}
