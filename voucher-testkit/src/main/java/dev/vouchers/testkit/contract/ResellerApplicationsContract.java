// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static dev.vouchers.testkit.contract.ContractData.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.reseller.domain.DiscountChange;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.domain.ResellerApplicationEntry;
import dev.vouchers.core.reseller.domain.ResellerApplicationId;
import dev.vouchers.core.reseller.domain.ResellerApplicationMove;
import dev.vouchers.core.reseller.domain.ResellerApplicationStatus;
import dev.vouchers.testkit.Concurrently;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link dev.vouchers.core.reseller.port.out.ResellerApplications} port:
 * one active application per partner, conditional moves with their history and discount
 * changes, the listings' order, and races.
 */
public abstract class ResellerApplicationsContract extends ResellerStorageContract {
  private static final PartnerId ACME = new PartnerId("acme");
  private static final PartnerId BOLT = new PartnerId("bolt");
  private static final String PM = "vendor:pm[PARTNER_MANAGER]";

  /** A SUBMITTED application of the partner, built directly. */
  protected static ResellerApplication submitted(String id, PartnerId partner, Instant at) {
    return new ResellerApplication(new ResellerApplicationId(id), partner,
        ResellerApplicationStatus.SUBMITTED, at, "partner:" + partner + "/admin(ADMIN)",
        Optional.empty(), 0);
  }

  /** The status move of {@code application} to {@code to} at {@code at}, with its entry. */
  protected static ResellerApplicationMove move(
      ResellerApplication application, ResellerApplicationStatus to, Instant at) {
    return new ResellerApplicationMove(application,
        application.withStatus(to).withVersion(application.version() + 1),
        Optional.of(new ResellerApplicationEntry(application.id(), application.status(), to, at,
            PM, "contract", Map.of("contract", "doc & co=1", "n", "ä/ß"))),
        Optional.empty());
  }

  private ResellerApplication stored(ResellerApplication application) {
    assertThat(storage.applications().insertApplication(application)).isTrue();
    return application;
  }

  private ResellerApplication moved(ResellerApplication from, ResellerApplicationStatus... path) {
    ResellerApplication at = from;
    for (ResellerApplicationStatus to : path) {
      ResellerApplicationMove move = move(at, to, T0.plusSeconds(at.version() + 1));
      assertThat(storage.applications().updateApplication(move)).isTrue();
      at = move.after();
    }
    return at;
  }

  @Test
  void storesAndReadsAnApplication_R1() {
    ResellerApplication application = stored(submitted("app-1", ACME, T0));
    assertThat(storage.applications().application(application.id())).contains(application);
    assertThat(storage.applications().activeApplication(ACME)).contains(application);
    assertThat(of(ACME)).containsExactly(application);
    assertThat(storage.applications().application(new ResellerApplicationId("nope"))).isEmpty();
    assertThat(storage.applications().activeApplication(BOLT)).isEmpty();
    assertThat(of(BOLT)).isEmpty();
    assertThat(storage.applications().applicationHistory(application.id())).isEmpty();
    assertThat(storage.applications().discountHistory(application.id())).isEmpty();
  }

  @Test
  void applicationsSubmittedAtOneInstantListByIdAscending_R1_O5() {
    for (int round = 0; round < 5; round++) {
      ResellerApplication first = stored(submitted("z-" + round, ACME, T0));
      ResellerApplication rejected = moved(first, ResellerApplicationStatus.REJECTED);
      ResellerApplication again = stored(submitted("a-" + round, ACME, T0));
      List<ResellerApplication> listed = of(ACME);
      assertThat(listed).contains(rejected, again);
      assertThat(listed).extracting(a -> a.id().value()).isSorted();
      moved(again, ResellerApplicationStatus.REJECTED);
    }
  }

