// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static dev.vouchers.testkit.contract.ContractData.T0;
import static dev.vouchers.testkit.contract.SubscriptionData.activation;
import static dev.vouchers.testkit.contract.SubscriptionData.adminOf;
import static dev.vouchers.testkit.contract.SubscriptionData.offer;
import static dev.vouchers.testkit.contract.SubscriptionData.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.subscription.domain.Subscription;
import dev.vouchers.core.subscription.domain.SubscriptionFilter;
import dev.vouchers.core.subscription.domain.SubscriptionHistoryEntry;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionPurchase;
import dev.vouchers.core.subscription.domain.SubscriptionStatus;
import dev.vouchers.core.subscription.domain.SubscriptionTerm;
import dev.vouchers.core.subscription.domain.SubscriptionUpdate;
import dev.vouchers.core.subscription.port.out.Subscriptions;
import dev.vouchers.testkit.Concurrently;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link Subscriptions} port (U-1..U-4): purchases with their first entry,
 * conditional updates with all their entries, listings with statuses as seen at an instant,
 * the sweep's query, and races in which exactly one writer of a version wins.
 */
public abstract class SubscriptionsContract extends SubscriptionStorageContract {
  private static final PartnerId A = new PartnerId("partner-a");
  private static final PartnerId B = new PartnerId("partner-b");
  private static final Actor STAFF =
      Actor.VendorStaff.of(new UserId("sue"), StaffRole.SUPPORT);

  private Subscriptions subscriptions;
  private SubscriptionWrites writes;

  @BeforeEach
  void useSubscriptions() {
    subscriptions = storage.subscriptions();
    writes = new SubscriptionWrites(subscriptions);
  }

  @Test
  void storesAPurchaseWithItsFirstEntryAndReadsItBack_U1_U2() {
    SubscriptionPurchase purchase = purchase(A, "cust-1", T0, SubscriptionTerm.ANNUAL, true);
    subscriptions.insert(purchase);
    Subscription read = subscriptions.subscription(purchase.subscription().id()).orElseThrow();
    assertThat(read).isEqualTo(purchase.subscription());
    assertThat(read.nickname()).contains("Sales team & co");
    assertThat(read.indirectReseller()).contains(new PartnerId("indirect-1"));
    assertThat(read.cancellationWindow()).isEqualTo(Duration.ofDays(7));
    assertThat(subscriptions.history(read.id())).containsExactly(purchase.entry());
  }

  @Test
  void missingRowsAreEmpty() {
    SubscriptionId missing = SubscriptionId.of("missing");
    assertThat(subscriptions.subscription(missing)).isEmpty();
    assertThat(subscriptions.history(missing)).isEmpty();
    assertThat(subscriptions.subscriptions(SubscriptionFilter.all(A, T0), PageRequest.first(10))
        .items()).isEmpty();
    assertThat(subscriptions.settleDue(T0, 10)).isEmpty();
  }

  @Test
  void insertingATakenIdFailsAndWritesNothing() {
    SubscriptionPurchase purchase = purchase(A, "cust-1", T0, SubscriptionTerm.MONTHLY, true);
    subscriptions.insert(purchase);
    SubscriptionPurchase again = new SubscriptionPurchase(
        purchase.subscription().withCustomer(CustomerId.of("cust-2")), purchase.entry());
    assertThatThrownBy(() -> subscriptions.insert(again)).isInstanceOf(RuntimeException.class);
    assertThat(subscriptions.subscription(purchase.subscription().id()))
        .contains(purchase.subscription());
    assertThat(subscriptions.history(purchase.subscription().id())).hasSize(1);
  }

