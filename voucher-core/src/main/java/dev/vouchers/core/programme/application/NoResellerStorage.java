// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.reseller.domain.CustomerLink;
import dev.vouchers.core.reseller.domain.CustomerLinkHistory;
import dev.vouchers.core.reseller.domain.DiscountChange;
import dev.vouchers.core.reseller.domain.LinkChange;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.domain.ResellerApplicationEntry;
import dev.vouchers.core.reseller.domain.ResellerApplicationId;
import dev.vouchers.core.reseller.domain.ResellerApplicationMove;
import dev.vouchers.core.reseller.domain.ResellerApplicationStatus;
import dev.vouchers.core.reseller.port.out.CustomerLinks;
import dev.vouchers.core.reseller.port.out.ResellerApplications;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reseller programme's storage of a {@link VoucherProgramme} built without one: every call
 * fails saying which builder setting is missing, so a shop that does not use needs no
 * tables for it.
 */
final class NoResellerStorage implements ResellerApplications, CustomerLinks {
  static final NoResellerStorage INSTANCE = new NoResellerStorage();

  private NoResellerStorage() {}

  private static IllegalStateException missing() {
    return new IllegalStateException("the reseller programme (R-1, R-2) has no storage: build the"
        + " VoucherProgramme with .resellerApplications(...) and .customerLinks(...)");
  }

  @Override
  public boolean insertApplication(ResellerApplication application) {
    throw missing();
  }

  @Override
  public Optional<ResellerApplication> application(ResellerApplicationId id) {
    throw missing();
  }

  @Override
  public Optional<ResellerApplication> activeApplication(PartnerId partner) {
    throw missing();
  }

  @Override
  public Page<ResellerApplication> applicationsOf(PartnerId partner,
      Set<ResellerApplicationStatus> statuses, PageRequest page) {
    throw missing();
  }

  @Override
  public Page<ResellerApplication> applicationsWithStatus(Set<ResellerApplicationStatus> statuses,
      PageRequest page) {
    throw missing();
  }

  @Override
  public boolean updateApplication(ResellerApplicationMove move) {
    throw missing();
  }

  @Override
  public List<ResellerApplicationEntry> applicationHistory(ResellerApplicationId id) {
    throw missing();
  }

  @Override
  public List<DiscountChange> discountHistory(ResellerApplicationId id) {
    throw missing();
  }

  @Override
  public CustomerLinkHistory linkHistory(CustomerId customer) {
    throw missing();
  }

  @Override
  public boolean applyLinkChange(LinkChange change) {
    throw missing();
  }

  @Override
  public Page<CustomerLink> currentLinksOf(PartnerId reseller, PageRequest page) {
    throw missing();
  }
}
