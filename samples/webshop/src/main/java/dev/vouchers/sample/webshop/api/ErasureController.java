// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.programme.domain.ErasureRecord;
import dev.vouchers.core.programme.port.in.ErasePersonalData;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * E-1: the vendor's support staff erase one person's data on request: every stored value of
 * one e-mail address, or the customer name and notes of a partner's orders for one customer.
 * The answer is the erasure record, which holds no personal data.
 */
@RestController
class ErasureController {
  private final ErasePersonalData erasePersonalData;

  ErasureController(ErasePersonalData erasePersonalData) {
    this.erasePersonalData = erasePersonalData;
  }

  /**
   * What to erase: {@code address}, or {@code partner} and {@code customer}.
   *
   * @param address an e-mail address
   * @param partner the partner whose orders name the customer
   * @param customer the customer name as the orders name it
   */
  record ErasureBody(@Nullable String address, @Nullable String partner,
      @Nullable String customer) {}

  /**
   * The erasure as recorded.
   *
   * @param at when
   * @param by who (role and id)
   * @param kind ADDRESS, CUSTOMER or RETENTION
   * @param rows how many stored rows were overwritten
   */
  record ErasureJson(Instant at, String by, String kind, long rows) {
    static ErasureJson of(ErasureRecord record) {
      return new ErasureJson(record.at(), record.by(), record.kind().name(), record.rows());
    }
  }

  /** E-1: erases one person's data; 200 with the record, or a refusal that changed nothing. */
  @PostMapping("/api/erasures")
  ErasureJson erase(ApiUser actor, @RequestBody ErasureBody body) {
    return ErasureJson.of(Problems.orRefuse(erasePersonalData.erase(new ErasePersonalData.Command(
        actor.principal(), Optional.ofNullable(body.address()),
        Optional.ofNullable(body.partner()), Optional.ofNullable(body.customer())))));
  }
}
