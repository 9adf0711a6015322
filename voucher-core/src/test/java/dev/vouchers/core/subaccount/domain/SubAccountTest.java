// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The sub-account as a value: what acceptance creates and how it changes (I-3). */
class SubAccountTest {
  private static final Instant T0 = Instant.parse("2026-04-01T08:00:00Z");
  private static final PartnerId ACME = new PartnerId("acme");
  private static final Actor ADMIN =
      new Actor.PartnerUser(new UserId("alice"), ACME, PartnerRole.ADMIN);
  private static final Actor PM =
      Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);

  private static SubAccount created() {
    Invitation invitation = Invitation.invite(new InvitationId("inv"), ACME,
        new EmailAddress("b@example.com"), SubAccountType.ENTERPRISE, "",
        CodeVault.withRandomKeys().digestSecret("invitation", "t"), ADMIN, T0,
        Duration.ofDays(30)).invitation();
    return SubAccount.open(new SubAccountId("sub"), invitation,
        new Contact("Jane", new EmailAddress("jane@example.org")),
        new Organisation("Example AG", "Street 1", "CH"), new Actor.CodeHolder("x"), T0)
        .subAccount();
  }

  @Test
  void aNewSubAccountIsBilledToItselfAtListPricesWithTheInvitationsType_I3() {
    SubAccount subAccount = created();
    assertThat(subAccount.billing()).isEqualTo(Billing.SELF);
    assertThat(subAccount.pricing()).isEqualTo(Pricing.listPrices());
    assertThat(subAccount.type()).isEqualTo(SubAccountType.ENTERPRISE);
    assertThat(subAccount.partner()).isEqualTo(ACME);
    assertThat(subAccount.contract()).isEmpty();
  }

  @Test
  void billingAndPricingChangeUnlessAContractIsAttached_I3() {
    SubAccount subAccount = created();
    SubAccountChange change = subAccount.changeBilling(Billing.PARTNER,
        Pricing.discount(new BigDecimal("7.5")), ADMIN, T0).get();
    assertThat(change.after().billing()).isEqualTo(Billing.PARTNER);
    assertThat(change.after().version()).isEqualTo(1);
    assertThat(change.entry().data()).containsEntry("billing", "SELF -> PARTNER")
        .containsEntry("pricing", "list prices -> discount 7.5%");

    SubAccount contracted = subAccount.attachContract(new ContractReference("C-1"), PM, T0)
        .get().after();
    assertThat(contracted.changeBilling(Billing.PARTNER, Pricing.partnerTier(), ADMIN, T0)
        .getLeft().codes()).containsExactly(ReasonCode.CONTRACT_ATTACHED);
    SubAccount detached = contracted.detachContract(PM, T0).get().after();
    assertThat(detached.changeBilling(Billing.PARTNER, Pricing.partnerTier(), ADMIN, T0)
        .isRight()).isTrue();
    // the type is the vendor's, and is not tied to the contract
    assertThat(contracted.changeType(SubAccountType.STANDARD, PM, T0).isRight()).isTrue();
  }

  @Test
  void aDiscountIsMoreThanZeroAndAtMostAHundredPercent_I3() {
    assertThat(Pricing.discount(new BigDecimal("10.00")))
        .isEqualTo(Pricing.discount(BigDecimal.TEN));
    assertThat(Pricing.discount(new BigDecimal("1E+2")).describe()).isEqualTo("discount 100%");
    for (String bad : new String[] {"0", "-1", "100.01", "0.00001"}) {
      assertThatThrownBy(() -> Pricing.discount(new BigDecimal(bad)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void theApplicantsDataIsValidatedWithEveryProblemAtOnce_I3() {
    assertThat(new Applicant("", "x", " ", "", "Switzerland").validate().getError())
        .hasSize(5);
    Applicant.Valid valid = new Applicant(" Jane ", "jane@Example.org", " Example AG ",
        " Street 1 ", " de ").validate().get();
    assertThat(valid.contact()).isEqualTo(new Contact("Jane",
        new EmailAddress("jane@example.org")));
    assertThat(valid.organisation()).isEqualTo(new Organisation("Example AG", "Street 1", "DE"));
    assertThat(new Applicant("J".repeat(201), "j@example.org", "O", "A", "CH").validate()
        .isInvalid()).isTrue();
  }
}
