// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static dev.vouchers.testkit.contract.RotationSteps.AGENT;
import static dev.vouchers.testkit.contract.RotationSteps.CALLER;
import static dev.vouchers.testkit.contract.RotationSteps.CUSTOMER;
import static dev.vouchers.testkit.contract.RotationSteps.OPERATOR;
import static dev.vouchers.testkit.contract.RotationSteps.PARTNER;
import static dev.vouchers.testkit.contract.RotationSteps.PRODUCT;
import static dev.vouchers.testkit.contract.RotationSteps.found;
import static dev.vouchers.testkit.contract.RotationSteps.initialKey;
import static dev.vouchers.testkit.contract.RotationSteps.order;
import static dev.vouchers.testkit.contract.RotationSteps.redeem;
import static dev.vouchers.testkit.contract.RotationSteps.rekey;
import static dev.vouchers.testkit.contract.RotationSteps.require;
import static dev.vouchers.testkit.contract.RotationSteps.setUp;
import static dev.vouchers.testkit.contract.RotationSteps.shown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.ordering.domain.ImportRow;
import dev.vouchers.core.ordering.port.in.ImportCodes;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.domain.code.CodeKey;
import dev.vouchers.core.voucher.domain.code.CodeKeyRing;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.domain.code.ImportFormat;
import dev.vouchers.core.voucher.domain.code.VoucherCode;
import dev.vouchers.core.voucher.port.in.GetVoucher;
import dev.vouchers.core.voucher.port.in.LookUpCode;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.RekeyCodes;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.out.CodeRekeying;
import dev.vouchers.testkit.Concurrently;
import dev.vouchers.testkit.MutableClock;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * G-4 (ADR 0051) over an adapter's storage: the keys that protect codes at rest rotate without
 * downtime. Codes stored under the key of before rotation stay found, redeemable and
 * retrievable once a new key is current; new codes are stored under the new key; the
 * re-keying job ({@link RekeyCodes}) moves them to it in batches, resumably, also while
 * redemptions run; then no stored row refers to the old key and it can leave the ring. In the
 * shown-once mode nothing can be moved, and the old key keeps finding its codes.
 *
 * <p>An adapter's test gives its {@link CodeRekeying} over the same storage and, for a database,
 * a raw dump of its tables, searched for the old key's digests as the codes-at-rest tests do.
 */
public abstract class KeyRotationContract extends StorageContract {
  private static final Instant START = Instant.parse("2025-05-05T09:00:00Z");
  private static final URI PAGE = URI.create("https://shop.example/redeem");
  /** The race's figures (also in the report of the G-4 change). */
  static final int RACE_VOUCHERS = 240;
  static final int RACE_REDEEMERS = 4;
  static final int RACE_JOBS = 2;
  static final int RACE_BATCH = 9;

  private final MutableClock clock = new MutableClock(START);
  private final ProgrammeSettings settings =
      ProgrammeSettings.builder().redemptionBaseUrl(PAGE).build();

  /** The re-keying port over the storage {@link #newStorage} made last. */
  protected abstract CodeRekeying codeRekeying();

  /**
   * The raw contents of every table of the storage, binary columns as hex, for stores that
   * have tables (empty for the in-memory store, whose state is the objects).
   *
   * @return the dump
   */
  protected Optional<String> rawDump() {
    return Optional.empty();
  }

  private VoucherProgramme programme(CodeVault vault) {
    return programme(vault, settings);
  }

  private VoucherProgramme programme(CodeVault vault, ProgrammeSettings settings) {
    return storage.programme(clock).settings(settings)
        .codeRekeying(codeRekeying())
        .codeVault(vault)
        .build();
  }

