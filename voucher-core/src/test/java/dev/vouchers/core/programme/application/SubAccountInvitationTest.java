// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.InvitationFixture.ACME;
import static dev.vouchers.core.programme.application.InvitationFixture.ADMIN;
import static dev.vouchers.core.programme.application.InvitationFixture.ADMIN_AGENT;
import static dev.vouchers.core.programme.application.InvitationFixture.APPLICANT;
import static dev.vouchers.core.programme.application.InvitationFixture.BOB;
import static dev.vouchers.core.programme.application.InvitationFixture.BOLT;
import static dev.vouchers.core.programme.application.InvitationFixture.DORA;
import static dev.vouchers.core.programme.application.InvitationFixture.DORMANT;
import static dev.vouchers.core.programme.application.InvitationFixture.INVITEE;
import static dev.vouchers.core.programme.application.InvitationFixture.PM;
import static dev.vouchers.core.programme.application.InvitationFixture.SALES_AGENT;
import static dev.vouchers.core.programme.application.InvitationFixture.START;
import static dev.vouchers.core.programme.application.InvitationFixture.SUPPORT;
import static dev.vouchers.core.programme.application.InvitationFixture.SWEEPER;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Batches;
import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.messaging.application.MessageRelay;
import dev.vouchers.core.messaging.application.RelayLoop;
import dev.vouchers.core.programme.domain.ProgrammeEvent;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.subaccount.domain.Applicant;
import dev.vouchers.core.subaccount.domain.Billing;
import dev.vouchers.core.subaccount.domain.Invitation;
import dev.vouchers.core.subaccount.domain.InvitationHistoryEntry;
import dev.vouchers.core.subaccount.domain.InvitationId;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.subaccount.domain.InvitationStatus;
import dev.vouchers.core.subaccount.domain.Pricing;
import dev.vouchers.core.subaccount.domain.SubAccount;
import dev.vouchers.core.subaccount.domain.SubAccountHistoryEntry;
import dev.vouchers.core.subaccount.domain.SubAccountId;
import dev.vouchers.core.subaccount.domain.SubAccountType;
import dev.vouchers.core.subaccount.port.in.AcceptInvitation;
import dev.vouchers.core.subaccount.port.in.AttachContract;
import dev.vouchers.core.subaccount.port.in.CancelInvitation;
import dev.vouchers.core.subaccount.port.in.ChangeSubAccountBilling;
import dev.vouchers.core.subaccount.port.in.ChangeSubAccountType;
import dev.vouchers.core.subaccount.port.in.DetachContract;
import dev.vouchers.core.subaccount.port.in.ExpireDueInvitations;
import dev.vouchers.core.subaccount.port.in.GetInvitation;
import dev.vouchers.core.subaccount.port.in.GetSubAccount;
import dev.vouchers.core.subaccount.port.in.InvitationDetails;
import dev.vouchers.core.subaccount.port.in.InvitationView;
import dev.vouchers.core.subaccount.port.in.InviteSubAccount;
import dev.vouchers.core.subaccount.port.in.ListInvitations;
import dev.vouchers.core.subaccount.port.in.ListSubAccounts;
import dev.vouchers.core.subaccount.port.in.ResendInvitation;
import dev.vouchers.core.subaccount.port.in.SubAccountDetails;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.testkit.MutableClock;
import dev.vouchers.testkit.memory.InMemoryStore;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Sub-account invitations through the use cases (I-1, I-2, I-3, A-1). */
class SubAccountInvitationTest {
  private final InvitationFixture f = InvitationFixture.create();

  private Invitation stored(InvitationId id) {
    return f.store.invitations().invitation(id).orElseThrow();
  }

  private Either<Refusal, InvitationView> resend(Actor by, InvitationId id) {
    return f.programme.subAccounts().resendInvitation().resend(new ResendInvitation.Command(by,
        id));
  }

  private Either<Refusal, InvitationView> cancel(Actor by, InvitationId id) {
    return f.programme.subAccounts().cancelInvitation().cancel(new CancelInvitation.Command(by, id,
        ""));
  }

  private Either<Refusal, InvitationDetails> get(Actor by, InvitationId id) {
    return f.programme.subAccounts().getInvitation().get(new GetInvitation.Command(by, id));
  }

  private InvitationStatus statusOf(InvitationId id) {
    return ok(get(ADMIN, id)).invitation().status();
  }

