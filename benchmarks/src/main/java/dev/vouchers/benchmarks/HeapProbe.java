// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

/**
 * The main class of the JVM forked by {@link PeakHeap#inForkedJvm}: instantiates the operation
 * named by its argument, measures it with {@link PeakHeap#inThisJvm(Runnable)} and prints the
 * result on one line, and closes the operation if it is {@link AutoCloseable} (after the
 * measurement). Exits with status {@value PeakHeap#OUT_OF_MEMORY} if the operation runs out of
 * memory.
 */
public final class HeapProbe {

  private HeapProbe() {}

  /**
   * Measures one operation.
   *
   * @param args the operation's class name (a {@link Runnable} with a public no-argument
   *     constructor)
   * @throws Exception if the operation cannot be instantiated or closed
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: HeapProbe <Runnable class>");
      System.exit(2);
    }
    Runnable operation =
        Class.forName(args[0]).asSubclass(Runnable.class).getConstructor().newInstance();
    int status = 0;
    try {
      System.out.println(PeakHeap.inThisJvm(operation).toLine());
    } catch (OutOfMemoryError e) {
      status = PeakHeap.OUT_OF_MEMORY;
    } finally {
      if (operation instanceof AutoCloseable closeable) {
        closeable.close(); // e.g. stops the database the operation started
      }
    }
    System.exit(status); // threads an operation left behind do not keep the JVM alive
  }
}
