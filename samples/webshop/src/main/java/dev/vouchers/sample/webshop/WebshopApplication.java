// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;

/** Starts the sample webshop and prints where it serves. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WebshopApplication {
  private static final Logger LOG = LoggerFactory.getLogger(WebshopApplication.class);

  /**
   * Runs the shop.
   *
   * @param args Spring Boot arguments, e.g. {@code --server.port=9090}
   */
  public static void main(String[] args) {
    SpringApplication.run(WebshopApplication.class, args);
  }

  @EventListener
  void announce(WebServerInitializedEvent event) {
    LOG.info("\n\n    The vouchers webshop is ready: http://localhost:{}/\n",
        event.getWebServer().getPort());
  }
}
