// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.voucher.domain.ProbeObservation;
import dev.vouchers.core.voucher.port.out.DomainProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** D-1: the shop's {@link DomainProbe} bean, with and without the demo zone. */
class DemoZoneConfigurationTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withUserConfiguration(DemoZoneConfiguration.class);

  @Test
  void theDemoZoneAndItsProbeByDefault_D1() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(DemoZone.class).hasSingleBean(DomainProbe.class);
      assertThat(context.getBean(DomainProbe.class)).isInstanceOf(DemoDomainProbe.class);
      assertThat(context.getBean(DemoZone.class).suffix()).isEqualTo("example");
    });
  }

  @Test
  void theSuffixIsConfigurable_D1() {
    runner.withPropertyValues("webshop.demo.zone.suffix=demo.test")
        .run(context -> assertThat(context.getBean(DemoZone.class).suffix())
            .isEqualTo("demo.test"));
  }

  @Test
  void onlyTheRealProbesWhenTheDemoZoneIsOff_D1() {
    runner.withPropertyValues("webshop.demo.zone.enabled=false").run(context -> {
      assertThat(context).doesNotHaveBean(DemoZone.class).hasSingleBean(DomainProbe.class);
      assertThat(context.getBean(DomainProbe.class)).isNotInstanceOf(DemoDomainProbe.class);
    });
  }

  @Test
  void backsOffForTheShopsOwnProbe_D1() {
    DomainProbe own = (domain, check) -> ProbeObservation.nothing();
    runner.withBean("ownProbe", DomainProbe.class, () -> own).run(context -> {
      assertThat(context).hasSingleBean(DomainProbe.class);
      assertThat(context.getBean(DomainProbe.class)).isSameAs(own);
    });
  }

  @Test
  void theZoneClosesWithTheContext_D1() {
    int[] port = new int[1];
    runner.run(context -> port[0] = context.getBean(DemoZone.class).port());

    try (DemoZone again = new DemoZone("example", port[0])) {
      assertThat(again.port()).isEqualTo(port[0]);
    }
  }
}
