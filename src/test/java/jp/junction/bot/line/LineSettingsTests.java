package jp.junction.bot.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LineSettingsTests {

  @Test
  void noCredentialsMeansLocalMode() {
    assertThat(settings(null, null, "https://api.line.me").localMode()).isTrue();
    assertThat(settings("", "", "https://api.line.me").localMode()).isTrue();
  }

  @Test
  void onlyOneCredentialStopsStartupNamingTheMissingVariable() {
    assertThatThrownBy(() -> settings("s", null, "https://api.line.me"))
        .hasMessageContaining("LINE_CHANNEL_TOKEN is missing");
    assertThatThrownBy(() -> settings(null, "t", "https://api.line.me"))
        .hasMessageContaining("LINE_CHANNEL_SECRET is missing");
  }

  @Test
  void aBadApiBaseUrlStopsStartupNamingTheVariable() {
    assertThatThrownBy(() -> settings("s", "t", "api.line.me"))
        .hasMessageContaining("LINE_API_BASE_URL");
    assertThatThrownBy(() -> settings("s", "t", "ftp://x"))
        .hasMessageContaining("LINE_API_BASE_URL");
  }

  @Test
  void theApiRootAlwaysEndsWithASlash() {
    assertThat(settings("s", "t", "http://localhost:8089").apiRoot().toString())
        .isEqualTo("http://localhost:8089/");
  }

  private static LineSettings settings(String secret, String token, String url) {
    return new LineSettings(secret, token, url, Duration.ofSeconds(5), 64);
  }
}
