// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.SubscriptionFixture.ACME;
import static dev.vouchers.core.programme.application.SubscriptionFixture.ADMIN;
import static dev.vouchers.core.programme.application.SubscriptionFixture.ADMIN_AGENT;
import static dev.vouchers.core.programme.application.SubscriptionFixture.START;
import static dev.vouchers.core.programme.application.SubscriptionFixture.SUPPORT;
import static dev.vouchers.core.programme.application.SubscriptionFixture.SWEEPER;
import static dev.vouchers.core.programme.application.SubscriptionFixture.annual;
import static dev.vouchers.core.programme.application.SubscriptionFixture.monthly;
import static dev.vouchers.core.programme.application.SubscriptionFixture.ok;
import static dev.vouchers.core.programme.application.SubscriptionFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Batches;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.programme.domain.ProgrammeEvent;
import dev.vouchers.core.subscription.domain.SubscriptionChange;
import dev.vouchers.core.subscription.domain.SubscriptionHistoryEntry;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionStatus;
import dev.vouchers.core.subscription.port.in.ChangeSubscriptionQuantity;
import dev.vouchers.core.subscription.port.in.ListSubscriptions;
import dev.vouchers.core.subscription.port.in.RenewOrExpireSubscriptions;
import dev.vouchers.core.subscription.port.in.SubscriptionView;
import dev.vouchers.core.subscription.port.in.SuspendSubscription;
import dev.vouchers.core.subscription.port.in.SwitchAutoRenew;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * U-4: at term end a subscription renews (auto-renew on: a new term and a new cancellation
 * window) or expires (off), visibly before any sweep; the sweep writes it, term by term.
 */
class SubscriptionRenewalTest {
  private static final Instant FIRST_END = Instant.parse("2025-02-28T09:00:00Z");

  private final SubscriptionFixture f = new SubscriptionFixture();

  private SubscriptionView autoRenew(SubscriptionId id, boolean on) {
    return ok(f.programme.subscriptions().switchAutoRenew().switchAutoRenew(
        new SwitchAutoRenew.Command(ADMIN_AGENT, id, on, "")));
  }

  private List<SubscriptionView> listed(Set<SubscriptionStatus> statuses) {
    return ok(f.programme.subscriptions().listSubscriptions().list(new ListSubscriptions.Command(
        ADMIN, ACME,
        Optional.empty(), statuses, PageRequest.first(50)))).items();
  }

  @Test
  void withoutAutoRenewItExpiresAtTermEnd_visibleBeforeAnySweep_U4() {
    SubscriptionView sub = f.active(monthly().withAutoRenew(false));
    f.clock.set(FIRST_END.minusMillis(1));
    assertThat(f.view(sub.id()).status()).isEqualTo(SubscriptionStatus.ACTIVE);
    f.clock.set(FIRST_END);
    SubscriptionView seen = f.view(sub.id());
    assertThat(seen.status()).isEqualTo(SubscriptionStatus.EXPIRED);
    assertThat(seen.cancellationWindowClosesAt()).isEmpty();
    assertThat(f.store.subscriptions().subscription(sub.id()).orElseThrow().status())
        .isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(listed(Set.of(SubscriptionStatus.EXPIRED))).extracting(SubscriptionView::id)
        .containsExactly(sub.id());
    SubscriptionHistoryEntry pending = f.details(sub.id()).history().get(2);
    assertThat(pending.change()).isEqualTo(SubscriptionChange.EXPIRED);
    assertThat(pending.at()).isEqualTo(FIRST_END);
    assertThat(pending.by()).isEqualTo(SubscriptionHistoryEntry.TERM_END);
  }