  @Test
  void anUpdateAppliesOnTheVersionItWasReadInWithItsEntries_U2() {
    Subscription pending = writes.bought(A, "cust-1", T0, SubscriptionTerm.MONTHLY, true);
    SubscriptionUpdate activated = activation(pending, T0.plusSeconds(60));
    assertThat(subscriptions.update(activated)).isTrue();
    Subscription read = subscriptions.subscription(pending.id()).orElseThrow();
    assertThat(read).isEqualTo(activated.after());
    assertThat(read.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(read.version()).isEqualTo(1);
    assertThat(read.activation().orElseThrow().authorisationCode()).isEqualTo("AUTH-42");
    assertThat(subscriptions.history(pending.id())).hasSize(2).last()
        .isEqualTo(activated.last());
  }

  @Test
  void termEndsAndTheChangeAreWrittenInOneUpdateInOrder_U4() {
    Subscription read = writes.active(A, "cust-1", T0, SubscriptionTerm.MONTHLY, true);
    Instant later = T0.plus(Duration.ofDays(95)); // three monthly terms have ended
    SubscriptionUpdate more = read.changeQuantity(9, offer("crm"), adminOf(A), later,
        "new hires").get();
    assertThat(more.entries()).hasSize(4);
    Subscription after = writes.write(read, more);
    assertThat(subscriptions.subscription(read.id())).contains(after);
    assertThat(after.termNumber()).isEqualTo(4);
    List<SubscriptionHistoryEntry> history = subscriptions.history(read.id());
    assertThat(history).hasSize(6);
    assertThat(history.subList(2, 6)).containsExactlyElementsOf(more.entries());
  }

  @Test
  void aStaleUpdateWritesNothing_U2() {
    Subscription read = writes.active(A, "cust-1", T0, SubscriptionTerm.ANNUAL, true);
    Instant at = T0.plusSeconds(10);
    assertThat(subscriptions.update(read.changeQuantity(7, offer("crm"), adminOf(A), at, "more")
        .get())).isTrue();
    SubscriptionUpdate stale = read.cancel(adminOf(A), at, "changed our mind").get();
    assertThat(subscriptions.update(stale)).isFalse();
    Subscription stored = subscriptions.subscription(read.id()).orElseThrow();
    assertThat(stored.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(stored.quantity()).isEqualTo(7);
    assertThat(subscriptions.history(read.id())).hasSize(3);
  }

  @Test
  void anUpdateOfAMissingSubscriptionWritesNothing() {
    SubscriptionPurchase never = purchase(A, "cust-1", T0, SubscriptionTerm.ANNUAL, true);
    assertThat(subscriptions.update(activation(never.subscription(), T0))).isFalse();
    assertThat(subscriptions.subscription(never.subscription().id())).isEmpty();
    assertThat(subscriptions.history(never.subscription().id())).isEmpty();
  }

  @Test
  void everyFieldSurvivesUpdates_U1_U2_U4() {
    Subscription read = writes.active(A, "cust-1", T0, SubscriptionTerm.ANNUAL, true);
    Instant at = T0.plusSeconds(30);
    read = writes.write(read, read.changeBillingFrequency(
        dev.vouchers.core.subscription.domain.BillingFrequency.MONTHLY, offer("crm"), adminOf(A), at,
        "cash flow").get());
    read = writes.write(read, read.rename(Optional.empty(), adminOf(A), at).get());
    read = writes.write(read, read.changeIndirectReseller(Optional.empty(), adminOf(A), at).get());
    read = writes.write(read, read.switchAutoRenew(false, adminOf(A), at, "").get());
    read = writes.write(read, read.suspend(STAFF, at, "unpaid invoice").get());
    Subscription stored = subscriptions.subscription(read.id()).orElseThrow();
    assertThat(stored).isEqualTo(read);
    assertThat(stored.nickname()).isEmpty();
    assertThat(stored.indirectReseller()).isEmpty();
    assertThat(stored.status()).isEqualTo(SubscriptionStatus.SUSPENDED);
    assertThat(stored.version()).isEqualTo(6);
    List<SubscriptionHistoryEntry> history = subscriptions.history(read.id());
    assertThat(history).hasSize(7);
    assertThat(history.get(2).data()).containsEntry("to", "MONTHLY");
    assertThat(history.get(6).by()).isEqualTo(STAFF.describe());
    assertThat(history.get(6).why()).isEqualTo("unpaid invoice");
  }

  @Test
  void historyDataKeepsEveryCharacter_U2() {
    Subscription read = writes.active(A, "cust-1", T0, SubscriptionTerm.ANNUAL, true);
    String name = "Ärzte & Co = 100% \"süß\", a=b&c";
    SubscriptionUpdate renamed = read.rename(Optional.of(name), adminOf(A), T0).get();
    writes.write(read, renamed);
    assertThat(subscriptions.history(read.id()).get(2)).isEqualTo(renamed.last());
    assertThat(subscriptions.subscription(read.id()).orElseThrow().nickname()).contains(name);
  }

  @Test
  void ofRacingUpdatesOfOneVersionExactlyOneApplies_U3() throws Exception {
    Subscription read = writes.active(A, "cust-1", T0, SubscriptionTerm.ANNUAL, true);
    int threads = 16;
    List<Callable<Boolean>> racers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      int quantity = 10 + i;
      racers.add(() -> subscriptions.update(read.changeQuantity(quantity, offer("crm"),
          adminOf(A), T0.plusSeconds(1), "race").get()));
    }
    assertThat(Concurrently.call(racers)).containsOnlyOnce(true);
    Subscription stored = subscriptions.subscription(read.id()).orElseThrow();
    List<SubscriptionHistoryEntry> history = subscriptions.history(read.id());
    assertThat(history).hasSize(3);
    assertThat(history.get(2).data()).containsEntry("to", Integer.toString(stored.quantity()));
  }

  @Test
  void listsOnlyThePartnersSubscriptionsNewestFirstInPages_A1() {
    Subscription first = writes.bought(A, "cust-1", T0, SubscriptionTerm.MONTHLY, true);
    Subscription second = writes.bought(A, "cust-2", T0.plusSeconds(60), SubscriptionTerm.ANNUAL, true);
    Subscription third = writes.bought(A, "cust-1", T0.plusSeconds(120), SubscriptionTerm.ANNUAL, true);
    writes.bought(B, "cust-1", T0.plusSeconds(180), SubscriptionTerm.ANNUAL, true);

    Page<Subscription> page = subscriptions.subscriptions(SubscriptionFilter.all(A, T0),
        PageRequest.first(2));
    assertThat(page.total().count()).isEqualTo(3);
    assertThat(page.items()).extracting(Subscription::id).containsExactly(third.id(), second.id());
    Page<Subscription> rest = subscriptions.subscriptions(SubscriptionFilter.all(A, T0),
        PageRequest.after(2, page.next().orElseThrow()));
    assertThat(rest.items()).extracting(Subscription::id).containsExactly(first.id());
    assertThat(rest.next()).isEmpty();

    Page<Subscription> ofCustomer = subscriptions.subscriptions(new SubscriptionFilter(A,
        Optional.of(CustomerId.of("cust-1")), Set.of(), T0), PageRequest.first(10));
    assertThat(ofCustomer.items()).extracting(Subscription::id)
        .containsExactly(third.id(), first.id());
    assertThat(ofCustomer.total().count()).isEqualTo(2);
  }

  @Test
  void equalPurchaseTimesAreOrderedById() {
    List<SubscriptionId> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(writes.bought(A, "cust-1", T0, SubscriptionTerm.MONTHLY, true).id());
    }
    ids.sort((x, y) -> x.value().compareTo(y.value()));
    Page<Subscription> firstPage = subscriptions.subscriptions(SubscriptionFilter.all(A, T0),
        PageRequest.first(3));
    Page<Subscription> secondPage = subscriptions.subscriptions(SubscriptionFilter.all(A, T0),
        PageRequest.after(3, firstPage.next().orElseThrow()));
    List<SubscriptionId> listed = new ArrayList<>();
    firstPage.items().forEach(s -> listed.add(s.id()));
    secondPage.items().forEach(s -> listed.add(s.id()));
    assertThat(listed).containsExactlyElementsOf(ids);
  }

