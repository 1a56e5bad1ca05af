package jp.junction.bot.system;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import org.apache.catalina.core.ApplicationPart;
import org.apache.tomcat.util.http.fileupload.FileItem;
import org.apache.tomcat.util.http.fileupload.FileUpload;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.apache.tomcat.util.http.fileupload.UploadContext;
import org.apache.tomcat.util.http.fileupload.disk.DiskFileItemFactory;
import org.springframework.util.MultiValueMap;

/**
 * A {@code multipart/form-data} body already in memory, as its parts: the container would read them
 * from the network, which {@link SlowBodyFilter} has done already. Parsed with Tomcat's own reader,
 * kept in memory (the body is), at most {@link #MAX_PARTS} parts.
 */
final class BufferedParts {

  /** A staff form has a file, its CSRF token and a field or two. */
  static final int MAX_PARTS = 16;

  private final List<FileItem> items;

  private BufferedParts(List<FileItem> items) {
    this.items = items;
  }

  static BufferedParts parse(byte[] body, String contentType, Charset charset)
      throws ServletException {
    DiskFileItemFactory factory = new DiskFileItemFactory(body.length + 1, null);
    factory.setDefaultCharset(charset.name());
    FileUpload upload = new FileUpload();
    upload.setFileItemFactory(factory);
    upload.setFileCountMax(MAX_PARTS);
    UploadContext context =
        new UploadContext() {
          @Override
          public long contentLength() {
            return body.length;
          }

          @Override
          public String getCharacterEncoding() {
            return charset.name();
          }

          @Override
          public String getContentType() {
            return contentType;
          }

          @Override
          public InputStream getInputStream() {
            return new ByteArrayInputStream(body);
          }
        };
    try {
      return new BufferedParts(upload.parseRequest(context));
    } catch (FileUploadException e) {
      throw new ServletException("the multipart body cannot be read: " + e.getMessage(), e);
    }
  }

  List<Part> parts() {
    return items.stream().map(i -> (Part) new ApplicationPart(i, null)).toList();
  }

  /** The plain fields (not files), as form parameters. */
  void fields(Charset charset, MultiValueMap<String, String> into) throws IOException {
    for (FileItem item : items) {
      if (item.isFormField()) {
        into.add(item.getFieldName(), item.getString(charset.name()));
      }
    }
  }
}
