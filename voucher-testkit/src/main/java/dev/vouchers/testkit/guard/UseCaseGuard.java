// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.quicktheories.QuickTheory.qt;

import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.Refusal;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * L-4's guard, for every adapter: generated calls of every use case the programme exposes,
 * each with at most one hostile field (boundaries, overflow, control characters, unpaired
 * surrogates, huge strings, extreme clocks, foreign and tampered ids and cursors, other
 * partners' principals) over a seeded {@link GuardWorld}. The properties:
 * <ul>
 *   <li>every call returns a value ({@code Either}), never throws;</li>
 *   <li>after a refusal the store is unchanged ({@link StoreDigest});</li>
 *   <li>a refusal's messages are short (at most {@value #MAX_MESSAGE} characters): they name
 *       the field and never echo a hostile value.</li>
 * </ul>
 * A command whose constructor refuses a value (a broken invariant of a typed value, e.g. a
 * blank id) is not a call: it is counted apart. An adapter's test extends this class:
 *
 * <pre>{@code
 * class MyGuardTest extends UseCaseGuard {
 *   protected GuardStorage newStorage() { return new GuardStorage(..., digestOfMyTables); }
 * }
 * }</pre>
 *
 * <p>Each use case runs on a fresh, seeded store; the number of generated calls per use case
 * is printed. The generation is seeded ({@link #seed()}, or the system property
 * {@code vouchers.guard.seed}) so that a run is repeatable.
 */
public abstract class UseCaseGuard {
  /** The longest message a refusal may carry. */
  public static final int MAX_MESSAGE = 500;

  /** A fresh, empty store of every port with its digest. */
  protected abstract GuardStorage newStorage();

  /** How many calls are generated per use case (default 200). */
  protected int callsPerUseCase() {
    return 200;
  }

  /** The seed of the generation. */
  protected long seed() {
    return Long.getLong("vouchers.guard.seed", 20_261_206L);
  }

  /**
   * (use case, field) pairs tolerated for now: their failures are reported but do not fail
   * the test. Default: none.
   */
  protected Set<KnownFailure> knownFailures() {
    return Set.of();
  }

  /** The adapter's name in the printed figures. */
  protected String adapterName() {
    return getClass().getSimpleName();
  }

  @Test
  void everyUseCaseOfTheProgrammeHasAHostileInputGenerator_L4() {
    assertThat(UseCaseCalls.missing())
        .as("use cases without a generator in UseCaseCalls (add one)").isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> noUseCaseThrowsAndNoRefusalChangesTheStore_L4() {
    return UseCaseCalls.covered().stream().map(useCase ->
        dynamicTest(useCase.getSimpleName(), () -> attack(useCase)));
  }

  /** What one use case's calls did. */
  private static final class Tally {
    int calls;
    int accepted;
    int refused;
    int unbuildable;
    final Map<String, String> failures = new LinkedHashMap<>();
    final Map<String, String> known = new LinkedHashMap<>();
  }

  private void attack(Class<?> useCase) {
    long started = System.nanoTime();
    GuardWorld world = GuardWorld.over(newStorage());
    long seeded = System.nanoTime();
    Set<KnownFailure> tolerated = knownFailures();
    Tally tally = new Tally();
    String[] state = {world.digest()};
    qt().withFixedSeed(seed() ^ useCase.getSimpleName().hashCode())
        .withExamples(callsPerUseCase())
        .withShrinkCycles(0)
        .forAll(UseCaseCalls.calls(useCase, world))
        .checkAssert(call -> {
          state[0] = run(call, world, tally, tolerated, state[0]);
          // the world's time moves on between calls: windows close, terms and vouchers expire
          world.clock.advance(java.time.Duration.ofHours(7));
        });
    System.out.printf("UseCaseGuard[%s] %s: %d generated calls (%d accepted, %d refused, "
        + "%d refused by a constructor), %d known failures, %d failures; seeding %d ms, calls %d"
        + " ms%n", adapterName(), useCase.getSimpleName(), tally.calls + tally.unbuildable,
        tally.accepted, tally.refused, tally.unbuildable, tally.known.size(),
        tally.failures.size(), (seeded - started) / 1_000_000,
        (System.nanoTime() - seeded) / 1_000_000);
    tally.known.forEach((field, example) -> System.out.printf(
        "UseCaseGuard[%s]   known failure %s.%s: %s%n", adapterName(),
        useCase.getSimpleName(), field, example));
    assertThat(tally.failures).as("L-4: %s threw, or changed the store on a refusal, or "
        + "refused with a long message (field -> first example)", useCase.getSimpleName())
        .isEmpty();
  }

  private static String run(Call call, GuardWorld world, Tally tally, Set<KnownFailure> tolerated,
      String before) {
    Object command;
    try {
      command = call.build();
    } catch (IllegalArgumentException | NullPointerException e) {
      tally.unbuildable++;
      return before;
    }
    tally.calls++;
    Instant saved = world.clock.instant();
    call.clock.ifPresent(world.clock::set);
    Object result;
    try {
      result = call.invoke(command);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      fail(call, tally, tolerated, "threw " + trace(e));
      return world.digest();
    } finally {
      world.clock.set(saved);
    }
    if (!(result instanceof Either<?, ?> either)) {
      fail(call, tally, tolerated, "returned " + result + " instead of an Either");
      return world.digest();
    }
    String after = world.digest();
    if (either.isRight()) {
      tally.accepted++;
      if (either.get() == null) {
        fail(call, tally, tolerated, "accepted with a null value");
      }
      return after;
    }
    tally.refused++;
    if (!(either.getLeft() instanceof Refusal refusal)) {
      fail(call, tally, tolerated, "refused with " + either.getLeft());
      return after;
    }
    if (!after.equals(before)) {
      fail(call, tally, tolerated, "changed the store although refused: " + refusal);
    }
    for (Reason reason : refusal.reasons()) {
      if (reason.message().length() > MAX_MESSAGE) {
        fail(call, tally, tolerated, "refused with a message of " + reason.message().length()
            + " characters: " + Fields.show(reason.message()));
      }
    }
    return after;
  }

  private static void fail(Call call, Tally tally, Set<KnownFailure> tolerated, String what) {
    String example = what + " | " + call;
    if (tolerated.contains(KnownFailure.of(call.useCase, call.hostileField))) {
      tally.known.putIfAbsent(call.hostileField, example);
    } else {
      tally.failures.putIfAbsent(call.hostileField, example);
    }
  }

  /** The exception and the first frames of the library that threw it. */
  private static String trace(Throwable e) {
    List<String> lines = new ArrayList<>();
    lines.add(e.toString().length() > 200 ? e.toString().substring(0, 200) + "..." : e.toString());
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith("dev.vouchers.") && lines.size() < 5) {
        lines.add("at " + frame);
      }
    }
    return String.join(" / ", lines);
  }
}
