// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static dev.vouchers.testkit.contract.ContractData.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.OrganisationId;
import dev.vouchers.core.partner.domain.Mandate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract of the {@link dev.vouchers.core.partner.port.out.Mandates} port (D-2). */
public abstract class MandatesContract extends StorageContract {

  @Test
  void keepsEveryMandateOfAnOrganisationOldestFirst_D2() {
    OrganisationId org = new OrganisationId("org-1");
    Mandate first = new Mandate(org, "doc-1", T0, "vendor:s", Optional.of(T0.plusSeconds(60)));
    Mandate second = new Mandate(org, "doc-2", T0.plusSeconds(120), "vendor:s", Optional.empty());
    Mandate foreign = new Mandate(new OrganisationId("org-2"), "doc-3", T0, "vendor:s",
        Optional.empty());
    storage.mandates().register(first);
    storage.mandates().register(foreign);
    storage.mandates().register(second);
    assertThat(storage.mandates().of(org)).containsExactly(first, second);
    assertThat(storage.mandates().of(new OrganisationId("org-3"))).isEmpty();
  }
}
