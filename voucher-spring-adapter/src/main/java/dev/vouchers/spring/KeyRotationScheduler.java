// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.voucher.port.in.RekeyCodes;
import io.vavr.control.Either;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * G-4 (ADR 0051): runs the re-keying job ({@link RekeyCodes}) on a daemon thread of its own at
 * {@code vouchers.codes.rekey.interval}: batches of {@code vouchers.codes.rekey.batch-size}
 * codes until one comes back short. Safe on every instance at once (the store claims each
 * batch); with a ring of one key a run reads nothing. A run that fails is logged and tried
 * again at the next interval.
 */
final class KeyRotationScheduler extends TickingLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(KeyRotationScheduler.class);
  private static final Actor REKEYING = new Actor.Service("key-rotation");

  private final RekeyCodes rekey;
  private final CodesProperties.Rekey properties;

  KeyRotationScheduler(RekeyCodes rekey, CodesProperties.Rekey properties) {
    super(1, n -> "vouchers-rekeying");
    this.rekey = rekey;
    this.properties = properties;
  }

  @Override
  List<TickRunner.Task> tasks() {
    return List.of(new TickRunner.Task(this::run, properties.interval()));
  }

  /** One tick: moves codes in batches until a batch is short. */
  void run() {
    int limit = properties.batchSize();
    TickRunner.drain(LOG, "re-keying", properties.interval(), limit, () -> {
      Either<Refusal, RekeyCodes.Progress> progress =
          rekey.rekey(new RekeyCodes.Command(REKEYING, limit));
      if (progress.isRight() && progress.get().moved() > 0) {
        LOG.info("re-keying moved {} codes to key {}; still under older keys: {}",
            progress.get().moved(), progress.get().currentKey(), progress.get().remaining());
      }
      return progress.map(p -> (int) p.moved());
    });
  }
}
