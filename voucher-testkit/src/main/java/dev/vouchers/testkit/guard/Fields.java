// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.guard;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.SupportedTime;
import dev.vouchers.core.kernel.UserId;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Draws the fields of one call: at most one of them (the clock counts as one) gets a hostile
 * value, every other a plausible one (valid, or another partner's, or unknown), so that calls
 * are accepted often enough for state to change and a failure names the field that caused it.
 */
final class Fields {
  /**
   * Clocks at the ends of time and just outside the supported range (a clock inside it, even
   * at its end, is plausible: the sweeps would then settle thousands of terms per call).
   */
  private static final List<Instant> EXTREME_CLOCKS = List.of(Instant.MAX,
      Instant.MAX.minusSeconds(1), Instant.MIN, Instant.MIN.plusSeconds(1),
      SupportedTime.LATEST.plusSeconds(1), SupportedTime.EARLIEST.minusSeconds(1),
      Instant.parse("9999-12-31T23:59:59Z"), Instant.EPOCH);

  private final RandomnessSource in;
  final GuardWorld world;
  private final int hostile;
  private int next = 1;
  private @Nullable String hostileName;
  private final List<String> described = new ArrayList<>();
  private final Optional<Instant> clock;

  Fields(RandomnessSource in, GuardWorld world, int fields) {
    this.in = in;
    this.world = world;
    // one call in five is all plausible; otherwise one field, or the clock (0), is hostile
    this.hostile = in.next(Constraint.between(0, 4)) == 0 ? -1
        : (int) in.next(Constraint.between(0, fields));
    if (hostile == 0) {
      clock = Optional.of(HostileInputs.pick(in, EXTREME_CLOCKS));
      hostileName = "clock";
      described.add("clock=" + clock.get());
    } else {
      clock = Optional.empty();
    }
  }

  private boolean hostile(String name) {
    boolean now = next++ == hostile;
    if (now) {
      hostileName = name;
    }
    return now;
  }

  private <T> T field(String name, Supplier<T> plausible, Gen<T> hostileValues) {
    T value = hostile(name) ? hostileValues.generate(in) : plausible.get();
    described.add(name + "=" + show(value));
    return value;
  }

  boolean chance(int percent) {
    return in.next(Constraint.between(0, 99)) < percent;
  }

  <T> T pick(List<T> values) {
    return HostileInputs.pick(in, values);
  }

  // ------------------------------------------------------------------ kinds of fields

  /** The acting principal: mostly {@code preferred}, else any; hostile: foreign or odd ones. */
  Actor principal(Actor preferred) {
    return field("principal", () -> chance(75) ? preferred : pick(world.principals),
        r -> pick(List.of(world.adminB, world.holder, world.service,
            new Actor.PartnerUser(new UserId("stranger"), new PartnerId("guard-unknown"),
                PartnerRole.ADMIN),
            new Actor.VendorStaff(new UserId("staff"), EnumSet.allOf(StaffRole.class)))));
  }

  /** Text: mostly {@code plausible}; hostile: {@link HostileInputs#strings()}. */
  String text(String name, String plausible) {
    return field(name, () -> plausible, HostileInputs.strings());
  }

  /** An optional text. */
  Optional<String> optionalText(String name, String plausible) {
    return field(name, () -> chance(20) ? Optional.<String>empty() : Optional.of(plausible),
        HostileInputs.strings().map(Optional::of));
  }

  /** An e-mail address. */
  String email(String name, String plausible) {
    return field(name, () -> plausible, HostileInputs.emails());
  }

  /** An id's value: one of {@code known} or an unknown one; hostile: odd 1..64 characters. */
  String id(String name, List<String> known) {
    return field(name, () -> known.isEmpty() || chance(10) ? "guard-unknown" : pick(known),
        HostileInputs.idStrings());
  }

  /** An int between {@code low} and {@code high}; hostile: every boundary. */
  int integer(String name, int low, int high) {
    return field(name, () -> (int) in.next(Constraint.between(low, high)), HostileInputs.ints());
  }

  /** A long between {@code low} and {@code high}; hostile: every boundary. */
  long longValue(String name, long low, long high) {
    return field(name, () -> in.next(Constraint.between(low, high)), HostileInputs.longs());
  }

  /** A decimal, mostly {@code plausible}; hostile: extreme scale and precision. */
  BigDecimal decimal(String name, BigDecimal plausible) {
    return field(name, () -> plausible, HostileInputs.decimals());
  }

  /** A duration. */
  Duration duration(String name, Duration plausible) {
    return field(name, () -> plausible, HostileInputs.durations());
  }

  /** An instant near the world's clock; hostile: the ends of time. */
  Instant instant(String name) {
    return field(name, () -> world.clock.instant().plus(Duration.ofDays(
        in.next(Constraint.between(-400, 400)))), HostileInputs.instants());
  }

  /** A link. */
  URI uri(String name, URI plausible) {
    return field(name, () -> plausible, HostileInputs.uris());
  }

  /** A page cursor: none, or one the library issued; hostile: foreign and tampered ones. */
  Optional<String> cursor(String name) {
    return field(name, () -> chance(50) || world.cursors.isEmpty() ? Optional.<String>empty()
        : Optional.of(pick(world.cursors)), HostileInputs.cursors().map(Optional::of));
  }

  /** A value of an enum. */
  <E extends Enum<E>> E choice(String name, Class<E> type) {
    E[] values = type.getEnumConstants();
    Supplier<E> any = () -> values[(int) in.next(Constraint.between(0, values.length - 1))];
    return field(name, any, r -> any.get());
  }

  /** A subset of an enum's values. */
  <E extends Enum<E>> Set<E> subset(String name, Class<E> type) {
    Supplier<Set<E>> any = () -> {
      Set<E> chosen = EnumSet.noneOf(type);
      for (E value : type.getEnumConstants()) {
        if (chance(40)) {
          chosen.add(value);
        }
      }
      return chosen;
    };
    return field(name, any, r -> chance(50) ? EnumSet.allOf(type) : EnumSet.noneOf(type));
  }

  /** A boolean. */
  boolean bool(String name) {
    return field(name, () -> chance(70), r -> chance(50));
  }

  /** Any other kind: plausible and hostile values given. */
  <T> T other(String name, Supplier<T> plausible, Function<RandomnessSource, T> hostileValue) {
    return field(name, plausible, hostileValue::apply);
  }

  /** The call, once every field is drawn. */
  <C> Call call(String useCase, Supplier<C> build, Function<C, ?> invoke) {
    return new Call(useCase, hostileName == null ? "none" : hostileName,
        String.join(", ", described), clock, build, invoke);
  }

  /** A short, escaped rendering of a value for reports. */
  static String show(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    String text = value.toString();
    StringBuilder out = new StringBuilder();
    int limit = Math.min(text.length(), 40);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || Character.isSurrogate(c)
          || c == '\u2028' || c == '\u2029' || c >= 0xfdd0 && c <= 0xfdef || c >= 0xfffe) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    if (text.length() > limit) {
      out.append("...(").append(text.length()).append(" chars)");
    }
    return value instanceof String ? "\"" + out + "\"" : out.toString();
  }
}
