// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CursorTest {
  private static final Instant AT = Instant.parse("2026-03-10T09:15:30.123456789Z");

  private static String b64(String raw) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void roundTripsTimeToTheNanosecondAndId_O5() {
    Cursor cursor = new Cursor(AT, "order:42/ü");
    assertThat(Cursor.decode(cursor.encode())).contains(cursor);
    Cursor epoch = new Cursor(Instant.EPOCH, "a");
    assertThat(Cursor.decode(epoch.encode())).contains(epoch);
    Cursor beforeEpoch = new Cursor(Instant.parse("1969-12-31T23:59:59.5Z"), "b");
    assertThat(Cursor.decode(beforeEpoch.encode())).contains(beforeEpoch);
  }

  @Test
  void encodingIsOpaqueAndUrlSafe_O5() {
    String encoded = new Cursor(AT, "id?&/+=").encode();
    assertThat(encoded).matches("[A-Za-z0-9_-]+").doesNotContain("id");
  }

  @Test
  void tamperedOrForeignStringsDecodeToEmpty_O5() {
    for (String bad : new String[] {"!!!", "not base64 at all", b64("no-colons"), b64("1:2"),
        b64("x:0:id"), b64("1:y:id"), b64("99999999999999999999:0:id"),
        b64(Long.MAX_VALUE + ":0:id"), ""}) {
      assertThat(Cursor.decode(bad)).as("'%s'", bad).isEmpty();
    }
  }

  @Test
  void decodesTheDocumentedRawForm_O5() {
    assertThat(Cursor.decode(b64("100:5::o-1"))).contains(new Cursor(Instant.ofEpochSecond(100, 5), "o-1"));
    assertThat(Cursor.decode(b64("100:5:42:o:1"))).contains(new Cursor(
        Instant.ofEpochSecond(100, 5), "o:1", Optional.of(Page.Total.counted(42))));
    assertThat(Cursor.decode(b64("100:5:10000+:o-1")).flatMap(Cursor::total))
        .contains(Page.Total.counted(Page.Total.CAP + 1));
  }

  @Test
  void carriesTheFirstPagesTotalOn_O5_L1() {
    Cursor capped = new Cursor(AT, "v:1", Optional.of(Page.Total.counted(20_000)));
    assertThat(Cursor.decode(capped.encode())).contains(capped);
    assertThat(capped.total().orElseThrow()).hasToString("10000+");
    for (String bad : new String[] {b64("100:5:10001:o"), b64("100:5:-1:o"), b64("100:5:9+:o"),
        b64("100:5:o-1")}) {
      assertThat(Cursor.decode(bad)).as("'%s'", bad).isEmpty();
    }
  }

  @Test
  void precedesOlderRowsAndSameTimeRowsWithGreaterId_O5() {
    Cursor cursor = new Cursor(AT, "m");
    assertThat(cursor.precedes(AT.minusNanos(1), "a")).isTrue();
    assertThat(cursor.precedes(AT.plusNanos(1), "z")).isFalse();
    assertThat(cursor.precedes(AT, "n")).isTrue();
    assertThat(cursor.precedes(AT, "m")).isFalse();
    assertThat(cursor.precedes(AT, "l")).isFalse();
  }
}
