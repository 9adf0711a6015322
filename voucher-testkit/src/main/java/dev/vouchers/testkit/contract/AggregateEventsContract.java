// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static dev.vouchers.testkit.contract.ContractData.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.messaging.domain.AggregateType;
import dev.vouchers.core.messaging.domain.ChangeEvents;
import dev.vouchers.core.messaging.domain.Event;
import dev.vouchers.core.messaging.domain.NewEvent;
import dev.vouchers.core.messaging.port.out.EventOutbox;
import dev.vouchers.core.messaging.port.out.EventOutbox.EventEntry;
import dev.vouchers.core.reseller.domain.CustomerLink;
import dev.vouchers.core.reseller.domain.LinkChange;
import dev.vouchers.core.reseller.domain.LinkOrigin;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.domain.ResellerApplicationEntry;
import dev.vouchers.core.reseller.domain.ResellerApplicationId;
import dev.vouchers.core.reseller.domain.ResellerApplicationMove;
import dev.vouchers.core.reseller.domain.ResellerApplicationStatus;
import dev.vouchers.core.subaccount.domain.Acceptance;
import dev.vouchers.core.subaccount.domain.Invitation;
import dev.vouchers.core.subaccount.domain.InvitationCreated;
import dev.vouchers.core.subaccount.domain.InvitationMove;
import dev.vouchers.core.subscription.domain.SubscriptionPurchase;
import dev.vouchers.core.subscription.domain.SubscriptionTerm;
import dev.vouchers.core.subscription.domain.SubscriptionUpdate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * M-5: the moves of invitations, sub-accounts, reseller applications, customer links and
 * subscriptions write their events with them (one per history entry, {@link ChangeEvents}),
 * with ids and statuses only; a write that lost its race writes none. Run over each adapter.
 */
public abstract class AggregateEventsContract {
  private static final PartnerId ACME = new PartnerId("acme");
  private static final Duration LEASE = Duration.ofMinutes(5);

  /**
   * The storages under test, sharing one database (or memory) with their event outbox.
   *
   * @param invitations invitations and sub-accounts
   * @param resellers reseller applications and customer links
   * @param subscriptions subscriptions and offers
   * @param events the event outbox
   */
  public record Stores(InvitationStorage invitations, ResellerStorage resellers,
      SubscriptionStorage subscriptions, EventOutbox events) {}

  /** Fresh, empty storages. */
  protected abstract Stores newStores() throws Exception;

  private Stores stores;

  @BeforeEach
  final void createStores() throws Exception {
    stores = newStores();
  }

  private List<Event> drain(Instant now) {
    List<Event> all = new ArrayList<>();
    for (int round = 0; round < 100; round++) {
      List<EventEntry> batch = stores.events().claim(100, now, LEASE);
      if (batch.isEmpty()) {
        break;
      }
      for (EventEntry entry : batch) {
        stores.events().delivered(entry, now);
        all.add(entry.event());
      }
    }
    return all;
  }

  private static List<String> bodies(List<Event> events, AggregateType type, String id) {
    return events.stream().filter(e -> e.aggregateType() == type && e.aggregateId().equals(id))
        .map(e -> e.type() + " " + e.body()).toList();
  }

  private static String expected(NewEvent event) {
    return event.type() + " " + event.body();
  }

  @Test
  void invitationAndSubAccountMovesWriteTheirEvents_M5() {
    InvitationCreated created = InvitationContractData.invitation(ACME, T0);
    Invitation invitation = created.invitation();
    stores.invitations().invitations().insert(created,
        InvitationContractData.message(invitation, T0));
    InvitationMove resent = InvitationContractData.resent(invitation, T0.plusSeconds(60));
    assertThat(stores.invitations().invitations().update(resent, Optional.of(
        InvitationContractData.message(resent.after(), T0.plusSeconds(60))))).isTrue();
    Acceptance acceptance = InvitationContractData.accepted(resent.after(), T0.plusSeconds(120));
    assertThat(stores.invitations().invitations().accept(acceptance)).isTrue();
    // a lost race writes no event
    assertThat(stores.invitations().invitations().update(resent, Optional.empty())).isFalse();
    InvitationCreated other = InvitationContractData.invitation(ACME, T0);
    stores.invitations().invitations().insert(other,
        InvitationContractData.message(other.invitation(), T0));
    Instant later = T0.plus(InvitationContractData.VALIDITY).plusSeconds(1);
    assertThat(stores.invitations().invitations().expireDueInvitations(later,
        new Actor.Service("sweep"), 10)).hasSize(1);

    List<Event> events = drain(later);

    assertThat(bodies(events, AggregateType.INVITATION, invitation.id().value()))
        .containsExactly(expected(ChangeEvents.of(created.entry())),
            expected(ChangeEvents.of(resent.entry())),
            expected(ChangeEvents.of(acceptance.move().entry())));
    assertThat(bodies(events, AggregateType.INVITATION, invitation.id().value()).get(0))
        .isEqualTo("invitation.moved {\"id\":\"" + invitation.id().value()
            + "\",\"to\":\"PENDING\"}");
    assertThat(bodies(events, AggregateType.SUB_ACCOUNT,
        acceptance.subAccount().id().value())).containsExactly(
            expected(ChangeEvents.of(acceptance.entry())));
    assertThat(bodies(events, AggregateType.INVITATION, other.invitation().id().value()))
        .hasSize(2).last().asString().contains("\"from\":\"PENDING\",\"to\":\"EXPIRED\"");
    assertThat(events).hasSize(6).allSatisfy(e -> assertThat(e.toJson())
        .doesNotContain("@example").doesNotContain("Jane").doesNotContain("Welcome"));
  }

