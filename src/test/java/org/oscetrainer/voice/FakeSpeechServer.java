package org.oscetrainer.voice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local OpenAI-compatible speech server for tests, as faster-whisper-server or a Kokoro server answer:
 * {@code POST /v1/audio/transcriptions} (multipart) answers {@code {"text": …}}, the transcription set
 * for the request's language, <b>only when the file is a WAV with speech in it</b> (at least 0.3 s
 * above a silence level), else an empty text; {@code POST /v1/audio/speech} (JSON) answers a WAV that
 * espeak-ng speaks with the request's {@code voice} as espeak voice. It records every request.
 */
public class FakeSpeechServer implements AutoCloseable {

    /** A transcription request: its multipart fields and the file. */
    public record Transcription(Map<String, String> fields, String fileName, String fileType, byte[] file,
            double seconds, double speechSeconds, String authorization) {
    }

    /** A speech request's JSON body. */
    public record Speech(JsonNode body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"(?:; filename=\"([^\"]*)\")?");

    private final HttpServer server;
    private final ExecutorService dispatch = Executors.newCachedThreadPool();
    private final List<Transcription> transcriptions = new CopyOnWriteArrayList<>();
    private final List<Speech> speeches = new CopyOnWriteArrayList<>();
    private final Map<String, String> heard = new ConcurrentHashMap<>();
    private volatile int failWith;

    /** A fake server listening now, for a test class's static field. */
    public static FakeSpeechServer started() {
        try {
            return new FakeSpeechServer();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public FakeSpeechServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/v1/audio/transcriptions", this::transcribe);
        server.createContext("/v1/audio/speech", this::speak);
        server.setExecutor(dispatch);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** What the server "hears" in speech of this language ({@code fr}, {@code en}). */
    public void hears(String language, String text) {
        heard.put(language, text);
    }

    /** Answer every request with this HTTP status (0: answer normally). */
    public void failWith(int status) {
        this.failWith = status;
    }

    public List<Transcription> transcriptions() {
        return transcriptions;
    }

    public List<Speech> speeches() {
        return speeches;
    }

    private void transcribe(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Matcher b = BOUNDARY.matcher(String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")));
        if (!b.find()) {
            answer(exchange, 400, "{\"error\":\"multipart expected\"}", "application/json");
            return;
        }
        Map<String, String> fields = new HashMap<>();
        String fileName = null, fileType = null;
        byte[] file = new byte[0];
        for (byte[] part : split(body, ("--" + b.group(1)).getBytes(StandardCharsets.ISO_8859_1))) {
            int end = indexOf(part, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
            if (end < 0) {
                continue;
            }
            String headers = new String(part, 0, end, StandardCharsets.UTF_8);
            byte[] content = java.util.Arrays.copyOfRange(part, end + 4, Math.max(end + 4, part.length - 2)); // the part's closing CRLF
            Matcher n = NAME.matcher(headers);
            if (!n.find()) {
                continue;
            }
            if (n.group(2) != null) {
                fileName = n.group(2);
                Matcher type = Pattern.compile("Content-Type: *(\\S+)", Pattern.CASE_INSENSITIVE).matcher(headers);
                fileType = type.find() ? type.group(1) : null;
                file = content;
            } else {
                fields.put(n.group(1), new String(content, StandardCharsets.UTF_8));
            }
        }
        double[] lengths = wavLengths(file);
        transcriptions.add(new Transcription(fields, fileName, fileType, file, lengths[0], lengths[1],
                exchange.getRequestHeaders().getFirst("Authorization")));
        if (failWith > 0) {
            answer(exchange, failWith, "{\"error\":\"overloaded\"}", "application/json");
            return;
        }
        String text = lengths[1] >= 0.3 ? heard.getOrDefault(fields.get("language"), "") : "";
        answer(exchange, 200, JSON.createObjectNode().put("text", text).toString(), "application/json");
    }

    private void speak(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        speeches.add(new Speech(body));
        if (failWith > 0) {
            answer(exchange, failWith, "{\"error\":\"overloaded\"}", "application/json");
            return;
        }
        byte[] wav = SpeechFiles.synthesise(body.path("voice").asText("en"), body.path("input").asText());
        exchange.getResponseHeaders().add("Content-Type", "audio/wav");
        exchange.sendResponseHeaders(200, wav.length);
        exchange.getResponseBody().write(wav);
        exchange.close();
    }

    /**
     * The length of a 16-bit PCM WAV, and how much of it is above a silence level (20 ms frames whose
     * RMS passes 1 % of full scale); {0, 0} for anything else.
     */
    static double[] wavLengths(byte[] wav) {
        if (wav.length < 44 || !new String(wav, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")) {
            return new double[] {0, 0};
        }
        ByteBuffer bytes = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int at = 12, channels = 1, rate = 0, bits = 0;
        while (at + 8 <= wav.length) {
            String id = new String(wav, at, 4, StandardCharsets.US_ASCII);
            int size = bytes.getInt(at + 4);
            if (id.equals("fmt ")) {
                channels = bytes.getShort(at + 10);
                rate = bytes.getInt(at + 12);
                bits = bytes.getShort(at + 22);
            } else if (id.equals("data") && bits == 16 && rate > 0) {
                int start = at + 8;
                int end = size <= 0 ? wav.length : Math.min(wav.length, start + size);
                int samples = (end - start) / 2 / channels;
                int frame = rate / 50;
                int loud = 0;
                for (int f = 0; f + frame <= samples; f += frame) {
                    double sum = 0;
                    for (int i = f; i < f + frame; i++) {
                        double s = bytes.getShort(start + i * 2 * channels) / 32768.0;
                        sum += s * s;
                    }
                    if (Math.sqrt(sum / frame) > 0.01) {
                        loud++;
                    }
                }
                return new double[] {(double) samples / rate, loud * 0.02};
            }
            at += 8 + size + (size & 1);
        }
        return new double[] {0, 0};
    }

    private static List<byte[]> split(byte[] body, byte[] delimiter) {
        List<byte[]> parts = new java.util.ArrayList<>();
        int from = indexOf(body, delimiter, 0);
        while (from >= 0) {
            int start = from + delimiter.length + 2; // the delimiter's CRLF (or "--" at the end)
            int next = indexOf(body, delimiter, start);
            if (next < 0) {
                break;
            }
            parts.add(java.util.Arrays.copyOfRange(body, start, next));
            from = next;
        }
        return parts;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void answer(HttpExchange exchange, int status, String body, String type) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        dispatch.shutdownNow();
    }
}
