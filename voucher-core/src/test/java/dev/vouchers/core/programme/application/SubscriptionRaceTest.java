// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.SubscriptionFixture.ADMIN;
import static dev.vouchers.core.programme.application.SubscriptionFixture.ADMIN_AGENT;
import static dev.vouchers.core.programme.application.SubscriptionFixture.annual;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subscription.domain.Subscription;
import dev.vouchers.core.subscription.domain.SubscriptionChange;
import dev.vouchers.core.subscription.domain.SubscriptionFilter;
import dev.vouchers.core.subscription.domain.SubscriptionHistoryEntry;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionPurchase;
import dev.vouchers.core.subscription.domain.SubscriptionStatus;
import dev.vouchers.core.subscription.domain.SubscriptionUpdate;
import dev.vouchers.core.subscription.port.in.CancelSubscription;
import dev.vouchers.core.subscription.port.in.ChangeSubscriptionQuantity;
import dev.vouchers.core.subscription.port.in.SubscriptionView;
import dev.vouchers.core.subscription.port.out.Subscriptions;
import dev.vouchers.testkit.Concurrently;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * U-3: concurrent changes of one subscription are serialised: both apply one after the other,
 * or the later one is decided again on what the earlier left and refused for it; none is lost.
 * The racing writes are forced: both changes are decided on the same version before either
 * writes.
 */
class SubscriptionRaceTest {

  /** Storage whose first write on each of two threads waits until both have decided. */
  private static final class BothDecideFirst implements Subscriptions {
    private final Subscriptions store;
    private volatile CyclicBarrier barrier = new CyclicBarrier(2);
    private final ThreadLocal<Boolean> waited = ThreadLocal.withInitial(() -> false);

    BothDecideFirst(Subscriptions store) {
      this.store = store;
    }

    void rearm() {
      barrier = new CyclicBarrier(2);
    }

    @Override
    public boolean update(SubscriptionUpdate update) {
      if (!waited.get() && update.last().change() != SubscriptionChange.ACTIVATED) {
        waited.set(true);
        try {
          barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new IllegalStateException("the other racer never decided", e);
        }
      }
      return store.update(update);
    }

    @Override
    public void insert(SubscriptionPurchase purchase) {
      store.insert(purchase);
    }

    @Override
    public Optional<Subscription> subscription(SubscriptionId id) {
      return store.subscription(id);
    }

    @Override
    public Page<Subscription> subscriptions(SubscriptionFilter filter, PageRequest page) {
      return store.subscriptions(filter, page);
    }

    @Override
    public List<SubscriptionHistoryEntry> history(SubscriptionId subscription) {
      return store.history(subscription);
    }

    @Override
    public List<SubscriptionUpdate> settleDue(Instant now, int limit) {
      return store.settleDue(now, limit);
    }
  }

  private static Callable<Either<Refusal, SubscriptionView>> quantity(
      SubscriptionFixture f, Actor by, SubscriptionId id, int quantity) {
    return () -> f.programme.subscriptions().changeSubscriptionQuantity().change(
        new ChangeSubscriptionQuantity.Command(by, id, quantity, "race"));
  }

  /** U-3: the quantity entries form one chain ending at the stored quantity. */
  private static List<SubscriptionHistoryEntry> checkChain(SubscriptionFixture f,
      SubscriptionId id) {
    List<SubscriptionHistoryEntry> changes = f.stored(id).stream()
        .filter(e -> e.change() == SubscriptionChange.QUANTITY_CHANGED).toList();
    String at = "10";
    for (SubscriptionHistoryEntry change : changes) {
      assertThat(change.data().get("from")).as("a change decided on a lost state").isEqualTo(at);
      at = change.data().get("to");
    }
    assertThat(f.store.subscriptions().subscription(id).orElseThrow().quantity())
        .isEqualTo(Integer.parseInt(at));
    return changes;
  }

