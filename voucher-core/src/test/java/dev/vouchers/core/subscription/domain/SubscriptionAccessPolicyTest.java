// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.domain;

import static dev.vouchers.core.fixtures.DomainFixtures.ACME;
import static dev.vouchers.core.fixtures.DomainFixtures.ACME_ADMIN;
import static dev.vouchers.core.fixtures.DomainFixtures.HOLDER;
import static dev.vouchers.core.fixtures.DomainFixtures.MANAGER;
import static dev.vouchers.core.fixtures.DomainFixtures.OTHER_ADMIN;
import static dev.vouchers.core.fixtures.DomainFixtures.PLATFORM;
import static dev.vouchers.core.fixtures.DomainFixtures.SUPPORT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Access;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.UserId;
import org.junit.jupiter.api.Test;

/** U-1, U-2, U-5 and A-1 as policies of {@link Access}. */
class SubscriptionAccessPolicyTest {
  private static final Actor ACME_AGENT =
      new Actor.PartnerUser(UserId.of("ada"), ACME, PartnerRole.ADMIN_AGENT);
  private static final Actor ACME_SALES =
      new Actor.PartnerUser(UserId.of("sid"), ACME, PartnerRole.SALES_AGENT);

  @Test
  void everyRoleOfThePartnerBuys_nobodyElse_U1() {
    assertThat(Access.canBuySubscriptions(ACME_ADMIN, ACME)).isTrue();
    assertThat(Access.canBuySubscriptions(ACME_AGENT, ACME)).isTrue();
    assertThat(Access.canBuySubscriptions(ACME_SALES, ACME)).isTrue();
    assertThat(Access.canBuySubscriptions(OTHER_ADMIN, ACME)).isFalse();
    assertThat(Access.canBuySubscriptions(SUPPORT, ACME)).isFalse();
    assertThat(Access.canBuySubscriptions(PLATFORM, ACME)).isFalse();
    assertThat(Access.canBuySubscriptions(HOLDER, ACME)).isFalse();
  }

  @Test
  void adminsAndAdminAgentsChange_notSalesAgentsNorOtherPartnersNorTheVendor_U5() {
    assertThat(Access.canChangeSubscriptions(ACME_ADMIN, ACME)).isTrue();
    assertThat(Access.canChangeSubscriptions(ACME_AGENT, ACME)).isTrue();
    assertThat(Access.canChangeSubscriptions(ACME_SALES, ACME)).isFalse();
    assertThat(Access.canChangeSubscriptions(OTHER_ADMIN, ACME)).isFalse();
    assertThat(Access.canChangeSubscriptions(MANAGER, ACME)).isFalse();
    assertThat(Access.canChangeSubscriptions(PLATFORM, ACME)).isFalse();
  }

  @Test
  void suspensionAlsoByVendorStaff_activationByThePublisherOrStaff_U2() {
    assertThat(Access.canSuspendSubscriptions(ACME_AGENT, ACME)).isTrue();
    assertThat(Access.canSuspendSubscriptions(SUPPORT, ACME)).isTrue();
    assertThat(Access.canSuspendSubscriptions(MANAGER, ACME)).isTrue();
    assertThat(Access.canSuspendSubscriptions(ACME_SALES, ACME)).isFalse();
    assertThat(Access.canSuspendSubscriptions(PLATFORM, ACME)).isFalse();
    assertThat(Access.canActivateSubscriptions(PLATFORM)).isTrue();
    assertThat(Access.canActivateSubscriptions(SUPPORT)).isTrue();
    assertThat(Access.canActivateSubscriptions(ACME_ADMIN)).isFalse();
    assertThat(Access.canActivateSubscriptions(HOLDER)).isFalse();
  }
}
