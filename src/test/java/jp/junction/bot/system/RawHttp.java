package jp.junction.bot.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 over a plain socket, for tests that must send what a browser or a proxy would and that
 * Java's HTTP clients refuse to (a chosen {@code Host}, {@code X-Forwarded-*}), and read every
 * {@code Set-Cookie}.
 */
final class RawHttp {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final int port;

  RawHttp(int port) {
    this.port = port;
  }

  /**
   * One response: status, headers (names in lower case, repeated ones joined by new lines), body.
   */
  record Response(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    List<String> cookies() {
      String all = header("set-cookie");
      return all == null ? List.of() : List.of(all.split("\n"));
    }

    /** The value of a cookie this response set, or null. */
    String cookie(String name) {
      for (String c : cookies()) {
        if (c.startsWith(name + "=")) {
          return c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
        }
      }
      return null;
    }
  }

  Response get(String path, String... headers) throws IOException {
    return send("GET", path, null, headers);
  }

  Response postForm(String path, Map<String, String> form, String... headers) throws IOException {
    StringBuilder body = new StringBuilder();
    form.forEach(
        (k, v) ->
            body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    List<String> all = new ArrayList<>(List.of(headers));
    all.add("Content-Type: application/x-www-form-urlencoded");
    return send("POST", path, body.toString(), all.toArray(String[]::new));
  }

  /** Logs in through the form as a browser does; returns the response to the login POST. */
  Response login(String user, String password, String... headers) throws IOException {
    Response page = get("/login", headers);
    Matcher token = CSRF.matcher(page.body());
    if (!token.find()) {
      throw new IllegalStateException("no CSRF field on the login page: " + page.body());
    }
    List<String> all = new ArrayList<>(List.of(headers));
    all.add("Cookie: XSRF-TOKEN=" + page.cookie("XSRF-TOKEN"));
    Map<String, String> form = new LinkedHashMap<>();
    form.put("username", user);
    form.put("password", password);
    form.put("_csrf", token.group(1));
    return postForm("/login", form, all.toArray(String[]::new));
  }

  Response send(String method, String path, String body, String... headers) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(20_000);
      byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
      boolean host = false;
      for (String h : headers) {
        host |= h.regionMatches(true, 0, "Host:", 0, 5);
        request.append(h).append("\r\n");
      }
      if (!host) {
        request.append("Host: 127.0.0.1:").append(port).append("\r\n");
      }
      if (body != null) {
        request.append("Content-Length: ").append(bytes.length).append("\r\n");
      }
      request.append("Connection: close\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(bytes);
      out.flush();
      return parse(socket.getInputStream());
    }
  }

  private static Response parse(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    String text = all.toString(StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String[] lines = text.substring(0, end < 0 ? text.length() : end).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.merge(
            lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
            lines[i].substring(colon + 1).trim(),
            (a, b) -> a + "\n" + b);
      }
    }
    return new Response(
        Integer.parseInt(lines[0].split(" ")[1]), headers, end < 0 ? "" : text.substring(end + 4));
  }
}
