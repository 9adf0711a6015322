// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ResellerFixture.ACME;
import static dev.vouchers.core.programme.application.ResellerFixture.ACME_ADMIN;
import static dev.vouchers.core.programme.application.ResellerFixture.PM;
import static dev.vouchers.core.programme.application.ResellerFixture.SUPPORT;
import static dev.vouchers.core.programme.application.ResellerFixture.ok;
import static dev.vouchers.core.programme.application.ResellerFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.domain.ResellerApplicationStatus;
import dev.vouchers.core.reseller.port.in.ApplyAsReseller;
import dev.vouchers.core.reseller.port.in.ApproveResellerApplication;
import dev.vouchers.core.reseller.port.in.LinkCustomer;
import dev.vouchers.core.reseller.port.in.ListResellerApplications;
import dev.vouchers.core.reseller.port.in.RecordResellerContractSigned;
import dev.vouchers.core.reseller.port.in.SendResellerContract;
import dev.vouchers.core.reseller.port.in.SetResellerDiscount;
import dev.vouchers.core.reseller.port.out.CustomerLinks;
import dev.vouchers.core.reseller.port.out.ResellerApplications;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.testkit.MutableClock;
import dev.vouchers.testkit.memory.InMemoryStore;
import io.vavr.control.Either;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * V-7, L-4: the reseller programme's conditional writes (an application, its moves,
 * its discount, a customer link) are decided again after a lost race as often as
 * {@code conflictRetries} says, and no more; a writer that always loses is answered with
 * CONCURRENT_UPDATE and nothing is written. And who lists applications with a bad cursor.
 */
class ResellerConflictRetriesTest {
  private static final int RETRIES = 3;

  private final InMemoryStore store = new InMemoryStore();
  private final AtomicBoolean losing = new AtomicBoolean();
  private final AtomicInteger tries = new AtomicInteger();
  private final VoucherProgramme programme = VoucherProgramme.builder()
      .settings(ProgrammeSettings.builder().redemptionBaseUrl(URI.create(
          "https://shop.example/redeem")).conflictRetries(RETRIES).build())
      .clock(new MutableClock(ResellerFixture.START))
      .vouchers(store.vouchers()).partners(store.partners()).catalog(store.catalog())
      .mandates(store.mandates())
      .resellerApplications(losing(ResellerApplications.class, store.resellerApplications(),
          Set.of("insertApplication", "updateApplication")))
      .customerLinks(losing(CustomerLinks.class, store.customerLinks(),
          Set.of("applyLinkChange")))
      .codeVault(CodeVault.withRandomKeys())
      .build();

  ResellerConflictRetriesTest() {
    ok(programme.partners().registerPartner().register(new RegisterPartner.Command(PM,
        Partner.withVouchers(ACME, "ACME", Tier.ENTRY))));
  }

  /** The store's port, whose named writes lose every race while {@link #losing} is set. */
  private <T> T losing(Class<T> port, T real, Set<String> writes) {
    return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
        (proxy, method, args) -> {
          if (losing.get() && writes.contains(method.getName())) {
            tries.incrementAndGet();
            return false;
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        }));
  }

  private void loseFromNowOn() {
    tries.set(0);
    losing.set(true);
  }

  private static void concurrent(Either<Refusal, ?> result) {
    assertThat(refused(result).codes()).containsExactly(ReasonCode.CONCURRENT_UPDATE);
  }

  private ResellerApplication applied() {
    return ok(programme.resellers().applyAsReseller().apply(new ApplyAsReseller.Command(ACME_ADMIN,
        ACME)));
  }

  private ResellerApplication approved() {
    ResellerApplication application = applied();
    ok(programme.resellers().sendResellerContract().send(
        new SendResellerContract.Command(PM, application.id(), "contract-1")));
    ok(programme.resellers().recordResellerContractSigned().record(
        new RecordResellerContractSigned.Command(
        ACME_ADMIN, application.id(), "signed-1")));
    return ok(programme.resellers().approveResellerApplication().approve(
        new ApproveResellerApplication.Command(PM, application.id(),
            Optional.of(BigDecimal.TEN))));
  }

  @Test
  void anApplicationThatAlwaysLosesGivesUpAfterTheConfiguredTries_R1_V7_L4() {
    loseFromNowOn();
    concurrent(programme.resellers().applyAsReseller().apply(new ApplyAsReseller.Command(ACME_ADMIN,
        ACME)));

    assertThat(tries).hasValue(RETRIES);
    assertThat(store.resellerApplications().activeApplication(ACME)).isEmpty();
  }

  @Test
  void aMoveOfAnApplicationThatAlwaysLosesGivesUpAfterTheConfiguredTries_R1_V7_L4() {
    ResellerApplication application = applied();

    loseFromNowOn();
    concurrent(programme.resellers().sendResellerContract().send(
        new SendResellerContract.Command(PM, application.id(), "contract-1")));

    assertThat(tries).hasValue(RETRIES);
    assertThat(store.resellerApplications().application(application.id()).orElseThrow().status())
        .isEqualTo(ResellerApplicationStatus.SUBMITTED);
  }

  @Test
  void aDiscountChangeThatAlwaysLosesGivesUpAfterTheConfiguredTries_R2_V7_L4() {
    ResellerApplication application = approved();

    loseFromNowOn();
    concurrent(programme.resellers().setResellerDiscount().set(
        new SetResellerDiscount.Command(PM, ACME, new BigDecimal("12.5"))));

    assertThat(tries).hasValue(RETRIES);
    assertThat(store.resellerApplications().discountHistory(application.id()))
        .noneMatch(change -> change.to().compareTo(new BigDecimal("12.5")) == 0);
  }

  @Test
  void aLinkThatAlwaysLosesGivesUpAfterTheConfiguredTries_R2_V7_L4() {
    approved();
    CustomerId anna = new CustomerId("anna");

    loseFromNowOn();
    concurrent(programme.resellers().linkCustomer().link(new LinkCustomer.Command(SUPPORT, anna,
        ACME)));

    assertThat(tries).hasValue(RETRIES);
    assertThat(store.customerLinks().linkHistory(anna).current()).isEmpty();
  }

  @Test
  void staffWithABadCursorAreRefusedACodeHolderIsNotPermittedAnyway_R1_L4() {
    PageRequest bad = PageRequest.after(10, "not-a-cursor");

    assertThat(refused(programme.resellers().listResellerApplications().list(
        new ListResellerApplications.Command(SUPPORT, Set.of(), bad))).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(refused(programme.resellers().listResellerApplications().list(
        new ListResellerApplications.Command(ACME_ADMIN, Set.of(), bad))).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(refused(programme.resellers().listResellerApplications().list(
        new ListResellerApplications.Command(ProgrammeFixture.CUSTOMER, Set.of(), bad))).codes())
        .containsExactly(ReasonCode.NOT_PERMITTED);
  }
}
