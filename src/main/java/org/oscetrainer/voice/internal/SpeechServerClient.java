package org.oscetrainer.voice.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The OpenAI-compatible audio endpoints over plain HTTP/1.1 (vLLM answers 400 to the JDK client's h2c
 * upgrade): {@code POST /audio/transcriptions} (multipart: file, model, language, response_format=json)
 * and {@code POST /audio/speech} (JSON: model, input, voice, response_format=wav).
 */
public final class SpeechServerClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String apiKey;
    private final Duration timeout;

    public SpeechServerClient(String apiKey, Duration connectTimeout, Duration timeout) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout).build();
        this.apiKey = apiKey;
        this.timeout = timeout;
    }

    /** The text the server heard in {@code audio}. */
    public String transcribe(String baseUrl, String model, String language, byte[] audio, String fileName,
            String contentType) throws IOException, InterruptedException {
        String boundary = "osce-" + UUID.randomUUID();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("model", model);
        fields.put("language", language);
        fields.put("response_format", "json");
        ByteArrayOutputStream body = new ByteArrayOutputStream(audio.length + 1024);
        for (var field : fields.entrySet()) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n");
        }
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        body.write(audio);
        write(body, "\r\n--" + boundary + "--\r\n");
        HttpResponse<byte[]> response = send(request(baseUrl, "/audio/transcriptions")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
        JsonNode answer = JSON.readTree(response.body());
        if (!answer.hasNonNull("text")) {
            throw new IOException("The speech server's answer has no text");
        }
        return answer.get("text").asText();
    }

    /** The server's speech for {@code text}, as WAV. */
    public byte[] speak(String baseUrl, String model, String voice, String text) throws IOException, InterruptedException {
        var request = JSON.createObjectNode().put("model", model).put("input", text).put("response_format", "wav");
        if (voice != null) {
            request.put("voice", voice);
        }
        return send(request(baseUrl, "/audio/speech").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request))).build()).body();
    }

    private HttpRequest.Builder request(String baseUrl, String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
        if (apiKey != null && !apiKey.isBlank()) {
            builder.header("Authorization", "Bearer " + apiKey);
        }
        return builder;
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("The speech server answered " + response.statusCode() + " to " + request.uri());
        }
        return response;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