  @Test
  void resellerApplicationAndCustomerLinkMovesWriteTheirEvents_M5() {
    ResellerApplication application = new ResellerApplication(new ResellerApplicationId("app-1"),
        ACME, ResellerApplicationStatus.SUBMITTED, T0, "partner:acme/admin(ADMIN)",
        Optional.empty(), 0);
    assertThat(stores.resellers().applications().insertApplication(application)).isTrue();
    ResellerApplicationMove move = new ResellerApplicationMove(application,
        application.withStatus(ResellerApplicationStatus.CONTRACT_SENT).withVersion(1),
        Optional.of(new ResellerApplicationEntry(application.id(),
            ResellerApplicationStatus.SUBMITTED, ResellerApplicationStatus.CONTRACT_SENT,
            T0.plusSeconds(1), "vendor:pm", "contract", Map.of())), Optional.empty());
    assertThat(stores.resellers().applications().updateApplication(move)).isTrue();
    assertThat(stores.resellers().applications().updateApplication(move)).isFalse();
    CustomerId anna = new CustomerId("anna");
    CustomerLink first = CustomerLink.started(anna, 1, ACME, LinkOrigin.SIGN_UP, T0,
        "service:shop");
    LinkChange link = new LinkChange(anna, Optional.empty(), Optional.of(first));
    assertThat(stores.resellers().links().applyLinkChange(link)).isTrue();
    LinkChange transfer = new LinkChange(anna,
        Optional.of(first.ended(T0.plusSeconds(5), "vendor:support", "moved")),
        Optional.of(CustomerLink.started(anna, 2, new PartnerId("bolt"), LinkOrigin.SIGN_UP,
            T0.plusSeconds(5), "vendor:support")));
    assertThat(stores.resellers().links().applyLinkChange(transfer)).isTrue();

    List<Event> events = drain(T0.plusSeconds(10));

    assertThat(bodies(events, AggregateType.RESELLER_APPLICATION, "app-1")).containsExactly(
        "reseller-application.moved {\"id\":\"app-1\",\"to\":\"SUBMITTED\"}",
        "reseller-application.moved {\"id\":\"app-1\",\"from\":\"SUBMITTED\","
            + "\"to\":\"CONTRACT_SENT\"}");
    assertThat(bodies(events, AggregateType.CUSTOMER_LINK, "anna")).containsExactly(
        "customer-link.started {\"customerId\":\"anna\",\"resellerId\":\"acme\",\"number\":1}",
        "customer-link.ended {\"customerId\":\"anna\",\"resellerId\":\"acme\",\"number\":1}",
        "customer-link.started {\"customerId\":\"anna\",\"resellerId\":\"bolt\",\"number\":2}");
    assertThat(events).hasSize(5);
  }

  @Test
  void subscriptionMovesWriteTheirEvents_M5() {
    stores.subscriptions().offers().save(SubscriptionData.offer("crm"));
    SubscriptionPurchase purchase = SubscriptionData.purchase(ACME, "cust-1", T0,
        SubscriptionTerm.MONTHLY, true);
    stores.subscriptions().subscriptions().insert(purchase);
    SubscriptionUpdate activation = SubscriptionData.activation(purchase.subscription(),
        T0.plusSeconds(60));
    assertThat(stores.subscriptions().subscriptions().update(activation)).isTrue();
    assertThat(stores.subscriptions().subscriptions().update(activation)).isFalse();

    List<Event> events = drain(T0.plusSeconds(120));

    List<String> expected = new ArrayList<>();
    expected.add(expected(ChangeEvents.of(purchase.entry())));
    activation.entries().forEach(e -> expected.add(expected(ChangeEvents.of(e))));
    assertThat(bodies(events, AggregateType.SUBSCRIPTION,
        purchase.subscription().id().value())).containsExactlyElementsOf(expected);
    assertThat(expected.get(0)).startsWith("subscription.moved {\"id\":")
        .contains("\"change\":\"" + purchase.entry().change().name() + "\"");
    assertThat(events).allSatisfy(e -> assertThat(e.toJson()).doesNotContain("Sales team")
        .doesNotContain("AUTH-42"));
  }

  @Test
  void theTermEndSweepWritesTheEventsOfWhatItSettled_M5_U4() {
    stores.subscriptions().offers().save(SubscriptionData.offer("crm"));
    List<String> ids = new ArrayList<>();
    Instant ends = T0;
    for (boolean autoRenew : List.of(true, false)) {
      SubscriptionPurchase purchase = SubscriptionData.purchase(ACME, "cust-" + autoRenew, T0,
          SubscriptionTerm.MONTHLY, autoRenew);
      stores.subscriptions().subscriptions().insert(purchase);
      SubscriptionUpdate activation = SubscriptionData.activation(purchase.subscription(),
          T0.plusSeconds(60));
      assertThat(stores.subscriptions().subscriptions().update(activation)).isTrue();
      ids.add(purchase.subscription().id().value());
      ends = activation.after().termEndsAt().orElseThrow();
    }
    drain(T0.plusSeconds(120));

    List<SubscriptionUpdate> settled =
        stores.subscriptions().subscriptions().settleDue(ends.plusSeconds(1), 10);
    List<Event> events = drain(ends.plusSeconds(2));

    assertThat(settled).hasSize(2);
    List<String> expected = new ArrayList<>();
    settled.forEach(u -> u.entries().forEach(e -> expected.add(expected(ChangeEvents.of(e)))));
    assertThat(expected).isNotEmpty();
    List<String> written = new ArrayList<>();
    ids.forEach(id -> written.addAll(bodies(events, AggregateType.SUBSCRIPTION, id)));
    assertThat(written).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(events).hasSize(expected.size());
  }
}
