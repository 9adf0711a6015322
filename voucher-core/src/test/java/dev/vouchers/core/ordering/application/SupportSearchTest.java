// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.application;

import dev.vouchers.core.programme.application.ProgrammeFixture;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ACME;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.BOB;
import static dev.vouchers.core.programme.application.ProgrammeFixture.BOLT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.CUSTOMER;
import static dev.vouchers.core.programme.application.ProgrammeFixture.PLATFORM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.PM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SUPPORT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Cursor;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.port.in.SearchVouchers;
import dev.vouchers.core.ordering.port.in.SearchVouchers.By;
import dev.vouchers.core.voucher.port.in.VoucherView;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * M-3 in the core: who searches where, the text each field accepts (L-4, C-4), and the
 * walk of a customer-name or notes search through the matching orders a page at a time (O-5,
 * L-2). The stores' search is pinned by the testkit's {@code VoucherSearchContract}.
 */
class SupportSearchTest {

  private final ProgrammeFixture f = ProgrammeFixture.create();

  private Either<Refusal, Page<VoucherView>> search(Actor who, Optional<PartnerId> partner,
      By by, String text, PageRequest page) {
    return f.programme.ordering().searchVouchers().search(
        new SearchVouchers.Command(who, partner, by, text, page));
  }

  private Either<Refusal, Page<VoucherView>> search(Actor who, By by, String text) {
    return search(who, Optional.empty(), by, text, PageRequest.first(50));
  }

  private List<VoucherId> found(Actor who, By by, String text) {
    return ok(search(who, by, text)).items().stream().map(VoucherView::id).toList();
  }

  private Order order(Actor by, PartnerId partner, String customer, String notes, int units) {
    f.advance(Duration.ofMinutes(1));
    return ok(f.tryOrder(by, partner, new OrderRequest(Optional.of(customer), Optional.of(notes),
        "invoice", List.of(line(SMIME_1Y, units)))));
  }

  private List<VoucherId> idsOf(Order order) {
    return f.store.vouchers().vouchersOf(order.id(), Optional.empty(), 100).stream()
        .map(dev.vouchers.core.voucher.domain.Voucher::id).toList();
  }

  @Test
  void aPartnersUserSearchesOnlyItsPartnerAndOnlyStaffSupportSearchesAcross_M3_A1() {
    Order acme = order(ALICE, ACME, "Lea Muster", "INV-1", 1);
    Order bolt = order(BOB, BOLT, "Lea Muster", "INV-1", 1);

    assertThat(found(ALICE, By.CUSTOMER_NAME, "Lea Muster")).containsExactlyElementsOf(idsOf(acme));
    assertThat(found(BOB, By.CUSTOMER_NAME, "lea muster")).containsExactlyElementsOf(idsOf(bolt));
    assertThat(found(SUPPORT, By.CUSTOMER_NAME, "Lea Muster"))
        .containsExactlyInAnyOrder(idsOf(acme).get(0), idsOf(bolt).get(0));
    assertThat(ok(search(SUPPORT, Optional.of(BOLT), By.CUSTOMER_NAME, "Lea Muster",
        PageRequest.first(10))).items()).extracting(VoucherView::id)
        .containsExactlyElementsOf(idsOf(bolt));
    assertThat(ok(search(ALICE, Optional.of(ACME), By.CUSTOMER_NAME, "Lea Muster",
        PageRequest.first(10))).items()).extracting(VoucherView::id)
        .containsExactlyElementsOf(idsOf(acme));

    Refusal foreign = refused(search(ALICE, Optional.of(BOLT), By.CUSTOMER_NAME, "Lea Muster",
        PageRequest.first(10)));
    assertThat(foreign.codes()).containsExactly(ReasonCode.NOT_FOUND);
    for (Actor other : List.of(PM, PLATFORM, CUSTOMER)) {
      assertThat(refused(search(other, By.CUSTOMER_NAME, "Lea Muster")).codes())
          .as("%s", other).containsExactly(ReasonCode.NOT_PERMITTED);
    }
  }

  @Test
  void theRecipientsAddressIsFoundWhateverItsCaseAndAnythingElseIsRefused_M3_L4() {
    VoucherId id = f.single(SMIME_1Y).id();
    f.sendLink(id, "Jane.Doe@Customer.example");

    assertThat(found(ALICE, By.EMAIL, " jane.doe@customer.EXAMPLE ")).containsExactly(id);
    assertThat(found(BOB, By.EMAIL, "jane.doe@customer.example")).isEmpty();
    assertThat(found(SUPPORT, By.EMAIL, "jane.doe@customer.example")).containsExactly(id);

    for (String bad : List.of("not an address", "jane@customer.example\u0007", "   ", "",
        "a".repeat(250) + "@customer.example")) {
      assertThat(refused(search(ALICE, By.EMAIL, bad)).codes()).as("%s", bad)
          .containsOnly(ReasonCode.INVALID_INPUT);
    }
    assertThat(refused(search(ALICE, By.EMAIL, " ")).reasons()).singleElement()
        .satisfies(r -> assertThat(r.message()).contains("must not be empty"));
  }

