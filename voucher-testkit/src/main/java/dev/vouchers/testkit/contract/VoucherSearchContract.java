// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.ordering.port.in.SearchVouchers;
import dev.vouchers.core.ordering.port.in.SearchVouchers.By;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherView;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * M-3 (ADR 0054): support finds vouchers by the recipient's e-mail address, by the last four
 * symbols of the code, by the order's customer name or notes and by the order's number: a
 * partner's users within their partner only, the vendor's {@code SUPPORT} across partners;
 * exact, case-insensitive matches; keyset pages newest first with the total counted on the
 * first page; bad text refused, never thrown (L-4).
 */
public abstract class VoucherSearchContract extends ProgrammeOverStorage {
  private static final Actor BOLT_ADMIN = OTHER_ADMIN;

  /** An order of one line placed by the principal for its partner, with name and notes. */
  private PlacedOrder order(Actor by, PartnerId partner, int quantity, String name,
      String notes) {
    clock.advance(Duration.ofMinutes(1));
    return require(programme.ordering().orderVouchers().order(new OrderVouchers.Command(by, partner,
        new OrderRequest(Optional.of(name), Optional.of(notes), "invoice",
            List.of(new OrderRequest.Line(PRODUCT.value(), 1, 1, 0, quantity))))));
  }

  private List<VoucherId> vouchersOf(Order order) {
    return storage.vouchers().vouchersOf(order.id(), Optional.empty(), 1_000).stream()
        .map(Voucher::id).toList();
  }

  private void send(Actor by, VoucherId voucher, String to) {
    require(programme.vouchers().sendActivationLink().send(
        new SendActivationLink.Command(by, voucher, to, "Hallo")));
  }

  private Either<Refusal, Page<VoucherView>> search(Actor who, Optional<PartnerId> partner,
      By by, String text, PageRequest page) {
    return programme.ordering().searchVouchers().search(new SearchVouchers.Command(who, partner, by,
        text,
        page));
  }

  /** Every voucher found, page after page of the given size. */
  private List<VoucherId> found(Actor who, Optional<PartnerId> partner, By by, String text,
      int size) {
    List<VoucherId> ids = new ArrayList<>();
    PageRequest page = PageRequest.first(size);
    for (int pages = 0; pages < 100; pages++) {
      Page<VoucherView> result = require(search(who, partner, by, text, page));
      result.items().forEach(v -> ids.add(v.id()));
      if (result.next().isEmpty()) {
        return ids;
      }
      page = PageRequest.after(size, result.next().get());
    }
    throw new AssertionError("more than 100 pages");
  }

  private List<VoucherId> found(Actor who, By by, String text) {
    return found(who, Optional.empty(), by, text, 50);
  }

  @Test
  void partnerUserFindsOnlyOwnVouchersByEmail_M3() {
    VoucherId acme = vouchersOf(order(AGENT, PARTNER, 2, "Anna", "n").order()).get(0);
    VoucherId bolt = vouchersOf(order(BOLT_ADMIN, OTHER, 1, "Anna", "n").order()).get(0);
    send(AGENT, acme, "Anna.Berg@Example.com");
    send(BOLT_ADMIN, bolt, "anna.berg@example.com");

    assertThat(found(AGENT, By.EMAIL, "ANNA.BERG@example.COM")).containsExactly(acme);
    assertThat(found(AGENT, Optional.of(PARTNER), By.EMAIL, " anna.berg@example.com ", 10))
        .containsExactly(acme);
    assertThat(found(BOLT_ADMIN, By.EMAIL, "Anna.Berg@Example.com")).containsExactly(bolt);
    assertThat(found(AGENT, By.EMAIL, "anna.berg@example.org")).isEmpty();
  }

  @Test
  void supportFindsAcrossPartners_M3() {
    PlacedOrder acmeOrder = order(AGENT, PARTNER, 1, "Jürgen Müller", "INV-1");
    PlacedOrder boltOrder = order(BOLT_ADMIN, OTHER, 1, "Jürgen Müller", "INV-1");
    VoucherId acme = vouchersOf(acmeOrder.order()).get(0);
    VoucherId bolt = vouchersOf(boltOrder.order()).get(0);
    send(AGENT, acme, "kim@example.com");
    send(BOLT_ADMIN, bolt, "kim@example.com");

    // newest first: Bolt's order was placed a minute later
    assertThat(found(SUPPORT, By.EMAIL, "Kim@Example.com")).containsExactly(bolt, acme);
    assertThat(found(SUPPORT, By.CUSTOMER_NAME, "jürgen müller")).containsExactly(bolt, acme);
    assertThat(found(SUPPORT, By.NOTES, "inv-1")).containsExactly(bolt, acme);
    assertThat(found(SUPPORT, Optional.of(OTHER), By.EMAIL, "kim@example.com", 10))
        .containsExactly(bolt);
    assertThat(found(SUPPORT, Optional.of(PARTNER), By.NOTES, "INV-1", 10))
        .containsExactly(acme);
    assertThat(found(SUPPORT, By.ORDER_NUMBER, boltOrder.order().number().grouped()))
        .containsExactly(bolt);
  }

