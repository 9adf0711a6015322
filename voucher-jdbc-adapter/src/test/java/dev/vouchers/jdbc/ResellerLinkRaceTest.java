// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.reseller.domain.CustomerLink;
import dev.vouchers.core.reseller.domain.CustomerLinkHistory;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.port.in.ApplyAsReseller;
import dev.vouchers.core.reseller.port.in.ApproveResellerApplication;
import dev.vouchers.core.reseller.port.in.LinkCustomer;
import dev.vouchers.core.reseller.port.in.RecordResellerContractSigned;
import dev.vouchers.core.reseller.port.in.SendResellerContract;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.testkit.Concurrently;
import dev.vouchers.testkit.MutableClock;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R-2 through the library over JDBC, pooled as an application would be: resellers racing to
 * link one customer (exactly one wins, the others are refused cleanly with
 * {@code CUSTOMER_HAS_RESELLER}, never with an exception), and support transfers racing on
 * one customer (each success is a link of the history, which stays a chain of non-overlapping
 * links with exactly one current).
 */
class ResellerLinkRaceTest {
  private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");
  private static final int RESELLERS = 4;
  private static final int CUSTOMERS = 25;
  private static final Actor PM =
      Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);
  private static final Actor SUPPORT =
      Actor.VendorStaff.of(new UserId("sue"), StaffRole.SUPPORT);

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRES", "POSTGRES_SERIALIZABLE", "EXTERNAL"})
  void ofResellersLinkingOneCustomerAtOnceExactlyOneWins_R2(TestDatabase database)
      throws Exception {
    try (Library library = new Library(database)) {
      for (int c = 0; c < CUSTOMERS; c++) {
        CustomerId customer = new CustomerId("customer-" + c);
        List<Callable<Either<Refusal, CustomerLink>>> racers = new ArrayList<>();
        for (int r = 0; r < RESELLERS; r++) {
          Actor admin = library.admin(r);
          PartnerId reseller = library.reseller(r);
          racers.add(() -> library.programme.resellers().linkCustomer().link(
              new LinkCustomer.Command(admin, customer, reseller)));
        }
        List<Either<Refusal, CustomerLink>> results =
            Concurrently.call(Duration.ofSeconds(120), racers);
        assertThat(results).filteredOn(Either::isRight).hasSize(1);
        assertThat(results).filteredOn(Either::isLeft).allSatisfy(refused ->
            assertThat(refused.getLeft().codes())
                .containsExactly(ReasonCode.CUSTOMER_HAS_RESELLER));
        CustomerLinkHistory history = library.storage.customerLinks().linkHistory(customer);
        assertThat(history.links()).hasSize(1);
        assertThat(history.current().map(CustomerLink::reseller)).contains(
            results.stream().filter(Either::isRight).findFirst().orElseThrow().get().reseller());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRES", "POSTGRES_SERIALIZABLE", "EXTERNAL"})
  void racingTransfersLeaveOneChainOfLinksWithOneCurrent_R2(TestDatabase database)
      throws Exception {
    try (Library library = new Library(database)) {
      CustomerId customer = new CustomerId("moving");
      library.programme.resellers().linkCustomer().link(
          new LinkCustomer.Command(SUPPORT, customer, library.reseller(0)));
      List<Callable<Either<Refusal, CustomerLink>>> racers = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (int r = 0; r < RESELLERS; r++) {
          PartnerId reseller = library.reseller(r);
          racers.add(() -> library.programme.resellers().linkCustomer().link(
              new LinkCustomer.Command(SUPPORT, customer, reseller)));
        }
      }
      List<Either<Refusal, CustomerLink>> results =
          Concurrently.call(Duration.ofSeconds(120), racers);
      assertThat(results).filteredOn(Either::isLeft).allSatisfy(refused ->
          assertThat(refused.getLeft().codes()).containsExactly(
              ReasonCode.CUSTOMER_HAS_RESELLER));
      CustomerLinkHistory history = library.storage.customerLinks().linkHistory(customer);
      long won = results.stream().filter(Either::isRight).count();
      assertThat(history.links()).hasSize((int) won + 1);
      assertThat(history.links()).filteredOn(CustomerLink::isCurrent).hasSize(1);
      assertThat(history.links()).containsAll(
          results.stream().filter(Either::isRight).map(Either::get)
              .map(l -> history.links().get(l.number() - 1)).toList());
      for (int i = 1; i < history.links().size(); i++) {
        assertThat(history.links().get(i).reseller())
            .as("a transfer goes to another reseller")
            .isNotEqualTo(history.links().get(i - 1).reseller());
      }
    }
  }

  /** The library over a fresh, pooled database, with {@link #RESELLERS} approved resellers. */
  private static final class Library implements AutoCloseable {
    final HikariDataSource pool;
    final JdbcStorage storage;
    final VoucherProgramme programme;

    Library(TestDatabase database) {
      HikariConfig config = new HikariConfig();
      config.setDataSource(database.freshDataSource());
      config.setMaximumPoolSize(8);
      this.pool = new HikariDataSource(config);
      try {
        this.storage = database.storageOver(pool);
        this.programme = VoucherProgramme.builder()
            .settings(ProgrammeSettings.builder()
                .redemptionBaseUrl(URI.create("https://shop.example/redeem")).build())
            .clock(new MutableClock(START))
            .vouchers(storage.vouchers()).partners(storage.partners())
            .catalog(storage.catalog()).mandates(storage.mandates())
            .resellerApplications(storage.resellerApplications())
            .customerLinks(storage.customerLinks())
            .codeVault(CodeVault.withRandomKeys())
            .build();
        for (int r = 0; r < RESELLERS; r++) {
          approve(r);
        }
      } catch (RuntimeException | Error e) {
        pool.close();
        throw e;
      }
    }

    PartnerId reseller(int index) {
      return new PartnerId("reseller-" + index);
    }

    Actor admin(int index) {
      return new Actor.PartnerUser(new UserId("admin-" + index), reseller(index),
          PartnerRole.ADMIN);
    }

    private void approve(int index) {
      PartnerId partner = reseller(index);
      ok(programme.partners().registerPartner().register(new RegisterPartner.Command(PM,
          Partner.withVouchers(partner, "Reseller " + index, Tier.ENTRY))));
      ResellerApplication application = ok(programme.resellers().applyAsReseller().apply(
          new ApplyAsReseller.Command(admin(index), partner)));
      ok(programme.resellers().sendResellerContract().send(
          new SendResellerContract.Command(PM, application.id(), "contract")));
      ok(programme.resellers().recordResellerContractSigned().record(
          new RecordResellerContractSigned.Command(admin(index), application.id(), "signed")));
      ok(programme.resellers().approveResellerApplication().approve(
          new ApproveResellerApplication.Command(
          PM, application.id(), Optional.of(BigDecimal.valueOf(5L * index)))));
    }

    private static <T> T ok(Either<Refusal, T> result) {
      if (result.isLeft()) {
        throw new IllegalStateException("setup refused: " + result.getLeft());
      }
      return result.get();
    }

    @Override
    public void close() {
      pool.close();
    }
  }
}
