// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import static dev.vouchers.core.fixtures.DomainFixtures.ACME;
import static dev.vouchers.core.fixtures.DomainFixtures.ACME_ADMIN;
import static dev.vouchers.core.fixtures.DomainFixtures.HOLDER;
import static dev.vouchers.core.fixtures.DomainFixtures.MANAGER;
import static dev.vouchers.core.fixtures.DomainFixtures.OTHER_ADMIN;
import static dev.vouchers.core.fixtures.DomainFixtures.PLATFORM;
import static dev.vouchers.core.fixtures.DomainFixtures.SUPPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessTest {
  private static final Actor ACME_SALES =
      new Actor.PartnerUser(UserId.of("sid"), ACME, PartnerRole.SALES_AGENT);

  @Test
  void partnerUsersReadOnlyTheirOwnPartnersData_A1() {
    assertThat(Access.canRead(ACME_ADMIN, ACME)).isTrue();
    assertThat(Access.canRead(ACME_SALES, ACME)).isTrue();
    assertThat(Access.canRead(OTHER_ADMIN, ACME)).isFalse();
  }

  @Test
  void vendorStaffAndServicesReadAnything_A1() {
    assertThat(Access.canRead(SUPPORT, ACME)).isTrue();
    assertThat(Access.canRead(MANAGER, ACME)).isTrue();
    assertThat(Access.canRead(PLATFORM, ACME)).isTrue();
  }

  @Test
  void codeHoldersReadNoPartnersData_A1() {
    assertThat(Access.canRead(HOLDER, ACME)).isFalse();
  }

  @Test
  void onlyTheOwningPartnerOrAServiceManagesVouchers_A1() {
    assertThat(Access.canManageVouchers(ACME_ADMIN, ACME)).isTrue();
    assertThat(Access.canManageVouchers(ACME_SALES, ACME)).isTrue();
    assertThat(Access.canManageVouchers(OTHER_ADMIN, ACME)).isFalse();
    assertThat(Access.canManageVouchers(PLATFORM, ACME)).isTrue();
    assertThat(Access.canManageVouchers(SUPPORT, ACME)).isFalse();
    assertThat(Access.canManageVouchers(MANAGER, ACME)).isFalse();
    assertThat(Access.canManageVouchers(HOLDER, ACME)).isFalse();
  }

  @Test
  void codeHolderOwnerOrServiceRedeems_A1() {
    assertThat(Access.canRedeem(HOLDER, ACME)).isTrue();
    assertThat(Access.canRedeem(ACME_ADMIN, ACME)).isTrue();
    assertThat(Access.canRedeem(PLATFORM, ACME)).isTrue();
    assertThat(Access.canRedeem(OTHER_ADMIN, ACME)).isFalse();
    assertThat(Access.canRedeem(SUPPORT, ACME)).isFalse();
  }

  @Test
  void certificateReportsComeFromServicesOrSupport_V5() {
    assertThat(Access.canReportCertificates(PLATFORM)).isTrue();
    assertThat(Access.canReportCertificates(SUPPORT)).isTrue();
    assertThat(Access.canReportCertificates(MANAGER)).isFalse();
    assertThat(Access.canReportCertificates(ACME_ADMIN)).isFalse();
    assertThat(Access.canReportCertificates(HOLDER)).isFalse();
  }

  @Test
  void onlyPartnerManagersManagePartners_T5() {
    assertThat(Access.canManagePartners(MANAGER)).isTrue();
    assertThat(Access.canManagePartners(SUPPORT)).isFalse();
    assertThat(Access.canManagePartners(ACME_ADMIN)).isFalse();
    assertThat(Access.canManagePartners(PLATFORM)).isFalse();
    assertThat(Access.canManagePartners(HOLDER)).isFalse();
  }

  @Test
  void vendorStaffRegistersMandates_D2() {
    assertThat(Access.canRegisterMandates(SUPPORT)).isTrue();
    assertThat(Access.canRegisterMandates(MANAGER)).isTrue();
    assertThat(Access.canRegisterMandates(PLATFORM)).isFalse();
    assertThat(Access.canRegisterMandates(ACME_ADMIN)).isFalse();
    assertThat(Access.canRegisterMandates(HOLDER)).isFalse();
  }

  @Test
  void servicesAndStaffRunSweeps_V4() {
    assertThat(Access.canRunSweeps(PLATFORM)).isTrue();
    assertThat(Access.canRunSweeps(SUPPORT)).isTrue();
    assertThat(Access.canRunSweeps(ACME_ADMIN)).isFalse();
    assertThat(Access.canRunSweeps(HOLDER)).isFalse();
  }

  @Test
  void principalsDescribeThemselvesForHistory_V2() {
    assertThat(ACME_ADMIN.describe()).isEqualTo("partner:acme/alice(ADMIN)");
    assertThat(SUPPORT.describe()).isEqualTo("vendor:sam[SUPPORT]");
    assertThat(HOLDER.describe()).isEqualTo("customer:bob@example.com");
    assertThat(PLATFORM.describe()).isEqualTo("service:cert-platform");
  }

  @Test
  void principalInvariants_A1() {
    assertThatThrownBy(() -> new Actor.VendorStaff(UserId.of("x"), Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Actor.Service(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Actor.CodeHolder(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Actor.PartnerUser(null, ACME, PartnerRole.ADMIN))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Actor.PartnerUser(UserId.of("u"), null, PartnerRole.ADMIN))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Actor.PartnerUser(UserId.of("u"), ACME, null))
        .isInstanceOf(NullPointerException.class);
    Actor.VendorStaff both = new Actor.VendorStaff(UserId.of("x"),
        Set.of(StaffRole.SUPPORT, StaffRole.PARTNER_MANAGER));
    assertThat(both.has(StaffRole.SUPPORT)).isTrue();
    assertThat(both.has(StaffRole.PARTNER_MANAGER)).isTrue();
    assertThat(SUPPORT.has(StaffRole.PARTNER_MANAGER)).isFalse();
    Actor.VendorStaff single = Actor.VendorStaff.of(UserId.of("z"), StaffRole.SUPPORT);
    assertThat(single.user()).isEqualTo(UserId.of("z"));
    assertThat(single.roles()).containsExactly(StaffRole.SUPPORT);
  }
}
