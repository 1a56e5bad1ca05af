package jp.junction.bot.line;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * LINE channel settings, bound from {@code LINE_CHANNEL_SECRET}, {@code LINE_CHANNEL_TOKEN} and
 * {@code LINE_API_BASE_URL} (see application.yml). Both credentials absent means local mode.
 *
 * @param concurrentRequests requests to LINE in flight at once (the HTTP client's own default is 5
 *     per host, which caps replies at 5 per round trip however many webhook workers there are)
 */
@ConfigurationProperties("junction.line")
public record LineSettings(
    String channelSecret,
    String channelToken,
    @DefaultValue("https://api.line.me") String apiBaseUrl,
    @DefaultValue("10s") Duration timeout,
    @DefaultValue("64") int concurrentRequests) {

  public LineSettings {
    if (concurrentRequests < 1) {
      throw new IllegalArgumentException("junction.line.concurrent-requests must be at least 1");
    }
    boolean hasSecret = StringUtils.hasText(channelSecret);
    boolean hasToken = StringUtils.hasText(channelToken);
    if (hasSecret != hasToken) {
      throw new IllegalArgumentException(
          (hasSecret ? "LINE_CHANNEL_TOKEN" : "LINE_CHANNEL_SECRET")
              + " is missing: set both LINE_CHANNEL_SECRET and LINE_CHANNEL_TOKEN, or neither"
              + " for local mode");
    }
    apiBaseUrl = checkedBaseUrl(apiBaseUrl);
  }

  /** True when no LINE credentials are configured: the bot runs with the local chat page. */
  public boolean localMode() {
    return !StringUtils.hasText(channelSecret);
  }

  /** The API root as a URI with a trailing slash (the SDK drops any path). */
  public URI apiRoot() {
    return URI.create(apiBaseUrl.endsWith("/") ? apiBaseUrl : apiBaseUrl + "/");
  }

  private static String checkedBaseUrl(String value) {
    try {
      URI uri = URI.create(value.trim());
      if (uri.getScheme() == null
          || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
          || uri.getHost() == null) {
        throw new IllegalArgumentException("not an http(s) URL");
      }
      return value.trim();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "LINE_API_BASE_URL is not a valid http(s) URL: '" + value + "' (" + e.getMessage() + ")",
          e);
    }
  }
}
