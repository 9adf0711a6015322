// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderRequestTest {
  private static final OrderLimits LIMITS = OrderLimits.defaults();

  private static OrderRequest.Line line(int quantity) {
    return new OrderRequest.Line("ssl-dv", 1, 1, 0, quantity);
  }

  private static OrderRequest request(OrderRequest.Line... lines) {
    return new OrderRequest(Optional.empty(), Optional.empty(), "invoice", List.of(lines));
  }

  private static Seq<Reason> violations(OrderRequest request) {
    Validation<Seq<Reason>, OrderRequest.Valid> result = request.validate(LIMITS);
    assertThat(result.isInvalid()).as("expected violations").isTrue();
    return result.getError();
  }

  @Test
  void acceptsAWellFormedRequestTrimmingItsTexts_O1() {
    OrderRequest request = new OrderRequest(Optional.of("  Customer AG "), Optional.of(" INV-7 "),
        " invoice ", List.of(new OrderRequest.Line(" ssl-dv ", 2, 3, 1, 5)));
    OrderRequest.Valid valid = request.validate(LIMITS).get();
    assertThat(valid.customerName()).contains("Customer AG");
    assertThat(valid.notes()).contains("INV-7");
    assertThat(valid.paymentMethod()).isEqualTo("invoice");
    assertThat(valid.lines()).containsExactly(new OrderRequest.ValidLine(
        ProductConfiguration.of(ProductId.of("ssl-dv"), 2, 3, 1), 5));
  }

  @Test
  void blankOptionalTextsBecomeAbsent_O1() {
    OrderRequest request = new OrderRequest(Optional.of("   "), Optional.of(""), "card",
        List.of(line(1)));
    OrderRequest.Valid valid = request.validate(LIMITS).get();
    assertThat(valid.customerName()).isEmpty();
    assertThat(valid.notes()).isEmpty();
  }

  @Test
  void quantityBoundsAreOneToThousand_O2() {
    assertThat(request(line(1)).validate(LIMITS).isValid()).isTrue();
    assertThat(request(line(1000)).validate(LIMITS).isValid()).isTrue();
    for (int quantity : new int[] {0, 1001, -1}) {
      Seq<Reason> reasons = violations(request(line(quantity)));
      assertThat(reasons.map(Reason::code)).containsExactly(ReasonCode.QUANTITY_OUT_OF_RANGE);
      assertThat(reasons.head().message()).contains("line 1").contains("1..1000")
          .contains("got " + quantity);
    }
  }

  @Test
  void quantityLimitIsConfigurable_O2() {
    OrderLimits ten = new OrderLimits(10, 100, 200, 2000, 64);
    assertThat(request(line(10)).validate(ten).isValid()).isTrue();
    assertThat(request(line(11)).validate(ten).getError().head().message()).contains("1..10,");
  }

  @Test
  void needsAtLeastOneLine_O1() {
    Seq<Reason> reasons = violations(request());
    assertThat(reasons.map(Reason::code)).containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(reasons.head().message()).contains("at least one line");
  }

  @Test
  void atMostTheConfiguredNumberOfLines_O1() {
    OrderRequest.Line[] hundred = Collections.nCopies(100, line(1)).toArray(OrderRequest.Line[]::new);
    assertThat(request(hundred).validate(LIMITS).get().lines()).hasSize(100);
    List<OrderRequest.Line> many = new ArrayList<>(Collections.nCopies(101, line(1)));
    Seq<Reason> reasons = violations(
        new OrderRequest(Optional.empty(), Optional.empty(), "invoice", many));
    assertThat(reasons.map(Reason::message)).containsExactly("an order has at most 100 lines, got 101");
  }

  @Test
  void customerNameAndNotesHaveMaximumLengths_O1() {
    OrderRequest atLimit = new OrderRequest(Optional.of("c".repeat(200)),
        Optional.of("n".repeat(2000)), "p".repeat(64), List.of(line(1)));
    assertThat(atLimit.validate(LIMITS).isValid()).isTrue();

    OrderRequest over = new OrderRequest(Optional.of("c".repeat(201)),
        Optional.of("n".repeat(2001)), "p".repeat(65), List.of(line(1)));
    Seq<Reason> reasons = violations(over);
    assertThat(reasons.map(Reason::code)).containsOnly(ReasonCode.INVALID_INPUT);
    assertThat(reasons.map(Reason::message)).containsExactly(
        "customer name must be at most 200 characters, got 201",
        "notes must be at most 2000 characters, got 2001",
        "payment method must be at most 64 characters, got 65");
  }

  @Test
  void paymentMethodIsRequired_O1() {
    Seq<Reason> reasons = violations(
        new OrderRequest(Optional.empty(), Optional.empty(), "  ", List.of(line(1))));
    assertThat(reasons.map(Reason::message)).containsExactly("payment method must be 1..64 characters");
  }

  @Test
  void eachLineFieldIsChecked_O2() {
    assertThat(violations(request(new OrderRequest.Line(" ", 1, 0, 0, 1))).map(Reason::message))
        .containsExactly("line 1: product id must be 1..64 characters");
    assertThat(violations(request(new OrderRequest.Line("p".repeat(65), 1, 0, 0, 1)))
        .map(Reason::message)).containsExactly("line 1: product id must be at most 64 characters, got 65");
    assertThat(request(new OrderRequest.Line("p".repeat(64), 1, 0, 0, 1)).validate(LIMITS).isValid())
        .isTrue();
    assertThat(violations(request(new OrderRequest.Line("x", 0, 0, 0, 1))).map(Reason::message))
        .containsExactly("line 1: validity must be 1..100 years");
    assertThat(violations(request(new OrderRequest.Line("x", 1, -1, 0, 1))).map(Reason::message))
        .containsExactly("line 1: FQDN and wildcard counts cannot be negative");
    assertThat(violations(request(new OrderRequest.Line("x", 1, 0, -1, 1))).map(Reason::message))
        .containsExactly("line 1: FQDN and wildcard counts cannot be negative");
    assertThat(request(new OrderRequest.Line("x", 1, 0, 0, 1)).validate(LIMITS).isValid()).isTrue();
  }

  @Test
  void accumulatesEveryViolationOfEveryLine_O1_O2() {
    OrderRequest bad = new OrderRequest(Optional.of("c".repeat(201)), Optional.empty(), "",
        List.of(line(1), new OrderRequest.Line("", 0, -1, 0, 0), line(1001)));
    Seq<Reason> reasons = violations(bad);
    assertThat(reasons.map(Reason::message)).containsExactly(
        "customer name must be at most 200 characters, got 201",
        "payment method must be 1..64 characters",
        "line 2: product id must be 1..64 characters",
        "line 2: validity must be 1..100 years",
        "line 2: FQDN and wildcard counts cannot be negative",
        "line 2: quantity must be 1..1000, got 0",
        "line 3: quantity must be 1..1000, got 1001");
  }

  @Test
  void linesAreCopied() {
    List<OrderRequest.Line> lines = new ArrayList<>(List.of(line(1)));
    OrderRequest request = new OrderRequest(Optional.empty(), Optional.empty(), "x", lines);
    lines.add(line(2));
    assertThat(request.lines()).hasSize(1);
    assertThatThrownBy(() -> new OrderRequest.Line(null, 1, 0, 0, 1))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new OrderRequest(null, Optional.empty(), "x", List.of()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new OrderRequest(Optional.empty(), null, "x", List.of()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new OrderRequest(Optional.empty(), Optional.empty(), null, List.of()))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void limitsArePositiveAndDefaultToTheBrief_O2() {
    OrderLimits d = OrderLimits.defaults();
    assertThat(d.maxQuantity()).isEqualTo(1000);
    assertThat(d.maxLines()).isEqualTo(100);
    assertThat(d.maxCustomerNameLength()).isEqualTo(200);
    assertThat(d.maxNotesLength()).isEqualTo(2000);
    assertThat(d.maxPaymentMethodLength()).isEqualTo(64);
    assertThatThrownBy(() -> new OrderLimits(0, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OrderLimits(1, 0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OrderLimits(1, 1, 0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OrderLimits(1, 1, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OrderLimits(1, 1, 1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new OrderLimits(1, 1, 1, 1, 1).maxQuantity()).isEqualTo(1);
  }
}
