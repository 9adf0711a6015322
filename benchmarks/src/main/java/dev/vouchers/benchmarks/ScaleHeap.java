// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.ordering.port.in.CheckCancellation;
import io.vavr.control.Either;

/**
 * The peak-heap probes of {@link Scale}: each runs one call on the million-voucher order in a
 * child JVM ({@link PeakHeap#inForkedJvm}) connected to the parent's PostgreSQL, whose port and
 * order id it gets as the system properties {@value #PORT} and {@value #ORDER}. Connecting and
 * building the library happen in the constructor, outside the measurement.
 */
public final class ScaleHeap {

  /** The system property with the database's port. */
  static final String PORT = "vouchers.scale.port";

  /** The system property with the order's id. */
  static final String ORDER = "vouchers.scale.order";

  private ScaleHeap() {}

  /** A probe's connection to the parent's database and the library over it. */
  abstract static class Probe implements Runnable, AutoCloseable {
    final BenchDatabase db;
    final BenchProgramme bench;
    final OrderId order;

    Probe() {
      db = BenchDatabase.connect(Integer.getInteger(PORT, 5432), 1);
      bench = new BenchProgramme(db, Scale.LIMITS);
      order = new OrderId(System.getProperty(ORDER, "none"));
    }

    static <T> T require(Either<Refusal, T> result) {
      if (result.isLeft()) {
        throw new IllegalStateException("the library refused: " + result.getLeft());
      }
      return result.get();
    }

    @Override
    public void close() {
      db.close();
    }
  }

  /** GetOrder of the order. */
  public static final class GetBigOrder extends Probe {
    /** Connects. */
    public GetBigOrder() {}

    @Override
    public void run() {
      ScaleCalls.getOrder(bench.programme(), BenchProgramme.PARTNER_USER, order);
    }
  }

  /** CheckCancellation of the order. */
  public static final class CheckBigOrder extends Probe {
    /** Connects. */
    public CheckBigOrder() {}

    @Override
    public void run() {
      require(bench.programme().ordering().checkCancellation()
          .check(new CheckCancellation.Command(BenchProgramme.PARTNER_USER, order)));
    }
  }

  /** CancelOrder of the order (a fresh one the parent placed for it). */
  public static final class CancelBigOrder extends Probe {
    /** Connects. */
    public CancelBigOrder() {}

    @Override
    public void run() {
      require(bench.programme().ordering().cancelOrder()
          .cancel(new CancelOrder.Command(BenchProgramme.PARTNER_USER, order, "scale heap")));
    }
  }
}
