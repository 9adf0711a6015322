// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.InvitationFixture.ACME;
import static dev.vouchers.core.programme.application.InvitationFixture.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subaccount.domain.InvitationId;
import dev.vouchers.core.subaccount.domain.InvitationStatus;
import dev.vouchers.core.subaccount.domain.SubAccount;
import dev.vouchers.core.subaccount.port.in.InvitationView;
import dev.vouchers.core.subaccount.port.in.ResendInvitation;
import dev.vouchers.testkit.Concurrently;
import io.vavr.control.Either;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;

/** I-3 under concurrency, through the use cases over the in-memory store. */
class InvitationRaceTest {
  private final InvitationFixture f = InvitationFixture.create();

  @RepeatedTest(20)
  void twoAcceptancesOfOneTokenCreateExactlyOneSubAccount_I3() throws Exception {
    InvitationId id = f.invite("buyer@example.com").id();
    String token = f.token(id);
    List<Either<Refusal, SubAccount>> results = Concurrently.call(List.of(
        () -> f.tryAccept(token), () -> f.tryAccept(token)));

    assertThat(results).filteredOn(Either::isRight).hasSize(1);
    assertThat(results).filteredOn(Either::isLeft).singleElement()
        .satisfies(r -> assertThat(r.getLeft().codes())
            .containsExactly(ReasonCode.INVITATION_NOT_ACCEPTABLE));
    assertThat(f.store.subAccounts().subAccounts(ACME, PageRequest.first(10)).total().count()).isEqualTo(1);
    assertThat(f.store.invitations().history(id)).hasSize(2);
  }

  @RepeatedTest(20)
  void aResendRacingAnAcceptanceLeavesOneConsistentOutcome_I2_I3() throws Exception {
    InvitationId id = f.invite("buyer@example.com").id();
    String token = f.token(id);
    List<Either<Refusal, ?>> results = Concurrently.call(List.of(
        () -> f.programme.subAccounts().resendInvitation().resend(new ResendInvitation.Command(
            ADMIN, id)),
        () -> f.tryAccept(token)));
    boolean resent = results.get(0).isRight();
    boolean accepted = results.get(1).isRight();
    InvitationStatus status = f.store.invitations().invitation(id).orElseThrow().status();

    assertThat(resent || accepted).isTrue();
    if (accepted) {
      // the resend came second: refused, since the invitation is no longer pending
      assertThat(status).isEqualTo(InvitationStatus.ACCEPTED);
      assertThat(resent).isFalse();
      assertThat(f.store.invitationOutbox().backlog()).isZero();
    } else {
      // the resend came first: the old token no longer works, nothing was created
      assertThat(status).isEqualTo(InvitationStatus.PENDING);
      assertThat(((InvitationView) results.get(0).get()).status())
          .isEqualTo(InvitationStatus.PENDING);
      assertThat(f.store.subAccounts().subAccounts(ACME, PageRequest.first(10)).total().count()).isZero();
      assertThat(f.store.invitationOutbox().backlog()).isEqualTo(1);
    }
  }
}
