// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import dev.vouchers.core.kernel.Basics;
import dev.vouchers.core.kernel.Entropy;
import dev.vouchers.core.kernel.Instants;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.programme.domain.ProgrammeEvent;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.programme.port.out.ProgrammeEvents;
import dev.vouchers.core.voucher.port.out.CodeRandomness;
import io.vavr.control.Either;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The programme's {@link Basics} (ADR 0067, step 1; ADR 0068): the settings, the time within
 * the range every database stores, new ids, and the one place that publishes what happened and
 * every refusal. No port of a context: a service that needs one is given it by name.
 *
 * @param settings the programme's settings
 * @param clock the injected clock
 * @param events where what happened is told
 * @param randomness where ids and tokens are drawn from
 */
record ProgrammeBasics(
    ProgrammeSettings settings,
    Clock clock,
    ProgrammeEvents events,
    CodeRandomness randomness) implements Basics {

  private static final Logger LOG = LoggerFactory.getLogger(ProgrammeBasics.class);
  /**
   * G-3: events of a command run under an idempotency key, held on its thread until the store
   * has written the key with the command's changes ({@link Idempotency}).
   */
  static final ThreadLocal<@Nullable List<ProgrammeEvent>> DEFERRED = new ThreadLocal<>();

  /**
   * Tells the listener; called only after the store accepted the change. A listener that
   * throws is logged, never allowed to turn the done change into a failure.
   */
  void publish(ProgrammeEvent event) {
    List<ProgrammeEvent> deferred = DEFERRED.get();
    if (deferred != null) {
      deferred.add(event); // G-3: told once the idempotency key is stored with the change
      return;
    }
    try {
      events.publish(event);
    } catch (RuntimeException e) {
      LOG.warn("the programme events listener failed on {}", event, e);
    }
  }

  @Override
  public <T> Either<Refusal, T> answered(Class<?> useCase, Either<Refusal, T> answer) {
    if (answer.isLeft()) {
      publish(new ProgrammeEvent.Refused(useCase.getSimpleName(), answer.getLeft(), now()));
    }
    return answer;
  }

  /**
   * L-4: the clock's reading within the range every database stores ({@link Instants}); a
   * clock beyond year 9999 or before year 1 reads as the nearest end, never as an instant that
   * makes a computation or a write throw.
   */
  @Override
  public Instant now() {
    return Instants.clamp(clock.instant());
  }

  @Override
  public String newId() {
    byte[] bytes = new byte[16];
    randomness.fill(bytes);
    bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
    bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    return new UUID(buffer.getLong(), buffer.getLong()).toString();
  }

  @Override
  public Entropy entropy() {
    return randomness;
  }

  @Override
  public int conflictRetries() {
    return settings.conflictRetries();
  }
}
