// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * V-2: the data of a history entry is read back as it was written, whatever its keys and values
 * hold (the separators of the stored form, an empty key or value, any script).
 */
class HistoryDataTest {

  @Test
  void dataIsReadBackAsWritten_V2() {
    Map<String, String> data = Map.of("", "empty key", "a=b", "x&y", "reason", "",
        "text", "Grüezi 日本 %41+ ?", "expiresAt", "2027-03-01T10:00:00Z");

    String stored = Rows.encode(data);

    assertThat(Rows.decode(stored)).isEqualTo(data);
    assertThat(stored).startsWith("=empty+key&");
  }

  @Test
  void noDataIsStoredAsNothing_V2() {
    assertThat(Rows.encode(Map.of())).isEmpty();
    assertThat(Rows.decode("")).isEmpty();
  }

  @Test
  void storedDataThatIsNotPairsIsAFailureNotAGuess_V2() {
    assertThatThrownBy(() -> Rows.decode("a=1&broken"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("key=value");
  }
}