  @Test
  void theLastFourSymbolsAreNormalisedLikeCodesWithinThirtyTwoCharacters_M3_C4_L4() {
    VoucherId id = f.single(SMIME_1Y).id();
    String lastFour = f.stored(id).code().lastFour();
    String typed = lastFour.toLowerCase(java.util.Locale.ROOT).replace('1', 'l')
        .replace('0', 'o');

    assertThat(found(ALICE, By.LAST_FOUR, typed.substring(0, 2) + "-" + typed.substring(2)))
        .contains(id);
    String padded = "-".repeat(SearchService.MAX_LAST_FOUR_INPUT - 4) + lastFour;
    assertThat(padded).hasSize(SearchService.MAX_LAST_FOUR_INPUT);
    assertThat(found(ALICE, By.LAST_FOUR, padded)).contains(id);
    assertThat(found(BOB, By.LAST_FOUR, lastFour)).doesNotContain(id);

    for (String bad : List.of("-" + padded, "ABC", "ABCDE", "UUUU", "AB!C", " ")) {
      Refusal refusal = refused(search(ALICE, By.LAST_FOUR, bad));
      assertThat(refusal.codes()).as("%s", bad).containsOnly(ReasonCode.INVALID_INPUT);
    }
    assertThat(refused(search(ALICE, By.LAST_FOUR, "ABC")).reasons()).singleElement()
        .satisfies(r -> assertThat(r.message()).contains("four of 0-9 and A-Z"));
  }

