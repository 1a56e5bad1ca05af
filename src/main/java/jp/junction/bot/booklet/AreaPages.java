package jp.junction.bot.booklet;

import java.util.Optional;
import jp.junction.bot.places.Areas;
import jp.junction.bot.places.Gazetteer;
import jp.junction.bot.places.Municipality;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Links to the public page of an area ({@code <base>/areas/<code>}) for the chat's answers. The
 * base is {@code junction.booklet.public-base-url}; in local mode without it, this machine;
 * otherwise there is no link.
 */
@Component
public class AreaPages {

  private final String base;
  private final Gazetteer gazetteer;

  @Autowired
  AreaPages(BookletSettings settings, Gazetteer gazetteer, Environment environment) {
    this(base(settings, environment), gazetteer);
  }

  /** Links under {@code base} (no trailing slash; empty: never a link). */
  public AreaPages(String base, Gazetteer gazetteer) {
    this.base = base == null ? "" : base.replaceAll("/+$", "");
    this.gazetteer = gazetteer;
  }

  /** The page of {@code area}, or empty without a base or for an area the gazetteer lacks. */
  public Optional<String> link(Areas.Area area) {
    if (base.isEmpty()) {
      return Optional.empty();
    }
    return code(gazetteer, area).map(code -> base + "/areas/" + code);
  }

  static Optional<String> code(Gazetteer gazetteer, Areas.Area area) {
    if (area.wholePrefecture()) {
      return gazetteer.prefecture(area.prefecture()).map(p -> p.code());
    }
    return gazetteer
        .municipality(area.prefecture(), area.municipality())
        .map(gazetteer::cityOf)
        .map(Municipality::code);
  }

  private static String base(BookletSettings settings, Environment environment) {
    if (!settings.publicBaseUrl().isEmpty()) {
      return settings.publicBaseUrl();
    }
    if (StringUtils.hasText(environment.getProperty("junction.line.channel-secret"))) {
      return "";
    }
    return "http://localhost:" + environment.getProperty("server.port", "8080");
  }
}
