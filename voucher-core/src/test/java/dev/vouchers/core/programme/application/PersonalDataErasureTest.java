// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.InvitationFixture.ADMIN;
import static dev.vouchers.core.programme.application.InvitationFixture.SUPPORT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.programme.domain.Erased;
import dev.vouchers.core.programme.domain.ErasureKind;
import dev.vouchers.core.programme.domain.ErasureRecord;
import dev.vouchers.core.programme.port.in.ErasePersonalData;
import dev.vouchers.core.subaccount.domain.InvitationHistoryEntry;
import dev.vouchers.core.subaccount.domain.SubAccount;
import dev.vouchers.core.subaccount.port.in.CancelInvitation;
import dev.vouchers.core.subaccount.port.in.InvitationView;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * E-1 for invitations and sub-accounts (in memory): an address is erased from invitations,
 * their history and e-mails (an unsent one is not sent any more) and from the sub-account whose
 * contact it is; a closed invitation is erased once its retention has passed.
 */
class PersonalDataErasureTest {
  private static final String JANE = "jane@example.org"; // InvitationFixture.APPLICANT's address

  private static <T> T ok(Either<?, T> result) {
    assertThat(result.isRight()).as("%s", result).isTrue();
    return result.get();
  }

  @Test
  void invitationsTheirEmailsAndTheSubAccountContactAreErasedByAddress_E1() {
    InvitationFixture f = InvitationFixture.create();
    InvitationView accepted = f.invite(JANE);
    SubAccount account = f.accept(accepted.id());
    InvitationView unsent = ok(f.tryInvite(ADMIN, InvitationFixture.ACME, JANE));
    InvitationView other = f.invite("other@example.org");
    int mailed = f.inbox.size();

    ErasureRecord record = ok(f.programme.erasePersonalData().erase(
        ErasePersonalData.Command.address(SUPPORT, JANE)));

    assertThat(record.kind()).isEqualTo(ErasureKind.ADDRESS);
    for (InvitationView erased : List.of(accepted, unsent)) {
      var invitation = f.store.invitations().invitation(erased.id()).orElseThrow();
      assertThat(invitation.recipient()).isEqualTo(Erased.ADDRESS);
      assertThat(invitation.message()).isEqualTo(Erased.TEXT);
      List<InvitationHistoryEntry> history = f.store.invitations().history(erased.id());
      assertThat(history.toString()).doesNotContain(JANE);
    }
    SubAccount contact = f.store.subAccounts().subAccount(account.id()).orElseThrow();
    assertThat(contact.contact().email()).isEqualTo(Erased.ADDRESS);
    assertThat(contact.contact().name()).isEqualTo(Erased.TEXT);
    assertThat(contact.organisation()).isEqualTo(account.organisation());
    assertThat(f.store.invitations().invitation(other.id()).orElseThrow().recipient().value())
        .isEqualTo("other@example.org");
    f.relay.relayOnce();
    assertThat(f.inbox).hasSize(mailed);
    // 2 invitations, their 2 history entries with the address ("invitation sent"), 1 e-mail
    // sent and 1 unsent, 1 sub-account
    assertThat(record.rows()).isEqualTo(7);
  }

  @Test
  void aClosedInvitationIsErasedOnceItsRetentionHasPassed_E1() {
    InvitationFixture f = InvitationFixture.create();
    InvitationView invitation = f.invite(JANE);
    InvitationView open = f.invite("still.pending@example.org");
    ok(f.programme.subAccounts().cancelInvitation().cancel(
        new CancelInvitation.Command(ADMIN, invitation.id(), "sent by mistake")));
    Duration retention = Duration.ofDays(30);

    f.advance(Duration.ofDays(29));
    assertThat(f.programme.sweepPersonalData(retention, 10)).isZero();
    assertThat(f.store.invitations().invitation(invitation.id()).orElseThrow().recipient().value())
        .isEqualTo(JANE);

    f.advance(Duration.ofDays(2));
    assertThat(f.programme.sweepPersonalData(retention, 10)).isEqualTo(1);
    assertThat(f.programme.sweepPersonalData(retention, 10)).isZero();
    assertThat(f.store.invitations().invitation(invitation.id()).orElseThrow().recipient())
        .isEqualTo(Erased.ADDRESS);
    assertThat(f.store.invitations().history(invitation.id())).hasSize(2)
        .allSatisfy(e -> assertThat(e.data().toString()).doesNotContain(JANE));
    assertThat(f.store.invitations().invitation(open.id()).orElseThrow().recipient().value())
        .isEqualTo("still.pending@example.org");
    assertThat(f.store.personalData().erasures(10)).singleElement()
        .satisfies(r -> assertThat(r.kind()).isEqualTo(ErasureKind.RETENTION));
  }
}
