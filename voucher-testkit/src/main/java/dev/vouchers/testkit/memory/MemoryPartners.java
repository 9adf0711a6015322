// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.core.kernel.OrganisationId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.partner.domain.Mandate;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.domain.TierChange;
import dev.vouchers.core.partner.port.out.Mandates;
import dev.vouchers.core.partner.port.out.Partners;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** T-1, T-5, D-2: partners, their tier changes and the mandates of organisations. */
final class MemoryPartners implements Partners, Mandates {
  private final MemoryState state;

  MemoryPartners(MemoryState state) {
    this.state = state;
  }

  @Override
  public Optional<Partner> partner(PartnerId id) {
    synchronized (state.lock) {
      return Optional.ofNullable(state.partners.get(id));
    }
  }

  @Override
  public void save(Partner partner) {
    synchronized (state.lock) {
      Partner existing = state.partners.get(partner.id());
      state.partners.put(partner.id(),
          existing == null ? partner : partner.withTier(existing.tier()));
    }
  }

  @Override
  public boolean changeTier(TierChange change) {
    synchronized (state.lock) {
      Partner stored = state.partners.get(change.partner());
      if (stored == null || !stored.tier().equals(change.from())) {
        return false;
      }
      state.partners.put(stored.id(), stored.withTier(change.to()));
      state.tierChanges.computeIfAbsent(stored.id(), k -> new ArrayList<>()).add(change);
      return true;
    }
  }

  @Override
  public List<TierChange> tierHistory(PartnerId id) {
    synchronized (state.lock) {
      return List.copyOf(state.tierChanges.getOrDefault(id, List.of()));
    }
  }

  @Override
  public void register(Mandate mandate) {
    synchronized (state.lock) {
      state.mandates.computeIfAbsent(mandate.organisation(), k -> new ArrayList<>()).add(mandate);
    }
  }

  @Override
  public List<Mandate> of(OrganisationId organisation) {
    synchronized (state.lock) {
      return List.copyOf(state.mandates.getOrDefault(organisation, List.of()));
    }
  }

}
