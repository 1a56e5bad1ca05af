package jp.junction.bot.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The request again, with its body already read into memory: controllers and filters read it as
 * usual (stream, reader, form parameters) without ever waiting on the network. It reports itself as
 * an ordinary request dispatch, which it is to everything downstream: the filters after {@link
 * SlowBodyFilter} never saw the first dispatch.
 */
final class BufferedBodyRequest extends HttpServletRequestWrapper {

  private final byte[] body;
  private Map<String, String[]> parameters;
  private BufferedParts parts;

  BufferedBodyRequest(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
  }

  @Override
  public DispatcherType getDispatcherType() {
    return DispatcherType.REQUEST;
  }

  @Override
  public int getContentLength() {
    return body.length;
  }

  @Override
  public long getContentLengthLong() {
    return body.length;
  }

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream in = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return in.read(b, off, len);
      }

      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new IllegalStateException("the body was read already");
      }
    };
  }

  @Override
  public BufferedReader getReader() {
    return new BufferedReader(new InputStreamReader(getInputStream(), charset()));
  }

  @Override
  public String getParameter(String name) {
    String[] values = parameters().get(name);
    return values == null || values.length == 0 ? null : values[0];
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    return Collections.unmodifiableMap(parameters());
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return Collections.enumeration(parameters().keySet());
  }

  @Override
  public String[] getParameterValues(String name) {
    return parameters().get(name);
  }

  /** Query parameters, then form fields from the body (as the container would give them). */
  private synchronized Map<String, String[]> parameters() {
    if (parameters == null) {
      MultiValueMap<String, String> all = new LinkedMultiValueMap<>();
      decode(getQueryString(), StandardCharsets.UTF_8, all);
      if (isForm()) {
        decode(new String(body, charset()), charset(), all);
      } else if (isMultipart()) {
        try {
          multipart().fields(charset(), all);
        } catch (IOException | ServletException e) {
          // A broken body has no fields: the CSRF check refuses it, as the container's would.
        }
      }
      parameters = new LinkedHashMap<>();
      all.forEach((k, v) -> parameters.put(k, v.toArray(String[]::new)));
    }
    return parameters;
  }

  @Override
  public Collection<Part> getParts() throws IOException, ServletException {
    return multipart().parts();
  }

  @Override
  public Part getPart(String name) throws IOException, ServletException {
    return multipart().parts().stream()
        .filter(p -> p.getName().equals(name))
        .findFirst()
        .orElse(null);
  }

  private synchronized BufferedParts multipart() throws ServletException {
    if (!isMultipart()) {
      throw new ServletException("not a multipart request");
    }
    if (parts == null) {
      parts = BufferedParts.parse(body, getContentType(), charset());
    }
    return parts;
  }

  private boolean isMultipart() {
    try {
      return getContentType() != null
          && MediaType.MULTIPART_FORM_DATA.includes(MediaType.parseMediaType(getContentType()));
    } catch (org.springframework.util.InvalidMimeTypeException e) {
      return false;
    }
  }

  private boolean isForm() {
    try {
      return getContentType() != null
          && MediaType.APPLICATION_FORM_URLENCODED.includes(
              MediaType.parseMediaType(getContentType()));
    } catch (org.springframework.util.InvalidMimeTypeException e) {
      return false;
    }
  }

  private Charset charset() {
    String name = getCharacterEncoding();
    try {
      return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }

  private static void decode(String encoded, Charset charset, MultiValueMap<String, String> into) {
    if (encoded == null || encoded.isEmpty()) {
      return;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        into.add(URLDecoder.decode(name, charset), URLDecoder.decode(value, charset));
      } catch (IllegalArgumentException malformed) {
        // The container skips a malformed pair too.
      }
    }
  }
}
