// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The {@code vouchers.*} configuration is incomplete or malformed; the message names every
 * property at fault. Raised at startup, when the beans that need the properties are created.
 */
public final class VouchersPropertiesException extends IllegalStateException {
  private static final long serialVersionUID = 1L;
  // an ArrayList, not a List: the field of a Serializable exception must be Serializable (javac 25)
  private final ArrayList<String> problems;

  VouchersPropertiesException(List<String> problems) {
    super("invalid vouchers configuration: " + String.join("; ", problems));
    this.problems = new ArrayList<>(problems);
  }

  static void throwIfAny(List<String> problems) {
    if (!problems.isEmpty()) {
      throw new VouchersPropertiesException(problems);
    }
  }

  /** One line per property at fault. */
  public List<String> problems() {
    return Collections.unmodifiableList(problems);
  }
}