  @Nested
  class Invite {
    @Test
    void anAdminInvitesAndExactlyOneEmailIsWrittenWithTheInvitation_I1() {
      InvitationView view = ok(f.tryInvite(ADMIN, ACME, "  new.customer@Example.COM "));
      assertThat(view.status()).isEqualTo(InvitationStatus.PENDING);
      assertThat(view.recipient()).isEqualTo(new EmailAddress("new.customer@example.com"));
      assertThat(view.type()).isEqualTo(SubAccountType.STANDARD);
      assertThat(view.message()).isEqualTo("Welcome to Acme's programme");
      assertThat(view.invitedBy()).isEqualTo(ADMIN.describe());
      assertThat(view.sentAt()).isEqualTo(START);
      assertThat(f.store.invitationOutbox().backlog()).isEqualTo(1);
    }

    @Test
    void theEmailCarriesTheLinkWithTheTokenTheTypeAndTheCustomMessage_I1() {
      InvitationView view = ok(f.programme.subAccounts().inviteSubAccount().invite(
          new InviteSubAccount.Command(
          ADMIN, ACME, "buyer@example.com", SubAccountType.ENTERPRISE, "Hallo!")));
      assertThat(f.relay.relayOnce().delivered()).isEqualTo(1);

      InvitationFixture.Mail mail = f.inbox.get(0);
      assertThat(mail.link().toString()).matches(
          "https://shop\\.example/invitations/[0-9a-hjkmnp-tv-z]{26}");
      assertThat(mail.message().invitation()).isEqualTo(view.id());
      assertThat(mail.message().recipient()).isEqualTo(new EmailAddress("buyer@example.com"));
      assertThat(mail.message().type()).isEqualTo(SubAccountType.ENTERPRISE);
      assertThat(mail.message().customMessage()).isEqualTo("Hallo!");
      assertThat(mail.message().partnerName()).isEqualTo("Acme Reseller");
      assertThat(mail.message().expiresAt()).isEqualTo(START.plus(Duration.ofDays(30)));
      assertThat(f.store.invitationOutbox().backlog()).isZero();
    }

    @Test
    void theTokenIsKeptOnlyAsAKeyedDigestAndSealedInTheOutbox_I1() {
      InvitationView view = f.invite("buyer@example.com");
      String token = f.token(view.id());
      Invitation stored = stored(view.id());
      assertThat(stored.token()).isEqualTo(f.vault.digestSecret("invitation", token));
      assertThat(stored.toString()).doesNotContain(token);
      assertThat(f.inbox.get(0).message().toString()).doesNotContain(token);
      // another programme key opens nothing: the digest is keyed
      assertThat(CodeVault.withRandomKeys().digestSecret("invitation", token))
          .isNotEqualTo(stored.token());
    }

    @Test
    void everyInvitationGetsItsOwnToken_I1() {
      List<String> tokens = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        tokens.add(f.token(f.invite("buyer" + i + "@example.com").id()));
      }
      assertThat(tokens).doesNotHaveDuplicates();
    }

    @Test
    void anAdminAgentMayInviteToo_I1() {
      assertThat(f.tryInvite(ADMIN_AGENT, ACME, "buyer@example.com").isRight()).isTrue();
    }

    @Test
    void aServiceActingForThePartnerMayInvite_I1() {
      assertThat(f.tryInvite(new Actor.Service("crm-import"), ACME, "buyer@example.com")
          .isRight()).isTrue();
    }

    @Test
    void refusesEveryBadInputAtOnceAndWritesNothing_I1() {
      Refusal refusal = refused(f.programme.subAccounts().inviteSubAccount().invite(
          new InviteSubAccount.Command(
          ADMIN, ACME, "not an address", SubAccountType.STANDARD, "x".repeat(2001))));
      assertThat(refusal.codes()).containsExactly(ReasonCode.INVALID_INPUT,
          ReasonCode.INVALID_INPUT);
      assertThat(f.store.invitationOutbox().backlog()).isZero();
      assertThat(f.store.invitations().invitations(
          dev.vouchers.core.subaccount.domain.InvitationFilter.all(ACME, START),
          PageRequest.first(10)).total().count()).isZero();
    }

    @Test
    void aPartnerWithoutTheSubAccountFeatureCannotInvite_I1() {
      assertThat(refused(f.tryInvite(DORA, DORMANT, "buyer@example.com")).codes())
          .containsExactly(ReasonCode.SUB_ACCOUNTS_DISABLED);
    }

