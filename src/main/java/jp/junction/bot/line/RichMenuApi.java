package jp.junction.bot.line;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Messaging API's rich menu calls, for the {@code richmenu} command (which runs without the
 * bot's Spring context): list, validate, create, upload the image (on the data host), set the
 * default and delete. Each call that LINE refuses throws {@link Refused} with LINE's status and
 * message; the token never appears in one.
 */
public final class RichMenuApi {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern MENU_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

  private final String token;
  private final URI api;
  private final URI data;
  private final Duration timeout;
  private final HttpClient http;

  /**
   * A client for {@code api} (api.line.me) and {@code data} (api-data.line.me), sending {@code
   * token} as the bearer.
   */
  public RichMenuApi(String token, URI api, URI data, Duration timeout) {
    this.token = token;
    this.api = root(api);
    this.data = root(data);
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  /** A rich menu of the channel: its id and the name it was created with. */
  public record Menu(String id, String name) {}

  /** Every rich menu the channel has. */
  public List<Menu> list() {
    JsonNode body = call("GET", api, "v2/bot/richmenu/list", null, null);
    List<Menu> menus = new ArrayList<>();
    for (JsonNode menu : body.path("richmenus")) {
      menus.add(new Menu(menu.path("richMenuId").asText(), menu.path("name").asText("")));
    }
    return menus;
  }

  /** The id of the menu shown to everyone without a menu of their own, if one is set. */
  public Optional<String> defaultMenu() {
    try {
      return Optional.of(
          call("GET", api, "v2/bot/user/all/richmenu", null, null).path("richMenuId").asText());
    } catch (Refused e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** Asks LINE to check a rich menu object without creating it. */
  public void validate(byte[] menuJson) {
    call("POST", api, "v2/bot/richmenu/validate", menuJson, "application/json");
  }

  /** Creates a rich menu from its JSON object; returns its id. */
  public String create(byte[] menuJson) {
    String id =
        call("POST", api, "v2/bot/richmenu", menuJson, "application/json")
            .path("richMenuId")
            .asText();
    return checkedId(id);
  }

  /** Uploads the menu's image ({@code image/png} or {@code image/jpeg}) to the data host. */
  public void upload(String menuId, byte[] image, String contentType) {
    call("POST", data, "v2/bot/richmenu/" + checkedId(menuId) + "/content", image, contentType);
  }

  /** Makes the menu the default for everyone. */
  public void setDefault(String menuId) {
    call("POST", api, "v2/bot/user/all/richmenu/" + checkedId(menuId), null, null);
  }

  /** Deletes a rich menu. */
  public void delete(String menuId) {
    call("DELETE", api, "v2/bot/richmenu/" + checkedId(menuId), null, null);
  }

  private JsonNode call(String method, URI host, String path, byte[] body, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(host.resolve(path))
            .timeout(timeout)
            .header("Authorization", "Bearer " + token);
    if (body != null) {
      request.header("Content-Type", contentType);
      request.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    } else if (method.equals("POST")) {
      request.POST(HttpRequest.BodyPublishers.noBody());
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new Refused(method, path, 0, "no answer from " + host + " (" + e + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Refused(method, path, 0, "interrupted");
    }
    JsonNode answer = parse(response.body());
    if (response.statusCode() / 100 != 2) {
      String message = answer.path("message").asText("");
      JsonNode details = answer.path("details");
      if (!details.isMissingNode() && !details.isEmpty()) {
        message += " " + details;
      }
      throw new Refused(method, path, response.statusCode(), message.strip());
    }
    return answer;
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return JSON.createObjectNode();
    }
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  private static String checkedId(String id) {
    if (id == null || !MENU_ID.matcher(id).matches()) {
      throw new Refused("", "", 0, "LINE answered with an unexpected rich menu id '" + id + "'");
    }
    return id;
  }

  private static URI root(URI uri) {
    String s = uri.toString();
    return URI.create(s.endsWith("/") ? s : s + "/");
  }

  /** LINE refused a call, or did not answer; {@code status} is 0 when there was no answer. */
  public static final class Refused extends RuntimeException {
    private final int status;

    Refused(String method, String path, int status, String message) {
      super(
          (method + " /" + path).strip()
              + (status > 0 ? " → HTTP " + status : "")
              + (message.isEmpty() ? "" : ": " + message));
      this.status = status;
    }

    /** The HTTP status LINE answered with, or 0 when it did not answer. */
    public int status() {
      return status;
    }
  }
}