  @Test
  void rotatedKeyKeepsOldCodesRedeemable_G4() {
    CodeKeyRing before = CodeKeyRing.of(initialKey());
    VoucherProgramme old = programme(CodeVault.of(before));
    setUp(old);
    PlacedOrder earlier = order(old, 3);
    String shownBefore = shown(old, earlier, 0);

    CodeVault rotated = CodeVault.of(before.rotatedTo(CodeVault.randomKey("k2")));
    VoucherProgramme programme = programme(rotated);
    // found, shown and redeemed under the older key
    assertThat(found(programme, earlier.codes().get(0))).isTrue();
    assertThat(shown(programme, earlier, 0)).isEqualTo(shownBefore)
        .isEqualTo(settings.codeFormat().format(earlier.codes().get(0)));
    assertThat(redeem(programme, earlier.codes().get(1)).isRight()).isTrue();
    // a new order is stored under the new key at once
    PlacedOrder later = order(programme, 2);
    assertThat(codeRekeying().codesUnder(Set.of(CodeKey.INITIAL, "k2")))
        .containsEntry(CodeKey.INITIAL, 3L).containsEntry("k2", 2L);
    assertThat(found(programme, later.codes().get(0))).isTrue();
    // the old programme (still on the old ring) does not know the new key's codes
    assertThat(found(old, later.codes().get(0))).isFalse();
    RekeyCodes.Progress progress = rekey(programme, 0);
    assertThat(progress.currentKey()).isEqualTo("k2");
    assertThat(progress.moved()).isZero();
    assertThat(progress.remaining()).containsExactly(Map.entry(CodeKey.INITIAL, 3L));
    assertThat(progress.droppable(CodeKey.INITIAL)).isFalse();
  }

  /**
   * G-4 as a property: random runs of orders, rotations to a new key, re-keying batches and
   * drops of an older key that holds no code, each on fresh storage. After every step every
   * code ordered so far is found; a batch moves as many codes as it may and as lie under older
   * keys; the codes left under older keys are the model's count; a key is droppable exactly
   * when none is left under it.
   */
  @Test
  void everyCodeStaysFoundThroughRandomRotationsBatchesAndDrops_G4() {
    qt().withExamples(PROPERTY_EXAMPLES).withShrinkCycles(10)
        .forAll(lists().of(integers().between(0, 9)).ofSizeBetween(1, 12))
        .checkAssert(steps -> {
          try {
            storage = newStorage();
          } catch (Exception e) {
            throw new IllegalStateException("no fresh storage for the example", e);
          }
          runRotationScenario(steps);
        });
  }

  /** How many random runs the property above checks per adapter. */
  static final int PROPERTY_EXAMPLES = 10;

  private void runRotationScenario(List<Integer> steps) {
    CodeKeyRing ring = CodeKeyRing.of(initialKey());
    VoucherProgramme programme = programme(CodeVault.of(ring));
    setUp(programme);
    List<VoucherCode> codes = new ArrayList<>();
    long underOlderKeys = 0;
    int rotations = 0;
    for (int step : steps) {
      if (step <= 3) { // an order of 1..4 codes, under the current key
        codes.addAll(order(programme, step + 1).codes());
      } else if (step <= 5) { // a new key becomes current at once
        ring = ring.rotatedTo(CodeVault.randomKey("k" + ++rotations));
        programme = programme(CodeVault.of(ring));
        underOlderKeys = codes.size();
      } else if (step <= 8) { // one batch of 1..3
        int limit = step - 5;
        RekeyCodes.Progress progress = rekey(programme, limit);
        assertThat(progress.moved()).isEqualTo(Math.min(limit, underOlderKeys));
        underOlderKeys -= progress.moved();
        assertThat(progress.left()).isEqualTo(underOlderKeys);
        for (Map.Entry<String, Long> left : progress.remaining().entrySet()) {
          assertThat(progress.droppable(left.getKey())).isEqualTo(left.getValue() == 0);
        }
      } else { // drop the oldest older key that holds no code, if any
        RekeyCodes.Progress progress = rekey(programme, 0);
        Optional<String> empty = progress.remaining().entrySet().stream()
            .filter(left -> left.getValue() == 0).map(Map.Entry::getKey).findFirst();
        if (empty.isPresent()) {
          ring = ring.without(empty.get());
          programme = programme(CodeVault.of(ring));
        }
      }
      for (VoucherCode code : codes) {
        assertThat(found(programme, code)).as("%s after step %s", code, step).isTrue();
      }
    }
  }

