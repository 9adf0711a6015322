// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import dev.vouchers.core.kernel.Entropy;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.port.in.ExportOrderCodes;
import dev.vouchers.core.voucher.domain.code.CodeFormat;
import dev.vouchers.core.voucher.domain.code.CodeGenerator;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.domain.code.StoredCode;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
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
 * CSV export of the {@value #COUNT} codes of one order from PostgreSQL (S-1), to a writer that
 * discards, timed once per iteration (single shot). The order is placed once per trial through the
 * library ({@code orderVouchers}, order limits raised). Scores are seconds per export; the ratio
 * is baseline time / library time, for information.
 *
 * <ul>
 *   <li>{@link #library()}: {@code exportOrderCodes} as the owning partner: the order, then its
 *       vouchers streamed in a transaction with fetch size 1,000, each code opened (AES-GCM) and
 *       written as a CSV row with status, product, configuration, expiry and redemption link.
 *   <li>{@link #rawSelect()}: the same rows by hand: {@code SELECT ... WHERE order_id = ? ORDER BY
 *       id} streamed with fetch size 1,000 in a transaction, each code opened with the JDK's
 *       AES-GCM and formatted in groups of four, one CSV line of the same fields per voucher.
 * </ul>
 *
 * <p>Not final: JMH generates subclasses of benchmark classes.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 1)
@State(Scope.Benchmark)
public class MillionExportBenchmark {
  /** The clock the hand-written side reads, as the library reads its injected one. */
  private static final Clock CLOCK = Clock.systemUTC();

  /** Codes exported. */
  public static final int COUNT = MillionOrderBenchmark.COUNT;

  private static final int FETCH_SIZE = 1_000;

  static final String SELECT =
      "SELECT code_digest, code_sealed, status, validity_years, fqdns, wildcards, expires_at"
          + " FROM vouchers_vouchers WHERE order_id = ? ORDER BY id";

  private BenchDatabase db;
  private BenchProgramme programme;
  private OrderId order = new OrderId("none");

  /** Creates the benchmark state; JMH calls the setup methods before measuring. */
  public MillionExportBenchmark() {}

  /** Starts PostgreSQL and places the order of {@value #COUNT} vouchers through the library. */
  @Setup(Level.Trial)
  public void start() {
    db = BenchDatabase.start(BenchDatabase.Kind.POSTGRESQL, 1);
    programme = new BenchProgramme(db, MillionOrderBenchmark.LIMITS);
    order = programme.order(COUNT).order().id();
    db.execute("VACUUM ANALYZE vouchers_vouchers", "CHECKPOINT");
  }

  /** Stops PostgreSQL. */
  @TearDown(Level.Trial)
  public void stop() {
    db.close();
  }

  /**
   * The library: the order's codes as CSV.
   *
   * @return the number of codes written
   */
  @Benchmark
  public long library() {
    return export(programme, order);
  }

  static long export(BenchProgramme programme, OrderId order) {
    Either<Refusal, Long> written =
        programme
            .programme()
            .ordering().exportOrderCodes()
            .export(
                new ExportOrderCodes.Command(BenchProgramme.PARTNER_USER, order, Writer.nullWriter()));
    if (written.isLeft() || written.get() != COUNT) {
      throw new IllegalStateException("the export failed or was short: " + written);
    }
    return written.get();
  }

  /**
   * The baseline: the same CSV lines from a streamed SELECT.
   *
   * @return the number of lines written
   * @throws SQLException if the database fails
   * @throws GeneralSecurityException if a code does not open
   */
  @Benchmark
  public long rawSelect() throws SQLException, GeneralSecurityException {
    Writer out = Writer.nullWriter();
    SecretKeySpec key = new SecretKeySpec(BenchProgramme.ENCRYPTION_KEY, "AES");
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    String page = BenchProgramme.REDEMPTION_PAGE + "?code=";
    long lines = 0;
    StringBuilder line = new StringBuilder(256);
    char[] display = new char[24];
    try (Connection c = db.dataSource().getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement(SELECT)) {
        s.setFetchSize(FETCH_SIZE);
        s.setString(1, order.value());
        try (ResultSet rows = s.executeQuery()) {
          out.write("code,status,product,validity_years,fqdns,wildcards,expires_at,redemption_url,"
              + "order_number\r\n");
          String number = "123456789"; // M-4: the same width as the library's column
          while (rows.next()) {
            byte[] digest = rows.getBytes(1);
            byte[] sealed = rows.getBytes(2);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 1, 12));
            cipher.updateAAD(digest);
            byte[] plain = cipher.doFinal(sealed, 13, sealed.length - 13);
            int n = 0;
            for (int i = 0; i < plain.length; i++) {
              if (i > 0 && i % 4 == 0) {
                display[n++] = '-';
              }
              display[n++] = (char) plain[i];
            }
            line.setLength(0);
            line.append(display, 0, n).append(',').append(rows.getString(3)).append(',')
                .append(BenchProgramme.PRODUCT_NAME).append(',').append(rows.getInt(4)).append(',')
                .append(rows.getInt(5)).append(',').append(rows.getInt(6)).append(',')
                .append(rows.getObject(7, OffsetDateTime.class).toInstant()).append(',')
                .append(page).append(display, 0, n).append(',').append(number).append("\r\n");
            out.write(line.toString());
            lines++;
          }
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (lines != COUNT) {
      throw new IllegalStateException("expected " + COUNT + " lines, wrote " + lines);
    }
    return lines;
  }

  /**
   * The peak-heap probe: the library's export of {@value #COUNT} codes, run once in a forked JVM.
   * The constructor (not measured) starts PostgreSQL and stores the order by hand: its line and
   * order rows by INSERT, its vouchers by COPY with codes generated and sealed by the library's
   * generator and vault one at a time (placing the order through the library would itself need
   * about 100 MB for the plaintext codes, more than the 64 MB this JVM has).
   */
  public static final class Library implements Runnable, AutoCloseable {
    private final BenchDatabase db;
    private final BenchProgramme programme;
    private final OrderId order;

    /**
     * Starts PostgreSQL and stores the order.
     *
     * @throws SQLException if the database fails
     */
    public Library() throws SQLException {
      db = BenchDatabase.start(BenchDatabase.Kind.POSTGRESQL, 1);
      programme = new BenchProgramme(db, MillionOrderBenchmark.LIMITS);
      order = new OrderId(UUID.randomUUID().toString());
      storeSealedOrder(db, programme.codeVault(), order, COUNT);
      db.execute("VACUUM ANALYZE vouchers_vouchers", "CHECKPOINT");
    }

    @Override
    public void run() {
      export(programme, order);
    }

    @Override
    public void close() {
      db.close();
    }
  }

  /** An order of real codes (generated and sealed one by one), stored by hand in one transaction. */
  static void storeSealedOrder(BenchDatabase db, CodeVault vault, OrderId order, int count)
      throws SQLException {
    CodeGenerator generator = new CodeGenerator(CodeFormat.defaults(), Entropy.secure());
    Instant now = CLOCK.instant();
    try (Connection c = db.dataSource().getConnection()) {
      c.setAutoCommit(false);
      RawVouchers.insertOrder(c, order.value(), count, now);
      RawVouchers.copyVouchers(
          c,
          order.value(),
          count,
          now,
          now.plus(Duration.ofDays(365)),
          (index, digest, sealed, lastFour) -> {
            StoredCode code = vault.seal(generator.next());
            System.arraycopy(code.digest().bytes(), 0, digest, 0, digest.length);
            byte[] bytes = code.sealed().orElseThrow();
            if (bytes.length != sealed.length) {
              throw new IllegalStateException("sealed code of " + bytes.length + " bytes");
            }
            System.arraycopy(bytes, 0, sealed, 0, sealed.length);
            byte[] four = code.lastFour().getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(four, 0, lastFour, 0, 4);
          });
      c.commit();
      c.setAutoCommit(true);
    }
  }
}