  @Test
  void applicationsArePagedNewestFirstWithAStableOrderAndTotal_O5_L1() {
    for (int i = 0; i < 7; i++) {
      stored(submitted("app-" + i, new PartnerId("p-" + i), T0.plusSeconds(i / 2)));
    }
    // newest first, ties (same second) by id ascending
    List<String> expected = List.of("app-6", "app-4", "app-5", "app-2", "app-3", "app-0", "app-1");
    Set<ResellerApplicationStatus> submitted = EnumSet.of(ResellerApplicationStatus.SUBMITTED);
    List<String> walked = new ArrayList<>();
    Page<ResellerApplication> page =
        storage.applications().applicationsWithStatus(submitted, PageRequest.first(3));
    walked.addAll(page.items().stream().map(a -> a.id().value()).toList());
    int pages = 1;
    while (page.next().isPresent()) {
      assertThat(page.items()).hasSize(3);
      assertThat(page.total().count()).isEqualTo(7);
      // a row added while walking: newer than the walk's start, so not in it
      stored(submitted("new-" + pages, new PartnerId("n-" + pages), T0.plusSeconds(100)));
      page = storage.applications().applicationsWithStatus(submitted,
          PageRequest.after(3, page.next().get()));
      walked.addAll(page.items().stream().map(a -> a.id().value()).toList());
      pages++;
    }
    assertThat(pages).isEqualTo(3);
    assertThat(page.total().count()).as("carried by the cursor").isEqualTo(7);
    assertThat(walked).containsExactlyElementsOf(expected);
    Page<ResellerApplication> ofOne = storage.applications().applicationsOf(
        new PartnerId("p-3"), Set.of(), PageRequest.first(1));
    assertThat(ofOne.items()).extracting(a -> a.id().value()).containsExactly("app-3");
    assertThat(ofOne.next()).isEmpty();
    assertThat(storage.applications().applicationsOf(new PartnerId("p-3"),
        EnumSet.of(ResellerApplicationStatus.REJECTED), PageRequest.first(1)).items()).isEmpty();
  }

  private List<ResellerApplication> of(PartnerId partner) {
    return storage.applications().applicationsOf(partner, Set.of(), PageRequest.first(50))
        .items();
  }

  private List<ResellerApplication> withStatus(Set<ResellerApplicationStatus> statuses) {
    return storage.applications().applicationsWithStatus(statuses, PageRequest.first(50))
        .items();
  }

  @Test
  void aPartnerHasOneActiveApplicationAtATime_R1() {
    ResellerApplication first = stored(submitted("app-1", ACME, T0));
    assertThat(storage.applications().insertApplication(submitted("app-2", ACME, T0)))
        .isFalse();
    assertThat(storage.applications().application(new ResellerApplicationId("app-2"))).isEmpty();
    ResellerApplication approved = moved(first, ResellerApplicationStatus.CONTRACT_SENT,
        ResellerApplicationStatus.CONTRACT_SIGNED, ResellerApplicationStatus.APPROVED);
    assertThat(storage.applications().insertApplication(submitted("app-3", ACME, T0)))
        .as("an approved application holds the partner's place").isFalse();
    assertThat(storage.applications().activeApplication(ACME)).contains(approved);
    assertThat(storage.applications().insertApplication(submitted("app-4", BOLT, T0))).isTrue();
  }

  @Test
  void aRejectedApplicationFreesThePartnersPlace_R1() {
    ResellerApplication first = stored(submitted("app-1", ACME, T0));
    ResellerApplication rejected = moved(first, ResellerApplicationStatus.CONTRACT_SENT,
        ResellerApplicationStatus.REJECTED);
    assertThat(storage.applications().activeApplication(ACME)).isEmpty();
    ResellerApplication again = stored(submitted("app-2", ACME, T0.plusSeconds(60)));
    assertThat(storage.applications().activeApplication(ACME)).contains(again);
    assertThat(of(ACME)).containsExactly(again, rejected);
  }

  @Test
  void aMoveIsAppliedWithItsHistoryEntry_R1() {
    ResellerApplication application = stored(submitted("app-1", ACME, T0));
    ResellerApplicationMove send = move(application, ResellerApplicationStatus.CONTRACT_SENT,
        T0.plusSeconds(10));
    assertThat(storage.applications().updateApplication(send)).isTrue();
    ResellerApplicationMove sign = move(send.after(), ResellerApplicationStatus.CONTRACT_SIGNED,
        T0.plusSeconds(20));
    assertThat(storage.applications().updateApplication(sign)).isTrue();
    assertThat(storage.applications().application(application.id())).contains(sign.after());
    assertThat(storage.applications().applicationHistory(application.id()))
        .containsExactly(send.entry().get(), sign.entry().get());
  }

  @Test
  void aMoveFromAStaleVersionWritesNothing_R1() {
    ResellerApplication application = stored(submitted("app-1", ACME, T0));
    ResellerApplication sent = moved(application, ResellerApplicationStatus.CONTRACT_SENT);
    assertThat(storage.applications().updateApplication(
        move(application, ResellerApplicationStatus.REJECTED, T0))).isFalse();
    assertThat(storage.applications().application(application.id())).contains(sent);
    assertThat(storage.applications().applicationHistory(application.id())).hasSize(1);
    assertThat(storage.applications().activeApplication(ACME)).contains(sent);
  }

  @Test
  void aMoveOfAnUnknownApplicationWritesNothing() {
    ResellerApplication ghost = submitted("ghost", ACME, T0);
    assertThat(storage.applications().updateApplication(
        move(ghost, ResellerApplicationStatus.CONTRACT_SENT, T0))).isFalse();
    assertThat(storage.applications().applicationHistory(ghost.id())).isEmpty();
  }

