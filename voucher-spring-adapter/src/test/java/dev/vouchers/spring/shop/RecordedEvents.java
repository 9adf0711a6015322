// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring.shop;

import dev.vouchers.core.programme.domain.ProgrammeEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The shop's listener of the programme's events, as Spring application events. */
@Component
public class RecordedEvents {
  private final List<ProgrammeEvent> events = new CopyOnWriteArrayList<>();

  @EventListener
  void on(ProgrammeEvent event) {
    events.add(event);
  }

  /** What was heard so far. */
  public List<ProgrammeEvent> all() {
    return List.copyOf(events);
  }

  /** Those of one type. */
  public <T extends ProgrammeEvent> List<T> of(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
