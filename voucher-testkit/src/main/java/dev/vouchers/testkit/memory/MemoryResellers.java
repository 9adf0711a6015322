// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import static dev.vouchers.testkit.memory.MemoryState.page;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.messaging.domain.ChangeEvents;
import dev.vouchers.core.reseller.domain.CustomerLink;
import dev.vouchers.core.reseller.domain.CustomerLinkHistory;
import dev.vouchers.core.reseller.domain.DiscountChange;
import dev.vouchers.core.reseller.domain.LinkChange;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.domain.ResellerApplicationEntry;
import dev.vouchers.core.reseller.domain.ResellerApplicationId;
import dev.vouchers.core.reseller.domain.ResellerApplicationMove;
import dev.vouchers.core.reseller.domain.ResellerApplicationStatus;
import dev.vouchers.core.reseller.port.out.CustomerLinks;
import dev.vouchers.core.reseller.port.out.ResellerApplications;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** reseller applications, discounts and the links of customers to resellers. */
final class MemoryResellers implements ResellerApplications, CustomerLinks {
  private final MemoryState state;

  MemoryResellers(MemoryState state) {
    this.state = state;
  }

  @Override
  public boolean insertApplication(ResellerApplication application) {
    synchronized (state.lock) {
      if (state.resellerApplications.containsKey(application.id())) {
        throw new IllegalStateException("application " + application.id() + " exists already");
      }
      if (state.activeApplication(application.partner()).isPresent()) {
        return false;
      }
      state.resellerApplications.put(application.id(), application);
      state.events.append(ChangeEvents.submitted(application)); // M-5
      return true;
    }
  }

  @Override
  public Optional<ResellerApplication> application(ResellerApplicationId id) {
    synchronized (state.lock) {
      return Optional.ofNullable(state.resellerApplications.get(id));
    }
  }

  @Override
  public Optional<ResellerApplication> activeApplication(PartnerId partner) {
    synchronized (state.lock) {
      return state.activeApplication(partner);
    }
  }


  @Override
  public Page<ResellerApplication> applicationsOf(PartnerId partner,
      Set<ResellerApplicationStatus> statuses, PageRequest page) {
    synchronized (state.lock) {
      return page(state.resellerApplications.values(), a -> a.partner().equals(partner)
              && (statuses.isEmpty() || statuses.contains(a.status())),
          ResellerApplication::submittedAt, a -> a.id().value(), page);
    }
  }

  @Override
  public Page<ResellerApplication> applicationsWithStatus(Set<ResellerApplicationStatus> statuses,
      PageRequest page) {
    synchronized (state.lock) {
      return page(state.resellerApplications.values(),
          a -> statuses.isEmpty() || statuses.contains(a.status()),
          ResellerApplication::submittedAt, a -> a.id().value(), page);
    }
  }

  @Override
  public boolean updateApplication(ResellerApplicationMove move) {
    synchronized (state.lock) {
      ResellerApplication stored = state.resellerApplications.get(move.before().id());
      if (stored == null || stored.version() != move.before().version()) {
        return false;
      }
      state.resellerApplications.put(stored.id(), move.after());
      move.entry().ifPresent(e ->
          state.applicationEntries.computeIfAbsent(stored.id(), k -> new ArrayList<>()).add(e));
      move.discount().ifPresent(d ->
          state.discountChanges.computeIfAbsent(stored.id(), k -> new ArrayList<>()).add(d));
      state.events.append(ChangeEvents.of(move)); // M-5
      return true;
    }
  }

  @Override
  public List<ResellerApplicationEntry> applicationHistory(ResellerApplicationId id) {
    synchronized (state.lock) {
      return List.copyOf(state.applicationEntries.getOrDefault(id, List.of()));
    }
  }

  @Override
  public List<DiscountChange> discountHistory(ResellerApplicationId id) {
    synchronized (state.lock) {
      return List.copyOf(state.discountChanges.getOrDefault(id, List.of()));
    }
  }

  @Override
  public CustomerLinkHistory linkHistory(CustomerId customer) {
    synchronized (state.lock) {
      return new CustomerLinkHistory(customer,
          state.customerLinks.getOrDefault(customer, List.of()));
    }
  }

  @Override
  public boolean applyLinkChange(LinkChange change) {
    synchronized (state.lock) {
      List<CustomerLink> stored = state.customerLinks.getOrDefault(change.customer(), List.of());
      boolean hasCurrent = !stored.isEmpty() && stored.get(stored.size() - 1).isCurrent();
      if (change.ended().isPresent()) {
        CustomerLink ended = change.ended().get();
        if (!hasCurrent || stored.size() != ended.number()
            || !stored.get(stored.size() - 1).reseller().equals(ended.reseller())) {
          return false; // the link to end is no longer the current one
        }
        hasCurrent = false;
      }
      if (change.started().isPresent()
          && (hasCurrent || change.started().get().number() != stored.size() + 1)) {
        return false; // at most one current link; the history moved on
      }
      List<CustomerLink> next = new ArrayList<>(stored);
      change.ended().ifPresent(l -> next.set(l.number() - 1, l));
      change.started().ifPresent(next::add);
      state.customerLinks.put(change.customer(), next);
      ChangeEvents.of(change).forEach(state.events::append); // M-5
      return true;
    }
  }

  @Override
  public Page<CustomerLink> currentLinksOf(PartnerId reseller, PageRequest page) {
    synchronized (state.lock) {
      return page(
          state.customerLinks.values().stream().map(l -> l.get(l.size() - 1)).toList(),
          l -> l.isCurrent() && l.reseller().equals(reseller), CustomerLink::from,
          l -> l.customer().value(), page);
    }
  }
}