  @Test
  void discountChangesAreKeptWithTheirScaleOldestFirst_R2() {
    ResellerApplication signed = moved(stored(submitted("app-1", ACME, T0)),
        ResellerApplicationStatus.CONTRACT_SENT, ResellerApplicationStatus.CONTRACT_SIGNED);
    DiscountChange set = new DiscountChange(signed.id(), ACME, Optional.empty(),
        new BigDecimal("12.50"), T0.plusSeconds(30), PM);
    ResellerApplicationMove approve = new ResellerApplicationMove(signed,
        signed.withStatus(ResellerApplicationStatus.APPROVED)
            .withDiscount(Optional.of(set.to())).withVersion(signed.version() + 1),
        Optional.of(new ResellerApplicationEntry(signed.id(), signed.status(),
            ResellerApplicationStatus.APPROVED, set.at(), PM, "approved",
            Map.of("discount", "12.50"))),
        Optional.of(set));
    assertThat(storage.applications().updateApplication(approve)).isTrue();
    DiscountChange change = new DiscountChange(signed.id(), ACME, Optional.of(set.to()),
        new BigDecimal("7"), T0.plusSeconds(90), PM);
    ResellerApplicationMove discount = new ResellerApplicationMove(approve.after(),
        approve.after().withDiscount(Optional.of(change.to()))
            .withVersion(approve.after().version() + 1),
        Optional.empty(), Optional.of(change));
    assertThat(storage.applications().updateApplication(discount)).isTrue();

    ResellerApplication stored = storage.applications().application(signed.id()).orElseThrow();
    assertThat(stored).isEqualTo(discount.after());
    assertThat(stored.discount()).contains(new BigDecimal("7"));
    assertThat(storage.applications().discountHistory(signed.id())).containsExactly(set, change);
    assertThat(storage.applications().discountHistory(signed.id()).get(0).to().scale())
        .isEqualTo(2);
    assertThat(storage.applications().applicationHistory(signed.id()))
        .as("a discount change is not a status move").hasSize(3);
  }

  @Test
  void applicationsAreListedByStatusNewestFirst_R1_O5() {
    ResellerApplication later = stored(submitted("app-b", ACME, T0.plusSeconds(5)));
    ResellerApplication earlier = stored(submitted("app-z", BOLT, T0));
    ResellerApplication tie = stored(submitted("app-a", new PartnerId("cato"), T0.plusSeconds(5)));
    ResellerApplication sent = moved(later, ResellerApplicationStatus.CONTRACT_SENT);
    assertThat(withStatus(EnumSet.of(ResellerApplicationStatus.SUBMITTED)))
        .containsExactly(tie, earlier);
    assertThat(withStatus(EnumSet.allOf(ResellerApplicationStatus.class)))
        .as("ties by id ascending").containsExactly(tie, sent, earlier);
    assertThat(withStatus(EnumSet.of(ResellerApplicationStatus.APPROVED))).isEmpty();
  }

  @Test
  void ofRacingSubmissionsOfOnePartnerExactlyOneIsStored_R1() throws Exception {
    List<Callable<Boolean>> racers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      ResellerApplication application = submitted("race-" + i, ACME, T0);
      racers.add(() -> storage.applications().insertApplication(application));
    }
    List<Boolean> results = Concurrently.call(racers);
    assertThat(results).containsOnlyOnce(true);
    assertThat(of(ACME)).hasSize(1);
  }

  @Test
  void ofRacingMovesOfOneApplicationExactlyOneApplies_R1() throws Exception {
    ResellerApplication application = stored(submitted("app-1", ACME, T0));
    List<Callable<Boolean>> racers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      ResellerApplicationStatus to = i % 2 == 0
          ? ResellerApplicationStatus.CONTRACT_SENT : ResellerApplicationStatus.REJECTED;
      racers.add(() -> storage.applications().updateApplication(move(application, to, T0)));
    }
    assertThat(Concurrently.call(racers)).containsOnlyOnce(true);
    assertThat(storage.applications().applicationHistory(application.id())).hasSize(1);
    assertThat(storage.applications().application(application.id()).orElseThrow().version())
        .isEqualTo(1);
  }

  @Test
  void applicationsOfAPartnerAreItsOwnOnly_A1() {
    stored(submitted("app-1", ACME, T0));
    stored(submitted("app-2", BOLT, T0));
    assertThat(of(ACME))
        .extracting(ResellerApplication::partner).containsOnly(ACME);
    assertThat(Set.copyOf(withStatus(EnumSet.of(ResellerApplicationStatus.SUBMITTED))))
        .hasSize(2);
  }
}
