// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.programme.domain.ProgrammeEvent;
import dev.vouchers.core.programme.port.out.ProgrammeEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes the programme's events as Spring application events. A change made inside the
 * shop's transaction is published after that transaction commits, and never if it rolls back;
 * a refusal changed nothing and is published at once.
 */
final class SpringProgrammeEvents implements ProgrammeEvents {
  private final ApplicationEventPublisher publisher;

  SpringProgrammeEvents(ApplicationEventPublisher publisher) {
    this.publisher = publisher;
  }

  @Override
  public void publish(ProgrammeEvent event) {
    if (event instanceof ProgrammeEvent.Refused
        || !TransactionSynchronizationManager.isSynchronizationActive()) {
      publisher.publishEvent(event);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        publisher.publishEvent(event);
      }
    });
  }
}
