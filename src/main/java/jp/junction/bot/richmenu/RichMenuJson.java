package jp.junction.bot.richmenu;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The rich menu object LINE's create call takes. Its {@code name} (never shown to people) is how
 * the command knows its own menus: {@link #NAME_PREFIX} and a digest of the menu and its image, so
 * an unchanged menu has the same name and is not made again.
 */
final class RichMenuJson {

  /** Names of the menus the richmenu command made, and of no others. */
  static final String NAME_PREFIX = "junction-bot richmenu ";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RichMenuJson() {}

  /** The menu object as LINE takes it, named for its content and {@code png}. */
  static byte[] of(RichMenu menu, byte[] png) {
    ObjectNode object = object(menu);
    ObjectNode named = JSON.createObjectNode();
    named.set("size", object.get("size"));
    named.put("selected", true);
    named.put("name", NAME_PREFIX + digest(bytes(object), png));
    named.put("chatBarText", menu.chatBarText());
    named.set("areas", object.get("areas"));
    return bytes(named);
  }

  /** The name {@link #of} gives. */
  static String name(byte[] menuJson) {
    try {
      return JSON.readTree(menuJson).path("name").asText();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("the menu's own JSON does not parse", e);
    }
  }

  private static ObjectNode object(RichMenu menu) {
    ObjectNode object = JSON.createObjectNode();
    object.putObject("size").put("width", menu.width()).put("height", menu.height());
    object.put("chatBarText", menu.chatBarText());
    var areas = object.putArray("areas");
    for (RichMenu.Area area : menu.areas()) {
      ObjectNode node = areas.addObject();
      node.putObject("bounds")
          .put("x", area.x())
          .put("y", area.y())
          .put("width", area.width())
          .put("height", area.height());
      ObjectNode action = node.putObject("action");
      action.put("type", area.tap() instanceof RichMenu.Message ? "message" : "postback");
      action.put("label", area.label());
      if (area.tap() instanceof RichMenu.Message m) {
        action.put("text", m.text());
      } else if (area.tap() instanceof RichMenu.Postback p) {
        action.put("data", p.data()).put("displayText", p.displayText());
      }
    }
    return object;
  }

  private static byte[] bytes(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the rich menu cannot be written as JSON", e);
    }
  }

  private static String digest(byte[] json, byte[] png) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(json);
      sha.update(png);
      return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }
}
