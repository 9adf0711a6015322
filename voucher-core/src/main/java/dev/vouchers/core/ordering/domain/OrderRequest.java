// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.kernel.Ids;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Text;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * O-1, O-2: what a partner asks for, as typed into the shop: lines of product
 * configurations and quantities, an optional customer name and notes, a payment method.
 * {@link #validate(OrderLimits)} checks it and names every problem at once.
 *
 * @param customerName the customer the order is meant for (optional)
 * @param notes free notes, e.g. an invoice number (optional)
 * @param paymentMethod how the order is paid
 * @param lines the lines
 */
public record OrderRequest(
    Optional<String> customerName, Optional<String> notes, String paymentMethod,
    List<Line> lines) {

  /** L-4: the longest validity a line may ask for (a product offers far fewer). */
  public static final int MAX_VALIDITY_YEARS = Product.MAX_VALIDITY_YEARS;

  /** Copies the lines. */
  public OrderRequest {
    Objects.requireNonNull(customerName, "customerName");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(paymentMethod, "paymentMethod");
    lines = List.copyOf(lines);
  }

  /**
   * One requested line.
   *
   * @param product product id as typed
   * @param validityYears validity in years
   * @param fqdns number of FQDNs
   * @param wildcards number of wildcards
   * @param quantity number of vouchers
   */
  public record Line(String product, int validityYears, int fqdns, int wildcards, int quantity) {
    /** The product id is required (it may still be blank: validation names that). */
    public Line {
      Objects.requireNonNull(product, "product");
    }
  }

  /**
   * A request that passed {@link #validate}: lines carry typed configurations.
   *
   * @param customerName trimmed customer name
   * @param notes trimmed notes
   * @param paymentMethod trimmed payment method
   * @param lines configurations and quantities
   */
  public record Valid(
      Optional<String> customerName, Optional<String> notes, String paymentMethod,
      List<ValidLine> lines) {}

  /**
   * A checked line.
   *
   * @param configuration the configuration
   * @param quantity 1..max quantity
   */
  public record ValidLine(ProductConfiguration configuration, int quantity) {}

  /**
   * O-1, O-2, L-4: every violation of the limits, or the checked request. Texts are checked
   * as {@link Text} says (customer name, payment method and product ids one line, notes free
   * text) before they are trimmed, so a control character at either end is refused, not
   * silently dropped.
   */
  public Validation<Seq<Reason>, Valid> validate(OrderLimits limits) {
    List<Reason> reasons = new ArrayList<>();
    customerName.flatMap(raw -> text("customer name", raw, limits.maxCustomerNameLength(),
        Text.Kind.SINGLE_LINE)).ifPresent(reasons::add);
    notes.flatMap(raw -> text("notes", raw, limits.maxNotesLength(), Text.Kind.MULTI_LINE))
        .ifPresent(reasons::add);
    Optional<String> customer = trimmed(customerName);
    Optional<String> note = trimmed(notes);
    String payment = paymentMethod.trim();
    if (payment.isEmpty()) {
      reasons.add(invalid("payment method must be 1.." + limits.maxPaymentMethodLength()
          + " characters"));
    } else {
      text("payment method", paymentMethod, limits.maxPaymentMethodLength(),
          Text.Kind.SINGLE_LINE).ifPresent(reasons::add);
    }
    if (lines.isEmpty()) {
      reasons.add(invalid("an order needs at least one line"));
    }
    if (lines.size() > limits.maxLines()) {
      reasons.add(invalid("an order has at most " + limits.maxLines() + " lines, got "
          + lines.size()));
    }
    List<ValidLine> valid = new ArrayList<>();
    // L-4: only the lines within the limit are looked at, so the answer stays bounded
    for (int i = 0; i < Math.min(lines.size(), limits.maxLines()); i++) {
      Line line = lines.get(i);
      String at = "line " + (i + 1) + ": ";
      int before = reasons.size();
      String product = line.product().trim();
      if (product.isBlank()) {
        reasons.add(invalid(at + "product id must be 1.." + Ids.MAX_LENGTH + " characters"));
      } else {
        text(at + "product id", line.product(), Ids.MAX_LENGTH, Text.Kind.SINGLE_LINE)
            .or(() -> Text.checkId(at + "product id", product)).ifPresent(reasons::add);
      }
      if (line.validityYears() < 1 || line.validityYears() > MAX_VALIDITY_YEARS) {
        reasons.add(invalid(at + "validity must be 1.." + MAX_VALIDITY_YEARS + " years"));
      }
      if (line.fqdns() < 0 || line.wildcards() < 0) {
        reasons.add(invalid(at + "FQDN and wildcard counts cannot be negative"));
      }
      if (line.quantity() < 1 || line.quantity() > limits.maxQuantity()) {
        reasons.add(Reason.of(ReasonCode.QUANTITY_OUT_OF_RANGE,
            at + "quantity must be 1.." + limits.maxQuantity() + ", got " + line.quantity()));
      }
      if (reasons.size() == before) {
        valid.add(new ValidLine(ProductConfiguration.of(new ProductId(product),
            line.validityYears(), line.fqdns(), line.wildcards()), line.quantity()));
      }
    }
    if (!reasons.isEmpty()) {
      return Validation.invalid(io.vavr.collection.List.ofAll(reasons));
    }
    return Validation.valid(new Valid(customer, note, payment, valid));
  }

  /**
   * L-4: the trimmed value's length and characters, then the untrimmed value's characters (a
   * control character at either end would otherwise vanish in the trim).
   */
  private static Optional<Reason> text(String field, String raw, int maxLength, Text.Kind kind) {
    Optional<Reason> trimmed = Text.check(field, raw.trim(), maxLength, kind);
    if (trimmed.isPresent() || Text.storable(raw, kind)) {
      return trimmed;
    }
    return Text.check(field, raw, Integer.MAX_VALUE, kind);
  }

  private static Optional<String> trimmed(Optional<String> value) {
    return value.map(String::trim).filter(v -> !v.isEmpty());
  }

  private static Reason invalid(String message) {
    return Reason.of(ReasonCode.INVALID_INPUT, message);
  }
}
