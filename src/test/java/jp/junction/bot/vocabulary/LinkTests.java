package jp.junction.bot.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Links as people write them become links LINE opens, or a clear refusal. */
class LinkTests {

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {
        "https://example.jp/相談/窓口?町=高松#地図 => https://example.jp/%E7%9B%B8%E8%AB%87/%E7%AA%93%E5%8F%A3?%E7%94%BA=%E9%AB%98%E6%9D%BE#%E5%9C%B0%E5%9B%B3",
        "'  https://example.jp/event guide.pdf ' => https://example.jp/event%20guide.pdf",
        "HTTPS://Example.JP/Path?q=A%20b&x=1 => https://example.jp/Path?q=A%20b&x=1",
        "http://example.jp:8080/a\"b<c>{d}|e^f`g\\h => http://example.jp:8080/a%22b%3Cc%3E%7Bd%7D%7Ce%5Ef%60g%5Ch",
        "https://例え.jp/ => https://xn--r8jz45g.jp/",
        "https://example.jp/100%/#a#b => https://example.jp/100%25/#a%23b",
        "https://example.jp/😀 => https://example.jp/%F0%9F%98%80",
        "https://example.jp => https://example.jp",
      })
  void normalisesWhatAUriCannotHoldAndKeepsWhatItCan(String written, String normalised) {
    Link link = Link.parse(written);

    assertThat(link).hasToString(normalised);
    assertThat(link.uri().toString()).isEqualTo(normalised);
    assertThat(Link.parse(link.toString())).isEqualTo(link);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://example.jp/file",
        "javascript:alert(1)",
        "www.example.jp",
        "https://",
        "https:///path",
        "https://user:secret@example.jp/",
        "https://exa mple.jp/",
        "https://example.jp/a\nb",
        "",
        "   "
      })
  void refusesWhatIsNotAWebLinkLineWouldOpen(String written) {
    assertThatThrownBy(() -> Link.parse(written)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Link.tryParse(written)).isEmpty();
  }

  @Test
  void refusesALinkLongerThanLineTakesOnceEncodedAndSaysHowLong() {
    String japanese = "https://example.jp/" + "あ".repeat(327); // 19 + 327 * 9 = 2,962 encoded

    assertThat(Link.parse("https://example.jp/" + "a".repeat(981)).toString()).hasSize(1000);
    assertThatThrownBy(() -> Link.parse("https://example.jp/" + "a".repeat(982)))
        .hasMessageContaining("1001 characters")
        .hasMessageContaining("at most 1000");
    assertThatThrownBy(() -> Link.parse(japanese)).hasMessageContaining("2962 characters");
  }

  @Test
  void aRefusalSaysWhatIsWrong() {
    assertThatThrownBy(() -> Link.parse("ftp://example.jp/file"))
        .hasMessage(
            "'ftp://example.jp/file' is not a web link: it must start with https:// or http://");
    assertThatThrownBy(() -> Link.parse("https://user@example.jp/"))
        .hasMessageContaining("user name");
  }

  @Test
  void tellsALinkFromWordsAboutHowToJoin() {
    assertThat(Link.looksLikeLink(" HTTPS://example.jp/form")).isTrue();
    assertThat(Link.looksLikeLink("電話で申し込み 087-000-0000")).isFalse();
    assertThat(Link.looksLikeLink(null)).isFalse();
  }
}
