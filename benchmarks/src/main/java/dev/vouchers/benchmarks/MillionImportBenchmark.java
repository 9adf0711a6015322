// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.ordering.port.in.ImportCodes;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.voucher.domain.code.ImportFormat;
import dev.vouchers.csv.CsvImportSource;
import dev.vouchers.jdbc.JdbcStorage;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * M-1: an import of {@value #COUNT} codes of an earlier system on PostgreSQL, each side in one
 * transaction, timed once per iteration (single shot; the tables are emptied before every
 * iteration, outside the measured time). Scores are seconds per import; the ratio is baseline
 * time / library time.
 *
 * <ul>
 *   <li>{@link #library()}: {@code importCodes} of a CSV file of {@value #COUNT} rows (written
 *       once per trial, outside the measurement) read with {@link CsvImportSource}: the file is
 *       read and every row checked, then read again, every code normalised, digested and sealed
 *       (HMAC, AES-GCM) and the rows written by COPY into the vouchers table after a savepoint
 *       (a clash would stage them to name the lines; none here).
 *   <li>{@link #rawCopy()}: the order-1m baseline ({@link MillionOrderBenchmark#rawOrder}): the
 *       order and line rows by INSERT and {@value #COUNT} voucher rows of random bytes by COPY
 *       into the same columns, in one transaction.
 * </ul>
 *
 * <p>Not final: JMH generates subclasses of benchmark classes.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 1)
@State(Scope.Benchmark)
public class MillionImportBenchmark {
  /** Codes imported. */
  public static final int COUNT = MillionOrderBenchmark.COUNT;

  /** The earlier system's format: twelve symbols without 0, 1, I and O. */
  static final ImportFormat FORMAT =
      new ImportFormat("legacy", "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 12, false);

  private static final Actor MANAGER =
      Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);

  private BenchDatabase db;
  private Importer importer;
  private Path file;

  /** Creates the benchmark state; JMH calls the setup methods before measuring. */
  public MillionImportBenchmark() {}

  /** Starts PostgreSQL and the library over it; writes the CSV file. */
  @Setup(Level.Trial)
  public void start() throws IOException {
    db = BenchDatabase.start(BenchDatabase.Kind.POSTGRESQL, 1);
    importer = new Importer(db);
    file = csv(COUNT);
  }

  /** Empties the order and voucher tables. */
  @Setup(Level.Iteration)
  public void clear() {
    db.clearVouchers();
  }

  /** Checks that the iteration stored every code. */
  @TearDown(Level.Iteration)
  public void check() {
    long stored = db.count("SELECT COUNT(*) FROM vouchers_vouchers");
    if (stored != COUNT) {
      throw new IllegalStateException("expected " + COUNT + " vouchers stored, found " + stored);
    }
  }

  /** Stops PostgreSQL, deletes the file. */
  @TearDown(Level.Trial)
  public void stop() throws IOException {
    db.close();
    Files.deleteIfExists(file);
  }

  /**
   * The library: one import of {@value #COUNT} codes from CSV.
   *
   * @return the imported order
   */
  @Benchmark
  public ImportCodes.ImportedOrder library() {
    return importer.run(file);
  }

  /**
   * The baseline: order row, line row and {@value #COUNT} voucher rows of random bytes by COPY.
   *
   * @return the order id
   * @throws SQLException if the database fails
   */
  @Benchmark
  public String rawCopy() throws SQLException {
    return MillionOrderBenchmark.rawOrder(db, COUNT);
  }

  /**
   * Writes {@code count} rows with distinct codes of {@link #FORMAT}.
   *
   * @param count the rows
   * @return the file
   * @throws IOException if it cannot be written
   */
  static Path csv(int count) throws IOException {
    Path path = Files.createTempFile("import-", ".csv");
    String alphabet = FORMAT.alphabet();
    try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      out.write("code,product,validity_years,fqdns,wildcards,status,expires_at,recipient,note\n");
      char[] code = new char[12];
      for (int i = 0; i < count; i++) {
        // distinct: the row number in base 32 (7 symbols), then 5 symbols of a fixed pattern
        long n = i;
        for (int k = 6; k >= 0; k--) {
          code[k] = alphabet.charAt((int) (n & 31));
          n >>>= 5;
        }
        for (int k = 7; k < 12; k++) {
          code[k] = alphabet.charAt((i * 7 + k * 13) & 31);
        }
        out.write(code);
        out.write(i % 10 == 0
            ? ",ssl-dv,1,1,0,ASSIGNED,2027-06-30,kunde@example.ch,Messe 2025\n"
            : ",ssl-dv,1,1,0,VALID,2027-06-30,,\n");
      }
    }
    return path;
  }

  /** The library with the declared import format, over the benchmark database. */
  static final class Importer {
    private final VoucherProgramme programme;

    Importer(BenchDatabase db) {
      new BenchProgramme(db, MillionOrderBenchmark.LIMITS); // partner, product, price book
      JdbcStorage storage = db.storage();
      programme = VoucherProgramme.builder()
          .settings(ProgrammeSettings.builder()
              .redemptionBaseUrl(BenchProgramme.REDEMPTION_PAGE)
              .addImportFormats(FORMAT).build())
          .clock(java.time.Clock.systemUTC())
          .vouchers(storage.vouchers()).partners(storage.partners())
          .catalog(storage.catalog()).mandates(storage.mandates())
          .codeVault(BenchProgramme.vault())
          .build();
    }

    ImportCodes.ImportedOrder run(Path file) {
      var answer = programme.ordering().importCodes().importCodes(new ImportCodes.Command(MANAGER,
          BenchProgramme.PARTNER, FORMAT.name(), CsvImportSource.of(file)));
      if (answer.isLeft()) {
        throw new IllegalStateException("the import was refused: " + answer.getLeft());
      }
      return answer.get();
    }
  }

  /**
   * The peak-heap probe: the library's import of {@value #COUNT} codes, run once in a forked
   * JVM (PostgreSQL started and the file written in the constructor, outside the measurement).
   */
  public static final class Library implements Runnable, AutoCloseable {
    private final BenchDatabase db;
    private final Importer importer;
    private final Path file;

    /** Starts PostgreSQL and the library, writes the file. */
    public Library() {
      db = BenchDatabase.start(BenchDatabase.Kind.POSTGRESQL, 1);
      importer = new Importer(db);
      try {
        file = csv(COUNT);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void run() {
      if (importer.run(file).vouchers() != COUNT) {
        throw new IllegalStateException("expected " + COUNT + " codes");
      }
    }

    @Override
    public void close() {
      db.close();
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
