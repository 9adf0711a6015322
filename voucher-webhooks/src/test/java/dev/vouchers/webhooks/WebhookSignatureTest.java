// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** M-5: the receiver's check of a webhook's signature. */
class WebhookSignatureTest {
  private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
  private static final byte[] BODY = "{\"id\":\"e1\"}".getBytes(StandardCharsets.UTF_8);
  private final WebhookSignature signature = WebhookSignature.of("0123456789abcdef-secret");

  @Test
  void aSignatureOfTheBodyWithinTheToleranceIsValid_M5() {
    String header = signature.header(BODY, NOW);

    assertThat(header).matches("t=\\d+,v1=[0-9a-f]{64}");
    assertThat(signature.verify(header, BODY, NOW)).isTrue();
    assertThat(signature.verify(header, BODY, NOW.plus(Duration.ofMinutes(5)))).isTrue();
    assertThat(signature.verify(header, BODY, NOW.minus(Duration.ofMinutes(5)))).isTrue();
  }

  @Test
  void theKnownVectorOfStripesSchemeIsReproduced_M5() {
    // HMAC-SHA256(key "0123456789abcdef-secret", "1796551200.{"id":"e1"}"), as
    // printf '1796551200.{"id":"e1"}' | openssl dgst -sha256 -hmac 0123456789abcdef-secret
    String header = signature.header(BODY, NOW);
    assertThat(header).isEqualTo("t=1796551200,v1="
        + "ed4a668c97b425d06054578edf3d90712800e0acffee49aa60dc8fb8d8cf68f9");
  }

  @Test
  void anotherBodyAnotherSecretAnOldTimestampOrAGarbledHeaderIsNotValid_M5() {
    String header = signature.header(BODY, NOW);

    assertThat(signature.verify(header, "{\"id\":\"e2\"}".getBytes(StandardCharsets.UTF_8),
        NOW)).isFalse();
    assertThat(WebhookSignature.of("another-secret-of-16+").verify(header, BODY, NOW)).isFalse();
    assertThat(signature.verify(header, BODY, NOW.plus(Duration.ofMinutes(5).plusSeconds(1))))
        .as("a replay after the tolerance").isFalse();
    assertThat(signature.verify(null, BODY, NOW)).isFalse();
    assertThat(signature.verify("", BODY, NOW)).isFalse();
    assertThat(signature.verify("t=abc,v1=00", BODY, NOW)).isFalse();
    assertThat(signature.verify("v1=" + header.substring(header.indexOf("v1=") + 3), BODY, NOW))
        .isFalse();
    assertThat(signature.verify(header.substring(0, header.indexOf(",v1=")), BODY, NOW))
        .isFalse();
    assertThat(signature.verify("t=1,v1=" + "x".repeat(5_000), BODY, NOW)).isFalse();
  }

  @Test
  void oneMatchingSignatureAmongSeveralIsEnough_M5() {
    String header = signature.header(BODY, NOW);
    String rotated = header.replace("v1=", "v1=" + "0".repeat(64) + ",v1=");

    assertThat(signature.verify(rotated, BODY, NOW)).isTrue();
  }

  @Test
  void aShortSecretIsRefused_M5() {
    assertThatThrownBy(() -> WebhookSignature.of("short"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
