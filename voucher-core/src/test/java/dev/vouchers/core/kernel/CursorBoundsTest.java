// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** L-4, O-5: a cursor the library did not issue is refused, never a reason to throw. */
class CursorBoundsTest {

  private static String b64(String raw) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void foreignCursorsWithOutOfRangeNumbersDecodeToEmpty_L4_O5() {
    for (String raw : new String[] {
        "9223372036854775807:1000000000:x", // ArithmeticException in Instant.ofEpochSecond
        "-9223372036854775808:0:x",
        "31556889864403199:999999999:x", // Instant.MAX: DateTimeException when stored
        "-31557014167219200:0:x", // Instant.MIN
        "253402300800:0:x", // year 10000
        "-62135596801:0:x", // before year 1
        "100:1000000000:x", // nanos out of range
        "100:-1:x",
        "100:0:", // empty id
        "100:0:" + "i".repeat(Cursor.MAX_ID_LENGTH + 1),
        "100:0:a\u0000b", "100:0:a\nb", "100:0:\uFFFE"}) {
      assertThat(Cursor.decode(b64(raw))).as(raw).isEmpty();
    }
    assertThat(Cursor.decode("A".repeat(Cursor.MAX_ENCODED_LENGTH + 1))).isEmpty();
  }

  @Test
  void cursorsAtTheEndsOfTheSupportedRangeRoundTrip_L4_O5() {
    for (Instant at : new Instant[] {Instants.MIN, Instants.MAX}) {
      Cursor cursor = new Cursor(at, "f81d4fae-7dec-11d0-a765-00a0c91e6bf6");
      assertThat(Cursor.decode(cursor.encode())).contains(cursor);
    }
  }

  @Test
  void pageRequestNamesAForeignCursor_L4_O5() {
    assertThat(PageRequest.first(10).cursorProblem()).isEmpty();
    assertThat(PageRequest.after(10, new Cursor(Instant.EPOCH, "o-1").encode()).cursorProblem())
        .isEmpty();
    Optional<Reason> problem =
        PageRequest.after(10, b64("9223372036854775807:1000000000:x")).cursorProblem();
    assertThat(problem).hasValueSatisfying(reason -> {
      assertThat(reason.code()).isEqualTo(ReasonCode.INVALID_INPUT);
      assertThat(reason.message()).startsWith("cursor ");
    });
  }

  @Test
  void decodeNeverThrowsOnAnyString_L4() {
    qt().withExamples(2_000)
        .forAll(strings().allPossible().ofLengthBetween(0, 400))
        .checkAssert(text -> {
          Cursor.decode(text); // must return
          Cursor.decode(b64(text)).ifPresent(c -> assertThat(Instants.supported(c.at())).isTrue());
        });
  }

  @Test
  void decodeNeverThrowsOnAnyNumbers_L4() {
    qt().withExamples(2_000)
        .forAll(longs().all(), longs().all(), integers().between(0, 3))
        .checkAssert((seconds, nanos, idKind) -> {
          String id = switch (idKind) {
            case 0 -> "o-1";
            case 1 -> "";
            case 2 -> "a\u0000";
            default -> "x".repeat(65);
          };
          Optional<Cursor> decoded = Cursor.decode(b64(seconds + ":" + nanos + ":" + id));
          decoded.ifPresent(c -> {
            assertThat(Instants.supported(c.at())).isTrue();
            assertThat(c.id()).isEqualTo("o-1");
            assertThat(Cursor.decode(c.encode())).contains(c);
          });
        });
  }

  @Test
  void everyIssuedCursorDecodes_O5() {
    qt().withExamples(1_000)
        .forAll(longs().between(Instants.MIN.getEpochSecond(), Instants.MAX.getEpochSecond() - 1),
            integers().between(0, 999_999_999),
            strings().basicLatinAlphabet().ofLengthBetween(1, Cursor.MAX_ID_LENGTH))
        .checkAssert((seconds, nanos, id) -> {
          Cursor cursor = new Cursor(Instant.ofEpochSecond(seconds, nanos), id);
          assertThat(Cursor.decode(cursor.encode())).contains(cursor);
        });
  }
}
