// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.core.kernel.IdempotencyKey;
import dev.vouchers.core.ordering.domain.OrderRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The order form as the browser posts it: up to five lines, a customer, notes, payment. */
public final class OrderForm {
  /** Rows the form shows. */
  static final int ROWS = 5;

  private @Nullable String customerName;
  private @Nullable String notes;
  private String paymentMethod = "invoice";
  private List<Line> lines = new ArrayList<>();
  private @Nullable String idempotencyKey;

  /** An empty form with {@link #ROWS} rows. */
  public OrderForm() {
    for (int i = 0; i < ROWS; i++) {
      lines.add(new Line());
    }
  }

  /** One row: a priced configuration ({@code product|years|fqdns|wildcards}) and a quantity. */
  public static final class Line {
    private String configuration = "";
    private @Nullable Integer quantity;

    /** The configuration key, empty for an unused row. */
    public String getConfiguration() {
      return configuration;
    }

    /** Sets the configuration key. */
    public void setConfiguration(@Nullable String configuration) {
      this.configuration = configuration == null ? "" : configuration;
    }

    /** The quantity, empty for an unused row. */
    public @Nullable Integer getQuantity() {
      return quantity;
    }

    /** Sets the quantity. */
    public void setQuantity(@Nullable Integer quantity) {
      this.quantity = quantity;
    }

    boolean used() {
      return !configuration.isBlank() || quantity != null;
    }
  }

  /**
   * G-3: the key the confirmation page carries (drawn when the quote is shown), so that a
   * confirmation sent twice (a double click, a reload) places one order.
   */
  public @Nullable String getIdempotencyKey() {
    return idempotencyKey;
  }

  /** Sets the idempotency key. */
  public void setIdempotencyKey(@Nullable String idempotencyKey) {
    this.idempotencyKey = idempotencyKey;
  }

  /** G-3: the key as the library takes it; none for a form posted without one. */
  Optional<IdempotencyKey> key() {
    return idempotencyKey == null || idempotencyKey.isBlank() ? Optional.empty()
        : Optional.of(IdempotencyKey.of(idempotencyKey));
  }

  /** The request the library checks: rows left empty are skipped, bad rows are passed on. */
  OrderRequest toRequest() {
    List<OrderRequest.Line> requested = new ArrayList<>();
    for (Line line : lines) {
      if (!line.used()) {
        continue;
      }
      String[] parts = line.configuration.split("\\|", -1);
      int quantity = line.quantity == null ? 0 : line.quantity;
      if (parts.length == 4) {
        requested.add(new OrderRequest.Line(parts[0], parse(parts[1]), parse(parts[2]),
            parse(parts[3]), quantity));
      } else {
        requested.add(new OrderRequest.Line("", 0, 0, 0, quantity)); // the library names it
      }
    }
    return new OrderRequest(text(customerName), text(notes), paymentMethod, requested);
  }

  private static int parse(String number) {
    try {
      return Integer.parseInt(number);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static Optional<String> text(@Nullable String value) {
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }

  /** The customer's name. */
  public @Nullable String getCustomerName() {
    return customerName;
  }

  /** Sets the customer's name. */
  public void setCustomerName(@Nullable String customerName) {
    this.customerName = customerName;
  }

  /** Notes such as an invoice number. */
  public @Nullable String getNotes() {
    return notes;
  }

  /** Sets the notes. */
  public void setNotes(@Nullable String notes) {
    this.notes = notes;
  }

  /** How the order is paid. */
  public String getPaymentMethod() {
    return paymentMethod;
  }

  /** Sets the payment method. */
  public void setPaymentMethod(@Nullable String paymentMethod) {
    this.paymentMethod = paymentMethod == null ? "" : paymentMethod;
  }

  /** The rows. */
  public List<Line> getLines() {
    return lines;
  }

  /** Sets the rows. */
  public void setLines(List<Line> lines) {
    this.lines = lines;
  }
}
