// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.probes;

import dev.vouchers.core.voucher.domain.DomainName;
import dev.vouchers.core.voucher.domain.ProbeObservation;
import dev.vouchers.core.voucher.port.out.DomainProbe;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * D-1, the web side: fetches {@code http://<domain>/<checkName>} and, if that yields no body,
 * {@code https://<domain>/<checkName>} (the schemes and their order are configurable), with
 * the JDK's {@link HttpClient}.
 *
 * <p>Only a 2xx answer counts; its body, at most {@link Builder#maxBodyBytes} bytes, is decoded
 * as UTF-8 (a leading byte-order mark dropped) and observed as it is: the core trims it and
 * compares. A bigger body is not observed. Redirects (301, 302, 303, 307, 308) are followed,
 * at most {@link Builder#maxRedirects} of them, and only to the same domain over http or https
 * on its standard port; a redirect anywhere else ends the fetch with nothing observed.
 *
 * <p>The probe never throws for a network failure (refused connection, timeout, TLS failure,
 * unknown host): the scheme yields nothing, and the failure is logged at DEBUG. TLS is
 * validated as the JDK validates it. Each request is bounded as a whole (connecting, headers
 * and body) by {@link Builder#requestTimeout}. A probe holds one {@link HttpClient}; build it
 * once and share it, it is thread-safe.
 *
 * <pre>{@code
 * DomainProbe web = HttpDomainProbe.builder()
 *     .connectTimeout(Duration.ofSeconds(3))
 *     .requestTimeout(Duration.ofSeconds(5))
 *     .build();
 * }</pre>
 */
public final class HttpDomainProbe implements DomainProbe {
  private static final Logger LOG = LoggerFactory.getLogger(HttpDomainProbe.class);
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  private static final int DEFAULT_HTTP_PORT = 80;
  private static final int DEFAULT_HTTPS_PORT = 443;
  /** The largest body limit a builder accepts: a secret is a few dozen bytes. */
  static final int MAX_BODY_LIMIT = 1 << 20;

  private final HttpClient client;
  private final Duration requestTimeout;
  private final int maxBodyBytes;
  private final int maxRedirects;
  private final List<String> schemes;
  private final int httpPort;
  private final int httpsPort;
  private final Function<DomainName, String> connectTo;

  private HttpDomainProbe(Builder builder) {
    this.client = HttpClient.newBuilder()
        .connectTimeout(builder.connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
    this.requestTimeout = builder.requestTimeout;
    this.maxBodyBytes = builder.maxBodyBytes;
    this.maxRedirects = builder.maxRedirects;
    this.schemes = List.copyOf(builder.schemes);
    this.httpPort = builder.httpPort;
    this.httpsPort = builder.httpsPort;
    this.connectTo = builder.connectTo;
  }

  /** A builder with the defaults: http then https, 5 s timeouts, 4 KiB, 3 redirects. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public ProbeObservation observe(DomainName domain, String checkName) {
    CheckNames.require(checkName);
    for (String scheme : schemes) {
      Optional<String> body = fetch(domain, URI.create(scheme + "://" + domain.value() + "/"
          + checkName));
      if (body.isPresent()) {
        return new ProbeObservation(body, List.of());
      }
    }
    return ProbeObservation.nothing();
  }

  /**
   * The body of the first 2xx answer reached from {@code first} through same-domain
   * redirects. Locations are kept as the domain's own URLs on standard ports; only the
   * connection goes where {@link Builder#connectTo} and the ports say.
   */
  private Optional<String> fetch(DomainName domain, URI first) {
    URI location = first;
    for (int redirects = 0; ; redirects++) {
      Optional<HttpResponse<Optional<byte[]>>> answer = send(domain, location);
      if (answer.isEmpty()) {
        return Optional.empty();
      }
      HttpResponse<Optional<byte[]>> response = answer.get();
      int status = response.statusCode();
      if (status / 100 == 2) {
        if (response.body().isEmpty()) {
          LOG.debug("D-1 {}: body over {} bytes, not observed", location, maxBodyBytes);
        }
        return response.body().map(HttpDomainProbe::decode);
      }
      if (!REDIRECTS.contains(status)) {
        LOG.debug("D-1 {}: status {}, nothing observed", location, status);
        return Optional.empty();
      }
      Optional<String> target = response.headers().firstValue("Location");
      if (target.isEmpty()) {
        LOG.debug("D-1 {}: status {} without a Location, nothing observed", location, status);
        return Optional.empty();
      }
      if (redirects >= maxRedirects) {
        LOG.debug("D-1 {}: more than {} redirects, nothing observed", location, maxRedirects);
        return Optional.empty();
      }
      Optional<URI> next = sameDomain(domain, location, target.get());
      if (next.isEmpty()) {
        LOG.debug("D-1 {}: redirect to '{}' leaves {}, not followed", location, target.get(),
            domain);
        return Optional.empty();
      }
      location = next.get();
    }
  }

  /** One GET of {@code location}; empty if it failed or ran out of time. */
  private Optional<HttpResponse<Optional<byte[]>>> send(DomainName domain, URI location) {
    HttpRequest request = HttpRequest.newBuilder(connection(domain, location))
        .timeout(requestTimeout)
        .GET()
        .build();
    LimitedBody body = new LimitedBody(maxBodyBytes);
    CompletableFuture<HttpResponse<Optional<byte[]>>> response = client.sendAsync(request,
        info -> info.statusCode() / 100 == 2
            && info.headers().firstValueAsLong("Content-Length").orElse(0) <= maxBodyBytes
            ? body
            : HttpResponse.BodySubscribers.replacing(Optional.empty()));
    try {
      return Optional.of(response.get(requestTimeout.toNanos(), TimeUnit.NANOSECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      abandon(response, body);
      LOG.debug("D-1 {}: interrupted, nothing observed", location);
    } catch (TimeoutException e) {
      abandon(response, body);
      LOG.debug("D-1 {}: no complete answer within {}, nothing observed", location,
          requestTimeout);
    } catch (ExecutionException e) {
      LOG.debug("D-1 {}: {}, nothing observed", location, String.valueOf(e.getCause()));
    }
    return Optional.empty();
  }

  private static void abandon(CompletableFuture<?> response, LimitedBody body) {
    response.cancel(true);
    body.cancel();
  }

  /** Where {@code location} (a URL of {@code domain}) is fetched from. */
  private URI connection(DomainName domain, URI location) {
    String host = connectTo.apply(domain);
    if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    boolean https = "https".equals(location.getScheme());
    int port = https ? httpsPort : httpPort;
    boolean standard = port == (https ? DEFAULT_HTTPS_PORT : DEFAULT_HTTP_PORT);
    return URI.create(location.getScheme() + "://" + host + (standard ? "" : ":" + port)
        + pathAndQuery(location));
  }

  /**
   * The redirect target as a URL of {@code domain}, if it stays there: http or https, the
   * same host, no port or the scheme's standard port.
   */
  static Optional<URI> sameDomain(DomainName domain, URI from, String location) {
    URI target;
    try {
      target = from.resolve(new URI(location.trim()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
    String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
    String host = target.getHost();
    if (host == null || !("http".equals(scheme) || "https".equals(scheme))) {
      return Optional.empty();
    }
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    int standardPort = "https".equals(scheme) ? DEFAULT_HTTPS_PORT : DEFAULT_HTTP_PORT;
    if (!host.equalsIgnoreCase(domain.value())
        || (target.getPort() != -1 && target.getPort() != standardPort)) {
      return Optional.empty();
    }
    return Optional.of(URI.create(scheme + "://" + domain.value() + pathAndQuery(target)));
  }

  private static String pathAndQuery(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }

  private static String decode(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Configures an {@link HttpDomainProbe}; every setting has a default. */
  public static final class Builder {
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration requestTimeout = Duration.ofSeconds(5);
    private int maxBodyBytes = 4096;
    private int maxRedirects = 3;
    private List<String> schemes = List.of("http", "https");
    private int httpPort = DEFAULT_HTTP_PORT;
    private int httpsPort = DEFAULT_HTTPS_PORT;
    private Function<DomainName, String> connectTo = DomainName::value;

    private Builder() {}

    /** How long to wait for a TCP (and TLS) connection (default 5 s). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * How long one request may take as a whole, connecting, headers and body (default 5 s).
     * A fetch makes one request per scheme and one more per redirect.
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive(timeout, "requestTimeout");
      return this;
    }

    /** The largest body observed, 1 byte to 1 MiB (default 4 KiB); a bigger one is ignored. */
    public Builder maxBodyBytes(int bytes) {
      if (bytes < 1 || bytes > MAX_BODY_LIMIT) {
        throw new IllegalArgumentException("maxBodyBytes must be 1.." + MAX_BODY_LIMIT);
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /** How many same-domain redirects one fetch follows, 0..10 (default 3). */
    public Builder maxRedirects(int redirects) {
      if (redirects < 0 || redirects > 10) {
        throw new IllegalArgumentException("maxRedirects must be 0..10");
      }
      this.maxRedirects = redirects;
      return this;
    }

    /**
     * The schemes tried, in order, until one yields a body (default {@code http}, then
     * {@code https}); each of {@code http} and {@code https} at most once.
     */
    public Builder schemes(String... schemes) {
      List<String> chosen = new ArrayList<>();
      for (String scheme : schemes) {
        String lower = scheme.toLowerCase(Locale.ROOT);
        if (!("http".equals(lower) || "https".equals(lower)) || chosen.contains(lower)) {
          throw new IllegalArgumentException("schemes are http and https, each at most once: "
              + List.of(schemes));
        }
        chosen.add(lower);
      }
      if (chosen.isEmpty()) {
        throw new IllegalArgumentException("at least one scheme");
      }
      this.schemes = List.copyOf(chosen);
      return this;
    }

    /** The port http URLs are fetched from (default 80); for tests and port mappings. */
    public Builder httpPort(int port) {
      this.httpPort = port(port);
      return this;
    }

    /** The port https URLs are fetched from (default 443); for tests and port mappings. */
    public Builder httpsPort(int port) {
      this.httpsPort = port(port);
      return this;
    }

    /**
     * The host (name or IP address) to connect to for a domain, in the manner of curl's
     * {@code --connect-to} (default: the domain itself). URLs and the same-domain check of
     * redirects still use the domain; the request's {@code Host} header names the host
     * connected to, so this is meant for tests and for proxies that route on the
     * connection, not for name-based virtual hosting.
     */
    public Builder connectTo(Function<DomainName, String> host) {
      this.connectTo = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The probe. */
    public HttpDomainProbe build() {
      return new HttpDomainProbe(this);
    }

    private static Duration positive(Duration timeout, String what) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException(what + " must be positive");
      }
      return timeout;
    }

    private static int port(int port) {
      if (port < 1 || port > 65_535) {
        throw new IllegalArgumentException("port must be 1..65535: " + port);
      }
      return port;
    }
  }
}
