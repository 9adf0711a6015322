// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static dev.vouchers.testkit.contract.ContractData.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.reseller.domain.CustomerLink;
import dev.vouchers.core.reseller.domain.CustomerLinkHistory;
import dev.vouchers.core.reseller.domain.LinkChange;
import dev.vouchers.core.reseller.domain.LinkOrigin;
import dev.vouchers.testkit.Concurrently;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link dev.vouchers.core.reseller.port.out.CustomerLinks} port: the link
 * history with from, until and who; at most one current link per customer, also under races;
 * a reseller's current links only its own.
 */
public abstract class CustomerLinksContract extends ResellerStorageContract {
  private static final CustomerId ANNA = new CustomerId("anna");
  private static final CustomerId BERT = new CustomerId("bert");
  private static final PartnerId ACME = new PartnerId("acme");
  private static final PartnerId BOLT = new PartnerId("bolt");

  /** A change that starts link {@code number} of the customer to the reseller. */
  protected static LinkChange start(CustomerId customer, int number, PartnerId reseller,
      Instant at) {
    return new LinkChange(customer, Optional.empty(), Optional.of(CustomerLink.started(customer,
        number, reseller, LinkOrigin.SIGN_UP, at, "service:shop-sign-up")));
  }

  private CustomerLink linked(CustomerId customer, PartnerId reseller, Instant at) {
    LinkChange change = start(customer, history(customer).links().size() + 1, reseller, at);
    assertThat(storage.links().applyLinkChange(change)).isTrue();
    return change.started().orElseThrow();
  }

  private CustomerLinkHistory history(CustomerId customer) {
    return storage.links().linkHistory(customer);
  }

  @Test
  void aCustomerNeverLinkedHasAnEmptyHistory_R2() {
    assertThat(history(ANNA)).isEqualTo(CustomerLinkHistory.none(ANNA));
    assertThat(current(ACME)).isEmpty();
  }

  @Test
  void storesAndReadsALink_R2() {
    CustomerLink link = linked(ANNA, ACME, T0);
    assertThat(history(ANNA).links()).containsExactly(link);
    assertThat(history(ANNA).current()).contains(link);
    assertThat(history(BERT).links()).isEmpty();
  }

  @Test
  void aTransferEndsTheOldLinkWhereTheNewOneStarts_R2() {
    CustomerLink first = linked(ANNA, ACME, T0);
    Instant at = T0.plusSeconds(3_600);
    CustomerLink ended = first.ended(at, "vendor:sue[SUPPORT]", "moved to reseller bolt");
    CustomerLink second = new CustomerLink(ANNA, 2, BOLT, LinkOrigin.SUPPORT, at,
        "vendor:sue[SUPPORT]", Optional.empty(), Optional.empty(), Optional.empty());
    assertThat(storage.links().applyLinkChange(
        new LinkChange(ANNA, Optional.of(ended), Optional.of(second)))).isTrue();
    assertThat(history(ANNA).links()).containsExactly(ended, second);
    assertThat(history(ANNA).links().get(0).until()).contains(at);
    assertThat(history(ANNA).links().get(0).endedBy()).contains("vendor:sue[SUPPORT]");
    assertThat(current(ACME)).isEmpty();
    assertThat(current(BOLT)).containsExactly(second);
  }

  @Test
  void unlinkingEndsTheCurrentLinkAndKeepsIt_R2() {
    CustomerLink link = linked(ANNA, ACME, T0);
    CustomerLink ended = link.ended(T0.plusSeconds(60), "partner:acme/a(ADMIN)", "left us");
    assertThat(storage.links().applyLinkChange(
        new LinkChange(ANNA, Optional.of(ended), Optional.empty()))).isTrue();
    assertThat(history(ANNA).links()).containsExactly(ended);
    assertThat(history(ANNA).current()).isEmpty();
    assertThat(current(ACME)).isEmpty();
    CustomerLink again = linked(ANNA, BOLT, T0.plusSeconds(120));
    assertThat(history(ANNA).links()).containsExactly(ended, again);
  }

  @Test
  void aSecondCurrentLinkIsNeverStored_R2() {
    CustomerLink link = linked(ANNA, ACME, T0);
    assertThat(storage.links().applyLinkChange(start(ANNA, 2, BOLT, T0.plusSeconds(1))))
        .as("a new link while one is current").isFalse();
    assertThat(storage.links().applyLinkChange(start(ANNA, 1, BOLT, T0.plusSeconds(1))))
        .as("a link under a number already taken").isFalse();
    assertThat(history(ANNA).links()).containsExactly(link);
  }