  @Test
  void withAutoRenewItRenewsAtTermEnd_withANewWindow_visibleBeforeAnySweep_U4() {
    SubscriptionView sub = f.active(monthly());
    f.clock.set(FIRST_END.plusSeconds(60));
    SubscriptionView seen = f.view(sub.id());
    assertThat(seen.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(seen.termNumber()).isEqualTo(2);
    assertThat(seen.termStartedAt()).contains(FIRST_END);
    assertThat(seen.termEndsAt()).contains(Instant.parse("2025-03-31T09:00:00Z"));
    assertThat(seen.cancellationWindowClosesAt()).contains(FIRST_END.plus(Duration.ofHours(72)));
    assertThat(f.store.subscriptions().subscription(sub.id()).orElseThrow().termNumber()).isEqualTo(1);
  }

  @Test
  void theSweepWritesWhatReadsAlreadyShowed_U4() {
    SubscriptionView renewing = f.active(monthly());
    SubscriptionView ending = f.active(monthly().withAutoRenew(false));
    SubscriptionView annualOne = f.active(annual());
    f.clock.set(FIRST_END.plusSeconds(1));
    SubscriptionView before = f.view(renewing.id());
    List<SubscriptionHistoryEntry> shown = f.details(ending.id()).history();
    f.events.clear();

    RenewOrExpireSubscriptions.Swept swept = f.sweep();

    assertThat(swept).isEqualTo(new RenewOrExpireSubscriptions.Swept(2, 1, 1));
    assertThat(f.view(renewing.id())).isEqualTo(before);
    assertThat(f.stored(ending.id())).isEqualTo(shown);
    assertThat(f.store.subscriptions().subscription(ending.id()).orElseThrow().status())
        .isEqualTo(SubscriptionStatus.EXPIRED);
    assertThat(f.store.subscriptions().subscription(annualOne.id()).orElseThrow().version()).isEqualTo(1);
    assertThat(f.events).extracting(e -> ((ProgrammeEvent.SubscriptionChanged) e).change())
        .containsExactlyInAnyOrder(SubscriptionChange.RENEWED, SubscriptionChange.EXPIRED);
    assertThat(f.sweep()).isEqualTo(new RenewOrExpireSubscriptions.Swept(0, 0, 0));
  }

  @Test
  void severalMissedTermsRenewTermByTerm_whenTheClockJumpsYears_U4() {
    SubscriptionView sub = f.active(monthly()); // billing started 2025-01-31T09:00Z
    f.clock.set(Instant.parse("2028-02-10T00:00:00Z"));
    SubscriptionView seen = f.view(sub.id());
    assertThat(seen.termNumber()).isEqualTo(37);
    assertThat(seen.termStartedAt()).contains(Instant.parse("2028-01-31T09:00:00Z"));
    assertThat(seen.termEndsAt()).contains(Instant.parse("2028-02-29T09:00:00Z"));

    assertThat(f.sweep()).isEqualTo(new RenewOrExpireSubscriptions.Swept(1, 36, 0));
    List<SubscriptionHistoryEntry> renewals = f.stored(sub.id()).subList(2, 38);
    assertThat(renewals).allSatisfy(e -> {
      assertThat(e.change()).isEqualTo(SubscriptionChange.RENEWED);
      assertThat(e.by()).isEqualTo(SubscriptionHistoryEntry.TERM_END);
    });
    // each renewal at its own term end, anchored at the billing start (no drift after February)
    assertThat(renewals.get(0).at()).isEqualTo(FIRST_END);
    assertThat(renewals.get(1).at()).isEqualTo(Instant.parse("2025-03-31T09:00:00Z"));
    assertThat(renewals.get(2).at()).isEqualTo(Instant.parse("2025-04-30T09:00:00Z"));
    assertThat(renewals.get(11).at()).isEqualTo(Instant.parse("2026-01-31T09:00:00Z"));
    assertThat(renewals.get(35).at()).isEqualTo(Instant.parse("2028-01-31T09:00:00Z"));
    assertThat(renewals.get(35).data()).containsEntry("term", "37");
    assertThat(f.view(sub.id())).isEqualTo(seen);
  }

  @Test
  void missedTermsAreWrittenBeforeTheChangeThatFindsThem_U4() {
    SubscriptionView sub = f.active(annual());
    f.clock.set(Instant.parse("2027-03-01T00:00:00Z")); // two annual terms have ended
    SubscriptionView off = autoRenew(sub.id(), false);
    assertThat(off.termNumber()).isEqualTo(3);
    assertThat(off.autoRenew()).isFalse();
    assertThat(f.stored(sub.id())).extracting(SubscriptionHistoryEntry::change).containsExactly(
        SubscriptionChange.PURCHASED, SubscriptionChange.ACTIVATED, SubscriptionChange.RENEWED,
        SubscriptionChange.RENEWED, SubscriptionChange.AUTO_RENEW_SWITCHED);
    f.clock.set(Instant.parse("2028-01-31T09:00:00Z"));
    assertThat(f.view(sub.id()).status()).isEqualTo(SubscriptionStatus.EXPIRED);
    assertThat(refused(f.programme.subscriptions().switchAutoRenew().switchAutoRenew(
        new SwitchAutoRenew.Command(ADMIN, sub.id(), true, ""))).codes())
        .containsExactly(ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED);
  }

  @Test
  void switchingAutoRenewBackOnBeforeTheEndRenewsAfterAll_U4() {
    SubscriptionView sub = f.active(monthly().withAutoRenew(false));
    autoRenew(sub.id(), true);
    f.clock.set(FIRST_END);
    assertThat(f.view(sub.id()).status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(f.view(sub.id()).termNumber()).isEqualTo(2);
  }

  @Test
  void aSuspendedSubscriptionsTermEndsToo_asAutoRenewSays_U4() {
    SubscriptionView renewing = f.active(monthly());
    SubscriptionView ending = f.active(monthly().withAutoRenew(false));
    for (SubscriptionView s : List.of(renewing, ending)) {
      ok(f.programme.subscriptions().suspendSubscription().suspend(
          new SuspendSubscription.Command(SUPPORT, s.id(), "")));
    }
    f.clock.set(FIRST_END);
    assertThat(f.view(renewing.id()).status()).isEqualTo(SubscriptionStatus.SUSPENDED);
    assertThat(f.view(renewing.id()).termNumber()).isEqualTo(2);
    assertThat(f.view(ending.id()).status()).isEqualTo(SubscriptionStatus.EXPIRED);
    assertThat(f.sweep().subscriptions()).isEqualTo(2);
    assertThat(f.stored(ending.id())).last().satisfies(e -> {
      assertThat(e.from()).isEqualTo(SubscriptionStatus.SUSPENDED);
      assertThat(e.to()).isEqualTo(SubscriptionStatus.EXPIRED);
    });
  }

  @Test
  void aPendingSubscriptionHasNoTermToEnd_U4() {
    SubscriptionView pending = f.buy(monthly().withAutoRenew(false));
    f.advance(Duration.ofDays(800));
    assertThat(f.view(pending.id()).status()).isEqualTo(SubscriptionStatus.PENDING_ACTIVATION);
    assertThat(f.sweep().subscriptions()).isZero();
  }

  @Test
  void theSweepIsRunByServicesOrStaffWithAPositiveLimit_U4() {
    assertThat(refused(f.programme.subscriptions().renewOrExpireSubscriptions().renewOrExpire(
        new RenewOrExpireSubscriptions.Command(ADMIN, 10))).codes())
        .containsExactly(ReasonCode.NOT_PERMITTED);
    assertThat(refused(f.programme.subscriptions().renewOrExpireSubscriptions().renewOrExpire(
        new RenewOrExpireSubscriptions.Command(SWEEPER, 0))).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(ok(f.programme.subscriptions().renewOrExpireSubscriptions().renewOrExpire(
        new RenewOrExpireSubscriptions.Command(SUPPORT, 10))).subscriptions()).isZero();
  }

  @Test
  void theSweepTakesAtMostItsLimit_earliestTermEndFirst_U4() {
    SubscriptionView first = f.active(monthly());
    f.advance(Duration.ofHours(1));
    SubscriptionView second = f.active(monthly());
    f.clock.set(FIRST_END.plus(Duration.ofDays(1)));
    assertThat(ok(f.programme.subscriptions().renewOrExpireSubscriptions().renewOrExpire(
        new RenewOrExpireSubscriptions.Command(SWEEPER, 1))).subscriptions()).isEqualTo(1);
    assertThat(f.store.subscriptions().subscription(first.id()).orElseThrow().termNumber()).isEqualTo(2);
    assertThat(f.store.subscriptions().subscription(second.id()).orElseThrow().termNumber()).isEqualTo(1);
  }

  @Test
  void theSweepWorksInBatchesUpToItsLimit_andPublishesEveryTermEnd_U4_L2() {
    int due = Batches.SIZE + 5;
    for (int i = 0; i < due; i++) {
      f.active(monthly().withAutoRenew(i % 2 == 0));
    }
    f.clock.set(FIRST_END.plus(Duration.ofDays(1)));
    f.events.clear();

    RenewOrExpireSubscriptions.Swept first = ok(f.programme.subscriptions()
        .renewOrExpireSubscriptions()
        .renewOrExpire(new RenewOrExpireSubscriptions.Command(SWEEPER,
            Batches.SIZE + 3)));

    assertThat(first.subscriptions()).isEqualTo(Batches.SIZE + 3);
    assertThat(first.renewals() + first.expiries()).isEqualTo(first.subscriptions());
    assertThat(f.events).hasSize(first.subscriptions());
    assertThat(f.sweep().subscriptions()).isEqualTo(2);
    assertThat(f.sweep().subscriptions()).isZero();
  }

  @Test
  void aChangeWritesTheDueTermEndsItself_leavingTheSweepNothing_U4() {
    SubscriptionView sub = f.active(monthly());
    f.clock.set(FIRST_END.plusSeconds(5));
    ok(f.programme.subscriptions().changeSubscriptionQuantity().change(
        new ChangeSubscriptionQuantity.Command(ADMIN, sub.id(), 8, "")));
    assertThat(f.sweep().subscriptions()).isZero();
    assertThat(f.stored(sub.id())).extracting(SubscriptionHistoryEntry::change)
        .containsExactly(SubscriptionChange.PURCHASED, SubscriptionChange.ACTIVATED,
            SubscriptionChange.RENEWED, SubscriptionChange.QUANTITY_CHANGED);
  }

  @Test
  void listingFiltersByTheStatusAsSeenNow_U4() {
    SubscriptionView renewing = f.active(monthly());
    SubscriptionView ending = f.active(monthly().withAutoRenew(false));
    SubscriptionView pending = f.buy(annual());
    f.clock.set(FIRST_END);
    assertThat(listed(Set.of(SubscriptionStatus.ACTIVE))).extracting(SubscriptionView::id)
        .containsExactly(renewing.id());
    assertThat(listed(Set.of(SubscriptionStatus.EXPIRED))).extracting(SubscriptionView::id)
        .containsExactly(ending.id());
    assertThat(listed(Set.of())).extracting(SubscriptionView::id)
        .containsExactlyInAnyOrder(renewing.id(), ending.id(), pending.id());
    assertThat(listed(Set.of(SubscriptionStatus.EXPIRED)).get(0).status())
        .isEqualTo(SubscriptionStatus.EXPIRED);
    assertThat(START).isBefore(FIRST_END);
  }
}
