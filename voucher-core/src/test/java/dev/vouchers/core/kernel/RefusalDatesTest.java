// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * V-4, L-4: a refusal's date detail given as a day (not an instant) is shown in the reader's
 * form like the same day given as an instant (issue 18, session 6: no reason of the core passes
 * a {@code LocalDate} yet, so that branch had no test).
 */
class RefusalDatesTest {

  @Test
  void aDayIsShownLikeTheSameDayGivenAsAnInstant_inEveryShippedLanguage_V4() {
    Reason asDay = Reason.of(ReasonCode.VOUCHER_EXPIRED, "voucher expired")
        .with("date", LocalDate.of(2027, 3, 31));
    Reason asInstant = Reason.of(ReasonCode.VOUCHER_EXPIRED, "voucher expired")
        .with("date", Instant.parse("2027-03-31T12:00:00Z"));
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
      assertThat(asDay.render(locale)).as("%s", locale).isEqualTo(asInstant.render(locale))
          .contains("31").contains("2027");
    }
    assertThat(asDay.render(Locale.GERMAN)).contains("31.03.2027");
  }
}
