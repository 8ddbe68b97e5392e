package org.oscetrainer.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Signs in over real HTTP (HTTP Basic on the API's handshake URL) from a chosen loopback address,
 * such as 127.0.0.2, so that a test's failed sign-ins are counted against an address of its own.
 * Returns the HTTP status: 401 when the sign-in is refused.
 */
final class BasicSignIn {

    private BasicSignIn() {
    }

    static int status(int port, String from, String username, String password) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(15_000);
            String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/encounters/ws HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Basic "
                    + credentials + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder statusLine = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                statusLine.append((char) c);
            }
            return Integer.parseInt(statusLine.toString().split(" ")[1]);
        }
    }
}
