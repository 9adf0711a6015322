// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.probes;

import dev.vouchers.core.voucher.domain.DomainName;
import dev.vouchers.core.voucher.domain.ProbeObservation;
import dev.vouchers.core.voucher.port.out.DomainProbe;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import javax.naming.ConfigurationException;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.NoInitialContextException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * D-1, the DNS side: reads the TXT records of {@code <checkName>.<domain>} through the JDK's
 * JNDI DNS provider ({@code jdk.naming.dns}), from the system's resolvers or from the servers
 * configured.
 *
 * <p>Each record is observed as one string: a record of several character-strings is their
 * concatenation without separators (as RFC 7208 reads SPF records), and its octets are read as
 * UTF-8. A name that does not exist, a name without TXT records, a server that does not answer
 * in time and any other lookup failure all observe no records; the probe never throws for
 * them and logs them at DEBUG (a resolver configuration that cannot be used, at WARN).
 *
 * <p>A lookup asks each server in turn, {@link Builder#retries} rounds, waiting
 * {@link Builder#timeout} for an answer in the first round and twice as long in each further
 * round; with one server, the defaults (1 s, 2 rounds) give up after about 3 s.
 *
 * <pre>{@code
 * DomainProbe dns = DnsDomainProbe.builder()
 *     .servers(new InetSocketAddress("9.9.9.9", 53))
 *     .build();
 * }</pre>
 */
public final class DnsDomainProbe implements DomainProbe {
  private static final Logger LOG = LoggerFactory.getLogger(DnsDomainProbe.class);
  private static final String FACTORY = "com.sun.jndi.dns.DnsContextFactory";
  private static final String TIMEOUT = "com.sun.jndi.dns.timeout.initial";
  private static final String RETRIES = "com.sun.jndi.dns.timeout.retries";
  private static final String[] TXT = {"TXT"};

  private final Map<String, String> environment;

  private DnsDomainProbe(Builder builder) {
    this.environment = Map.of(
        Context.INITIAL_CONTEXT_FACTORY, FACTORY,
        Context.PROVIDER_URL, providerUrl(builder.servers),
        TIMEOUT, Long.toString(builder.timeout.toMillis()),
        RETRIES, Integer.toString(builder.retries));
  }

  /** A builder with the defaults: the system's resolvers, 1 s, 2 rounds. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public ProbeObservation observe(DomainName domain, String checkName) {
    return new ProbeObservation(Optional.empty(),
        txtRecords(CheckNames.require(checkName) + "." + domain.value()));
  }

  /** The TXT records of {@code name}, each as one string; none if the lookup failed. */
  private List<String> txtRecords(String name) {
    DirContext context = null;
    try {
      context = new InitialDirContext(new Hashtable<>(environment));
      Attributes attributes = context.getAttributes(name, TXT);
      Attribute txt = attributes.get("TXT");
      List<String> records = new ArrayList<>();
      if (txt != null) {
        NamingEnumeration<?> values = txt.getAll();
        while (values.hasMore()) {
          if (values.next() instanceof String rendered) {
            records.add(TxtRecords.join(rendered));
          }
        }
      }
      LOG.debug("D-1 TXT {}: {} record(s)", name, records.size());
      return records;
    } catch (NameNotFoundException e) {
      LOG.debug("D-1 TXT {}: no such name", name);
    } catch (ConfigurationException | NoInitialContextException e) {
      LOG.warn("D-1 TXT {}: DNS lookups are not possible here ({}), nothing observed", name,
          e.toString());
    } catch (NamingException e) {
      LOG.debug("D-1 TXT {}: {}, nothing observed", name, e.toString());
    } finally {
      close(context);
    }
    return List.of();
  }

  private static void close(@Nullable DirContext context) {
    if (context != null) {
      try {
        context.close();
      } catch (NamingException e) {
        LOG.debug("closing a DNS context: {}", e.toString());
      }
    }
  }

  /** {@code dns:} (the system's resolvers) or {@code dns://host:port ...} in order. */
  private static String providerUrl(List<InetSocketAddress> servers) {
    if (servers.isEmpty()) {
      return "dns:";
    }
    StringJoiner urls = new StringJoiner(" ");
    for (InetSocketAddress server : servers) {
      String host = server.getHostString();
      if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
        host = "[" + host + "]";
      }
      urls.add("dns://" + host + ":" + server.getPort());
    }
    return urls.toString();
  }

  /** Configures a {@link DnsDomainProbe}; every setting has a default. */
  public static final class Builder {
    private List<InetSocketAddress> servers = List.of();
    private Duration timeout = Duration.ofSeconds(1);
    private int retries = 2;

    private Builder() {}

    /**
     * The DNS servers asked, in order (default: none given, so the system's resolvers, as
     * the JDK finds them, e.g. in {@code /etc/resolv.conf}).
     */
    public Builder servers(InetSocketAddress... servers) {
      this.servers = List.of(servers);
      return this;
    }

    /** How long to wait for an answer in the first round (default 1 s); doubles each round. */
    public Builder timeout(Duration timeout) {
      if (timeout.toMillis() < 1) {
        throw new IllegalArgumentException("timeout must be at least 1 ms");
      }
      this.timeout = timeout;
      return this;
    }

    /** How many rounds over the servers, 1..5 (default 2). */
    public Builder retries(int rounds) {
      if (rounds < 1 || rounds > 5) {
        throw new IllegalArgumentException("retries must be 1..5");
      }
      this.retries = rounds;
      return this;
    }

    /** The probe. */
    public DnsDomainProbe build() {
      return new DnsDomainProbe(this);
    }
  }
}
