// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import dev.vouchers.core.kernel.Access;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.Text;
import dev.vouchers.core.programme.domain.Erased;
import dev.vouchers.core.programme.domain.ErasureRecord;
import dev.vouchers.core.programme.domain.ErasureSubject;
import dev.vouchers.core.programme.port.in.ErasePersonalData;
import dev.vouchers.core.programme.port.out.PersonalData;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * E-1: erasure of personal data on request (checked, then one atomic store call) and the
 * automatic erasure of closed vouchers and invitations (ADR 0052).
 */
final class ErasureService implements ErasePersonalData {
  /** The sweep's actor in the erasure records. */
  static final Actor SWEEPER = new Actor.Service("vouchers-erasure-sweep");

  private final ProgrammeBasics basics;
  private final PersonalData store;

  ErasureService(ProgrammeBasics basics, PersonalData store) {
    this.basics = basics;
    this.store = store;
  }

  @Override
  public Either<Refusal, ErasureRecord> erase(Command command) {
    if (!Access.canErasePersonalData(command.principal())) {
      return Either.left(Refusal.of(ReasonCode.NOT_PERMITTED,
          "personal data is erased by the vendor's support staff"));
    }
    Instant now = basics.now();
    // L-4: every problem of the input together, before anything is written
    List<Reason> reasons = new ArrayList<>();
    boolean byAddress = command.address().isPresent();
    boolean byCustomer = command.customer().isPresent() || command.partner().isPresent();
    if (byAddress == byCustomer) {
      return Either.left(Refusal.of(ReasonCode.INVALID_INPUT,
          "give either an e-mail address or a partner and a customer name"));
    }
    ErasureSubject subject;
    if (byAddress) {
      var parsed = EmailAddress.parse(command.address().get());
      if (parsed.isInvalid()) {
        return Either.left(Refusal.of(ReasonCode.INVALID_INPUT, parsed.getError()));
      }
      if (parsed.get().equals(Erased.ADDRESS)) {
        return Either.left(Refusal.of(ReasonCode.INVALID_INPUT,
            "this is the address erased data reads as"));
      }
      subject = new ErasureSubject.Address(parsed.get());
    } else {
      String partner = command.partner().orElse("");
      String customer = command.customer().orElse("").strip();
      Text.checkId("partner", partner).ifPresent(reasons::add);
      if (customer.isEmpty()) {
        reasons.add(Reason.of(ReasonCode.INVALID_INPUT, "give the customer name"));
      } else {
        Text.check("the customer name", customer, Text.NAME, Text.Kind.SINGLE_LINE)
            .ifPresent(reasons::add);
      }
      if (!reasons.isEmpty()) {
        return Either.left(Refusal.of(reasons));
      }
      subject = new ErasureSubject.Customer(new PartnerId(partner), customer);
    }
    return Either.right(store.erase(subject, now, command.principal().describe()));
  }

  /**
   * The automatic erasure: one batch of vouchers and invitations closed longer than
   * {@code retention} ago.
   *
   * @return how many were looked at
   */
  int sweep(Duration retention, int limit) {
    Instant now = basics.now();
    Duration kept = retention.isNegative() ? Duration.ZERO : retention;
    Instant before;
    try {
      before = now.minus(kept);
    } catch (java.time.DateTimeException | ArithmeticException e) {
      return 0;
    }
    return store.eraseClosed(before, now, SWEEPER.describe(), Math.max(1, limit));
  }
}
