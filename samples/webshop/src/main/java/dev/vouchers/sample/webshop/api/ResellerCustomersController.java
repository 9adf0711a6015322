// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.reseller.port.in.DiscountFor;
import dev.vouchers.core.reseller.port.in.GetCustomerLinks;
import dev.vouchers.core.reseller.port.in.PriceCustomerPurchase;
import dev.vouchers.core.reseller.port.in.UnlinkCustomer;
import dev.vouchers.sample.webshop.demo.DemoClock;
import dev.vouchers.sample.webshop.demo.DemoCustomers;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The shop's customers and their resellers: the sign-up (no header: the shop's sign-up
 * acts as a service), a customer's links, ending the current one, the discount at an instant and
 * pricing a purchase now. A reseller's users see only their own customers; anyone else's answers
 * 404 like a missing one.
 */
@RestController
@RequestMapping("/api/customers")
class ResellerCustomersController {
  private final DemoCustomers customers;
  private final GetCustomerLinks getCustomerLinks;
  private final UnlinkCustomer unlinkCustomer;
  private final DiscountFor discountFor;
  private final PriceCustomerPurchase priceCustomerPurchase;
  private final DemoClock clock;

  ResellerCustomersController(DemoCustomers customers, GetCustomerLinks getCustomerLinks,
      UnlinkCustomer unlinkCustomer, DiscountFor discountFor,
      PriceCustomerPurchase priceCustomerPurchase, DemoClock clock) {
    this.customers = customers;
    this.getCustomerLinks = getCustomerLinks;
    this.unlinkCustomer = unlinkCustomer;
    this.discountFor = discountFor;
    this.priceCustomerPurchase = priceCustomerPurchase;
    this.clock = clock;
  }

  /**
   * a new customer signs up, linked to the approved reseller it chose from now on (by the
   * shop's sign-up, {@code service:shop-sign-up}); 201 with the customer and its link.
   */
  @PostMapping("/sign-up")
  ResponseEntity<ResellerJson.SignedUpJson> signUp(
      @RequestBody ResellerBodies.SignUpBody body) {
    String name = Bodies.required(body.name(), "name");
    if (!DemoCustomers.validName(name)) {
      throw Problems.malformed("name must be 1.." + DemoCustomers.MAX_NAME
          + " non-blank characters");
    }
    Optional<PartnerId> reseller = Optional.ofNullable(body.reseller())
        .filter(r -> !r.isBlank()).map(r -> Ids.parse(r.strip(), "reseller", PartnerId::of));
    DemoCustomers.SignedUp done = Problems.orRefuse(customers.signUp(name, reseller));
    URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
        .path("/api/customers/{customer}/reseller-links")
        .buildAndExpand(done.customer().id().value()).toUri();
    return ResponseEntity.created(location).body(ResellerJson.SignedUpJson.of(done));
  }

  /** the customer's links the caller may see, oldest first. */
  @GetMapping("/{customer}/reseller-links")
  List<ResellerJson.LinkJson> links(ApiUser actor, @PathVariable("customer") String customer) {
    return Problems.orRefuse(getCustomerLinks.get(new GetCustomerLinks.Command(
        actor.principal(), customerId(customer)))).stream().map(ResellerJson.LinkJson::of)
        .toList();
  }

  /** ends the customer's current link from now on, saying why. */
  @DeleteMapping("/{customer}/reseller-link")
  ResellerJson.LinkJson unlink(ApiUser actor, @PathVariable("customer") String customer,
      @RequestParam(name = "why", required = false) @Nullable String why) {
    return ResellerJson.LinkJson.of(Problems.orRefuse(unlinkCustomer.unlink(
        new UnlinkCustomer.Command(actor.principal(), customerId(customer),
            why == null ? "" : why))));
  }

  /**
   * the reseller discount for a purchase of the customer at {@code at} (ISO-8601; default
   * now): the reseller it belonged to then, with the discount in force then, or none.
   */
  @GetMapping("/{customer}/reseller-discount")
  ResellerJson.DiscountAtJson discount(ApiUser actor, @PathVariable("customer") String customer,
      @RequestParam(name = "at", required = false) @Nullable String at) {
    CustomerId id = customerId(customer);
    Instant instant = at == null || at.isBlank() ? clock.instant() : instant(at);
    return new ResellerJson.DiscountAtJson(id.value(), Json.micros(instant),
        Problems.orRefuse(discountFor.discountFor(new DiscountFor.Command(actor.principal(), id,
            instant))).map(ResellerJson.DiscountJson::of).orElse(null));
  }

  /** prices a purchase of the customer now, with the discount in force now; stores nothing. */
  @PostMapping("/{customer}/purchase-quotes")
  ResellerJson.PurchaseJson price(ApiUser actor, @PathVariable("customer") String customer,
      @RequestBody ResellerBodies.PurchaseBody body) {
    CustomerId id = customerId(customer);
    Bodies.Missing missing = new Bodies.Missing();
    if (missing.check(body.listPrice(), "listPrice")) {
      ResellerBodies.MoneyBody price = java.util.Objects.requireNonNull(body.listPrice());
      missing.check(price.amount(), "listPrice.amount");
      missing.check(price.currency(), "listPrice.currency");
    }
    missing.throwIfAny();
    ResellerBodies.MoneyBody price = java.util.Objects.requireNonNull(body.listPrice());
    return ResellerJson.PurchaseJson.of(Problems.orRefuse(priceCustomerPurchase.price(
        new PriceCustomerPurchase.Command(actor.principal(), id, money(price)))));
  }

  private static CustomerId customerId(String raw) {
    return Ids.parse(raw, "customer", CustomerId::of);
  }

  private static Instant instant(String raw) {
    try {
      return Instant.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw Problems.malformed("at must be an ISO-8601 instant such as 2026-05-01T12:00:00Z");
    }
  }

  private static Money money(ResellerBodies.MoneyBody body) {
    try {
      return Money.of(java.util.Objects.requireNonNull(body.amount()).strip(),
          java.util.Objects.requireNonNull(body.currency()).strip());
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw Problems.malformed("listPrice must be a non-negative decimal amount (e.g. \"100.00\")"
          + " with at most the currency's minor digits, in an ISO 4217 currency");
    }
  }
}
