package org.oscetrainer.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * LangChain4j's JDK HTTP client, with each streamed reply read on a thread of a pool of the app's own ({@code
 * llm-stream-N}, kept between replies) instead of a new thread per reply. LangChain4j's {@link JdkHttpClient} reads a
 * stream in a continuation of {@code sendAsync}'s future, and the JDK runs such continuations on
 * {@code CompletableFuture}'s default executor: on a node of two cores or fewer that is a new thread per task, i.e.
 * one thread started and ended per reply (1,643 in 137 s at 300 students, docs/performance.md); on a larger node, the
 * common fork-join pool, blocked for the whole of each reply. Here the request is sent with the blocking
 * {@code send} on the pool's thread (no continuation to hop to), and the events are parsed there as before (the
 * same parser, listener calls and errors as {@link JdkHttpClient}). The pool has as many threads as replies stream
 * at once, which the bulkhead bounds ({@code osce.llm.resilience.max-concurrent-generations}), at most
 * {@value #MAX_STREAMS}; a thread idle for {@value #IDLE_SECONDS} s ends. Calls without a stream go to
 * {@link JdkHttpClient} unchanged.
 */
final class PooledStreamHttpClient implements HttpClient {

    /** Far above the bulkhead's places: a reply beyond it fails (the scripted engine answers) rather than waits. */
    static final int MAX_STREAMS = 2048;
    static final int IDLE_SECONDS = 300;

    private static final AtomicLong THREADS_STARTED = new AtomicLong();
    private static final ExecutorService STREAMS = pool();

    private final java.net.http.HttpClient http;
    private final Duration readTimeout;
    private final JdkHttpClient calls;

    private PooledStreamHttpClient(Builder builder) {
        this.http = builder.jdk.httpClientBuilder().connectTimeout(builder.jdk.connectTimeout()).build();
        this.readTimeout = builder.jdk.readTimeout();
        this.calls = builder.jdk.build();
    }

    static Builder builder(JdkHttpClientBuilder jdk) {
        return new Builder(jdk);
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) throws HttpException {
        return calls.execute(request);
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        if (!request.formDataFields().isEmpty() || !request.formDataFiles().isEmpty()) {
            calls.execute(request, parser, listener); // no stream of ours sends a form
            return;
        }
        java.net.http.HttpRequest jdkRequest = jdkRequest(request);
        try {
            STREAMS.execute(() -> stream(jdkRequest, parser, listener));
        } catch (RejectedExecutionException e) {
            ignoringExceptions(() -> listener.onError(e));
        }
    }

    /** One reply: sent, then its events parsed until the stream ends, on this (the pool's) thread. */
    private void stream(java.net.http.HttpRequest request, ServerSentEventParser parser,
            ServerSentEventListener listener) {
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            ignoringExceptions(() -> listener.onError(new TimeoutException(e)));
            return;
        } catch (IOException e) {
            ignoringExceptions(() -> listener.onError(e));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ignoringExceptions(() -> listener.onError(e));
            return;
        }
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status < 200 || status >= 300) {
                HttpException error = new HttpException(status, new String(body.readAllBytes(), StandardCharsets.UTF_8));
                ignoringExceptions(() -> listener.onError(error));
                return;
            }
            SuccessfulHttpResponse opened = SuccessfulHttpResponse.builder().statusCode(status)
                    .headers(response.headers().map()).build();
            ignoringExceptions(() -> listener.onOpen(opened));
            parser.parse(body, listener);
            ignoringExceptions(listener::onClose);
        } catch (IOException | RuntimeException e) {
            ignoringExceptions(() -> listener.onError(e));
        }
    }

    private java.net.http.HttpRequest jdkRequest(HttpRequest request) {
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder().uri(URI.create(request.url()));
        request.headers().forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        builder.method(request.method().name(), request.body() == null
                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(request.body()));
        if (readTimeout != null) {
            builder.timeout(readTimeout);
        }
        return builder.build();
    }

    /** As LangChain4j does: a listener that throws does not end the stream's reading nor reach the pool. */
    private static void ignoringExceptions(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException ignored) {
            // the listener's own failure
        }
    }

    private static ExecutorService pool() {
        return new ThreadPoolExecutor(0, MAX_STREAMS, IDLE_SECONDS, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "llm-stream-" + THREADS_STARTED.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** How many threads the pool has started since the JVM started (tests, reports). */
    static long threadsStarted() {
        return THREADS_STARTED.get();
    }

    /** Builds the client from LangChain4j's JDK builder (its HTTP client builder and timeouts). */
    static final class Builder implements HttpClientBuilder {

        private final JdkHttpClientBuilder jdk;

        private Builder(JdkHttpClientBuilder jdk) {
            this.jdk = jdk;
        }

        @Override
        public Duration connectTimeout() {
            return jdk.connectTimeout();
        }

        @Override
        public Builder connectTimeout(Duration timeout) {
            jdk.connectTimeout(timeout);
            return this;
        }

        @Override
        public Duration readTimeout() {
            return jdk.readTimeout();
        }

        @Override
        public Builder readTimeout(Duration timeout) {
            jdk.readTimeout(timeout);
            return this;
        }

        @Override
        public PooledStreamHttpClient build() {
            return new PooledStreamHttpClient(this);
        }
    }
}
