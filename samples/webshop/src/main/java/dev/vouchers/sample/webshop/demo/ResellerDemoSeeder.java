// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.demo;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.port.in.ApplyAsReseller;
import dev.vouchers.core.reseller.port.in.ApproveResellerApplication;
import dev.vouchers.core.reseller.port.in.ListResellerApplications;
import dev.vouchers.core.reseller.port.in.RecordResellerContractSigned;
import dev.vouchers.core.reseller.port.in.SendResellerContract;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Seeds the reseller programme's demo on first start: Gipfel Digital SA walks its
 * application through to APPROVED with a 10 % reseller discount, Muster AG signs up choosing it,
 * and Bäckerei Meier signs up without a reseller (to be moved into a console). A database in
 * which Gipfel Digital has applied already is left as it is.
 *
 * <p>It runs on {@link ApplicationReadyEvent}, which Spring Boot publishes after every
 * {@link org.springframework.boot.ApplicationRunner}: the partners must be there, and
 * {@link DemoSeeder} has no {@code @Order} that a runner could be ordered after (runners of
 * equal order run in no fixed order).
 */
public final class ResellerDemoSeeder implements ApplicationListener<ApplicationReadyEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(ResellerDemoSeeder.class);

  /** The seeded reseller: Gipfel Digital SA. */
  public static final PartnerId RESELLER = new PartnerId("gipfel-digital");
  /** Its reseller discount in percent. */
  public static final BigDecimal DISCOUNT = new BigDecimal("10");
  /** A customer of the seeded reseller, linked at sign-up. */
  public static final CustomerId LINKED_CUSTOMER = CustomerId.of("muster-ag");
  /** A customer without a reseller, ready to be moved into a console. */
  public static final CustomerId FREE_CUSTOMER = CustomerId.of("baeckerei-meier");

  private final ApplyAsReseller apply;
  private final ListResellerApplications list;
  private final SendResellerContract sendContract;
  private final RecordResellerContractSigned recordSigned;
  private final ApproveResellerApplication approve;
  private final DemoCustomers customers;
  private final Actor admin;
  private final Actor manager;

  /**
   * The seeder.
   *
   * @param apply R-1
   * @param list R-1, to see whether the demo was seeded already
   * @param sendContract R-1
   * @param recordSigned R-1
   * @param approve
   * @param customers the shop's customers and its sign-up
   * @param users the demo users (Gipfel Digital's admin applies, the partner manager decides)
   */
  public ResellerDemoSeeder(ApplyAsReseller apply, ListResellerApplications list,
      SendResellerContract sendContract, RecordResellerContractSigned recordSigned,
      ApproveResellerApplication approve, DemoCustomers customers, DemoUsers users) {
    this.apply = apply;
    this.list = list;
    this.sendContract = sendContract;
    this.recordSigned = recordSigned;
    this.approve = approve;
    this.customers = customers;
    this.admin = users.all().stream()
        .filter(u -> u.partner().filter(RESELLER::equals).isPresent())
        .filter(u -> u.role().equals("ADMIN")).findFirst().orElseThrow().principal();
    this.manager = users.partnerManager().principal();
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    List<ResellerApplication> existing = ok(list.list(
        new ListResellerApplications.Command(admin, Set.of(), PageRequest.first(1)))).items();
    if (!existing.isEmpty()) {
      LOG.info("demo reseller programme found in the database; not seeding");
      return;
    }
    ResellerApplication applied = ok(apply.apply(new ApplyAsReseller.Command(admin, RESELLER)));
    ok(sendContract.send(new SendResellerContract.Command(manager, applied.id(),
        "DMS-RESELLER-2026-001")));
    ok(recordSigned.record(new RecordResellerContractSigned.Command(manager, applied.id(),
        "DMS-RESELLER-2026-001-signed")));
    ok(approve.approve(new ApproveResellerApplication.Command(manager, applied.id(),
        Optional.of(DISCOUNT))));
    ok(customers.signUp(LINKED_CUSTOMER, "Muster AG", Optional.of(RESELLER)));
    ok(customers.signUp(FREE_CUSTOMER, "Bäckerei Meier", Optional.empty()));
    LOG.info("demo reseller programme seeded: {} approved at {} %, 2 customers", RESELLER,
        DISCOUNT);
  }

  private static <T> T ok(Either<Refusal, T> result) {
    if (result.isLeft()) {
      throw new IllegalStateException("seeding the reseller demo was refused: "
          + result.getLeft());
    }
    return result.get();
  }
}