  @Test
  void aPartnerNeverSeesAnotherPartnersVoucher_M3_A1() {
    PlacedOrder acmeOrder = order(AGENT, PARTNER, 1, "Lea", "Rechnung 7");
    VoucherId acme = vouchersOf(acmeOrder.order()).get(0);
    send(AGENT, acme, "lea@example.com");
    String lastFour = acmeOrder.codes().get(0).lastFour();

    assertThat(found(BOLT_ADMIN, By.EMAIL, "lea@example.com")).isEmpty();
    assertThat(found(BOLT_ADMIN, By.LAST_FOUR, lastFour)).doesNotContain(acme);
    assertThat(found(BOLT_ADMIN, By.CUSTOMER_NAME, "Lea")).isEmpty();
    assertThat(found(BOLT_ADMIN, By.NOTES, "Rechnung 7")).isEmpty();
    assertThat(found(BOLT_ADMIN, By.ORDER_NUMBER, acmeOrder.order().number().toString()))
        .isEmpty();
    // asking for Acme's vouchers is answered as for a partner nobody has
    Refusal foreign = refusal(search(BOLT_ADMIN, Optional.of(PARTNER), By.EMAIL,
        "lea@example.com", PageRequest.first(10)));
    Refusal nobody = refusal(search(BOLT_ADMIN, Optional.of(new PartnerId("nobody")),
        By.EMAIL, "lea@example.com", PageRequest.first(10)));
    assertThat(foreign).isEqualTo(nobody);
    assertThat(foreign.codes()).containsExactly(ReasonCode.NOT_FOUND);
  }

  @Test
  void lastFourSymbolsAreNormalisedLikeCodes_M3_C4() {
    PlacedOrder placed = order(AGENT, PARTNER, 3, "Ben", "n");
    List<VoucherId> ids = vouchersOf(placed.order());
    for (int i = 0; i < 3; i++) {
      String lastFour = placed.codes().get(i).lastFour();
      String typed = lastFour.toLowerCase(java.util.Locale.ROOT).replace('1', 'l')
          .replace('0', 'o');
      typed = typed.substring(0, 2) + "-" + typed.substring(2);
      assertThat(found(AGENT, By.LAST_FOUR, typed)).contains(ids.get(i));
      assertThat(found(SUPPORT, By.LAST_FOUR, lastFour)).contains(ids.get(i));
    }
  }

  @Test
  void namesAndNotesMatchWholeAndCaseInsensitively_M3() {
    PlacedOrder placed = order(AGENT, PARTNER, 2, "ÉLODIE Ærø", "Rechnung 2026-17\nbezahlt");
    List<VoucherId> ids = vouchersOf(placed.order());
    order(AGENT, PARTNER, 1, "Élodie", "Rechnung 2026-17");

    assertThat(found(AGENT, By.CUSTOMER_NAME, "  élodie ærø ")).containsExactlyElementsOf(ids);
    assertThat(found(AGENT, By.NOTES, "rechnung 2026-17\nBEZAHLT"))
        .containsExactlyElementsOf(ids);
    assertThat(found(AGENT, By.CUSTOMER_NAME, "élodie")).hasSize(1).doesNotContainAnyElementsOf(ids);
    assertThat(found(AGENT, By.CUSTOMER_NAME, "Ærø")).isEmpty();
  }

  @Test
  void longNotesAlikeInTheirBeginningAreToldApart_M3() {
    String common = "Sammelrechnung ".repeat(10);
    List<VoucherId> first = vouchersOf(order(AGENT, PARTNER, 1, "R", common + "A").order());
    List<VoucherId> second = vouchersOf(order(AGENT, PARTNER, 2, "R", common + "B").order());

    assertThat(found(AGENT, Optional.empty(), By.NOTES, common + "a", 1))
        .containsExactlyElementsOf(first);
    assertThat(found(SUPPORT, Optional.empty(), By.NOTES, common.toUpperCase(
        java.util.Locale.ROOT) + "B", 1)).containsExactlyElementsOf(second);
    assertThat(require(search(AGENT, Optional.empty(), By.NOTES, common + "B",
        PageRequest.first(1))).total()).isEqualTo(new Page.Total(2, false));
    assertThat(found(AGENT, By.NOTES, common.strip())).isEmpty();
  }

