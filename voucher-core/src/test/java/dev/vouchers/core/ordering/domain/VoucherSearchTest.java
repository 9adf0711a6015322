// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import static dev.vouchers.core.fixtures.DomainFixtures.ACME;
import static dev.vouchers.core.fixtures.DomainFixtures.OTHER;
import static dev.vouchers.core.fixtures.DomainFixtures.SEALED;
import static dev.vouchers.core.fixtures.DomainFixtures.T0;
import static dev.vouchers.core.fixtures.DomainFixtures.order;
import static dev.vouchers.core.fixtures.DomainFixtures.voucher;
import static dev.vouchers.core.fixtures.DomainFixtures.voucherBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.voucher.domain.Assignment;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * M-3 in the domain: the one folding table every store folds with, which field a search reads
 * (a voucher's or its order's), and a partner's scope — decided here for the in-memory
 * store and for the SQL builders alike.
 */
class VoucherSearchTest {
  private static final Voucher ASSIGNED = voucherBuilder(VoucherStatus.ASSIGNED)
      .assignment(new Assignment(new EmailAddress("Anna.Berg@Example.com"), "hi", T0)).build();

  private static VoucherSearch of(VoucherSearch.Field field, String key) {
    return new VoucherSearch(field, key, Optional.of(ACME));
  }

  @Test
  void foldingLowersAsciiAndLatin1CapitalsOnly_M3() {
    assertThat(VoucherSearch.FOLD_FROM).hasSameSizeAs(VoucherSearch.FOLD_TO);
    assertThat(VoucherSearch.fold("Bäckerei MÜLLER ÀÞ @[`{"))
        .isEqualTo("bäckerei müller àþ @[`{");
    assertThat(VoucherSearch.fold("ΣΑΣ")).as("Greek is not folded (ADR 0054)").isEqualTo("ΣΑΣ");
    assertThat(VoucherSearch.fold("")).isEmpty();
  }

  @Test
  void aRecipientIsFoundByItsFoldedAddressOnly_M3() {
    assertThat(of(VoucherSearch.Field.RECIPIENT, "anna.berg@example.com").matches(ASSIGNED))
        .isTrue();
    assertThat(of(VoucherSearch.Field.RECIPIENT, "anna.berg@example.org").matches(ASSIGNED))
        .isFalse();
    assertThat(of(VoucherSearch.Field.RECIPIENT, "anna.berg@example.com")
        .matches(voucher(VoucherStatus.VALID))).as("no recipient").isFalse();
  }

  @Test
  void theLastFourSymbolsAreComparedAsStored_M3() {
    assertThat(of(VoucherSearch.Field.LAST_FOUR, SEALED.lastFour()).matches(ASSIGNED)).isTrue();
    assertThat(of(VoucherSearch.Field.LAST_FOUR, "ZZZZ".equals(SEALED.lastFour()) ? "YYYY"
        : "ZZZZ").matches(ASSIGNED)).isFalse();
  }

  @Test
  void ordersAreFoundByTheirFoldedCustomerNameOrNotes_andVouchersNeverByThem_M3() {
    Order order = order(T0); // customer "Customer AG", notes "INV-7"
    assertThat(of(VoucherSearch.Field.CUSTOMER_NAME, "customer ag").matches(order)).isTrue();
    assertThat(of(VoucherSearch.Field.CUSTOMER_NAME, "customer").matches(order)).isFalse();
    assertThat(of(VoucherSearch.Field.NOTES, "inv-7").matches(order)).isTrue();
    assertThat(of(VoucherSearch.Field.NOTES, "customer ag").matches(order)).isFalse();
    assertThat(of(VoucherSearch.Field.RECIPIENT, "customer ag").matches(order)).isFalse();
    assertThat(of(VoucherSearch.Field.CUSTOMER_NAME, "customer ag").matches(ASSIGNED)).isFalse();
    assertThat(of(VoucherSearch.Field.NOTES, "inv-7").matches(ASSIGNED)).isFalse();
    Order anonymous = new Order(order.id(), order.number(), ACME, Optional.empty(),
        Optional.empty(), "invoice", order.lines(), T0, "test", OrderStatus.OPEN,
        Optional.empty(), 0);
    assertThat(of(VoucherSearch.Field.CUSTOMER_NAME, "customer ag").matches(anonymous)).isFalse();
    assertThat(of(VoucherSearch.Field.NOTES, "inv-7").matches(anonymous)).isFalse();
  }

  @Test
  void onlyTheCustomerNameAndTheNotesAreFieldsOfTheOrder_M3() {
    assertThat(VoucherSearch.Field.CUSTOMER_NAME.ofOrder()).isTrue();
    assertThat(VoucherSearch.Field.NOTES.ofOrder()).isTrue();
    assertThat(VoucherSearch.Field.RECIPIENT.ofOrder()).isFalse();
    assertThat(VoucherSearch.Field.LAST_FOUR.ofOrder()).isFalse();
  }

  @Test
  void aPartnersSearchNeverMatchesAnotherPartnersVoucherOrOrder_M3_A1() {
    VoucherSearch others = new VoucherSearch(VoucherSearch.Field.RECIPIENT,
        "anna.berg@example.com", Optional.of(OTHER));
    assertThat(others.inScope(ACME)).isFalse();
    assertThat(others.inScope(OTHER)).isTrue();
    assertThat(others.matches(ASSIGNED)).isFalse();
    assertThat(new VoucherSearch(VoucherSearch.Field.NOTES, "inv-7", Optional.of(OTHER))
        .matches(order(T0))).isFalse();
    VoucherSearch everyPartner = new VoucherSearch(VoucherSearch.Field.RECIPIENT,
        "anna.berg@example.com", Optional.<PartnerId>empty());
    assertThat(everyPartner.inScope(OTHER)).isTrue();
    assertThat(everyPartner.matches(ASSIGNED)).isTrue();
  }

  @Test
  void aSearchHasAKeyAndNeverLogsIt_M3_L4() {
    assertThatThrownBy(() -> of(VoucherSearch.Field.NOTES, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(of(VoucherSearch.Field.RECIPIENT, "anna.berg@example.com").toString())
        .isEqualTo("VoucherSearch[RECIPIENT in acme]").doesNotContain("anna");
  }
}
