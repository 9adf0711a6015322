// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.generators;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.testkit.model.ImportCommand;
import dev.vouchers.testkit.model.ImportHarness;
import dev.vouchers.testkit.model.ImportModel;
import dev.vouchers.testkit.model.ImportModel.Format;
import dev.vouchers.testkit.model.ImportModel.Row;
import dev.vouchers.testkit.model.ImportModel.Spelling;
import java.time.Duration;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.stateful.Command;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of import scenarios (M-1): small batches over the few codes of
 * {@link ImportModel#CODES}, so that repeated codes within a batch and clashes with earlier
 * batches are frequent, with every importable status, expiries around the clock moves, every
 * spelling, now and then a malformed row or a row of the other format; redemptions by code and
 * clock moves in between.
 */
public final class ImportGenerators {
  private ImportGenerators() {}

  private static final List<Duration> EXPIRIES = List.of(Duration.ofDays(-1),
      Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(30));
  private static final List<VoucherStatus> STATUSES = List.of(VoucherStatus.VALID,
      VoucherStatus.ASSIGNED, VoucherStatus.REDEEMED, VoucherStatus.EXPIRED,
      VoucherStatus.CANCELLED);

  private static Gen<Row> rows(Gen<Integer> codes, int malformedInTen) {
    Gen<Boolean> malformed = integers().between(1, 10).map(n -> n <= malformedInTen);
    return codes.zip(Generate.enumValues(Spelling.class), Generate.pick(STATUSES),
        Generate.pick(EXPIRIES), malformed, Row::new);
  }

  /** A batch of 1..4 rows in one format: mostly its own codes, one in ten of the other's. */
  private static Gen<ImportCommand> batches() {
    Gen<Integer> legacy = Generate.frequency(List.of(
        Pair.of(9, integers().between(0, 3)), Pair.of(1, integers().between(4, 6))));
    Gen<Integer> shopx = Generate.frequency(List.of(
        Pair.of(9, integers().between(4, 6)), Pair.of(1, integers().between(0, 3))));
    return Generate.frequency(List.of(
        Pair.of(2, lists().of(rows(legacy, 1)).ofSizeBetween(1, 4)
            .map(rows -> ImportCommand.importBatch(Format.LEGACY, rows))),
        Pair.of(1, lists().of(rows(shopx, 1)).ofSizeBetween(1, 4)
            .map(rows -> ImportCommand.importBatch(Format.SHOPX, rows)))));
  }

  /** One step of an import scenario. */
  public static Gen<ImportCommand> importCommands() {
    Gen<ImportCommand> advance = Generate.pick(List.of(Duration.ofMinutes(30),
        Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(29)))
        .map(ImportCommand::advance);
    return Generate.frequency(List.of(
        Pair.of(4, batches()),
        Pair.of(3, integers().between(0, ImportModel.CODES.size() - 1)
            .map(ImportCommand::redeem)),
        Pair.of(1, advance)));
  }

  /** Scenarios of {@code min..max} steps. */
  public static Gen<List<ImportCommand>> importScenarios(int min, int max) {
    return lists().of(importCommands()).ofSizeBetween(min, max);
  }

  /**
   * Steps that race from several threads (M-1, V-7): valid batches of one to three of the four
   * {@link Format#LEGACY} codes (so that most pairs of batches share a code: of two, exactly
   * one may win, and none may be stored in part) and redemptions of those codes. No step moves
   * the clock.
   *
   * @param maxSteps the most steps (2..maxSteps)
   */
  public static Gen<List<Command<ImportHarness, ImportModel>>> racingImportSteps(int maxSteps) {
    Gen<ImportCommand> batch = lists().of(rows(integers().between(0, 3), 0)).ofSizeBetween(1, 3)
        .map(rows -> ImportCommand.importBatch(Format.LEGACY, rows));
    Gen<ImportCommand> step = Generate.frequency(List.of(
        Pair.of(3, batch),
        Pair.of(1, integers().between(0, 3).map(ImportCommand::redeem))));
    return lists().of(step.map(ImportCommand::ignoringOutcome)).ofSizeBetween(2, maxSteps);
  }
}
