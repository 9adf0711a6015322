// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.reseller.domain.CustomerLink;
import dev.vouchers.core.reseller.port.in.ListResellerCustomers;
import dev.vouchers.core.reseller.port.in.SetResellerDiscount;
import dev.vouchers.sample.webshop.demo.DemoCustomers;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * An approved reseller: its discount, set by a partner manager, and its customers, listed
 * for its users and vendor staff, linked by its admins (moved into its console) or by support.
 */
@RestController
@RequestMapping("/api/resellers/{partner}")
class ResellersController {
  private final SetResellerDiscount setDiscount;
  private final ListResellerCustomers listCustomers;
  private final DemoCustomers customers;

  ResellersController(SetResellerDiscount setDiscount, ListResellerCustomers listCustomers,
      DemoCustomers customers) {
    this.setDiscount = setDiscount;
    this.listCustomers = listCustomers;
    this.customers = customers;
  }

  /** sets the discount from now on; earlier purchases keep theirs. */
  @PutMapping("/discount")
  ResellerJson.DiscountChangeJson discount(ApiUser actor, @PathVariable("partner") String partner,
      @RequestBody ResellerBodies.DiscountBody body) {
    return ResellerJson.DiscountChangeJson.of(Problems.orRefuse(setDiscount.set(
        new SetResellerDiscount.Command(actor.principal(), partnerId(partner),
            Bodies.required(body.percent(), "percent")))));
  }

  /** R-2, O-5: the reseller's current customers, newest first, paged. */
  @GetMapping("/customers")
  Json.PageJson<ResellerJson.LinkJson> customers(ApiUser actor,
      @PathVariable("partner") String partner,
      @RequestParam(name = "size", required = false) @Nullable Integer size,
      @RequestParam(name = "after", required = false) @Nullable String after) {
    return Json.PageJson.of(Problems.orRefuse(listCustomers.list(new ListResellerCustomers.Command(
        actor.principal(), partnerId(partner), Queries.page(size, after)))),
        ResellerJson.LinkJson::of);
  }

  /**
   * links a customer of the shop to the reseller from now on: its admins move a customer
   * without a reseller into its console ({@code TRANSFER}), support links or moves any customer
   * ({@code SUPPORT}); 201 with the link.
   */
  @PostMapping("/customers")
  ResponseEntity<ResellerJson.LinkJson> link(ApiUser actor, @PathVariable("partner") String partner,
      @RequestBody ResellerBodies.LinkBody body) {
    CustomerId customer = Ids.parse(Bodies.required(body.customer(), "customer").strip(),
        "customer", CustomerId::of);
    CustomerLink link = Problems.orRefuse(customers.link(actor.principal(), customer,
        partnerId(partner)));
    URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
        .path("/api/customers/{customer}/reseller-links").buildAndExpand(customer.value())
        .toUri();
    return ResponseEntity.created(location).body(ResellerJson.LinkJson.of(link));
  }

  private static PartnerId partnerId(String raw) {
    return Ids.parse(raw, "partner", PartnerId::of);
  }
}
