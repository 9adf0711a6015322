// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.ordering.port.in.SearchVouchers;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * M-3: support search (ADR 0054): {@code GET /api/voucher-search?by=email&q=...} with
 * {@code by} one of {@code email}, {@code last_four}, {@code customer_name}, {@code notes},
 * {@code order_number} (any case), optionally {@code partner} (a partner's user searches its
 * own partner; the vendor's SUPPORT one partner or, without it, every partner), and the
 * listing's {@code size} and {@code after}. Bad search text answers 422 naming the problem.
 */
@RestController
class VoucherSearchController {
  private final SearchVouchers searchVouchers;

  VoucherSearchController(SearchVouchers searchVouchers) {
    this.searchVouchers = searchVouchers;
  }

  /** M-3: a page of the vouchers found, newest first. */
  @GetMapping("/api/voucher-search")
  Json.PageJson<VoucherJsons.VoucherJson> search(ApiUser actor,
      @RequestParam(name = "by") String by, @RequestParam(name = "q") String text,
      @RequestParam(name = "partner", required = false) @Nullable String partner,
      @RequestParam(name = "size", required = false) @Nullable Integer size,
      @RequestParam(name = "after", required = false) @Nullable String after) {
    Optional<PartnerId> scope = Optional.ofNullable(partner).filter(p -> !p.isBlank())
        .map(p -> Ids.parse(p.strip(), "partner", PartnerId::of));
    return Json.PageJson.of(Problems.orRefuse(searchVouchers.search(new SearchVouchers.Command(
        actor.principal(), scope, Queries.member(by, "by", SearchVouchers.By.class), text,
        Queries.page(size, after)))), VoucherJsons.VoucherJson::of);
  }
}
