// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.subscription.domain.BillingFrequency;
import dev.vouchers.core.subscription.domain.SubscriptionChange;
import dev.vouchers.core.subscription.domain.SubscriptionHistoryEntry;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionRequest;
import dev.vouchers.core.subscription.domain.SubscriptionStatus;
import dev.vouchers.core.subscription.domain.SubscriptionTerm;
import dev.vouchers.core.subscription.port.in.ActivateSubscription;
import dev.vouchers.core.subscription.port.in.BuySubscription;
import dev.vouchers.core.subscription.port.in.CancelSubscription;
import dev.vouchers.core.subscription.port.in.ChangeSubscriptionQuantity;
import dev.vouchers.core.subscription.port.in.DefineOffer;
import dev.vouchers.core.subscription.port.in.SubscriptionView;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.testkit.Concurrently;
import dev.vouchers.testkit.MutableClock;
import dev.vouchers.testkit.contract.SubscriptionData;
import io.vavr.control.Either;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * U-3 through the library over JDBC: threads change the licences of the same subscriptions
 * and cancel them, all inside the cancellation window. Every accepted change has its history
 * entry, each decided on the state the one before left (the quantity entries form one chain to
 * the stored quantity), nothing follows a cancellation, and every refusal says why in domain
 * terms: none is lost, none is a technical error.
 */
class SubscriptionRaceOverJdbcTest {
  private static final PartnerId PARTNER = new PartnerId("race-partner");
  private static final int SUBSCRIPTIONS = 8;
  private static final int THREADS = 8;
  private static final int CHANGES_PER_THREAD = 40;
  private static final Set<ReasonCode> EXPECTED = Set.of(ReasonCode.INVALID_INPUT,
      ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED, ReasonCode.CONCURRENT_UPDATE);

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRES", "POSTGRES_SERIALIZABLE", "EXTERNAL"})
  void concurrentLicenceChangesAndCancellationsAreNeverLost_U3(TestDatabase database)
      throws Exception {
    HikariConfig config = new HikariConfig();
    config.setDataSource(database.freshDataSource());
    config.setMaximumPoolSize(THREADS);
    config.setConnectionTimeout(10_000);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      JdbcStorage jdbc = database.storageOver(pool);
      MutableClock clock = new MutableClock(Instant.parse("2026-05-04T08:00:00Z"));
      VoucherProgramme programme = VoucherProgramme.builder()
          .settings(ProgrammeSettings.builder()
              .redemptionBaseUrl(URI.create("https://shop.example/redeem")).build())
          .clock(clock).vouchers(jdbc.vouchers()).partners(jdbc.partners())
          .catalog(jdbc.catalog()).mandates(jdbc.mandates())
          .subscriptions(jdbc.subscriptions()).offers(jdbc.offers())
          .codeVault(CodeVault.withRandomKeys()).build();
      Actor admin = SubscriptionData.adminOf(PARTNER);
      Actor manager = Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);
      ok(programme.partners().registerPartner().register(new RegisterPartner.Command(manager,
          new Partner(
          PARTNER, "Race", Tier.GOLD, Set.of(Feature.SUBSCRIPTIONS), Locale.ENGLISH))));
      ok(programme.subscriptions().defineOffer().define(new DefineOffer.Command(manager,
          SubscriptionData.offer("crm"))));
      List<SubscriptionId> ids = new ArrayList<>();
      for (int i = 0; i < SUBSCRIPTIONS; i++) {
        SubscriptionView bought = ok(programme.subscriptions().buySubscription().buy(
            new BuySubscription.Command(
            admin, PARTNER, SubscriptionRequest.of("cust-" + i, "crm", 10,
                SubscriptionTerm.ANNUAL, BillingFrequency.ANNUAL))));
        ok(programme.subscriptions().activateSubscription().activate(
            new ActivateSubscription.Command(
            SubscriptionData.PUBLISHER, bought.id(), URI.create("https://isv.example/a"), "A-1",
            true, true)));
        ids.add(bought.id());
      }
      Actor other = new Actor.PartnerUser(new UserId("agent-2"), PARTNER,
          PartnerRole.ADMIN);
      ConcurrentLinkedQueue<Refusal> unexpected = new ConcurrentLinkedQueue<>();
      int[] accepted = new int[SUBSCRIPTIONS];
      List<Callable<int[]>> racers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Actor by = t % 2 == 0 ? admin : other;
        racers.add(() -> {
          int[] mine = new int[SUBSCRIPTIONS];
          ThreadLocalRandom random = ThreadLocalRandom.current();
          for (int c = 0; c < CHANGES_PER_THREAD; c++) {
            int which = random.nextInt(SUBSCRIPTIONS);
            Either<Refusal, SubscriptionView> result = random.nextInt(20) == 0
                ? programme.subscriptions().cancelSubscription().cancel(
                    new CancelSubscription.Command(by, ids.get(which), "race"))
                : programme.subscriptions().changeSubscriptionQuantity().change(
                    new ChangeSubscriptionQuantity.Command(by, ids.get(which),
                        1 + random.nextInt(30), "race"));
            if (result.isRight()) {
              mine[which]++;
            } else if (!EXPECTED.containsAll(result.getLeft().codes())) {
              unexpected.add(result.getLeft());
            }
          }
          return mine;
        });
      }
      for (int[] mine : Concurrently.call(Duration.ofSeconds(120), racers)) {
        for (int i = 0; i < SUBSCRIPTIONS; i++) {
          accepted[i] += mine[i];
        }
      }

      assertThat(unexpected).isEmpty();
      for (int i = 0; i < SUBSCRIPTIONS; i++) {
        SubscriptionId id = ids.get(i);
        List<SubscriptionHistoryEntry> history = jdbc.subscriptions().history(id);
        List<SubscriptionHistoryEntry> changes = history.subList(2, history.size());
        assertThat(changes).as("one entry per accepted change of " + id).hasSize(accepted[i]);
        String quantity = "10";
        boolean cancelled = false;
        for (SubscriptionHistoryEntry entry : changes) {
          assertThat(cancelled).as("nothing after the cancellation of " + id).isFalse();
          if (entry.change() == SubscriptionChange.CANCELLED) {
            cancelled = true;
          } else {
            assertThat(entry.data().get("from")).as("decided on what the last left").isEqualTo(
                quantity);
            quantity = entry.data().get("to");
          }
        }
        var stored = jdbc.subscriptions().subscription(id).orElseThrow();
        assertThat(stored.quantity()).isEqualTo(Integer.parseInt(quantity));
        assertThat(stored.status()).isEqualTo(cancelled ? SubscriptionStatus.CANCELLED
            : SubscriptionStatus.ACTIVE);
        assertThat(stored.version()).isEqualTo(1 + accepted[i]);
      }
    }
  }

  private static <T> T ok(Either<Refusal, T> result) {
    if (result.isLeft()) {
      throw new AssertionError("refused: " + result.getLeft());
    }
    return result.get();
  }
}