  @Test
  void filtersByStatusAsSeenAtTheFiltersInstant_U4() {
    Subscription pending = writes.bought(A, "cust-1", T0, SubscriptionTerm.MONTHLY, false);
    Subscription renewing = writes.active(A, "cust-2", T0, SubscriptionTerm.MONTHLY, true);
    Subscription ending = writes.active(A, "cust-3", T0, SubscriptionTerm.MONTHLY, false);
    Subscription suspendedEnding = writes.active(A, "cust-4", T0, SubscriptionTerm.MONTHLY, false);
    suspendedEnding = writes.write(suspendedEnding, suspendedEnding.suspend(STAFF, T0, "").get());
    Subscription suspendedRenewing = writes.active(A, "cust-5", T0, SubscriptionTerm.MONTHLY, true);
    suspendedRenewing = writes.write(suspendedRenewing, suspendedRenewing.suspend(STAFF, T0, "").get());
    Subscription cancelled = writes.active(A, "cust-6", T0, SubscriptionTerm.ANNUAL, true);
    cancelled = writes.write(cancelled, cancelled.cancel(adminOf(A), T0, "").get());

    Instant before = T0.plus(Duration.ofDays(20));
    Instant after = T0.plus(Duration.ofDays(40)); // the first monthly term has ended
    assertThat(writes.ids(A, SubscriptionStatus.ACTIVE, before)).containsExactlyInAnyOrder(renewing.id(),
        ending.id());
    assertThat(writes.ids(A, SubscriptionStatus.EXPIRED, before)).isEmpty();
    assertThat(writes.ids(A, SubscriptionStatus.ACTIVE, after)).containsExactly(renewing.id());
    assertThat(writes.ids(A, SubscriptionStatus.EXPIRED, after)).containsExactlyInAnyOrder(ending.id(),
        suspendedEnding.id());
    assertThat(writes.ids(A, SubscriptionStatus.SUSPENDED, after)).containsExactly(suspendedRenewing.id());
    assertThat(writes.ids(A, SubscriptionStatus.PENDING_ACTIVATION, after)).containsExactly(pending.id());
    assertThat(writes.ids(A, SubscriptionStatus.CANCELLED, after)).containsExactly(cancelled.id());
    Page<Subscription> live = subscriptions.subscriptions(new SubscriptionFilter(A,
        Optional.empty(), Set.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.SUSPENDED), after),
        PageRequest.first(10));
    assertThat(live.total().count()).isEqualTo(2);
  }

  @Test
  void settleDueWritesTheDomainsTermEndsOfDueSubscriptionsEarliestFirst_U4() {
    Subscription monthly = writes.active(A, "cust-1", T0, SubscriptionTerm.MONTHLY, true);
    Subscription later = writes.active(A, "cust-2", T0.plus(Duration.ofDays(2)),
        SubscriptionTerm.MONTHLY, false);
    Subscription suspended = writes.active(B, "cust-3", T0.plus(Duration.ofDays(1)),
        SubscriptionTerm.MONTHLY, true);
    suspended = writes.write(suspended, suspended.suspend(STAFF, T0.plus(Duration.ofDays(1)), "")
        .get());
    Subscription annual = writes.active(A, "cust-4", T0, SubscriptionTerm.ANNUAL, true);
    Subscription pending = writes.bought(A, "cust-5", T0, SubscriptionTerm.MONTHLY, true);
    Subscription cancelled = writes.active(A, "cust-6", T0, SubscriptionTerm.MONTHLY, true);
    cancelled = writes.write(cancelled, cancelled.cancel(adminOf(A), T0, "").get());

    Instant end = monthly.termEndsAt().orElseThrow();
    assertThat(subscriptions.settleDue(end.minusMillis(1), 10)).isEmpty();
    SubscriptionUpdate renewed = monthly.settleTermEnds(end).get();
    assertThat(subscriptions.settleDue(end, 10)).containsExactly(renewed);
    writes.assertWritten(renewed);

    Instant all = T0.plus(Duration.ofDays(40));
    SubscriptionUpdate suspendedRenewed = suspended.settleTermEnds(all).get();
    SubscriptionUpdate laterExpired = later.settleTermEnds(all).get();
    assertThat(subscriptions.settleDue(all, 1)).containsExactly(suspendedRenewed);
    assertThat(subscriptions.settleDue(all, 10)).containsExactly(laterExpired);
    writes.assertWritten(suspendedRenewed);
    writes.assertWritten(laterExpired);
    assertThat(laterExpired.after().status()).isEqualTo(SubscriptionStatus.EXPIRED);
    assertThat(subscriptions.settleDue(all, 10)).isEmpty();
    // not due, or running no term: untouched
    assertThat(subscriptions.subscription(annual.id())).contains(annual);
    assertThat(subscriptions.subscription(pending.id())).contains(pending);
    assertThat(subscriptions.subscription(cancelled.id())).contains(cancelled);
    assertThat(subscriptions.subscription(monthly.id())).contains(renewed.after());
  }

  @Test
  void settleDueWritesEveryPassedTermEndInOrderInBatches_U4_L2() {
    List<Subscription> due = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      due.add(writes.active(i % 2 == 0 ? A : B, "cust-" + i, T0.plus(Duration.ofHours(i)),
          SubscriptionTerm.MONTHLY, i % 3 != 0));
    }
    Subscription notYet = writes.active(A, "cust-late", T0.plus(Duration.ofDays(95)),
        SubscriptionTerm.MONTHLY, true);
    Instant now = T0.plus(Duration.ofDays(100)); // three term ends of each renewing one

    List<SubscriptionUpdate> settled = new ArrayList<>();
    while (true) {
      List<SubscriptionUpdate> batch = subscriptions.settleDue(now, 4);
      assertThat(batch).hasSizeLessThanOrEqualTo(4);
      settled.addAll(batch);
      if (batch.isEmpty()) {
        break;
      }
    }

    List<SubscriptionUpdate> expected = due.stream().map(s -> s.settleTermEnds(now).get())
        .toList();
    assertThat(settled).containsExactlyElementsOf(expected); // earliest term end first
    expected.forEach(writes::assertWritten);
    assertThat(expected.get(1).entries()).hasSize(3)
        .allMatch(e -> e.change() == dev.vouchers.core.subscription.domain.SubscriptionChange.RENEWED);
    assertThat(expected.get(0).entries()).hasSize(1);
    assertThat(subscriptions.subscription(notYet.id())).contains(notYet);
  }

  @Test
  void twoSweepsRacingNeverSettleASubscriptionTwice_U4() throws Exception {
    List<SubscriptionId> due = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      due.add(writes.active(A, "cust-" + i, T0.plusSeconds(i), SubscriptionTerm.MONTHLY, i % 2 == 0)
          .id());
    }
    Instant now = T0.plus(Duration.ofDays(40));
    Callable<List<SubscriptionUpdate>> sweeper = () -> {
      List<SubscriptionUpdate> all = new ArrayList<>();
      List<SubscriptionUpdate> batch;
      do {
        batch = subscriptions.settleDue(now, 3);
        all.addAll(batch);
      } while (!batch.isEmpty());
      return all;
    };

    List<List<SubscriptionUpdate>> results = Concurrently.call(List.of(sweeper, sweeper));

    List<SubscriptionId> ids = new ArrayList<>();
    results.forEach(r -> r.forEach(u -> ids.add(u.before().id())));
    assertThat(ids).hasSize(30).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(due);
    for (SubscriptionId id : due) {
      // purchase, activation, one term end
      assertThat(subscriptions.history(id)).hasSize(3);
      assertThat(subscriptions.subscription(id).orElseThrow().isDue(now)).isFalse();
    }
  }

  @Test
  void ofASweepAndAChangeFromAnEarlierReadExactlyOneWritesTheTermEnd_U4_U2() throws Exception {
    for (int round = 0; round < 10; round++) {
      Subscription read = writes.active(A, "cust-" + round, T0, SubscriptionTerm.MONTHLY, true);
      Instant now = read.termEndsAt().orElseThrow().plusSeconds(1);
      // the change writes the due term end itself, before its own entry
      SubscriptionUpdate suspend = read.suspend(STAFF, now, "race").get();

      List<Integer> results = Concurrently.call(List.<Callable<Integer>>of(
          () -> subscriptions.update(suspend) ? 1 : 0,
          () -> subscriptions.settleDue(now, 10).size()));

      boolean changedFirst = results.get(0) == 1;
      assertThat(results.get(1)).isEqualTo(changedFirst ? 0 : 1);
      List<SubscriptionHistoryEntry> history = subscriptions.history(read.id());
      assertThat(history.stream().filter(e -> e.change()
          == dev.vouchers.core.subscription.domain.SubscriptionChange.RENEWED)).hasSize(1);
      assertThat(history).hasSize(changedFirst ? 4 : 3);
    }
  }

  @Test
  void pagesOfAnUnknownCursorStartOver() {
    Subscription only = writes.bought(A, "cust-1", T0, SubscriptionTerm.MONTHLY, true);
    assertThat(subscriptions.subscriptions(SubscriptionFilter.all(A, T0),
        PageRequest.after(5, "not-a-cursor")).items()).extracting(Subscription::id)
        .containsExactly(only.id());
  }
}
