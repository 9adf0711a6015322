// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.guard;

import static dev.vouchers.testkit.guard.GuardDraws.page;
import static dev.vouchers.testkit.guard.GuardDraws.partners;
import static dev.vouchers.testkit.guard.GuardDraws.values;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.subaccount.domain.Applicant;
import dev.vouchers.core.subaccount.domain.Billing;
import dev.vouchers.core.subaccount.domain.InvitationId;
import dev.vouchers.core.subaccount.domain.InvitationStatus;
import dev.vouchers.core.subaccount.domain.Pricing;
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
import dev.vouchers.core.subaccount.port.in.InviteSubAccount;
import dev.vouchers.core.subaccount.port.in.ListInvitations;
import dev.vouchers.core.subaccount.port.in.ListSubAccounts;
import dev.vouchers.core.subaccount.port.in.ResendInvitation;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/** The generators of the sub-account use cases (I-1..I-3). */
final class InvitationCalls {
  private InvitationCalls() {}

  /** Registers the generators of this part of the programme. */
  static void registerAll() {
    UseCaseCalls.register(InviteSubAccount.class, 5, f -> {
      var p = f.principal(f.world.adminA);
      String partner = f.id("partner", partners());
      String recipient = f.email("recipient", "new-invitee@example.com");
      SubAccountType type = f.choice("type", SubAccountType.class);
      String message = f.text("message", "Welcome aboard");
      return f.call("InviteSubAccount", () -> new InviteSubAccount.Command(p,
          new PartnerId(partner), recipient, type, message),
          c -> f.world.programme.subAccounts().inviteSubAccount().invite(c));
    });
    UseCaseCalls.register(ResendInvitation.class, 2, f -> {
      var p = f.principal(f.world.adminA);
      String invitation = f.id("invitation", values(f.world.invitations));
      return f.call("ResendInvitation", () -> new ResendInvitation.Command(p,
          new InvitationId(invitation)), c -> f.world.programme.subAccounts().resendInvitation()
              .resend(c));
    });
    UseCaseCalls.register(CancelInvitation.class, 3, f -> {
      var p = f.principal(f.world.adminA);
      String invitation = f.id("invitation", values(f.world.invitations));
      String why = f.text("why", "sent to the wrong person");
      return f.call("CancelInvitation", () -> new CancelInvitation.Command(p,
          new InvitationId(invitation), why), c -> f.world.programme.subAccounts()
              .cancelInvitation().cancel(c));
    });
    UseCaseCalls.register(ListInvitations.class, 5, f -> {
      var p = f.principal(f.world.adminA);
      String partner = f.id("partner", partners());
      Set<InvitationStatus> statuses = f.subset("statuses", InvitationStatus.class);
      int size = f.integer("page.size", 1, 5);
      Optional<String> cursor = f.cursor("page.after");
      return f.call("ListInvitations", () -> new ListInvitations.Command(p,
          new PartnerId(partner), statuses, page(size, cursor)),
          c -> f.world.programme.subAccounts().listInvitations().list(c));
    });
    UseCaseCalls.register(GetInvitation.class, 2, f -> {
      var p = f.principal(f.world.adminA);
      String invitation = f.id("invitation", values(f.world.invitations));
      return f.call("GetInvitation", () -> new GetInvitation.Command(p,
          new InvitationId(invitation)), c -> f.world.programme.subAccounts().getInvitation().get(
              c));
    });
    UseCaseCalls.register(AcceptInvitation.class, 7, f -> {
      var p = f.principal(f.world.holder);
      String token = f.other("token", () -> f.world.tokens.isEmpty() ? "none"
          : f.pick(f.world.tokens), HostileInputs.strings()::generate);
      Applicant a = GuardWorld.APPLICANT;
      String name = f.text("applicant.contactName", a.contactName());
      String email = f.email("applicant.contactEmail", a.contactEmail());
      String organisation = f.text("applicant.organisationName", a.organisationName());
      String address = f.text("applicant.organisationAddress", a.organisationAddress());
      String country = f.text("applicant.country", a.country());
      return f.call("AcceptInvitation", () -> new AcceptInvitation.Command(p, token,
          new Applicant(name, email, organisation, address, country)),
          c -> f.world.programme.subAccounts().acceptInvitation().accept(c));
    });
    UseCaseCalls.register(ExpireDueInvitations.class, 2, f -> {
      var p = f.principal(f.world.service);
      int limit = f.integer("limit", 1, 100);
      return f.call("ExpireDueInvitations", () -> new ExpireDueInvitations.Command(p, limit),
          c -> f.world.programme.subAccounts().expireDueInvitations().expire(c));
    });
    UseCaseCalls.register(GetSubAccount.class, 2, f -> {
      var p = f.principal(f.world.adminA);
      String subAccount = f.id("subAccount", values(f.world.subAccounts));
      return f.call("GetSubAccount", () -> new GetSubAccount.Command(p,
          new SubAccountId(subAccount)), c -> f.world.programme.subAccounts().getSubAccount().get(
              c));
    });
    UseCaseCalls.register(ListSubAccounts.class, 4, f -> {
      var p = f.principal(f.world.adminA);
      String partner = f.id("partner", partners());
      int size = f.integer("page.size", 1, 5);
      Optional<String> cursor = f.cursor("page.after");
      return f.call("ListSubAccounts", () -> new ListSubAccounts.Command(p,
          new PartnerId(partner), page(size, cursor)),
          c -> f.world.programme.subAccounts().listSubAccounts().list(c));
    });
    UseCaseCalls.register(ChangeSubAccountBilling.class, 4, f -> {
      var p = f.principal(f.world.adminA);
      String subAccount = f.id("subAccount", values(f.world.subAccounts));
      Billing billing = f.choice("billing", Billing.class);
      BigDecimal discount = f.decimal("pricing.percent", new BigDecimal("7.5"));
      return f.call("ChangeSubAccountBilling", () -> new ChangeSubAccountBilling.Command(p,
          new SubAccountId(subAccount), billing, discount.signum() == 0 ? Pricing.partnerTier()
              : Pricing.discount(discount)),
          c -> f.world.programme.subAccounts().changeSubAccountBilling().change(c));
    });
    UseCaseCalls.register(ChangeSubAccountType.class, 3, f -> {
      var p = f.principal(f.world.manager);
      String subAccount = f.id("subAccount", values(f.world.subAccounts));
      SubAccountType type = f.choice("type", SubAccountType.class);
      return f.call("ChangeSubAccountType", () -> new ChangeSubAccountType.Command(p,
          new SubAccountId(subAccount), type),
          c -> f.world.programme.subAccounts().changeSubAccountType().change(c));
    });
    UseCaseCalls.register(AttachContract.class, 3, f -> {
      var p = f.principal(f.world.manager);
      String subAccount = f.id("subAccount", values(f.world.subAccounts));
      String contract = f.text("contract", "C-2026-1");
      return f.call("AttachContract", () -> new AttachContract.Command(p,
          new SubAccountId(subAccount), contract),
          c -> f.world.programme.subAccounts().attachContract().attach(c));
    });
    UseCaseCalls.register(DetachContract.class, 2, f -> {
      var p = f.principal(f.world.manager);
      String subAccount = f.id("subAccount", values(f.world.subAccounts));
      return f.call("DetachContract", () -> new DetachContract.Command(p,
          new SubAccountId(subAccount)), c -> f.world.programme.subAccounts().detachContract()
              .detach(c));
    });
  }
}