  @Test
  void pagesWalkEveryMatchOnceNewestFirstCountedOnTheFirstPage_M3_O5() {
    List<VoucherId> byName = new ArrayList<>();
    List<VoucherId> byEmail = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Order placed = order(AGENT, PARTNER, 3, "Nora", "n").order();
      order(AGENT, PARTNER, 1, "Someone else", "n");
      List<VoucherId> ids = vouchersOf(placed);
      byName.addAll(0, ids); // newest order first, each order's vouchers by id
      send(AGENT, ids.get(1), "nora@example.com");
      byEmail.add(0, ids.get(1));
    }
    for (int size : List.of(1, 2, 3, 5, 50)) {
      assertThat(found(AGENT, Optional.empty(), By.CUSTOMER_NAME, "nora", size))
          .as("page size %d", size).containsExactlyElementsOf(byName);
      assertThat(found(SUPPORT, Optional.empty(), By.EMAIL, "nora@example.com", size))
          .as("page size %d", size).containsExactlyElementsOf(byEmail);
    }
    Page<VoucherView> first = require(search(AGENT, Optional.empty(), By.CUSTOMER_NAME, "Nora",
        PageRequest.first(5)));
    assertThat(first.total()).isEqualTo(new Page.Total(12, false));
    Page<VoucherView> second = require(search(AGENT, Optional.empty(), By.CUSTOMER_NAME, "Nora",
        PageRequest.after(5, first.next().orElseThrow())));
    assertThat(second.total()).isEqualTo(first.total());
    assertThat(require(search(AGENT, Optional.empty(), By.EMAIL, "nora@example.com",
        PageRequest.first(2))).total()).isEqualTo(new Page.Total(4, false));
    assertThat(new HashSet<>(byName)).hasSize(12);
  }

  @Test
  void theOrderNumberFindsItsVouchers_M3_M4() {
    Order placed = order(AGENT, PARTNER, 3, "Olga", "n").order();
    assertThat(found(AGENT, Optional.empty(), By.ORDER_NUMBER, placed.number().grouped(), 2))
        .containsExactlyElementsOf(vouchersOf(placed));
    assertThat(refusal(search(AGENT, Optional.empty(), By.ORDER_NUMBER, "12 34",
        PageRequest.first(5))).codes()).containsExactly(ReasonCode.INVALID_INPUT);
  }

  @Test
  void badTextIsRefusedNamingTheProblemNeverThrown_M3_L4() {
    order(AGENT, PARTNER, 1, "Paul", "n");
    String longText = "x".repeat(2_001);
    List<Object[]> bad = List.of(
        new Object[] {By.EMAIL, ""}, new Object[] {By.EMAIL, "   "},
        new Object[] {By.EMAIL, "not an address"}, new Object[] {By.EMAIL, "a\u0000@b.example"},
        new Object[] {By.EMAIL, "a".repeat(300) + "@b.example"},
        new Object[] {By.LAST_FOUR, ""}, new Object[] {By.LAST_FOUR, "ABC"},
        new Object[] {By.LAST_FOUR, "ABCDE"}, new Object[] {By.LAST_FOUR, "AB!C"},
        new Object[] {By.LAST_FOUR, "UUUU"}, new Object[] {By.LAST_FOUR, "x".repeat(40)},
        new Object[] {By.CUSTOMER_NAME, " "}, new Object[] {By.CUSTOMER_NAME, "Paul\nPaul"},
        new Object[] {By.CUSTOMER_NAME, "x".repeat(201)},
        new Object[] {By.CUSTOMER_NAME, "\uD800 lone surrogate"},
        new Object[] {By.NOTES, ""}, new Object[] {By.NOTES, longText},
        new Object[] {By.NOTES, "bell\u0007"}, new Object[] {By.ORDER_NUMBER, ""},
        new Object[] {By.ORDER_NUMBER, "x".repeat(100)});
    for (Object[] input : bad) {
      for (Actor who : List.of(AGENT, SUPPORT)) {
        Refusal refused = refusal(search(who, Optional.empty(), (By) input[0],
            (String) input[1], PageRequest.first(10)));
        assertThat(refused.codes()).as("%s %s", input[0], input[1])
            .containsOnly(ReasonCode.INVALID_INPUT);
      }
    }
    assertThat(refusal(search(AGENT, Optional.empty(), By.EMAIL, "a@b.example",
        PageRequest.after(10, "not-a-cursor"))).codes()).containsExactly(ReasonCode.INVALID_INPUT);
  }

  @Test
  void onlyThePartnersUsersAndSupportSearch_M3_A1() {
    order(AGENT, PARTNER, 1, "Quinn", "n");
    assertThat(refusal(search(MANAGER, Optional.empty(), By.CUSTOMER_NAME, "Quinn",
        PageRequest.first(10))).codes()).containsExactly(ReasonCode.NOT_PERMITTED);
    assertThat(found(SUPPORT, By.CUSTOMER_NAME, "quinn")).hasSize(1);
  }
}