  @Test
  void endingALinkThatIsNoLongerCurrentWritesNothing_R2() {
    CustomerLink link = linked(ANNA, ACME, T0);
    CustomerLink ended = link.ended(T0.plusSeconds(60), "vendor:sue[SUPPORT]", "closed");
    assertThat(storage.links().applyLinkChange(
        new LinkChange(ANNA, Optional.of(ended), Optional.empty()))).isTrue();
    CustomerLink endedAgain = link.ended(T0.plusSeconds(90), "vendor:sue[SUPPORT]", "again");
    CustomerLink transfer = CustomerLink.started(ANNA, 2, BOLT, LinkOrigin.SUPPORT,
        T0.plusSeconds(90), "vendor:sue[SUPPORT]");
    assertThat(storage.links().applyLinkChange(
        new LinkChange(ANNA, Optional.of(endedAgain), Optional.of(transfer))))
        .as("the transfer's first half fails, so its second half is not written").isFalse();
    assertThat(history(ANNA).links()).containsExactly(ended);
  }

  @Test
  void ofResellersRacingToLinkOneCustomerExactlyOneWins_R2() throws Exception {
    List<Callable<Boolean>> racers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      LinkChange change = start(ANNA, 1, new PartnerId("reseller-" + i), T0);
      racers.add(() -> storage.links().applyLinkChange(change));
    }
    assertThat(Concurrently.call(racers)).containsOnlyOnce(true);
    assertThat(history(ANNA).links()).hasSize(1);
  }

  @Test
  void ofRacingTransfersOfOneCustomerExactlyOneApplies_R2() throws Exception {
    CustomerLink link = linked(ANNA, ACME, T0);
    List<Callable<Boolean>> racers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      PartnerId to = new PartnerId("reseller-" + i);
      Instant at = T0.plusSeconds(60);
      LinkChange change = new LinkChange(ANNA,
          Optional.of(link.ended(at, "vendor:sue[SUPPORT]", "moved to " + to)),
          Optional.of(CustomerLink.started(ANNA, 2, to, LinkOrigin.SUPPORT, at,
              "vendor:sue[SUPPORT]")));
      racers.add(() -> storage.links().applyLinkChange(change));
    }
    assertThat(Concurrently.call(racers)).containsOnlyOnce(true);
    CustomerLinkHistory history = history(ANNA);
    assertThat(history.links()).hasSize(2);
    assertThat(history.links().get(0).isCurrent()).isFalse();
    assertThat(history.current()).isPresent();
  }

  @Test
  void aResellersCurrentLinksAreItsOwnNewestFirst_R2_A1() {
    CustomerLink anna = linked(ANNA, ACME, T0);
    CustomerLink bert = linked(BERT, ACME, T0.plusSeconds(10));
    CustomerLink cleo = linked(new CustomerId("cleo"), ACME, T0.plusSeconds(10));
    linked(new CustomerId("dora"), BOLT, T0.plusSeconds(20));
    CustomerLink gone = linked(new CustomerId("emil"), ACME, T0.plusSeconds(30));
    assertThat(storage.links().applyLinkChange(new LinkChange(gone.customer(),
        Optional.of(gone.ended(T0.plusSeconds(40), "vendor:sue[SUPPORT]", "closed")),
        Optional.empty()))).isTrue();
    assertThat(current(ACME)).containsExactly(bert, cleo, anna);
  }

  @Test
  void aResellersCurrentLinksArePagedWithAStableOrderAndTotal_R2_O5_L1() {
    List<CustomerLink> expected = new ArrayList<>();
    for (int i = 6; i >= 0; i--) {
      expected.add(0, linked(new CustomerId("c-" + i), ACME, T0.plusSeconds(i)));
    }
    java.util.Collections.reverse(expected);
    List<CustomerLink> walked = new ArrayList<>();
    Page<CustomerLink> page = storage.links().currentLinksOf(ACME, PageRequest.first(3));
    walked.addAll(page.items());
    int pages = 1;
    while (page.next().isPresent()) {
      assertThat(page.items()).hasSize(3);
      assertThat(page.total().count()).isEqualTo(7);
      // linked while walking: newer than the walk's start, so not in it
      linked(new CustomerId("new-" + pages), ACME, T0.plusSeconds(100));
      page = storage.links().currentLinksOf(ACME, PageRequest.after(3, page.next().get()));
      walked.addAll(page.items());
      pages++;
    }
    assertThat(pages).isEqualTo(3);
    assertThat(page.total().count()).as("carried by the cursor").isEqualTo(7);
    assertThat(walked).containsExactlyElementsOf(expected);
    assertThat(storage.links().currentLinksOf(BOLT, PageRequest.first(3)).items()).isEmpty();
  }

  private List<CustomerLink> current(PartnerId reseller) {
    return storage.links().currentLinksOf(reseller, PageRequest.first(50)).items();
  }
}
