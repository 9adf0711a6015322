// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static dev.vouchers.testkit.contract.ContractData.T0;
import static dev.vouchers.testkit.contract.InvitationContractData.accepted;
import static dev.vouchers.testkit.contract.InvitationContractData.admin;
import static dev.vouchers.testkit.contract.InvitationContractData.invitation;
import static dev.vouchers.testkit.contract.InvitationContractData.message;
import static dev.vouchers.testkit.contract.InvitationContractData.resent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.subaccount.domain.Acceptance;
import dev.vouchers.core.subaccount.domain.Invitation;
import dev.vouchers.core.subaccount.domain.InvitationCreated;
import dev.vouchers.core.subaccount.domain.InvitationFilter;
import dev.vouchers.core.subaccount.domain.InvitationHistoryEntry;
import dev.vouchers.core.subaccount.domain.InvitationId;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.subaccount.domain.InvitationMove;
import dev.vouchers.core.subaccount.domain.InvitationStatus;
import dev.vouchers.core.subaccount.domain.SubAccountId;
import dev.vouchers.testkit.Concurrently;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** The contract of the {@link dev.vouchers.core.subaccount.port.out.Invitations} port (I-1..I-3). */
public abstract class InvitationsContract extends InvitationStorageContract {
  private static final PartnerId A = new PartnerId("partner-a");
  private static final PartnerId B = new PartnerId("partner-b");
  private static final Duration LEASE = Duration.ofMinutes(5);

  private InvitationCreated stored(PartnerId partner, Instant at) {
    InvitationCreated created = invitation(partner, at);
    storage.invitations().insert(created, message(created.invitation(), at));
    return created;
  }

  @Test
  void storesAnInvitationWithItsHistoryAndItsEmail_I1() {
    InvitationCreated created = invitation(A, T0);
    InvitationMessage message = message(created.invitation(), T0);
    storage.invitations().insert(created, message);

    Invitation invitation = created.invitation();
    assertThat(storage.invitations().invitation(invitation.id())).contains(invitation);
    assertThat(storage.invitations().invitationByToken(invitation.token())).contains(invitation);
    assertThat(storage.invitations().history(invitation.id())).containsExactly(created.entry());
    List<Outbox.Entry<InvitationMessage>> claimed = storage.outbox().claim(10, T0, LEASE);
    assertThat(claimed).extracting(Outbox.Entry<InvitationMessage>::message).containsExactly(
        message);
  }

  @Test
  void unknownIdsAndTokensAreEmpty() {
    stored(A, T0);
    assertThat(storage.invitations().invitation(new InvitationId("nope"))).isEmpty();
    assertThat(storage.invitations().invitationByToken(InvitationContractData.token())).isEmpty();
    assertThat(storage.invitations().history(new InvitationId("nope"))).isEmpty();
  }

  @Test
  void aSecondInvitationWithTheSameIdOrTokenIsRefused_I1() {
    InvitationCreated created = stored(A, T0);
    assertThatThrownBy(() -> storage.invitations().insert(created,
        message(created.invitation(), T0))).isInstanceOf(RuntimeException.class);
    assertThat(storage.outbox().backlog()).isEqualTo(1);
  }

  @Test
  void aResendReplacesTheTokenRecordsTheMoveAndWritesTheEmail_I2() {
    Invitation before = stored(A, T0).invitation();
    InvitationMove move = resent(before, T0.plusSeconds(60));
    InvitationMessage message = message(move.after(), T0.plusSeconds(60));

    assertThat(storage.invitations().update(move, Optional.of(message))).isTrue();
    assertThat(storage.invitations().invitation(before.id())).contains(move.after());
    // the old link stops working: only the new token finds the invitation
    assertThat(storage.invitations().invitationByToken(before.token())).isEmpty();
    assertThat(storage.invitations().invitationByToken(move.after().token()))
        .contains(move.after());
    assertThat(storage.invitations().history(before.id())).hasSize(2).last()
        .isEqualTo(move.entry());
    assertThat(storage.outbox().backlog()).isEqualTo(2);
  }