  @Test
  void twoQuantityChangesDecidedOnOneVersion_bothApplyInTurnOrTheLaterIsRefused_U3()
      throws Exception {
    for (boolean windowOpen : List.of(true, false)) {
      for (int round = 0; round < 50; round++) {
        BothDecideFirst[] storage = new BothDecideFirst[1];
        SubscriptionFixture f = new SubscriptionFixture(
            store -> storage[0] = new BothDecideFirst(store));
        SubscriptionId id = f.active(annual()).id();
        if (!windowOpen) {
          f.advance(Duration.ofDays(8));
        }
        storage[0].rearm();
        List<Either<Refusal, SubscriptionView>> results = Concurrently.call(List.of(
            quantity(f, ADMIN, id, 12), quantity(f, ADMIN_AGENT, id, 15)));

        long accepted = results.stream().filter(Either::isRight).count();
        List<SubscriptionHistoryEntry> changes = checkChain(f, id);
        assertThat(changes).hasSize((int) accepted);
        assertThat(accepted).isGreaterThanOrEqualTo(1);
        for (Either<Refusal, SubscriptionView> result : results) {
          if (result.isLeft()) {
            // only the later decrease (15 then 12) outside the window is refused, and for that
            assertThat(windowOpen).isFalse();
            assertThat(result.getLeft().codes())
                .containsExactly(ReasonCode.SUBSCRIPTION_CANCELLATION_WINDOW_CLOSED);
            assertThat(f.store.subscriptions().subscription(id).orElseThrow().quantity()).isEqualTo(15);
          }
        }
        if (windowOpen) {
          assertThat(accepted).isEqualTo(2);
        }
      }
    }
  }

  @Test
  void cancelVersusReduce_eitherBothInTurnOrTheReductionIsRefusedForTheCancellation_U3()
      throws Exception {
    int bothApplied = 0;
    int cancelledFirst = 0;
    for (int round = 0; round < 60; round++) {
      BothDecideFirst[] storage = new BothDecideFirst[1];
      SubscriptionFixture f = new SubscriptionFixture(
          store -> storage[0] = new BothDecideFirst(store));
      SubscriptionId id = f.active(annual()).id();
      storage[0].rearm();
      List<Either<Refusal, SubscriptionView>> results = Concurrently.call(List.of(
          () -> f.programme.subscriptions().cancelSubscription().cancel(
              new CancelSubscription.Command(ADMIN, id, "race")),
          quantity(f, ADMIN_AGENT, id, 4)));

      Either<Refusal, SubscriptionView> cancel = results.get(0);
      Either<Refusal, SubscriptionView> reduce = results.get(1);
      assertThat(cancel.isRight()).as("a cancellation inside the window always applies").isTrue();
      Subscription stored = f.store.subscriptions().subscription(id).orElseThrow();
      assertThat(stored.status()).isEqualTo(SubscriptionStatus.CANCELLED);
      List<SubscriptionChange> tail = f.stored(id).stream().skip(2)
          .map(SubscriptionHistoryEntry::change).toList();
      if (reduce.isRight()) {
        bothApplied++;
        assertThat(tail).containsExactly(SubscriptionChange.QUANTITY_CHANGED,
            SubscriptionChange.CANCELLED);
        assertThat(stored.quantity()).isEqualTo(4);
      } else {
        cancelledFirst++;
        assertThat(reduce.getLeft().codes())
            .containsExactly(ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED);
        assertThat(tail).containsExactly(SubscriptionChange.CANCELLED);
        assertThat(stored.quantity()).isEqualTo(10);
      }
    }
    assertThat(bothApplied + cancelledFirst).isEqualTo(60);
  }

  @Test
  void manyConcurrentChangesNeverLoseOne_U3() throws Exception {
    SubscriptionFixture f = new SubscriptionFixture();
    SubscriptionId id = f.active(annual()).id();
    List<Callable<Either<Refusal, SubscriptionView>>> tasks = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      tasks.add(quantity(f, i % 2 == 0 ? ADMIN : ADMIN_AGENT, id, 20 + i));
    }
    List<Either<Refusal, SubscriptionView>> results = Concurrently.call(tasks);
    long accepted = results.stream().filter(Either::isRight).count();
    assertThat(checkChain(f, id)).hasSize((int) accepted);
    results.stream().filter(Either::isLeft).forEach(r -> assertThat(r.getLeft().codes())
        .doesNotContain(ReasonCode.INVALID_INPUT));
  }
}
