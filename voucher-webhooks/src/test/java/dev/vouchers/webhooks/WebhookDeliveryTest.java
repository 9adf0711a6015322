// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.messaging.domain.AggregateType;
import dev.vouchers.core.messaging.domain.Event;
import dev.vouchers.core.messaging.domain.EventId;
import dev.vouchers.core.messaging.domain.NewEvent;
import dev.vouchers.core.messaging.port.out.PermanentDeliveryFailure;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** M-5: one webhook POST against a real HTTP server, and what its answer means. */
class WebhookDeliveryTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);
  private static final WebhookSignature SIGNATURE = WebhookSignature.of("a-shared-secret-16");
  private static final Event EVENT = new Event(new EventId(UUID.randomUUID()), 7,
      AggregateType.VOUCHER, "o-1-0000001", NewEvent.VOUCHER_MOVED, CLOCK.instant(),
      NewEvent.voucherMovedBody("o-1-0000001", "VALID", "ASSIGNED"));

  @Test
  void postsTheEventAsSignedJsonWithItsIdInAHeader_M5() throws Exception {
    try (LoopbackReceiver receiver = LoopbackReceiver.start(SIGNATURE, CLOCK)) {
      new WebhookDelivery(receiver.url(), SIGNATURE, CLOCK, Duration.ofSeconds(10))
          .deliver(EVENT);

      assertThat(receiver.received()).singleElement().satisfies(r -> {
        assertThat(r.signed()).isTrue();
        assertThat(r.idHeader()).isEqualTo(EVENT.id().toString()).isEqualTo(r.id());
        assertThat(r.type()).isEqualTo("voucher.moved");
        assertThat(r.body()).isEqualTo(EVENT.toJson());
        assertThat(r.sequence()).isEqualTo(7);
      });
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 500, 502, 503, 302})
  void aTimeoutThrottlingOrServerErrorIsTriedAgain_M5(int status) throws Exception {
    try (LoopbackReceiver receiver = LoopbackReceiver.start(SIGNATURE, CLOCK)) {
      receiver.answer(() -> status);
      WebhookDelivery delivery =
          new WebhookDelivery(receiver.url(), SIGNATURE, CLOCK, Duration.ofSeconds(10));

      assertThatThrownBy(() -> delivery.deliver(EVENT)).isInstanceOf(IOException.class)
          .isNotInstanceOf(PermanentDeliveryFailure.class).hasMessageContaining("" + status);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 410, 422})
  void anyOtherClientErrorIsPermanent_M5(int status) throws Exception {
    try (LoopbackReceiver receiver = LoopbackReceiver.start(SIGNATURE, CLOCK)) {
      receiver.answer(() -> status);
      WebhookDelivery delivery =
          new WebhookDelivery(receiver.url(), SIGNATURE, CLOCK, Duration.ofSeconds(10));

      assertThatThrownBy(() -> delivery.deliver(EVENT))
          .isInstanceOf(PermanentDeliveryFailure.class).hasMessageContaining("" + status)
          .hasMessageNotContaining("a-shared-secret");
    }
  }

  @Test
  void aWrongSecretIsRefusedByTheReceiverAndParked_M5() throws Exception {
    try (LoopbackReceiver receiver = LoopbackReceiver.start(SIGNATURE, CLOCK)) {
      WebhookDelivery delivery = new WebhookDelivery(receiver.url(),
          WebhookSignature.of("not-the-shared-secret"), CLOCK, Duration.ofSeconds(10));

      assertThatThrownBy(() -> delivery.deliver(EVENT))
          .isInstanceOf(PermanentDeliveryFailure.class);
      assertThat(receiver.received()).singleElement()
          .satisfies(r -> assertThat(r.signed()).isFalse());
    }
  }

  @Test
  void onlyHttpAndHttpsUrlsAreTaken_M5() {
    assertThatThrownBy(() -> new WebhookDelivery(URI.create("ftp://example.com/x"), SIGNATURE,
        CLOCK, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
  }
}