  @Test
  void aMoveFromAStaleVersionWritesNothing_I2() {
    Invitation before = stored(A, T0).invitation();
    InvitationMove cancel = before.cancel(admin(A), T0.plusSeconds(1), "no longer needed").get();
    InvitationMove resend = resent(before, T0.plusSeconds(2));
    assertThat(storage.invitations().update(cancel, Optional.empty())).isTrue();

    assertThat(storage.invitations().update(resend,
        Optional.of(message(resend.after(), T0.plusSeconds(2))))).isFalse();
    assertThat(storage.invitations().invitation(before.id())).contains(cancel.after());
    assertThat(storage.invitations().invitationByToken(resend.after().token())).isEmpty();
    assertThat(storage.invitations().history(before.id())).extracting(InvitationHistoryEntry::to)
        .containsExactly(InvitationStatus.PENDING, InvitationStatus.CANCELLED);
    assertThat(storage.outbox().backlog()).isEqualTo(1);
  }

  @Test
  void anAcceptanceStoresTheSubAccountWithTheInvitation_I3() {
    Invitation before = stored(A, T0).invitation();
    Acceptance acceptance = accepted(before, T0.plusSeconds(5));

    assertThat(storage.invitations().accept(acceptance)).isTrue();
    assertThat(storage.invitations().invitation(before.id())).contains(acceptance.move().after());
    assertThat(storage.subAccounts().subAccount(acceptance.subAccount().id()))
        .contains(acceptance.subAccount());
    assertThat(storage.subAccounts().history(acceptance.subAccount().id()))
        .containsExactly(acceptance.entry());
    assertThat(storage.invitations().history(before.id())).last()
        .isEqualTo(acceptance.move().entry());
  }

  @Test
  void aStaleAcceptanceCreatesNoSubAccount_I3() {
    Invitation before = stored(A, T0).invitation();
    assertThat(storage.invitations().update(resent(before, T0.plusSeconds(1)),
        Optional.empty())).isTrue();
    Acceptance stale = accepted(before, T0.plusSeconds(2));

    assertThat(storage.invitations().accept(stale)).isFalse();
    assertThat(storage.subAccounts().subAccount(stale.subAccount().id())).isEmpty();
    assertThat(storage.subAccounts().subAccounts(A, PageRequest.first(10)).total().count()).isZero();
    assertThat(storage.invitations().history(before.id())).hasSize(2);
  }

