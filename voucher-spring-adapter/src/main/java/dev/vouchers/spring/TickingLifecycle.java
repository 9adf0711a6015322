// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import java.util.List;
import java.util.function.IntFunction;
import org.springframework.context.SmartLifecycle;

/**
 * What every scheduler of the starter shares: its tasks run on a {@link TickRunner} of its own,
 * started with the application context and stopped gracefully with it. A scheduler with nothing
 * to run starts no thread.
 */
abstract class TickingLifecycle implements SmartLifecycle {
  private final TickRunner ticks;

  /**
   * @param threads how many threads run the tasks
   * @param threadNames the name of the n-th thread started (from 1)
   */
  TickingLifecycle(int threads, IntFunction<String> threadNames) {
    this.ticks = new TickRunner(threads, threadNames);
  }

  /** The tasks to run, each at its delay; read once, when the context starts. */
  abstract List<TickRunner.Task> tasks();

  @Override
  public final void start() {
    List<TickRunner.Task> tasks = tasks();
    if (!tasks.isEmpty()) {
      ticks.start(tasks);
    }
  }

  @Override
  public final void stop() {
    ticks.stop();
  }

  @Override
  public final boolean isRunning() {
    return ticks.isRunning();
  }
}
