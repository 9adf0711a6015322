// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.demo;

import dev.vouchers.core.voucher.port.out.DomainProbe;
import dev.vouchers.probes.DnsDomainProbe;
import dev.vouchers.probes.DomainProbes;
import dev.vouchers.probes.HttpDomainProbe;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * D-1: the shop's {@link DomainProbe} (the library's auto-configuration takes any
 * {@code DomainProbe} bean). Domains in the {@link DemoZone} are checked there
 * ({@code webshop.demo.zone.enabled}, default true; suffix {@code webshop.demo.zone.suffix},
 * default {@code example}; port {@code webshop.demo.zone.port}, default 0 for a free one);
 * every other domain on the web and in DNS with {@code voucher-domain-probes}.
 *
 * <p>The core asks the probe while the shop's transaction is open, so the real probes get short
 * timeouts: connecting 1 s and 2 s per HTTP request (http, then https, one redirect at most),
 * then DNS with 1 s per resolver in one round; about 10 s in the worst case.
 */
@Configuration(proxyBeanMethods = false)
public class DemoZoneConfiguration {

  @Bean(destroyMethod = "close")
  @ConditionalOnProperty(name = "webshop.demo.zone.enabled", havingValue = "true",
      matchIfMissing = true)
  DemoZone demoZone(@Value("${webshop.demo.zone.suffix:" + DemoZone.DEFAULT_SUFFIX + "}")
      String suffix, @Value("${webshop.demo.zone.port:0}") int port) {
    return new DemoZone(suffix, port);
  }

  @Bean
  @ConditionalOnMissingBean(DomainProbe.class)
  DomainProbe webshopDomainProbe(ObjectProvider<DemoZone> zone) {
    DomainProbe real = realProbes();
    DemoZone demo = zone.getIfAvailable();
    return demo == null ? real : new DemoDomainProbe(demo, real);
  }

  /** The web and the DNS probe of {@code voucher-domain-probes}, with short timeouts. */
  static DomainProbe realProbes() {
    return DomainProbes.combined(
        HttpDomainProbe.builder()
            .connectTimeout(Duration.ofSeconds(1))
            .requestTimeout(Duration.ofSeconds(2))
            .maxRedirects(1)
            .build(),
        DnsDomainProbe.builder()
            .timeout(Duration.ofSeconds(1))
            .retries(1)
            .build());
  }
}