  @Test
  void anImportedCodeIsRekeyedAndRedeemsInItsOwnFormatWithoutTheOldKey_G4_M1() {
    ProgrammeSettings importing = ProgrammeSettings.builder().redemptionBaseUrl(PAGE)
        .addImportFormats(new ImportFormat("legacy", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 8,
            false)).build();
    CodeKeyRing before = CodeKeyRing.of(initialKey());
    VoucherProgramme old = programme(CodeVault.of(before), importing);
    setUp(old);
    Actor manager = Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);
    List<ImportRow> rows = List.of(
        new ImportRow(2, "OLD00001", PRODUCT.value(), "1", "0", "0", "VALID", "2027-06-30", "",
            ""),
        new ImportRow(3, "OLD00002", PRODUCT.value(), "1", "0", "0", "VALID", "2027-06-30", "",
            ""));
    require(old.ordering().importCodes().importCodes(
        new ImportCodes.Command(manager, PARTNER, "legacy", rows::forEach)));
    CodeKeyRing rotatedRing = before.rotatedTo(CodeVault.randomKey("k2"));
    VoucherProgramme rotated = programme(CodeVault.of(rotatedRing), importing);

    RekeyCodes.Progress progress = rekey(rotated, 100);

    assertThat(progress.moved()).isEqualTo(2);
    assertThat(progress.droppable(CodeKey.INITIAL)).isTrue();
    VoucherProgramme dropped =
        programme(CodeVault.of(rotatedRing.without(CodeKey.INITIAL)), importing);
    assertThat(dropped.vouchers().lookUpCode().lookUp(new LookUpCode.Command(CUSTOMER, "OLD00002",
        CALLER)).isRight()).isTrue();
    assertThat(dropped.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(CUSTOMER,
        VoucherRef.code("old00001", CALLER))).isRight()).isTrue();
  }

  @Test
  void rekeyingMovesEveryRetrievableCodeResumablyAndTheOldKeyCanBeDropped_G4() {
    CodeKeyRing before = CodeKeyRing.of(initialKey());
    VoucherProgramme old = programme(CodeVault.of(before));
    setUp(old);
    PlacedOrder earlier = order(old, 7);
    // two activation e-mails: the outbox carries their codes, under the old key too
    for (int i = 0; i < 2; i++) {
      require(old.vouchers().sendActivationLink().send(new SendActivationLink.Command(AGENT,
          earlier.voucher(i), "person" + i + "@customer.example", "Enjoy")));
    }
    CodeKeyRing rotatedRing = before.rotatedTo(CodeVault.randomKey("k2"));
    VoucherProgramme programme = programme(CodeVault.of(rotatedRing));
    assertThat(rekey(programme, 0).remaining()).containsEntry(CodeKey.INITIAL, 9L);

    // resumable: a run moves at most its limit, the next one goes on where it stopped
    RekeyCodes.Progress first = rekey(programme, 4);
    assertThat(first.moved()).isEqualTo(4);
    assertThat(first.remaining()).containsEntry(CodeKey.INITIAL, 5L);
    RekeyCodes.Progress rest = rekey(programme, 100);
    assertThat(rest.moved()).isEqualTo(5);
    assertThat(rest.left()).isZero();
    assertThat(rest.droppable(CodeKey.INITIAL)).isTrue();
    assertThat(rekey(programme, 100).moved()).isZero();
    assertThat(programme.codesRekeyed()).isEqualTo(9);

    // the old key leaves the ring: every code is found, redeemed and shown without it
    VoucherProgramme dropped = programme(CodeVault.of(rotatedRing.without(CodeKey.INITIAL)));
    for (int i = 0; i < 7; i++) {
      assertThat(shown(dropped, earlier, i))
          .isEqualTo(settings.codeFormat().format(earlier.codes().get(i)));
    }
    assertThat(found(dropped, earlier.codes().get(6))).isTrue();
    assertThat(redeem(dropped, earlier.codes().get(5)).isRight()).isTrue();
    // the rotated programme refuses nonsense and strangers, changing nothing
    assertThat(programme.vouchers().rekeyCodes().rekey(new RekeyCodes.Command(OPERATOR, -1))
        .isLeft())
        .isTrue();
    assertThat(programme.vouchers().rekeyCodes().rekey(new RekeyCodes.Command(CUSTOMER, 10))
        .isLeft())
        .isTrue();
  }

  @Test
  void shownOnceCodesStayUnderTheirKeyAndKeepWorking_G4() {
    byte[] lookup = new byte[32];
    new SecureRandom().nextBytes(lookup);
    CodeKeyRing before = CodeKeyRing.of(CodeKey.shownOnce(CodeKey.INITIAL, lookup));
    VoucherProgramme old = programme(CodeVault.of(before));
    setUp(old);
    PlacedOrder earlier = order(old, 3);
    byte[] next = new byte[32];
    new SecureRandom().nextBytes(next);
    VoucherProgramme programme =
        programme(CodeVault.of(before.rotatedTo(CodeKey.shownOnce("k2", next))));
    // a digest cannot be made again without the code: nothing moves, the old key stays needed
    RekeyCodes.Progress progress = rekey(programme, 100);
    assertThat(progress.moved()).isZero();
    assertThat(progress.remaining()).containsEntry(CodeKey.INITIAL, 3L);
    assertThat(progress.droppable(CodeKey.INITIAL)).isFalse();
    assertThat(found(programme, earlier.codes().get(0))).isTrue();
    assertThat(redeem(programme, earlier.codes().get(1)).isRight()).isTrue();
  }

  /**
   * The test: the key rotates during a run of redemptions. Redeemers on several threads
   * redeem every code of an order stored under the old key, through a programme already on the
   * new ring, while two re-keying jobs (as on two instances) move the codes in small batches.
   * No redemption fails; afterwards every voucher is redeemed, the jobs together moved every
   * row once, and no row refers to the old key: by the key-id columns and, for a database, by
   * its raw contents, which hold none of the old key's digests.
   */
  @Test
  void rotateDuringRedemptionsNoneFailsAndNoRowKeepsTheOldKey_G4() throws Exception {
    CodeKeyRing before = CodeKeyRing.of(initialKey());
    CodeVault oldVault = CodeVault.of(before);
    VoucherProgramme old = programme(oldVault);
    setUp(old);
    PlacedOrder race = order(old, RACE_VOUCHERS);
    CodeVault rotated = CodeVault.of(before.rotatedTo(CodeVault.randomKey("k2")));
    long rows = rekey(programme(rotated), 0).left();
    assertThat(rows).isEqualTo(RACE_VOUCHERS);

    AtomicLong moved = new AtomicLong();
    List<Callable<Integer>> racers = new ArrayList<>();
    for (int r = 0; r < RACE_REDEEMERS; r++) {
      int first = r;
      VoucherProgramme redeemer = programme(rotated);
      racers.add(() -> {
        int failed = 0;
        for (int i = first; i < RACE_VOUCHERS; i += RACE_REDEEMERS) {
          if (redeem(redeemer, race.codes().get(i)).isLeft()) {
            failed++;
          }
        }
        return failed;
      });
    }
    for (int j = 0; j < RACE_JOBS; j++) {
      VoucherProgramme instance = programme(rotated);
      racers.add(() -> {
        RekeyCodes.Progress progress;
        do {
          progress = rekey(instance, RACE_BATCH);
          moved.addAndGet(progress.moved());
        } while (progress.moved() > 0);
        return 0;
      });
    }
    assertThat(Concurrently.call(racers)).as("failed redemptions per racer").containsOnly(0);

    // a job that found nothing left to claim while the other still held its last batch ends;
    // one more run finds nothing either
    RekeyCodes.Progress after = rekey(programme(rotated), 1_000);
    moved.addAndGet(after.moved());
    assertThat(after.left()).isZero();
    assertThat(moved.get()).isEqualTo(rows);
    assertThat(codeRekeying().codesUnder(Set.of(CodeKey.INITIAL, "k2")))
        .containsEntry(CodeKey.INITIAL, 0L).containsEntry("k2", (long) RACE_VOUCHERS);
    VoucherProgramme dropped =
        programme(CodeVault.of(rotated.keyRing().without(CodeKey.INITIAL)));
    for (int i = 0; i < RACE_VOUCHERS; i++) {
      assertThat(require(dropped.vouchers().getVoucher().get(new GetVoucher.Command(AGENT,
          race.voucher(i)))).voucher().status()).isEqualTo(VoucherStatus.REDEEMED);
    }
    Optional<String> dump = rawDump();
    if (dump.isPresent()) {
      HexFormat hex = HexFormat.of();
      for (VoucherCode code : race.codes()) {
        assertThat(dump.get()).as("the old key's digest of a code")
            .doesNotContain(hex.formatHex(oldVault.digest(code).bytes()))
            .contains(hex.formatHex(rotated.digest(code).bytes()));
      }
    }
  }
}
