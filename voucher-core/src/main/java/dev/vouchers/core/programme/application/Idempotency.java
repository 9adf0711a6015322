// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.IdempotencyKey;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.programme.domain.ProgrammeEvent;
import dev.vouchers.core.programme.port.out.IdempotencyKeys;
import dev.vouchers.core.programme.port.out.IdempotencyKeys.Outcome;
import dev.vouchers.core.programme.port.out.IdempotentRequest;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * G-3: runs a creating or sending command under the caller's idempotency key (ADR 0047). The
 * key belongs to the acting caller ({@link #scope}); the request is named by a digest of the
 * use case and every field of its command ({@link Canonical}); the store
 * ({@link IdempotencyKeys}) runs the command at most once per caller and key, storing the key
 * with the command's writes. A repeated request is answered from the stored answer (re-read
 * from the store by id); a key used for another request, or still in use, is refused and
 * nothing is done. Without a key the command simply runs.
 *
 * <p>The events of a keyed command are held back until the store has written the key with the
 * command's changes, and dropped when it did not.
 */
final class Idempotency {
  private final ProgrammeBasics basics;
  private final IdempotencyKeys keys;

  Idempotency(ProgrammeBasics basics, IdempotencyKeys keys) {
    this.basics = basics;
    this.keys = keys;
  }

  IdempotencyKeys keys() {
    return keys;
  }

  /**
   * Runs the command once per caller and key.
   *
   * @param caller who acts: the key's scope
   * @param key the caller's key, if any
   * @param request the canonical request (use case and fields)
   * @param work the command
   * @param answer what is kept of a result to answer again
   * @param replay the answer again, from what was kept
   */
  <T> Either<Refusal, T> run(Actor caller, Optional<IdempotencyKey> key, Canonical request,
      Supplier<Either<Refusal, T>> work, BiFunction<IdempotentRequest, T, String> answer,
      BiFunction<IdempotentRequest, String, Either<Refusal, T>> replay) {
    if (key.isEmpty()) {
      return work.get();
    }
    IdempotentRequest use = new IdempotentRequest(scope(caller), key.get().digest(),
        request.digest(), basics.now());
    List<ProgrammeEvent> events = new ArrayList<>();
    List<ProgrammeEvent> outer = ProgrammeBasics.DEFERRED.get();
    Outcome<T> outcome;
    ProgrammeBasics.DEFERRED.set(events);
    try {
      outcome = keys.once(use, () -> {
        events.clear(); // a store that ran the work again keeps only the last run's events
        return work.get();
      }, result -> answer.apply(use, result));
    } finally {
      ProgrammeBasics.DEFERRED.set(outer);
    }
    if (outcome instanceof Outcome.Done<T> done) {
      if (done.result().isRight()) {
        events.forEach(basics::publish);
      }
      return done.result();
    }
    if (outcome instanceof Outcome.Replayed<T> replayed) {
      return replay.apply(use, replayed.answer());
    }
    if (outcome instanceof Outcome.Reused<T>) {
      return Either.left(Refusal.of(ReasonCode.IDEMPOTENCY_KEY_REUSED,
          "this idempotency key was used for another request; nothing was done"));
    }
    return Either.left(Refusal.of(ReasonCode.IDEMPOTENCY_KEY_IN_USE,
        "a request with this idempotency key is still in progress; retry later"));
  }

  /**
   * The digest of who acts: a partner's user (partner and user), a member of staff, a service,
   * a code holder. Roles are not part of it: a user's key stays theirs when their role changes.
   */
  static String scope(Actor caller) {
    Canonical scope = new Canonical("scope");
    if (caller instanceof Actor.PartnerUser user) {
      scope.add("partner-user").add(user.partner().value()).add(user.user().value());
    } else if (caller instanceof Actor.VendorStaff staff) {
      scope.add("staff").add(staff.user().value());
    } else if (caller instanceof Actor.Service service) {
      scope.add("service").add(service.name());
    } else if (caller instanceof Actor.CodeHolder holder) {
      scope.add("code-holder").add(holder.label());
    }
    return scope.digest();
  }

  /**
   * A request in one unambiguous text: each part as its length, a colon and its text, so that
   * no two different lists of parts read the same; {@link #digest} is its SHA-256.
   */
  static final class Canonical {
    private final StringBuilder text = new StringBuilder();

    /** Starts with the use case (or what is named). */
    Canonical(String what) {
      add(what);
    }

    /** Appends a part ({@code String.valueOf}: records, enums, numbers, optionals). */
    Canonical add(Object part) {
      String value = String.valueOf(part);
      text.append(value.length()).append(':').append(value).append(';');
      return this;
    }

    /** Appends an optional part, empty and present told apart. */
    Canonical add(Optional<?> part) {
      return part.isPresent() ? add("some").add(part.get()) : add("none");
    }

    String digest() {
      return IdempotencyKey.sha256(text.toString());
    }
  }
}
