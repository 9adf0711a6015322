// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ACME;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Cursor;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.domain.VoucherSearch;
import dev.vouchers.core.ordering.port.in.SearchVouchers;
import dev.vouchers.core.ordering.port.out.VoucherSearches;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.port.in.VoucherView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * M-3, O-5: a store's notes index may be coarser than the notes (a database keeps the first
 * {@value VoucherSearch#NOTES_KEY_LENGTH} characters): the search skips the orders it answers
 * that do not match and goes on reading until the page is full or the store has no more, even
 * when a whole batch of candidates is skipped.
 */
class CoarseSearchIndexTest {

  private final ProgrammeFixture f = ProgrammeFixture.create();
  private final List<Order> placed = new ArrayList<>();

  /** Answers every placed order as a candidate, newest first: the coarsest index there is. */
  private final VoucherSearches coarse = new VoucherSearches() {
    @Override
    public Page<Voucher> vouchersMatching(VoucherSearch search, PageRequest page) {
      return f.store.voucherSearches().vouchersMatching(search, page);
    }

    @Override
    public List<Order> ordersMatching(VoucherSearch search, Optional<Cursor> after, int limit) {
      return placed.stream()
          .filter(o -> after.isEmpty() || after.get().precedes(o.placedAt(), o.id().value()))
          .sorted(Comparator.comparing(Order::placedAt).reversed())
          .limit(limit).toList();
    }

    @Override
    public Page.Total vouchersOfOrdersMatching(VoucherSearch search) {
      return f.store.voucherSearches().vouchersOfOrdersMatching(search);
    }
  };

  private Order order(String notes) {
    f.advance(Duration.ofMinutes(1));
    Order order = ok(f.tryOrder(ALICE, ACME, new OrderRequest(Optional.of("Lea Muster"),
        Optional.of(notes), "invoice", List.of(line(SMIME_1Y, 1)))));
    placed.add(order);
    return order;
  }

  @Test
  void aWholeBatchOfCandidatesThatDoNotMatchIsSkippedAndTheWalkGoesOn_M3_O5() {
    String head = "N".repeat(VoucherSearch.NOTES_KEY_LENGTH);
    Order wanted = order(head + " wanted");
    for (int i = 0; i < 6; i++) {
      order(head + " other " + i);
    }
    VoucherProgramme programme = VoucherProgramme.builder()
        .settings(ProgrammeSettings.builder().redemptionBaseUrl(ProgrammeFixture.REDEEM).build())
        .clock(f.clock).vouchers(f.vouchers).partners(f.store.partners()).catalog(f.store.catalog())
        .mandates(f.store.mandates()).codeVault(f.vault).voucherSearches(coarse).build();

    Page<VoucherView> page = ok(programme.ordering().searchVouchers().search(
        new SearchVouchers.Command(
        ALICE, Optional.empty(), SearchVouchers.By.NOTES, head + " wanted",
        PageRequest.first(5))));

    assertThat(page.items()).extracting(VoucherView::order).containsExactly(wanted.id());
    assertThat(page.next()).isEmpty();
  }
}
