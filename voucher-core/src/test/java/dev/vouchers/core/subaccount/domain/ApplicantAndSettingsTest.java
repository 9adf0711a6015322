// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.Reason;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ApplicantAndSettingsTest {

  @Test
  void applicantDataWithControlCharactersOrSurrogatesIsRefusedNamingEachField_I3_L4() {
    Applicant applicant = new Applicant("Ann\u0000", "ann@invitee.example", "Invitee\u001b AG",
        "Street 1\r\n8000 Zurich\u0007", "CH");
    assertThat(applicant.validate().getError().map(Reason::message).toJavaList())
        .containsExactly("the contact name holds a control character (U+0000) at position 4",
            "the organisation name holds a control character (U+001B) at position 8",
            "the address holds a control character (U+0007) at position 22");
  }

  @Test
  void anAddressMaySpanLines_I3() {
    assertThat(new Applicant("Ann", "ann@invitee.example", "Invitee AG",
        "Street 1\r\n8000 Zurich", "CH").validate().isValid()).isTrue();
  }

  @Test
  void theValidityIsOneMinuteToAYearAndADayWhenBuilt_I2_L4() {
    InvitationSettings settings = InvitationSettings.of(URI.create("https://shop.example"));
    assertThatThrownBy(() -> settings.withValidity(Duration.ofSeconds(Long.MAX_VALUE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an invitation's validity must be PT1M..PT8784H");
    assertThatThrownBy(() -> settings.withValidity(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(settings.withValidity(InvitationSettings.MAX_VALIDITY).validity())
        .isEqualTo(Duration.ofDays(366));
  }
}
