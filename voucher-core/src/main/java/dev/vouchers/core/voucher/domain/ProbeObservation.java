// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * D-1: what the domain probe saw: the body served at {@code http(s)://<domain>/<check-name>}
 * (if any) and the TXT records at {@code <check-name>.<domain>}.
 *
 * @param httpBody the body fetched over HTTP(S), if the fetch succeeded
 * @param txtRecords the TXT record strings found
 */
public record ProbeObservation(Optional<String> httpBody, List<String> txtRecords) {
  /** Copies the records. */
  public ProbeObservation {
    Objects.requireNonNull(httpBody, "httpBody");
    txtRecords = List.copyOf(txtRecords);
  }

  /** Nothing found. */
  public static ProbeObservation nothing() {
    return new ProbeObservation(Optional.empty(), List.of());
  }
}
