package jp.junction.bot.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Part;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * A multipart body the filter already read: its fields are form parameters (the CSRF token is
 * found) and its file is a part with its name and bytes, as the container would give them.
 */
class BufferedPartsTests {

  private static final String BOUNDARY = "----junction-boundary";

  @Test
  void aBufferedMultipartBodyGivesItsFieldsAndItsFile() throws Exception {
    byte[] file = "id,name\nr1,高松の居場所\n".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(
        ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\ntoken-1\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"名簿.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(file);
    body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    MockHttpServletRequest raw = new MockHttpServletRequest("POST", "/admin/directory/import");
    raw.setContentType("multipart/form-data; boundary=" + BOUNDARY);
    raw.setCharacterEncoding("UTF-8");

    BufferedBodyRequest request = new BufferedBodyRequest(raw, body.toByteArray());

    assertThat(request.getParameter("_csrf")).isEqualTo("token-1");
    Part part = request.getPart("file");
    assertThat(part.getSubmittedFileName()).isEqualTo("名簿.csv");
    assertThat(part.getInputStream().readAllBytes()).isEqualTo(file);
    assertThat(request.getParts()).hasSize(2);
  }
}
