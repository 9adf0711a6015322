// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.partner.domain;

import static dev.vouchers.core.fixtures.DomainFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.OrganisationId;
import dev.vouchers.core.voucher.domain.CertificateRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MandateTest {
  private static final OrganisationId ORG = OrganisationId.of("org-42");
  private static final Instant UNTIL = T0.plus(Duration.ofDays(365));

  @Test
  void inForceFromRegistrationUntilJustBeforeValidUntil_D2() {
    Mandate mandate = new Mandate(ORG, "DMS-1", T0, "vendor:sam", Optional.of(UNTIL));
    assertThat(mandate.inForceAt(T0.minusNanos(1))).isFalse();
    assertThat(mandate.inForceAt(T0)).isTrue();
    assertThat(mandate.inForceAt(UNTIL.minusNanos(1))).isTrue();
    assertThat(mandate.inForceAt(UNTIL)).isFalse();
    assertThat(mandate.inForceAt(UNTIL.plusNanos(1))).isFalse();
  }

  @Test
  void openEndedMandateStaysInForce_D2() {
    Mandate mandate = new Mandate(ORG, "DMS-1", T0, "vendor:sam", Optional.empty());
    assertThat(mandate.inForceAt(T0.minusNanos(1))).isFalse();
    assertThat(mandate.inForceAt(T0)).isTrue();
    assertThat(mandate.inForceAt(Instant.parse("2100-01-01T00:00:00Z"))).isTrue();
  }

  @Test
  void everyPartIsRequired_D2() {
    assertThatThrownBy(() -> new Mandate(null, "d", T0, "b", Optional.empty()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Mandate(ORG, null, T0, "b", Optional.empty()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Mandate(ORG, "d", null, "b", Optional.empty()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Mandate(ORG, "d", T0, null, Optional.empty()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Mandate(ORG, "d", T0, "b", null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void certificateRequestReferenceIsOneTo200Characters_D2() {
    assertThatThrownBy(() -> new CertificateRequest(" ", Optional.of(ORG), T0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CertificateRequest("r".repeat(201), Optional.of(ORG), T0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new CertificateRequest("r".repeat(200), Optional.of(ORG), T0).reference()).hasSize(200);
    assertThat(new CertificateRequest("r", Optional.empty(), T0).organisation()).isEmpty();
  }
}
