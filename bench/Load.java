import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** Closed-loop HTTP load (N clients, each sending its next request when the previous answered) and percentiles. */
final class Load {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Load() {
    }

    /** Runs {@code request(i)} for i = 0, 1, … from {@code clients} clients for {@code seconds}; prints unless a warm-up. */
    static void run(String name, int clients, int seconds, IntFunction<HttpRequest> request, boolean print) throws Exception {
        ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
        AtomicInteger counter = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger limited = new AtomicInteger();
        StringBuffer firstError = new StringBuffer();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long start = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    long[] mine = new long[1 << 20];
                    int n = 0;
                    while (System.nanoTime() < end && n < mine.length) {
                        HttpRequest req = request.apply(counter.getAndIncrement());
                        long t0 = System.nanoTime();
                        try {
                            var r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 429) {
                                limited.incrementAndGet();
                            } else if (r.statusCode() / 100 != 2) {
                                if (errors.getAndIncrement() == 0) {
                                    firstError.append(r.statusCode()).append(' ').append(r.body(), 0, Math.min(300, r.body().length()));
                                }
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        mine[n++] = System.nanoTime() - t0;
                    }
                    samples.add(Arrays.copyOf(mine, n));
                    return null;
                });
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] all = samples.stream().flatMapToLong(Arrays::stream).toArray();
        if (print) {
            report(name, all, errors.get(), limited.get());
            System.out.printf("   throughput %.0f req/s%s%n%n", all.length / elapsed, firstError.isEmpty() ? "" : "   first error: " + firstError);
        }
    }

    static void report(String name, long[] nanos, int errors, int limited) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf("%s%n   n=%d  P50 %.1f ms  P95 %.1f ms  P99 %.1f ms  max %.1f ms%s%s%n", name, s.length, pct(s, 50), pct(s, 95),
                pct(s, 99), s[s.length - 1] / 1e6, errors > 0 ? "  ERRORS " + errors : "",
                limited > 0 ? "  429s " + limited + " (raise the gateway's limit)" : "");
    }

    static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
