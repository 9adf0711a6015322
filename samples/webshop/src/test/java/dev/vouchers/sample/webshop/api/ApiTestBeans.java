// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.voucher.domain.DomainName;
import dev.vouchers.core.voucher.domain.ProbeObservation;
import dev.vouchers.core.voucher.port.out.DomainProbe;
import dev.vouchers.jdbc.JdbcStorage;
import dev.vouchers.sample.webshop.pdf.VoucherPdf;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Beans the API tests put beside the sample's: a PDF renderer (the sample's own may not be there
 * yet), a domain probe the tests publish secrets to (D-1), and a voucher store that counts its
 * reads by code (C-4: a malformed code must not reach it).
 */
@TestConfiguration(proxyBeanMethods = false)
class ApiTestBeans {

  /** What the tests publish where the domain probe looks (D-1). */
  static final class PublishedSecrets implements DomainProbe {
    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    void publishInDns(String domain, String secret) {
      secrets.put(domain, secret);
    }

    @Override
    public ProbeObservation observe(DomainName domain, String checkName) {
      String secret = secrets.get(domain.value());
      return secret == null ? ProbeObservation.nothing()
          : new ProbeObservation(Optional.empty(), List.of(secret));
    }
  }

  /** How often the voucher store was asked for a voucher by its code. */
  static final class CodeReads {
    private final AtomicLong count = new AtomicLong();

    long count() {
      return count.get();
    }
  }

  @Bean
  @Primary
  VoucherPdf testVoucherPdf() {
    return voucher -> ("%PDF-1.4\n% test rendering of " + voucher.code() + "\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  @Bean
  @Primary
  PublishedSecrets publishedSecrets() {
    return new PublishedSecrets();
  }

  @Bean
  CodeReads codeReads() {
    return new CodeReads();
  }

  @Bean
  Vouchers countingVouchers(JdbcStorage storage, CodeReads reads) {
    Vouchers store = storage.vouchers();
    return (Vouchers) Proxy.newProxyInstance(Vouchers.class.getClassLoader(),
        // every port the store serves (M-6 usage report, M-3 search), not only Vouchers
        store.getClass().getInterfaces(), (proxy, method, args) -> {
          if (method.getName().equals("voucherByCode")) {
            reads.count.incrementAndGet();
          }
          try {
            return method.invoke(store, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
