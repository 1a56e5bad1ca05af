package jp.junction.bot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryScrubberTests {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "高松市の居場所|高松市の居場所",
        "０９０－１２３４－５６７８に電話して|に電話して",
        "(087) 123-4567 の窓口|の窓口",
        "メールは taro.y+bot@mail.example.co.jp です|メールは です",
        "https://example.jp/a?b=1 を見た|を見た",
        "〇九〇一二三四 の番号|の番号",
        "15歳の子ども|歳の子ども"
      })
  void digitsPhoneNumbersAndAddressesAreRemoved(String in, String out) {
    assertThat(QueryScrubber.scrub(in)).isEqualTo(out);
  }

  @Test
  void lineBreaksAndControlCharactersBecomeOneSpace() {
    assertThat(QueryScrubber.scrub("  改行\n\tと\u0000制御\u200b  ")).isEqualTo("改行 と 制御");
  }
}