  @Test
  void ofRacingAcceptancesOfOneInvitationExactlyOneCreatesASubAccount_I3() throws Exception {
    Invitation before = stored(A, T0).invitation();
    List<Callable<Boolean>> racers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Acceptance acceptance = accepted(before, T0.plusSeconds(1));
      racers.add(() -> storage.invitations().accept(acceptance));
    }
    assertThat(Concurrently.call(racers)).containsOnlyOnce(true);
    assertThat(storage.subAccounts().subAccounts(A, PageRequest.first(10)).total().count()).isEqualTo(1);
    assertThat(storage.invitations().history(before.id())).hasSize(2);
  }

  @Test
  void aResendRacingAnAcceptanceLetsExactlyOneWin_I2_I3() throws Exception {
    for (int round = 0; round < 10; round++) {
      Invitation before = stored(A, T0).invitation();
      InvitationMove resend = resent(before, T0.plusSeconds(1));
      Acceptance acceptance = accepted(before, T0.plusSeconds(1));
      List<Boolean> results = Concurrently.call(List.of(
          () -> storage.invitations().update(resend,
              Optional.of(message(resend.after(), T0.plusSeconds(1)))),
          () -> storage.invitations().accept(acceptance)));
      assertThat(results).containsOnlyOnce(true);
      Invitation after = storage.invitations().invitation(before.id()).orElseThrow();
      boolean acceptedWon = results.get(1);
      assertThat(after.status())
          .isEqualTo(acceptedWon ? InvitationStatus.ACCEPTED : InvitationStatus.PENDING);
      assertThat(storage.subAccounts().subAccount(acceptance.subAccount().id()).isPresent())
          .isEqualTo(acceptedWon);
    }
  }

  @Test
  void listsAPartnersInvitationsNewestFirstInPages_I2() {
    List<InvitationId> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(0, stored(A, T0.plusSeconds(i)).invitation().id());
    }
    stored(B, T0.plusSeconds(10));
    InvitationFilter all = InvitationFilter.all(A, T0.plusSeconds(20));

    Page<Invitation> first = storage.invitations().invitations(all, PageRequest.first(2));
    assertThat(first.total().count()).isEqualTo(5);
    assertThat(first.items()).extracting(Invitation::id)
        .containsExactlyElementsOf(ids.subList(0, 2));
    Page<Invitation> second = storage.invitations().invitations(all,
        PageRequest.after(2, first.next().orElseThrow()));
    assertThat(second.items()).extracting(Invitation::id)
        .containsExactlyElementsOf(ids.subList(2, 4));
    Page<Invitation> last = storage.invitations().invitations(all,
        PageRequest.after(2, second.next().orElseThrow()));
    assertThat(last.items()).extracting(Invitation::id).containsExactly(ids.get(4));
    assertThat(last.next()).isEmpty();
  }

  @Test
  void invitationsSentAtTheSameInstantAreListedByIdAscending_I2() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(stored(A, T0).invitation().id().value());
    }
    Page<Invitation> page = storage.invitations().invitations(InvitationFilter.all(A, T0),
        PageRequest.first(10));
    assertThat(page.items()).extracting(i -> i.id().value())
        .containsExactlyElementsOf(ids.stream().sorted().toList());
  }

  @Test
  void filtersByTheStatusAsSeenAtTheFiltersInstant_I2() {
    Invitation old = stored(A, T0).invitation();
    Invitation fresh = stored(A, T0.plus(Duration.ofDays(20))).invitation();
    Invitation cancelled = stored(A, T0.plus(Duration.ofDays(21))).invitation();
    assertThat(storage.invitations().update(cancelled.cancel(admin(A),
        T0.plus(Duration.ofDays(22)), "oops").get(), Optional.empty())).isTrue();
    Invitation accepted = stored(A, T0.plus(Duration.ofDays(23))).invitation();
    assertThat(storage.invitations().accept(accepted(accepted, T0.plus(Duration.ofDays(24)))))
        .isTrue();
    // 35 days after T0 the first invitation (30 days) has expired, unswept
    Instant asOf = T0.plus(Duration.ofDays(35));

    assertThat(ids(InvitationStatus.EXPIRED, asOf)).containsExactly(old.id());
    assertThat(ids(InvitationStatus.PENDING, asOf)).containsExactly(fresh.id());
    assertThat(ids(InvitationStatus.CANCELLED, asOf)).containsExactly(cancelled.id());
    assertThat(ids(InvitationStatus.ACCEPTED, asOf)).containsExactly(accepted.id());
    assertThat(storage.invitations().invitations(new InvitationFilter(A,
        Set.of(InvitationStatus.EXPIRED, InvitationStatus.PENDING), asOf), PageRequest.first(10))
        .items()).extracting(Invitation::id).containsExactly(fresh.id(), old.id());
    // just before its expiry it is still pending: to the instant
    assertThat(ids(InvitationStatus.PENDING, old.expiresAt().minusMillis(1))).contains(old.id());
    assertThat(ids(InvitationStatus.EXPIRED, old.expiresAt())).containsExactly(old.id());
  }

  private List<InvitationId> ids(InvitationStatus status, Instant asOf) {
    return storage.invitations().invitations(new InvitationFilter(A, Set.of(status), asOf),
        PageRequest.first(50)).items().stream().map(Invitation::id).toList();
  }

  private static final Actor SWEEPER = new Actor.Service("contract-sweeper");

  /** Sweeps in batches of {@code batch} until none is due; every batch at most that size. */
  private List<InvitationHistoryEntry> sweep(Instant now, int batch) {
    List<InvitationHistoryEntry> all = new ArrayList<>();
    while (true) {
      List<InvitationHistoryEntry> done =
          storage.invitations().expireDueInvitations(now, SWEEPER, batch);
      assertThat(done).hasSizeLessThanOrEqualTo(batch);
      all.addAll(done);
      if (done.isEmpty()) {
        return all;
      }
    }
  }

  @Test
  void expireDueExpiresEveryDueInvitationOnceWithItsHistory_I2_L2() {
    List<InvitationCreated> created = new ArrayList<>();
    created.add(stored(A, T0));
    created.add(stored(B, T0.plusSeconds(10)));
    // expiries with fractions of a second: the history records them exactly
    created.add(stored(A, T0.plusMillis(20_120)));
    created.add(stored(B, T0.plusNanos(30_123_456_000L)));
    created.add(stored(A, T0.plusSeconds(40)));
    InvitationCreated later = stored(A, T0.plus(Duration.ofDays(10)));
    created.add(later);
    Invitation cancelled = stored(A, T0.plusSeconds(5)).invitation();
    assertThat(storage.invitations().update(cancelled.cancel(admin(A), T0.plusSeconds(6), "x")
        .get(), Optional.empty())).isTrue();
    Invitation first = created.get(0).invitation();
    Instant now = T0.plus(Duration.ofDays(31));

    assertThat(storage.invitations().expireDueInvitations(first.expiresAt().minusNanos(1000),
        SWEEPER, 10)).isEmpty();
    assertThat(storage.invitations().expireDueInvitations(now, SWEEPER, 1))
        .extracting(InvitationHistoryEntry::invitation).containsExactly(first.id());
    List<InvitationHistoryEntry> expired = new ArrayList<>(
        storage.invitations().history(first.id()).subList(1, 2));
    expired.addAll(sweep(now, 2)); // more due than one batch holds

    List<InvitationHistoryEntry> expected = new ArrayList<>();
    for (InvitationCreated c : created) {
      Invitation before = c.invitation();
      if (!before.isDue(now)) {
        assertThat(storage.invitations().invitation(before.id())).contains(before);
        assertThat(storage.invitations().history(before.id())).containsExactly(c.entry());
        continue;
      }
      InvitationMove move = before.expire(SWEEPER, now).get();
      expected.add(move.entry());
      assertThat(storage.invitations().invitation(before.id())).contains(move.after());
      assertThat(storage.invitations().history(before.id()))
          .containsExactly(c.entry(), move.entry());
      assertThat(move.entry().data()).containsEntry("expiresAt", before.expiresAt().toString());
    }
    assertThat(expected).hasSize(5);
    assertThat(expired).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(storage.invitations().invitation(cancelled.id()).orElseThrow().status())
        .isEqualTo(InvitationStatus.CANCELLED);
    assertThat(storage.invitations().expireDueInvitations(now.plus(Duration.ofDays(1)), SWEEPER,
        10)).isEmpty();
    assertThat(later.invitation().isDue(now)).isFalse();
  }

  @Test
  void twoSweepsRacingNeverExpireAnInvitationTwice_I2() throws Exception {
    List<InvitationId> stored = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      stored.add(stored(i % 2 == 0 ? A : B, T0.plusSeconds(i)).invitation().id());
    }
    Instant now = T0.plus(Duration.ofDays(31));
    Callable<List<InvitationHistoryEntry>> sweeper = () -> sweep(now, 7);

    List<List<InvitationHistoryEntry>> results = Concurrently.call(List.of(sweeper, sweeper));

    List<InvitationId> ids = new ArrayList<>();
    results.forEach(r -> r.forEach(e -> ids.add(e.invitation())));
    assertThat(ids).hasSize(60).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(stored);
    for (InvitationId id : stored) {
      assertThat(storage.invitations().invitation(id).orElseThrow().status())
          .isEqualTo(InvitationStatus.EXPIRED);
      assertThat(storage.invitations().history(id)).hasSize(2);
    }
  }

  @Test
  void ofASweepAndACancelFromAnEarlierReadExactlyOneApplies_I2() throws Exception {
    for (int round = 0; round < 10; round++) {
      Invitation read = stored(A, T0.plusSeconds(round)).invitation();
      Instant now = read.expiresAt().plusSeconds(1);
      // decided just before the expiry, written after it: the store decides who came first
      InvitationMove cancel = read.cancel(admin(A), read.expiresAt().minusSeconds(1), "x").get();

      List<Integer> results = Concurrently.call(List.<Callable<Integer>>of(
          () -> storage.invitations().update(cancel, Optional.empty()) ? 1 : 0,
          () -> storage.invitations().expireDueInvitations(now, SWEEPER, 10).size()));

      boolean cancelledFirst = results.get(0) == 1;
      assertThat(results.get(1)).isEqualTo(cancelledFirst ? 0 : 1);
      assertThat(storage.invitations().invitation(read.id()).orElseThrow().status())
          .isEqualTo(cancelledFirst ? InvitationStatus.CANCELLED : InvitationStatus.EXPIRED);
      assertThat(storage.invitations().history(read.id())).hasSize(2);
    }
  }

  @Test
  void historyKeepsEveryEntryAsWritten_I2() {
    InvitationCreated created = stored(A, T0);
    InvitationMove resend = resent(created.invitation(), T0.plusSeconds(1));
    assertThat(storage.invitations().update(resend, Optional.empty())).isTrue();
    InvitationMove cancel = resend.after().cancel(admin(A), T0.plusSeconds(2),
        "customer & partner agreed: ä=1").get();
    assertThat(storage.invitations().update(cancel, Optional.empty())).isTrue();
    assertThat(storage.invitations().history(created.invitation().id()))
        .containsExactly(created.entry(), resend.entry(), cancel.entry());
    assertThat(storage.invitations().history(created.invitation().id()).get(0).from()).isEmpty();
    assertThat(storage.subAccounts().subAccount(new SubAccountId("none"))).isEmpty();
  }
}
