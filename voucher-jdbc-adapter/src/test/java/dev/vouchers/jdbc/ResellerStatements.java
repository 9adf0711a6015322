// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.kernel.Cursor;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.reseller.domain.CustomerLink;
import dev.vouchers.core.reseller.domain.DiscountChange;
import dev.vouchers.core.reseller.domain.LinkChange;
import dev.vouchers.core.reseller.domain.LinkOrigin;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.domain.ResellerApplicationEntry;
import dev.vouchers.core.reseller.domain.ResellerApplicationId;
import dev.vouchers.core.reseller.domain.ResellerApplicationMove;
import dev.vouchers.core.reseller.domain.ResellerApplicationStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Calls every method of the reseller programme's ports once, the refused paths
 * included, so that {@link ExplainTest} sees every statement they send.
 */
final class ResellerStatements {
  private ResellerStatements() {}

  static void exercise(JdbcStorage storage, Instant t0) {
    PartnerId partner = new PartnerId("r");
    ResellerApplication application = new ResellerApplication(new ResellerApplicationId("ra"),
        partner, ResellerApplicationStatus.CONTRACT_SIGNED, t0, "admin", Optional.empty(), 0);
    storage.resellerApplications().insertApplication(application);
    storage.resellerApplications().insertApplication(new ResellerApplication(
        new ResellerApplicationId("rb"), partner, ResellerApplicationStatus.SUBMITTED, t0,
        "admin", Optional.empty(), 0)); // refused: the partner has an active application
    storage.resellerApplications().application(application.id());
    storage.resellerApplications().activeApplication(partner);
    storage.resellerApplications().applicationsOf(partner, Set.of(), PageRequest.first(10));
    storage.resellerApplications().applicationsOf(partner,
        EnumSet.of(ResellerApplicationStatus.SUBMITTED), PageRequest.first(10));
    storage.resellerApplications().applicationsWithStatus(
        EnumSet.of(ResellerApplicationStatus.SUBMITTED, ResellerApplicationStatus.APPROVED),
        PageRequest.first(10));
    storage.resellerApplications().applicationsWithStatus(
        EnumSet.of(ResellerApplicationStatus.SUBMITTED),
        PageRequest.after(10, new Cursor(t0, "ra", Optional.of(Page.Total.counted(1)))
            .encode()));
    DiscountChange discount = new DiscountChange(application.id(), partner, Optional.empty(),
        BigDecimal.TEN, t0, "pm");
    storage.resellerApplications().updateApplication(new ResellerApplicationMove(application,
        application.withStatus(ResellerApplicationStatus.APPROVED)
            .withDiscount(Optional.of(BigDecimal.TEN)).withVersion(1),
        Optional.of(new ResellerApplicationEntry(application.id(),
            ResellerApplicationStatus.CONTRACT_SIGNED, ResellerApplicationStatus.APPROVED, t0,
            "pm", "approved", Map.of())), Optional.of(discount)));
    storage.resellerApplications().applicationHistory(application.id());
    storage.resellerApplications().discountHistory(application.id());

    CustomerId customer = new CustomerId("c");
    CustomerLink link = CustomerLink.started(customer, 1, partner, LinkOrigin.SIGN_UP, t0, "s");
    storage.customerLinks().applyLinkChange(new LinkChange(customer, Optional.empty(),
        Optional.of(link)));
    storage.customerLinks().applyLinkChange(new LinkChange(customer, Optional.empty(),
        Optional.of(link))); // refused: the customer has a current link
    storage.customerLinks().applyLinkChange(new LinkChange(customer,
        Optional.of(link.ended(t0, "support", "moved")), Optional.of(CustomerLink.started(
            customer, 2, new PartnerId("s"), LinkOrigin.SUPPORT, t0, "support"))));
    storage.customerLinks().linkHistory(customer);
    storage.customerLinks().currentLinksOf(partner, PageRequest.first(10));
    storage.customerLinks().currentLinksOf(partner,
        PageRequest.after(10, new Cursor(t0, "c", Optional.of(Page.Total.counted(1))).encode()));
  }
}
