package jp.junction.bot.booklet;

import jp.junction.bot.vocabulary.Link;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Booklet settings. Both links are checked at start-up: a bad one stops the bot, naming it.
 *
 * @param addFriendUrl the link that adds the bot as a LINE friend (https, e.g. the channel's {@code
 *     https://lin.ee/...} link), printed as the cover's QR code; empty: no QR code
 * @param publicBaseUrl where people reach the bot's public pages ({@code https://bot.example.jp}),
 *     for the search answer's 「一覧を見る」 link to {@code /areas/<code>}; empty: no link, except in
 *     local mode, where the link goes to this machine
 */
@Validated
@ConfigurationProperties("junction.booklet")
record BookletSettings(
    @DefaultValue("") String addFriendUrl, @DefaultValue("") String publicBaseUrl) {

  BookletSettings {
    addFriendUrl = addFriendUrl == null ? "" : addFriendUrl.strip();
    publicBaseUrl = publicBaseUrl == null ? "" : publicBaseUrl.strip().replaceAll("/+$", "");
    if (!addFriendUrl.isEmpty()) {
      addFriendUrl = checked("junction.booklet.add-friend-url", addFriendUrl, true);
    }
    if (!publicBaseUrl.isEmpty()) {
      publicBaseUrl = checked("junction.booklet.public-base-url", publicBaseUrl, false);
    }
  }

  private static String checked(String name, String value, boolean httpsOnly) {
    Link link;
    try {
      link = Link.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
    if (httpsOnly && !link.toString().startsWith("https://")) {
      throw new IllegalArgumentException(name + " must be an https:// link, not '" + value + "'");
    }
    return link.toString();
  }
}
