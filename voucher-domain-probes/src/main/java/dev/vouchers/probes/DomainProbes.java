// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.probes;

import dev.vouchers.core.voucher.domain.ProbeObservation;
import dev.vouchers.core.voucher.port.out.DomainProbe;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * D-1: one {@link DomainProbe} made of several, typically the web and the DNS side.
 *
 * <p>The observation they make together holds the first HTTP body any of them observed (in
 * the order given) and every TXT record each of them observed. {@link #combined} asks them
 * one after the other on the caller's thread, so the slowest case is the sum of their
 * timeouts; {@link #concurrent} asks them at the same time, so it is the longest.
 *
 * <pre>{@code
 * VoucherProgramme.builder()
 *     ...
 *     .domainProbe(DomainProbes.combined(
 *         HttpDomainProbe.builder().build(), DnsDomainProbe.builder().build()))
 * }</pre>
 */
public final class DomainProbes {
  private DomainProbes() {}

  /** The web and the DNS probe with their defaults, asked one after the other. */
  public static DomainProbe standard() {
    return combined(HttpDomainProbe.builder().build(), DnsDomainProbe.builder().build());
  }

  /** Asks every probe in turn, on the caller's thread. */
  public static DomainProbe combined(DomainProbe... probes) {
    List<DomainProbe> all = atLeastOne(probes);
    return (domain, checkName) -> {
      List<ProbeObservation> seen = new ArrayList<>(all.size());
      for (DomainProbe probe : all) {
        seen.add(probe.observe(domain, checkName));
      }
      return merge(seen);
    };
  }

  /**
   * Asks the first probe on the caller's thread and the others on {@code executor} at the
   * same time, and waits for all of them. The executor bounds the threads: pass one sized
   * for the checks expected at once. A probe the executor refuses is asked on the caller's
   * thread after the first. If the caller is interrupted while waiting, the probes not done
   * yet count as having observed nothing (they run on to their own timeouts) and the
   * interrupt flag stays set.
   */
  public static DomainProbe concurrent(Executor executor, DomainProbe... probes) {
    List<DomainProbe> all = atLeastOne(probes);
    Objects.requireNonNull(executor, "executor");
    return (domain, checkName) -> {
      List<CompletableFuture<ProbeObservation>> others = new ArrayList<>(all.size() - 1);
      List<DomainProbe> refused = new ArrayList<>();
      for (DomainProbe probe : all.subList(1, all.size())) {
        try {
          others.add(CompletableFuture.supplyAsync(() -> probe.observe(domain, checkName),
              executor));
        } catch (RejectedExecutionException e) {
          refused.add(probe);
        }
      }
      List<ProbeObservation> seen = new ArrayList<>(all.size());
      seen.add(all.get(0).observe(domain, checkName));
      for (DomainProbe probe : refused) {
        seen.add(probe.observe(domain, checkName));
      }
      for (CompletableFuture<ProbeObservation> other : others) {
        seen.add(await(other));
      }
      return merge(seen);
    };
  }

  private static ProbeObservation await(CompletableFuture<ProbeObservation> observation) {
    try {
      return observation.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      observation.cancel(true);
      return ProbeObservation.nothing();
    } catch (ExecutionException e) {
      // a probe that throws breaks its contract: pass the failure on, as combined() would
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error failure) {
        throw failure;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static ProbeObservation merge(List<ProbeObservation> seen) {
    Optional<String> body = Optional.empty();
    List<String> records = new ArrayList<>();
    for (ProbeObservation observation : seen) {
      if (body.isEmpty()) {
        body = observation.httpBody();
      }
      records.addAll(observation.txtRecords());
    }
    return new ProbeObservation(body, records);
  }

  private static List<DomainProbe> atLeastOne(DomainProbe... probes) {
    if (probes.length == 0) {
      throw new IllegalArgumentException("at least one probe");
    }
    return List.of(probes);
  }
}
