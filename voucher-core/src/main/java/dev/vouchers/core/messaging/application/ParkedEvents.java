// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.application;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.messaging.domain.EventId;
import dev.vouchers.core.messaging.port.in.ListParkedEvents;
import dev.vouchers.core.messaging.port.in.MessagingUseCases;
import dev.vouchers.core.messaging.port.in.RetryParkedEvent;
import dev.vouchers.core.messaging.port.out.EventOutbox;
import dev.vouchers.core.messaging.port.out.EventOutbox.ParkedEvent;
import io.vavr.control.Either;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * M-5: the parked events for the vendor's staff and the operator: {@link ListParkedEvents} and
 * {@link RetryParkedEvent} over the {@link EventOutbox}. Vendor staff and services may; a
 * partner's users and code holders may not (the events are every partner's). Like the relays,
 * the messaging context's use cases are wired without the {@code VoucherProgramme}: they need
 * the event outbox and a clock only (the Spring adapter makes this a bean).
 */
public final class ParkedEvents
    implements ListParkedEvents, RetryParkedEvent, MessagingUseCases {
  private final EventOutbox outbox;
  private final Clock clock;

  /**
   * The service.
   *
   * @param outbox the event outbox
   * @param clock the programme's clock
   */
  public ParkedEvents(EventOutbox outbox, Clock clock) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public ListParkedEvents listParkedEvents() {
    return this;
  }

  @Override
  public RetryParkedEvent retryParkedEvent() {
    return this;
  }

  private static Optional<Refusal> refused(Actor principal) {
    if (principal instanceof Actor.VendorStaff || principal instanceof Actor.Service) {
      return Optional.empty();
    }
    return Optional.of(Refusal.of(ReasonCode.NOT_PERMITTED,
        "only the vendor's staff and the operator see the parked events"));
  }

  @Override
  public Either<Refusal, List<ParkedEvent>> list(ListParkedEvents.Command command) {
    Optional<Refusal> refusal = refused(command.principal());
    if (refusal.isPresent()) {
      return Either.left(refusal.get());
    }
    if (command.limit() < 1 || command.limit() > ListParkedEvents.MAX_LIMIT) {
      return Either.left(Refusal.of(ReasonCode.INVALID_INPUT, "limit must be 1.."
          + ListParkedEvents.MAX_LIMIT + ", got " + command.limit()));
    }
    return Either.right(outbox.parked(command.after(), command.limit()));
  }

  @Override
  public Either<Refusal, String> retry(RetryParkedEvent.Command command) {
    Optional<Refusal> refusal = refused(command.principal());
    if (refusal.isPresent()) {
      return Either.left(refusal.get());
    }
    Optional<EventId> id = EventId.parse(command.eventId());
    if (id.isEmpty() || !outbox.retry(id.get(), clock.instant())) {
      return Either.left(Refusal.notFound("parked event"));
    }
    return Either.right(id.get().toString());
  }
}
