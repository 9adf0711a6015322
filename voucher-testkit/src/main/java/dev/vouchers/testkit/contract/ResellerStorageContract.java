package dev.vouchers.testkit.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the reseller programme's contract suites: a fresh, empty
 * {@link ResellerStorage} for every test, as {@link StorageContract} gives the voucher suites.
 */
public abstract class ResellerStorageContract {
  /** The storage under test, new for each test. */
  protected ResellerStorage storage;

  /** A fresh, empty storage. */
  protected abstract ResellerStorage newStorage() throws Exception;

  /** Releases the storage (override when it holds resources). */
  protected void closeStorage(ResellerStorage storage) throws Exception {}

  @BeforeEach
  final void createStorage() throws Exception {
    storage = newStorage();
  }

  @AfterEach
  final void releaseStorage() throws Exception {
    closeStorage(storage);
  }

  /** Runs every action at once (released together) and returns their results in order. */
  protected static <T> List<T> race(List<Callable<T>> actions) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(actions.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> action : actions) {
        futures.add(pool.submit(() -> {
          start.await();
          return action.call();
        }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }
}
