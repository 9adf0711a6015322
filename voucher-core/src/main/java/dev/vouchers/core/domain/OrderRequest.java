package dev.vouchers.core.domain;

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

  /** O-1, O-2: every violation of the limits, or the checked request. */
  public Validation<Seq<Reason>, Valid> validate(OrderLimits limits) {
    List<Reason> reasons = new ArrayList<>();
    Optional<String> customer = trimmed(customerName);
    Optional<String> note = trimmed(notes);
    customer.filter(c -> c.length() > limits.maxCustomerNameLength()).ifPresent(c ->
        reasons.add(invalid("customer name is longer than " + limits.maxCustomerNameLength()
            + " characters")));
    note.filter(n -> n.length() > limits.maxNotesLength()).ifPresent(n ->
        reasons.add(invalid("notes are longer than " + limits.maxNotesLength() + " characters")));
    String payment = paymentMethod.trim();
    if (payment.isEmpty() || payment.length() > limits.maxPaymentMethodLength()) {
      reasons.add(invalid("payment method must be 1.." + limits.maxPaymentMethodLength()
          + " characters"));
    }
    if (lines.isEmpty()) {
      reasons.add(invalid("an order needs at least one line"));
    }
    if (lines.size() > limits.maxLines()) {
      reasons.add(invalid("an order has at most " + limits.maxLines() + " lines"));
    }
    List<ValidLine> valid = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      String at = "line " + (i + 1) + ": ";
      int before = reasons.size();
      String product = line.product().trim();
      if (product.isEmpty() || product.length() > Ids.MAX_LENGTH) {
        reasons.add(invalid(at + "product id must be 1.." + Ids.MAX_LENGTH + " characters"));
      } else if (!Text.storable(product, Text.Kind.SINGLE_LINE)) {
        // L-4: as ProductId requires (it would throw)
        reasons.add(invalid(at + "product id must be one line without control characters"));
      }
      if (line.validityYears() < 1) {
        reasons.add(invalid(at + "validity must be at least 1 year"));
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

  private static Optional<String> trimmed(Optional<String> value) {
    return value.map(String::trim).filter(v -> !v.isEmpty());
  }

  private static Reason invalid(String message) {
    return Reason.of(ReasonCode.INVALID_INPUT, message);
  }
}
