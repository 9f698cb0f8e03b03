package uk.gov.justice.securityevents.transport.internal.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a response body to the end (so the connection can be reused) but keeps only the first {@code limit} bytes:
 * a hostile or broken collector cannot make us buffer a large answer.
 */
final class BoundedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

    private final int limit;
    private final ByteArrayOutputStream kept;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();

    BoundedBodySubscriber(int limit) {
        this.limit = limit;
        this.kept = new ByteArrayOutputStream(Math.min(limit, 256));
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        for (ByteBuffer b : items) {
            int take = Math.min(b.remaining(), limit - kept.size());
            if (take > 0) {
                byte[] chunk = new byte[take];
                b.get(chunk);
                kept.write(chunk, 0, take);
            }
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(kept.toByteArray());
    }
}