  @Test
  void notesMaySpanLinesACustomerNameMayNot_M3_L4() {
    Order order = order(ALICE, ACME, "Lea Muster", "INV-7\nsecond line", 1);

    assertThat(found(ALICE, By.NOTES, "inv-7\nSECOND LINE")).containsExactlyElementsOf(
        idsOf(order));
    assertThat(found(ALICE, By.NOTES, "INV-7")).isEmpty();
    assertThat(refused(search(ALICE, By.CUSTOMER_NAME, "Lea\nMuster")).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(refused(search(ALICE, By.CUSTOMER_NAME, "x".repeat(
        f.programme.settings().orderLimits().maxCustomerNameLength() + 1))).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(refused(search(ALICE, By.NOTES, "x".repeat(
        f.programme.settings().orderLimits().maxNotesLength() + 1))).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(refused(search(ALICE, By.NOTES, "\n")).reasons()).singleElement()
        .satisfies(r -> assertThat(r.message()).contains("must not be empty"));
  }

  @Test
  void aNameSearchWalksTheMatchingOrdersNewestFirstAPageAtATime_M3_O5_L2() {
    Order oldest = order(ALICE, ACME, "Lea Muster", "a", 2);
    Order middle = order(ALICE, ACME, "Lea Muster", "b", 2);
    order(ALICE, ACME, "Someone Else", "c", 3);
    Order newest = order(ALICE, ACME, "Lea Muster", "d", 2);
    List<VoucherId> expected = new ArrayList<>();
    expected.addAll(idsOf(newest));
    expected.addAll(idsOf(middle));
    expected.addAll(idsOf(oldest));

    List<VoucherId> walked = new ArrayList<>();
    PageRequest page = PageRequest.first(3);
    int pages = 0;
    while (true) {
      Page<VoucherView> found = ok(search(ALICE, Optional.empty(), By.CUSTOMER_NAME,
          "Lea Muster", page));
      pages++;
      assertThat(found.total()).isEqualTo(Page.Total.counted(6));
      found.items().forEach(v -> walked.add(v.id()));
      if (found.next().isEmpty()) {
        break;
      }
      page = PageRequest.after(3, found.next().get());
    }

    assertThat(walked).containsExactlyElementsOf(expected);
    assertThat(pages).isEqualTo(2);
    Page<VoucherView> whole = ok(search(ALICE, Optional.empty(), By.CUSTOMER_NAME,
        "Lea Muster", PageRequest.first(6)));
    assertThat(whole.items()).extracting(VoucherView::id).containsExactlyElementsOf(expected);
    assertThat(whole.next()).isEmpty();
    Page<VoucherView> one = ok(search(ALICE, Optional.empty(), By.CUSTOMER_NAME,
        "Lea Muster", PageRequest.first(1)));
    assertThat(one.items()).extracting(VoucherView::id).containsExactly(expected.get(0));
    assertThat(one.next()).isPresent();
  }

  @Test
  void aCursorOnAVoucherOutsideTheSearchEndsTheWalkAndABlankOneIsRefused_M3_A1_L4() {
    // Acme's order is older than Bolt's: a walk that went on after Bolt's would reach it
    order(ALICE, ACME, "Lea Muster", "y", 1);
    Order bolt = order(BOB, BOLT, "Lea Muster", "x", 1);
    String foreign = new Cursor(f.clock.instant(), idsOf(bolt).get(0).value(),
        Optional.of(Page.Total.counted(1))).encode();

    Page<VoucherView> after = ok(search(ALICE, Optional.empty(), By.CUSTOMER_NAME, "Lea Muster",
        PageRequest.after(5, foreign)));
    assertThat(after.items()).isEmpty();
    assertThat(after.next()).isEmpty();
    assertThat(after.total()).isEqualTo(Page.Total.counted(1));

    String blank = new Cursor(f.clock.instant(), " ").encode();
    assertThat(refused(search(ALICE, Optional.empty(), By.CUSTOMER_NAME, "Lea Muster",
        PageRequest.after(5, blank))).codes()).containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(refused(search(ALICE, Optional.empty(), By.CUSTOMER_NAME, "Lea Muster",
        PageRequest.after(5, "not-a-cursor"))).codes()).containsExactly(ReasonCode.INVALID_INPUT);
  }

  @Test
  void aCursorWhoseOrderNoLongerMatchesGoesOnWithTheNextMatchingOrder_M3_O5() {
    Order older = order(ALICE, ACME, "Lea Muster", "n", 1);
    Order other = order(ALICE, ACME, "Someone Else", "n", 2);
    // a position inside an order the name search does not match (issued by a notes search)
    String position = new Cursor(f.stored(idsOf(other).get(0)).issuedAt(),
        idsOf(other).get(0).value()).encode();

    Page<VoucherView> page = ok(search(ALICE, Optional.empty(), By.CUSTOMER_NAME, "Lea Muster",
        PageRequest.after(5, position)));

    assertThat(page.items()).extracting(VoucherView::id).containsExactlyElementsOf(idsOf(older));
    assertThat(page.total()).isEqualTo(Page.Total.counted(1));
  }

  @Test
  void ordersAlikeOnlyInTheirStoredNotesKeyAreSkippedAndTheWalkGoesOn_M3_O5() {
    String head = "N".repeat(dev.vouchers.core.ordering.domain.VoucherSearch.NOTES_KEY_LENGTH);
    Order wanted = order(ALICE, ACME, "Lea Muster", head + " wanted", 1);
    for (int i = 0; i < 6; i++) {
      order(ALICE, ACME, "Lea Muster", head + " other " + i, 1);
    }

    Page<VoucherView> page = ok(search(ALICE, Optional.empty(), By.NOTES, head + " wanted",
        PageRequest.first(5)));

    assertThat(page.items()).extracting(VoucherView::id).containsExactlyElementsOf(
        idsOf(wanted));
    assertThat(page.next()).isEmpty();
  }

  @Test
  void anOrderNumberFindsItsVouchersAPageAtATimeWithinScope_M3_M4_A1() {
    Order order = order(ALICE, ACME, "Lea Muster", "z", 5);
    List<VoucherId> walked = new ArrayList<>();
    PageRequest page = PageRequest.first(2);
    while (true) {
      Page<VoucherView> found = ok(search(ALICE, Optional.empty(), By.ORDER_NUMBER,
          order.number().grouped(), page));
      assertThat(found.total()).isEqualTo(Page.Total.counted(5));
      found.items().forEach(v -> walked.add(v.id()));
      if (found.next().isEmpty()) {
        break;
      }
      page = PageRequest.after(2, found.next().get());
    }
    assertThat(walked).containsExactlyElementsOf(idsOf(order));
    assertThat(ok(search(SUPPORT, By.ORDER_NUMBER, order.number().toString())).items())
        .hasSize(5);

    Page<VoucherView> foreign = ok(search(BOB, By.ORDER_NUMBER, order.number().toString()));
    assertThat(foreign.items()).isEmpty();
    assertThat(foreign.next()).isEmpty();
    assertThat(foreign.total()).isEqualTo(Page.Total.counted(0));
    assertThat(ok(search(SUPPORT, Optional.of(BOLT), By.ORDER_NUMBER, order.number().toString(),
        PageRequest.first(5))).items()).isEmpty();
    assertThat(refused(search(ALICE, By.ORDER_NUMBER, "12 34")).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
  }
}
