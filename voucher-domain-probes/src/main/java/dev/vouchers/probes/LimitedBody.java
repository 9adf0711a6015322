// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.probes;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Collects a body of at most {@code max} bytes; a bigger one completes as empty and the
 * rest is not read. {@link #cancel} gives up from another thread. D-1: a probe reads a few
 * dozen bytes of secret, never a whole page a hostile host sends.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<Optional<byte[]>> {
  private final int max;
  private final CompletableFuture<Optional<byte[]>> result = new CompletableFuture<>();
  private final AtomicReference<Flow.@Nullable Subscription> subscription =
      new AtomicReference<>();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  LimitedBody(int max) {
    this.max = max;
  }

  @Override
  public CompletionStage<Optional<byte[]>> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    if (!subscription.compareAndSet(null, s) || result.isDone()) {
      s.cancel();
      return;
    }
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer buffer : buffers) {
      if ((long) bytes.size() + buffer.remaining() > max) {
        cancel();
        return;
      }
      byte[] chunk = new byte[buffer.remaining()];
      buffer.get(chunk);
      bytes.write(chunk, 0, chunk.length);
    }
    Flow.Subscription s = subscription.get();
    if (s != null) {
      s.request(1);
    }
  }

  @Override
  public void onError(Throwable failure) {
    result.completeExceptionally(failure);
  }

  @Override
  public void onComplete() {
    result.complete(Optional.of(bytes.toByteArray()));
  }

  /** Completes as not observed and stops reading. */
  void cancel() {
    result.complete(Optional.empty());
    Flow.Subscription s = subscription.get();
    if (s != null) {
      s.cancel();
    }
  }
}