    @Test
    void theValidityIsConfigurableAndTheLinkBaseToo_I1() {
      InvitationFixture short_ = InvitationFixture.withValidity(Duration.ofDays(7));
      InvitationView view = short_.invite("buyer@example.com");
      assertThat(view.expiresAt()).isEqualTo(START.plus(Duration.ofDays(7)));
      assertThat(short_.inbox.get(0).link().toString())
          .startsWith("https://partners.example/invitations/");
    }
  }

  @Nested
  class Lifecycle {
    @Test
    void aPendingInvitationExpiresThirtyDaysAfterItWasSentBeforeAnySweep_I2() {
      InvitationId id = f.invite("buyer@example.com").id();
      f.advance(Duration.ofDays(30).minusMillis(1));
      assertThat(statusOf(id)).isEqualTo(InvitationStatus.PENDING);
      f.advance(Duration.ofMillis(1));
      assertThat(statusOf(id)).isEqualTo(InvitationStatus.EXPIRED);
      assertThat(stored(id).status()).isEqualTo(InvitationStatus.PENDING); // not swept
      assertThat(refused(f.tryAccept(f.token(id))).codes())
          .containsExactly(ReasonCode.INVITATION_NOT_ACCEPTABLE);
    }

    @Test
    void aResendDrawsANewTokenAndTheOldLinkStopsWorking_I2() {
      InvitationId id = f.invite("buyer@example.com").id();
      String old = f.token(id);
      f.resend(id);
      String fresh = f.token(id);
      assertThat(fresh).isNotEqualTo(old);
      assertThat(refused(f.tryAccept(old)).codes())
          .containsExactly(ReasonCode.INVITATION_NOT_ACCEPTABLE);
      assertThat(ok(f.tryAccept(fresh)).partner()).isEqualTo(ACME);
    }

    @Test
    void aResendRenewsTheExpiryAndWritesOneMoreEmail_I2() {
      InvitationId id = f.invite("buyer@example.com").id();
      f.advance(Duration.ofDays(29));
      InvitationView resent = f.resend(id);
      assertThat(resent.sentAt()).isEqualTo(START.plus(Duration.ofDays(29)));
      assertThat(resent.expiresAt()).isEqualTo(START.plus(Duration.ofDays(59)));
      assertThat(resent.invitedAt()).isEqualTo(START);
      assertThat(f.tokens(id)).hasSize(2);
      f.advance(Duration.ofDays(10));
      assertThat(statusOf(id)).isEqualTo(InvitationStatus.PENDING);
    }

    @Test
    void aCancelledInvitationsLinkStopsWorking_I2() {
      InvitationId id = f.invite("buyer@example.com").id();
      assertThat(ok(cancel(ADMIN, id)).status()).isEqualTo(InvitationStatus.CANCELLED);
      assertThat(refused(f.tryAccept(f.token(id))).codes())
          .containsExactly(ReasonCode.INVITATION_NOT_ACCEPTABLE);
    }

    @Test
    void anExpiredInvitationCanBeNeitherResentNorCancelled_I2() {
      InvitationId id = f.invite("buyer@example.com").id();
      f.advance(Duration.ofDays(31));
      assertThat(refused(resend(ADMIN, id)).codes())
          .containsExactly(ReasonCode.INVITATION_EXPIRED);
      assertThat(refused(cancel(ADMIN, id)).codes())
          .containsExactly(ReasonCode.INVITATION_EXPIRED);
      assertThat(f.store.invitationOutbox().backlog()).isZero();
    }

    @Test
    void anAcceptedOrCancelledInvitationCanBeNeitherResentNorCancelled_I2() {
      InvitationId accepted = f.invite("a@example.com").id();
      f.accept(accepted);
      InvitationId cancelled = f.invite("b@example.com").id();
      ok(cancel(ADMIN, cancelled));
      for (InvitationId id : List.of(accepted, cancelled)) {
        assertThat(refused(resend(ADMIN, id)).codes())
            .containsExactly(ReasonCode.INVITATION_NOT_PENDING);
        assertThat(refused(cancel(ADMIN, id)).codes())
            .containsExactly(ReasonCode.INVITATION_NOT_PENDING);
      }
    }

    @Test
    void everyMoveIsInTheHistoryWithWhoWhenAndWhy_I2() {
      InvitationId id = f.invite("buyer@example.com").id();
      f.advance(Duration.ofDays(1));
      ok(f.programme.subAccounts().resendInvitation().resend(new ResendInvitation.Command(
          ADMIN_AGENT, id)));
      f.relay.relayOnce();
      f.advance(Duration.ofDays(1));
      SubAccount subAccount = f.accept(id);

      List<InvitationHistoryEntry> history = ok(get(ADMIN, id)).history();
      assertThat(history).extracting(InvitationHistoryEntry::from).containsExactly(
          Optional.empty(), Optional.of(InvitationStatus.PENDING),
          Optional.of(InvitationStatus.PENDING));
      assertThat(history).extracting(InvitationHistoryEntry::to).containsExactly(
          InvitationStatus.PENDING, InvitationStatus.PENDING, InvitationStatus.ACCEPTED);
      assertThat(history).extracting(InvitationHistoryEntry::by).containsExactly(
          ADMIN.describe(), ADMIN_AGENT.describe(), INVITEE.describe());
      assertThat(history).extracting(InvitationHistoryEntry::at).containsExactly(
          START, START.plus(Duration.ofDays(1)), START.plus(Duration.ofDays(2)));
      assertThat(history).extracting(InvitationHistoryEntry::why).containsExactly(
          "invitation sent", "invitation resent", "invitation accepted");
      assertThat(history.get(2).data()).containsEntry("subAccount", subAccount.id().value());
    }

    @Test
    void aCancellationRecordsTheReasonGiven_I2() {
      InvitationId id = f.invite("buyer@example.com").id();
      ok(f.programme.subAccounts().cancelInvitation().cancel(
          new CancelInvitation.Command(ADMIN, id, "  sent to the wrong address ")));
      assertThat(ok(get(ADMIN, id)).history()).last()
          .extracting(InvitationHistoryEntry::why).isEqualTo("sent to the wrong address");
    }

    @Test
    void theListShowsStatusRecipientSenderAndTimesNewestFirstInPages_I2() {
      List<InvitationId> ids = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        ids.add(0, f.invite("buyer" + i + "@example.com").id());
        f.advance(Duration.ofHours(1));
      }
      ok(f.tryInvite(BOB, BOLT, "elsewhere@example.com"));
      Page<InvitationView> first = ok(f.programme.subAccounts().listInvitations().list(
          new ListInvitations.Command(SALES_AGENT, ACME, Set.of(), PageRequest.first(3))));
      assertThat(first.total().count()).isEqualTo(5);
      assertThat(first.items()).extracting(InvitationView::id)
          .containsExactlyElementsOf(ids.subList(0, 3));
      InvitationView newest = first.items().get(0);
      assertThat(newest.recipient().value()).isEqualTo("buyer4@example.com");
      assertThat(newest.invitedBy()).isEqualTo(ADMIN.describe());
      assertThat(newest.sentAt()).isEqualTo(START.plus(Duration.ofHours(4)));
      assertThat(newest.expiresAt()).isEqualTo(newest.sentAt().plus(Duration.ofDays(30)));
      Page<InvitationView> second = ok(f.programme.subAccounts().listInvitations().list(
          new ListInvitations.Command(ADMIN, ACME, Set.of(),
              PageRequest.after(3, first.next().orElseThrow()))));
      assertThat(second.items()).extracting(InvitationView::id)
          .containsExactlyElementsOf(ids.subList(3, 5));
    }

    @Test
    void theListFiltersByTheStatusAsOfNow_I2() {
      InvitationId old = f.invite("old@example.com").id();
      f.advance(Duration.ofDays(20));
      InvitationId pending = f.invite("pending@example.com").id();
      InvitationId cancelled = f.invite("cancelled@example.com").id();
      ok(cancel(ADMIN, cancelled));
      f.advance(Duration.ofDays(11));
      assertThat(list(InvitationStatus.EXPIRED)).containsExactly(old);
      assertThat(list(InvitationStatus.PENDING)).containsExactly(pending);
      assertThat(list(InvitationStatus.CANCELLED)).containsExactly(cancelled);
      assertThat(list(InvitationStatus.ACCEPTED)).isEmpty();
    }

    private List<InvitationId> list(InvitationStatus status) {
      return ok(f.programme.subAccounts().listInvitations().list(new ListInvitations.Command(ADMIN,
          ACME,
          Set.of(status), PageRequest.first(10)))).items().stream()
          .map(InvitationView::id).toList();
    }

    @Test
    void theSweepWritesExpiredWithItsHistoryEntry_I2() {
      InvitationId due = f.invite("due@example.com").id();
      f.advance(Duration.ofDays(10));
      InvitationId notYet = f.invite("later@example.com").id();
      f.advance(Duration.ofDays(25));
      ExpireDueInvitations.Command sweep = new ExpireDueInvitations.Command(SWEEPER, 10);
      assertThat(ok(f.programme.subAccounts().expireDueInvitations().expire(sweep))).isEqualTo(1);
      assertThat(stored(due).status()).isEqualTo(InvitationStatus.EXPIRED);
      assertThat(stored(notYet).status()).isEqualTo(InvitationStatus.PENDING);
      assertThat(ok(get(ADMIN, due)).history()).last().satisfies(entry -> {
        assertThat(entry.to()).isEqualTo(InvitationStatus.EXPIRED);
        assertThat(entry.by()).isEqualTo(SWEEPER.describe());
      });
      assertThat(ok(f.programme.subAccounts().expireDueInvitations().expire(sweep))).isZero();
    }

    @Test
    void theSweepWorksInBatchesUpToItsLimit_I2_L2() {
      int due = Batches.SIZE + 5;
      for (int i = 0; i < due; i++) {
        f.invite("due-" + i + "@example.com");
      }
      f.advance(Duration.ofDays(31));
      int limit = Batches.SIZE + 3;
      assertThat(ok(f.programme.subAccounts().expireDueInvitations().expire(
          new ExpireDueInvitations.Command(SWEEPER, limit)))).isEqualTo(limit);
      ExpireDueInvitations.Command rest = new ExpireDueInvitations.Command(SWEEPER, due);
      assertThat(ok(f.programme.subAccounts().expireDueInvitations().expire(rest))).isEqualTo(2);
      assertThat(ok(f.programme.subAccounts().expireDueInvitations().expire(rest))).isZero();
    }

    @Test
    void theSweepIsRunByServicesOrStaffWithAPositiveLimit_I2() {
      assertThat(refused(f.programme.subAccounts().expireDueInvitations().expire(
          new ExpireDueInvitations.Command(ADMIN, 10))).codes())
          .containsExactly(ReasonCode.NOT_PERMITTED);
      assertThat(refused(f.programme.subAccounts().expireDueInvitations().expire(
          new ExpireDueInvitations.Command(SWEEPER, 0))).codes())
          .containsExactly(ReasonCode.INVALID_INPUT);
    }
  }

  @Nested
  class Accept {
    @Test
    void acceptingCreatesTheSubAccountBilledToItselfAtListPrices_I3() {
      InvitationId id = f.invite("buyer@example.com").id();
      f.advance(Duration.ofDays(3));
      SubAccount subAccount = f.accept(id);

      assertThat(subAccount.partner()).isEqualTo(ACME);
      assertThat(subAccount.type()).isEqualTo(SubAccountType.STANDARD);
      assertThat(subAccount.billing()).isEqualTo(Billing.SELF);
      assertThat(subAccount.pricing()).isEqualTo(Pricing.listPrices());
      assertThat(subAccount.contract()).isEmpty();
      assertThat(subAccount.contact().name()).isEqualTo("Jane Doe");
      assertThat(subAccount.contact().email()).isEqualTo(new EmailAddress("jane@example.org"));
      assertThat(subAccount.organisation().country()).isEqualTo("CH");
      assertThat(subAccount.invitation()).isEqualTo(id);
      assertThat(subAccount.createdAt()).isEqualTo(START.plus(Duration.ofDays(3)));
      InvitationView invitation = ok(get(ADMIN, id)).invitation();
      assertThat(invitation.status()).isEqualTo(InvitationStatus.ACCEPTED);
      assertThat(invitation.subAccount()).contains(subAccount.id());
      assertThat(ok(f.programme.subAccounts().getSubAccount().get(new GetSubAccount.Command(ADMIN,
          subAccount.id()))).history()).extracting(SubAccountHistoryEntry::why)
          .containsExactly("created from invitation");
    }

    @Test
    void theTokenIsAcceptedInAnyCaseAndWithSurroundingSpace_I3() {
      InvitationId id = f.invite("buyer@example.com").id();
      assertThat(f.tryAccept("  " + f.token(id).toUpperCase(java.util.Locale.ROOT) + "\n")
          .isRight()).isTrue();
    }

    @Test
    void badContactAndOrganisationDataIsRefusedWithEveryReason_I3() {
      InvitationId id = f.invite("buyer@example.com").id();
      Refusal refusal = refused(f.programme.subAccounts().acceptInvitation().accept(
          new AcceptInvitation.Command(INVITEE, f.token(id),
              new Applicant(" ", "nope", "", "", "XX"))));
      assertThat(refusal.codes()).hasSize(5).containsOnly(ReasonCode.INVALID_INPUT);
      assertThat(statusOf(id)).isEqualTo(InvitationStatus.PENDING);
    }

    @Test
    void unknownExpiredCancelledResentAndUsedTokensAllGetOneAnswer_I3() {
      InvitationId used = f.invite("used@example.com").id();
      f.accept(used);
      InvitationId cancelled = f.invite("cancelled@example.com").id();
      ok(cancel(ADMIN, cancelled));
      InvitationId resent = f.invite("resent@example.com").id();
      String resentAway = f.token(resent);
      f.resend(resent);
      InvitationId expired = f.invite("expired@example.com").id();
      f.advance(Duration.ofDays(31));

      Refusal unknown = refused(f.tryAccept("0123456789abcdefghjkmnpqrs"));
      assertThat(unknown.codes()).containsExactly(ReasonCode.INVITATION_NOT_ACCEPTABLE);
      for (String token : List.of(f.token(used), f.token(cancelled), resentAway,
          f.token(expired), "malformed", "")) {
        assertThat(refused(f.tryAccept(token))).isEqualTo(unknown);
      }
    }

    @Test
    void theSameTokenCreatesOneSubAccountOnly_I3() {
      InvitationId id = f.invite("buyer@example.com").id();
      String token = f.token(id);
      ok(f.tryAccept(token));
      assertThat(refused(f.tryAccept(token)).codes())
          .containsExactly(ReasonCode.INVITATION_NOT_ACCEPTABLE);
      assertThat(f.store.subAccounts().subAccounts(ACME, PageRequest.first(10)).total().count()).isEqualTo(1);
    }

    @Test
    void theSubAccountHasTheTypeOfferedInTheInvitation_I3() {
      InvitationView view = ok(f.programme.subAccounts().inviteSubAccount().invite(
          new InviteSubAccount.Command(
          ADMIN, ACME, "big@example.com", SubAccountType.ENTERPRISE, "")));
      f.relay.relayOnce();
      assertThat(f.accept(view.id()).type()).isEqualTo(SubAccountType.ENTERPRISE);
    }
  }

  @Nested
  class SubAccounts {
    private SubAccount subAccount() {
      return f.accept(f.invite("buyer@example.com").id());
    }

    private Either<Refusal, SubAccount> changeBilling(Actor by, SubAccountId id,
        Billing billing, Pricing pricing) {
      return f.programme.subAccounts().changeSubAccountBilling().change(
          new ChangeSubAccountBilling.Command(by, id, billing, pricing));
    }

    private Either<Refusal, SubAccount> changeType(Actor by, SubAccountId id) {
      return f.programme.subAccounts().changeSubAccountType().change(
          new ChangeSubAccountType.Command(by, id, SubAccountType.ENTERPRISE));
    }

    private Either<Refusal, SubAccount> attach(Actor by, SubAccountId id) {
      return f.programme.subAccounts().attachContract().attach(new AttachContract.Command(by, id,
          " C-17 "));
    }

    private Either<Refusal, SubAccount> detach(Actor by, SubAccountId id) {
      return f.programme.subAccounts().detachContract().detach(new DetachContract.Command(by, id));
    }

    @Test
    void thePartnerChangesBillingAndPricing_I3() {
      SubAccountId id = subAccount().id();
      SubAccount changed = ok(changeBilling(ADMIN, id, Billing.PARTNER, Pricing.partnerTier()));
      assertThat(changed.billing()).isEqualTo(Billing.PARTNER);
      assertThat(changed.pricing()).isEqualTo(Pricing.partnerTier());
      SubAccount discounted = ok(changeBilling(ADMIN_AGENT, id, Billing.SELF,
          Pricing.discount(new BigDecimal("15.0"))));
      assertThat(discounted.pricing()).isEqualTo(Pricing.discount(new BigDecimal("15")));
      assertThat(ok(f.programme.subAccounts().getSubAccount().get(new GetSubAccount.Command(ADMIN,
          id)))
          .history()).extracting(SubAccountHistoryEntry::by)
          .containsExactly(INVITEE.describe(), ADMIN.describe(), ADMIN_AGENT.describe());
    }

    @Test
    void billingAndPricingCannotChangeWhileAContractIsAttached_I3() {
      SubAccountId id = subAccount().id();
      assertThat(ok(attach(PM, id)).contract()).map(Object::toString).contains("C-17");
      assertThat(refused(changeBilling(ADMIN, id, Billing.PARTNER, Pricing.listPrices()))
          .codes()).containsExactly(ReasonCode.CONTRACT_ATTACHED);
      ok(detach(PM, id));
      assertThat(changeBilling(ADMIN, id, Billing.PARTNER, Pricing.listPrices()).isRight())
          .isTrue();
    }

    @Test
    void onlyAPartnerManagerChangesTheType_I3() {
      SubAccountId id = subAccount().id();
      for (Actor notAllowed : List.of(ADMIN, ADMIN_AGENT, SUPPORT)) {
        assertThat(refused(changeType(notAllowed, id)).codes())
            .containsExactly(ReasonCode.NOT_PERMITTED);
      }
      assertThat(ok(changeType(PM, id)).type()).isEqualTo(SubAccountType.ENTERPRISE);
      assertThat(ok(f.programme.subAccounts().getSubAccount().get(new GetSubAccount.Command(SUPPORT,
          id)))
          .history()).last().extracting(SubAccountHistoryEntry::data)
          .isEqualTo(java.util.Map.of("type", "STANDARD -> ENTERPRISE"));
    }

    @Test
    void onlyAPartnerManagerAttachesOrDetachesAContract_I3() {
      SubAccountId id = subAccount().id();
      assertThat(refused(attach(ADMIN, id)).codes()).containsExactly(ReasonCode.NOT_PERMITTED);
      assertThat(refused(attach(SUPPORT, id)).codes()).containsExactly(ReasonCode.NOT_PERMITTED);
      ok(attach(PM, id));
      assertThat(refused(detach(ADMIN, id)).codes()).containsExactly(ReasonCode.NOT_PERMITTED);
      assertThat(ok(detach(PM, id)).contract()).isEmpty();
      assertThat(refused(detach(PM, id)).codes()).containsExactly(ReasonCode.INVALID_INPUT);
      assertThat(refused(f.programme.subAccounts().attachContract().attach(
          new AttachContract.Command(PM, id, "  "))).codes())
          .containsExactly(ReasonCode.INVALID_INPUT);
    }

    @Test
    void thePartnersSubAccountsAreListedNewestFirst_I3() {
      SubAccountId first = subAccount().id();
      f.advance(Duration.ofMinutes(1));
      SubAccountId second = subAccount().id();
      Page<SubAccount> page = ok(f.programme.subAccounts().listSubAccounts().list(
          new ListSubAccounts.Command(SALES_AGENT, ACME, PageRequest.first(10))));
      assertThat(page.items()).extracting(SubAccount::id).containsExactly(second, first);
    }
  }

  @Nested
  class Roles {
    @Test
    void anotherPartnersInvitationAnswersExactlyLikeAMissingOne_A1() {
      InvitationId id = f.invite("buyer@example.com").id();
      InvitationId missing = new InvitationId("no-such-invitation");
      assertThat(refused(get(BOB, id))).isEqualTo(refused(get(BOB, missing)))
          .isEqualTo(Refusal.notFound("invitation"));
      assertThat(refused(resend(BOB, id))).isEqualTo(refused(resend(BOB, missing)));
      assertThat(refused(cancel(BOB, id))).isEqualTo(refused(cancel(BOB, missing)));
      assertThat(statusOf(id)).isEqualTo(InvitationStatus.PENDING);
    }

    @Test
    void anotherPartnersSubAccountAnswersExactlyLikeAMissingOne_A1() {
      SubAccountId id = f.accept(f.invite("buyer@example.com").id()).id();
      SubAccountId missing = new SubAccountId("no-such-sub-account");
      assertThat(refused(f.programme.subAccounts().getSubAccount().get(new GetSubAccount.Command(
          BOB, id))))
          .isEqualTo(refused(f.programme.subAccounts().getSubAccount().get(
              new GetSubAccount.Command(BOB, missing))))
          .isEqualTo(Refusal.notFound("sub-account"));
      assertThat(refused(f.programme.subAccounts().changeSubAccountBilling().change(
          new ChangeSubAccountBilling.Command(BOB, id, Billing.PARTNER, Pricing.listPrices()))))
          .isEqualTo(Refusal.notFound("sub-account"));
    }

    @Test
    void invitingOrListingForAnotherPartnerAnswersLikeAMissingPartner_A1() {
      Refusal other = refused(f.tryInvite(BOB, ACME, "buyer@example.com"));
      Refusal missing = refused(f.tryInvite(BOB,
          new dev.vouchers.core.kernel.PartnerId("no-such-partner"), "buyer@example.com"));
      assertThat(other).isEqualTo(missing).isEqualTo(Refusal.notFound("partner"));
      assertThat(refused(f.programme.subAccounts().listInvitations().list(
          new ListInvitations.Command(BOB,
          ACME, Set.of(), PageRequest.first(10))))).isEqualTo(Refusal.notFound("partner"));
      assertThat(refused(f.programme.subAccounts().listSubAccounts().list(
          new ListSubAccounts.Command(BOB,
          ACME, PageRequest.first(10))))).isEqualTo(Refusal.notFound("partner"));
    }

    @Test
    void aSalesAgentSeesInvitationsButMayNotInviteResendCancelOrChangeBilling_A1() {
      assertThat(refused(f.tryInvite(SALES_AGENT, ACME, "buyer@example.com")).codes())
          .containsExactly(ReasonCode.NOT_PERMITTED);
      InvitationId id = f.invite("buyer@example.com").id();
      assertThat(get(SALES_AGENT, id).isRight()).isTrue();
      assertThat(refused(resend(SALES_AGENT, id)).codes())
          .containsExactly(ReasonCode.NOT_PERMITTED);
      assertThat(refused(cancel(SALES_AGENT, id)).codes())
          .containsExactly(ReasonCode.NOT_PERMITTED);
      SubAccountId subAccount = f.accept(id).id();
      assertThat(refused(f.programme.subAccounts().changeSubAccountBilling().change(
          new ChangeSubAccountBilling.Command(SALES_AGENT, subAccount, Billing.PARTNER,
              Pricing.listPrices()))).codes()).containsExactly(ReasonCode.NOT_PERMITTED);
    }

    @Test
    void aSalesAgentIsToldEveryReasonAtOnce_A1() {
      // the role and the bad address: both reasons, nothing written
      assertThat(refused(f.tryInvite(SALES_AGENT, ACME, "nope")).codes())
          .containsExactly(ReasonCode.NOT_PERMITTED, ReasonCode.INVALID_INPUT);
    }

    @Test
    void vendorStaffReadEverythingButDoNotInvite_A1() {
      InvitationId id = f.invite("buyer@example.com").id();
      assertThat(get(SUPPORT, id).isRight()).isTrue();
      assertThat(refused(f.tryInvite(SUPPORT, ACME, "x@example.com")).codes())
          .containsExactly(ReasonCode.NOT_PERMITTED);
      assertThat(refused(cancel(PM, id)).codes()).containsExactly(ReasonCode.NOT_PERMITTED);
    }

    @Test
    void anEndCustomerCannotReadInvitations_A1() {
      InvitationId id = f.invite("buyer@example.com").id();
      assertThat(refused(get(INVITEE, id))).isEqualTo(Refusal.notFound("invitation"));
    }
  }

  @Nested
  class Wiring {
    @Test
    void aProgrammeWithoutInvitationStorageSaysWhichSettingIsMissing_I1() {
      InMemoryStore store = new InMemoryStore();
      VoucherProgramme programme = VoucherProgramme.builder()
          .settings(ProgrammeSettings.builder().redemptionBaseUrl(URI.create(
              "https://shop.example/redeem")).build())
          .clock(new MutableClock(START)).vouchers(store.vouchers()).partners(store.partners()).catalog(store.catalog())
          .mandates(store.mandates()).codeVault(CodeVault.withRandomKeys()).build();
      assertThatThrownBy(() -> programme.subAccounts().getInvitation().get(
          new GetInvitation.Command(ADMIN, new InvitationId("x"))))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("VoucherProgramme.builder().invitations(...)");
    }

    @Test
    void refusalsOfTheStateChangingUseCasesArePublished() {
      List<ProgrammeEvent> events = new CopyOnWriteArrayList<>();
      InvitationFixture published = InvitationFixture.withEvents(events::add);
      refused(published.tryAccept("not a token"));
      refused(published.tryInvite(SALES_AGENT, ACME, "buyer@example.com"));
      assertThat(events).filteredOn(ProgrammeEvent.Refused.class::isInstance)
          .extracting(e -> ((ProgrammeEvent.Refused) e).useCase())
          .containsExactly("AcceptInvitation", "InviteSubAccount");
    }

    @Test
    void aFailingDeliveryIsRetriedLaterAndTheLinkIsNeverInTheError() throws Exception {
      InvitationId id = ok(f.tryInvite(ADMIN, ACME, "buyer@example.com")).id();
      List<URI> links = new ArrayList<>();
      MessageRelay<InvitationMessage> failing = new MessageRelay<>(f.store.invitationOutbox(),
          (message, link) -> {
            links.add(link);
            throw new IllegalStateException("smtp refused " + link);
          }, f.programme.invitationLinks(),
              dev.vouchers.core.messaging.port.out.Outbox.Backoff.standard(),
          Duration.ofMinutes(5), 10);
      assertThat(failing.relayOnce().failed()).isEqualTo(1);
      assertThat(RelayLoop.describe(new IllegalStateException("x " + links.get(0)),
          links.get(0), f.programme.invitationLinks().maskedLink()))
          .isEqualTo("java.lang.IllegalStateException: x <invitation link>");
      assertThat(f.relay.relayOnce().claimed()).isZero(); // not yet due again
      f.advance(Duration.ofMinutes(1));
      assertThat(f.relay.relayOnce().delivered()).isEqualTo(1);
      assertThat(f.token(id)).isEqualTo(links.get(0).getPath().substring(13));
    }
  }
}
