// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.model;

import dev.vouchers.testkit.model.ImportModel.Format;
import dev.vouchers.testkit.model.ImportModel.Row;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.quicktheories.core.stateful.Command;

/**
 * One step of a generated import scenario (M-1): runs on the {@link ImportHarness} and predicts
 * the next {@link ImportModel}.
 *
 * @param kind what to do
 * @param format the batch's declared format (IMPORT)
 * @param rows the batch's rows (IMPORT)
 * @param code the code's position in {@link ImportModel#CODES} (REDEEM)
 * @param by how far the clock moves (ADVANCE)
 */
public record ImportCommand(Kind kind, Format format, List<Row> rows, int code, Duration by)
    implements Command<ImportHarness, ImportModel> {

  /** The kinds of step. */
  public enum Kind {
    /** Vendor staff import a batch. */
    IMPORT,
    /** An end customer redeems a code, typed in another spelling than it was imported in. */
    REDEEM,
    /** The clock moves. */
    ADVANCE
  }

  /** Every part is required; the rows are copied. */
  public ImportCommand {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(format, "format");
    rows = List.copyOf(rows);
    Objects.requireNonNull(by, "by");
  }

  /** Import a batch. */
  public static ImportCommand importBatch(Format format, List<Row> rows) {
    return new ImportCommand(Kind.IMPORT, format, rows, 0, Duration.ZERO);
  }

  /** Redeem a code. */
  public static ImportCommand redeem(int code) {
    return new ImportCommand(Kind.REDEEM, Format.LEGACY, List.of(), code, Duration.ZERO);
  }

  /** Move the clock. */
  public static ImportCommand advance(Duration by) {
    return new ImportCommand(Kind.ADVANCE, Format.LEGACY, List.of(), 0, by);
  }

  /**
   * This step for a parallel check: steps that race have no "last" outcome, so its prediction
   * leaves the outcome out ({@link ImportModel#withoutOutcome()}).
   *
   * @return the same step, predicting the state alone
   */
  public Command<ImportHarness, ImportModel> ignoringOutcome() {
    return RacingStep.of(this, ImportModel::withoutOutcome);
  }

  @Override
  public void run(ImportHarness sut) {
    switch (kind) {
      case IMPORT -> sut.importBatch(format, rows);
      case REDEEM -> sut.redeem(code);
      case ADVANCE -> sut.advance(by);
      default -> throw new IllegalStateException("unknown kind " + kind);
    }
  }

  @Override
  public ImportModel nextState(ImportModel model) {
    return switch (kind) {
      case IMPORT -> model.importBatch(format, rows);
      case REDEEM -> model.redeem(code);
      case ADVANCE -> model.advance(by);
    };
  }

  @Override
  public String toString() {
    return switch (kind) {
      case IMPORT -> "IMPORT(" + format.declaredName() + ", " + rows.stream()
          .map(r -> (r.malformed() ? "malformed " : "") + ImportModel.CODES.get(r.code())
              .printed() + " " + r.spelling() + " " + r.status() + " +" + r.expiresAfter())
          .toList() + ")";
      case REDEEM -> "REDEEM(" + ImportModel.CODES.get(code).printed() + ")";
      case ADVANCE -> "ADVANCE(" + by + ")";
    };
  }
}
