// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.reseller.domain.CustomerLink;
import dev.vouchers.core.reseller.domain.LinkChange;
import dev.vouchers.core.reseller.domain.LinkOrigin;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * M-5: each change's event has a stable type and a body of ids and statuses that a receiver
 * reads (issue 18, session 6: the types and bodies of moves and reseller links had no test in
 * the core; the JDBC adapter renders the voucher body in SQL and compares with this one).
 */
class EventBodiesTest {
  private static final Instant AT = Instant.parse("2026-12-06T10:00:00Z");

  @Test
  void aVoucherMoveNamesTheVoucherAndBothStatuses_M5_V2() {
    NewEvent event = NewEvent.voucherMoved("v-1", "VALID", "ASSIGNED", AT);
    assertThat(event.type()).isEqualTo("voucher.moved");
    assertThat(event.aggregateType()).isEqualTo(AggregateType.VOUCHER);
    assertThat(event.body()).isEqualTo("{\"voucherId\":\"v-1\",\"from\":\"VALID\",\"to\":\"ASSIGNED\"}");
    assertThat(NewEvent.voucherMovedBody("v-1", "VALID", "ASSIGNED")).isEqualTo(event.body());
  }

  @Test
  void anotherAggregatesMoveIsNamedAfterItAndCarriesItsChangeAndStatuses_M5() {
    NewEvent renewed = NewEvent.moved(AggregateType.SUBSCRIPTION, "s-1", Optional.of("ACTIVE"),
        "ACTIVE", Optional.of("RENEWED"), AT);
    assertThat(renewed.type()).isEqualTo("subscription.moved");
    assertThat(renewed.body())
        .isEqualTo("{\"id\":\"s-1\",\"change\":\"RENEWED\",\"from\":\"ACTIVE\",\"to\":\"ACTIVE\"}");

    NewEvent created = NewEvent.moved(AggregateType.RESELLER_APPLICATION, "a-1",
        Optional.empty(), "SUBMITTED", Optional.empty(), AT);
    assertThat(created.type()).isEqualTo("reseller-application.moved");
    assertThat(created.body()).isEqualTo("{\"id\":\"a-1\",\"to\":\"SUBMITTED\"}");

    assertThat(NewEvent.subAccountChanged("sa-1", AT).type()).isEqualTo("sub-account.changed");
  }

  @Test
  void aTransferEndsTheOldLinkThenStartsTheNewOne_R2_M5() {
    CustomerId customer = CustomerId.of("c-1");
    CustomerLink first = CustomerLink.started(customer, 1, PartnerId.of("r-1"),
        LinkOrigin.SIGN_UP, AT.minusSeconds(3600), "support");
    CustomerLink second = CustomerLink.started(customer, 2, PartnerId.of("r-2"),
        LinkOrigin.TRANSFER, AT, "support");
    LinkChange transfer = new LinkChange(customer,
        Optional.of(first.ended(AT, "support", "moved")), Optional.of(second));

    List<NewEvent> events = ChangeEvents.of(transfer);

    assertThat(events).extracting(NewEvent::type)
        .containsExactly("customer-link.ended", "customer-link.started");
    assertThat(events).extracting(NewEvent::aggregateId).containsOnly("c-1");
    assertThat(events).extracting(NewEvent::occurredAt).containsOnly(AT);
    assertThat(events.get(0).body())
        .isEqualTo("{\"customerId\":\"c-1\",\"resellerId\":\"r-1\",\"number\":1}");
    assertThat(events.get(1).body())
        .isEqualTo("{\"customerId\":\"c-1\",\"resellerId\":\"r-2\",\"number\":2}");
  }

  @Test
  void aWebhookPostsTheEventAsOneObjectWithItsStableIdAndTheChangesBody_M5() {
    EventId id = EventId.parse("3f2b7c1e-0a4d-4e8b-9c6f-1d2e3f4a5b6c").orElseThrow();
    Event event = new Event(id, 42, AggregateType.VOUCHER, "v-1", "voucher.moved", AT,
        NewEvent.voucherMovedBody("v-1", "VALID", "ASSIGNED"));
    assertThat(event.toJson()).isEqualTo("{\"id\":\"3f2b7c1e-0a4d-4e8b-9c6f-1d2e3f4a5b6c\","
        + "\"sequence\":42,\"type\":\"voucher.moved\",\"aggregateType\":\"VOUCHER\","
        + "\"aggregateId\":\"v-1\",\"occurredAt\":\"2026-12-06T10:00:00Z\",\"data\":"
        + "{\"voucherId\":\"v-1\",\"from\":\"VALID\",\"to\":\"ASSIGNED\"}}");
  }
}
