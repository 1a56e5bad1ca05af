package jp.junction.bot.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.junction.bot.line.LineModeConditions;
import jp.junction.bot.richmenu.RichMenu;
import jp.junction.bot.richmenu.RichMenus;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rich menu for the chat page to show under its input, as LINE shows it: {@code GET
 * /simulator/richmenu} gives the chat bar's words and each area's place (in percent of the image)
 * and what a tap sends; {@code GET /simulator/richmenu.png} the image the richmenu command uploads.
 * Local mode only.
 */
@RestController
@RequestMapping("/simulator")
@Conditional(LineModeConditions.Local.class)
class RichMenuController {

  private final RichMenus menus;

  RichMenuController(RichMenus menus) {
    this.menus = menus;
  }

  @GetMapping("/richmenu")
  ResponseEntity<Map<String, Object>> menu() {
    if (menus.menu().isEmpty()) {
      return ResponseEntity.noContent().build();
    }
    RichMenu menu = menus.menu().get();
    List<Map<String, Object>> areas = new ArrayList<>();
    for (RichMenu.Area area : menu.areas()) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("label", area.label());
      out.put("note", area.note());
      out.put("color", area.color());
      out.put("left", 100.0 * area.x() / menu.width());
      out.put("top", 100.0 * area.y() / menu.height());
      out.put("width", 100.0 * area.width() / menu.width());
      out.put("height", 100.0 * area.height() / menu.height());
      if (area.tap() instanceof RichMenu.Message message) {
        out.put("tap", Map.of("kind", "message", "text", message.text()));
      } else if (area.tap() instanceof RichMenu.Postback postback) {
        out.put(
            "tap",
            Map.of(
                "kind",
                "postback",
                "data",
                postback.data(),
                "displayText",
                postback.displayText()));
      }
      areas.add(out);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("chatBarText", menu.chatBarText());
    body.put("aspect", (double) menu.width() / menu.height());
    body.put("image", menus.png().isPresent() ? "/simulator/richmenu.png" : null);
    body.put("areas", areas);
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
  }

  @GetMapping("/richmenu.png")
  ResponseEntity<byte[]> image() {
    return menus
        .png()
        .map(png -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png))
        .orElse(ResponseEntity.notFound().build());
  }
}
