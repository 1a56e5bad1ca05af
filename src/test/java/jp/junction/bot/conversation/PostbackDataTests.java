package jp.junction.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PostbackDataTests {

  @Test
  void japaneseWordsStayOneCharacterEachSoLongQuestionsFitInThreeHundred() {
    String question = "息子が10年部屋から出てこなくて…高松に住んでます。親が相談できるところはありますか";
    String data = PostbackData.action("search", Map.of("q", question));

    assertThat(data).hasSizeLessThan(100);
    assertThat(PostbackData.parse(data).orElseThrow().args()).containsEntry("q", question);
  }

  @Test
  void reservedCharactersRoundTrip() {
    String tricky = "a&b=c%d 100%";
    String data = PostbackData.action("search", Map.of("q", tricky));

    assertThat(PostbackData.parse(data).orElseThrow().args()).containsEntry("q", tricky);
  }

  @Test
  void anyOtherEscapeIsRejected() {
    assertThat(PostbackData.parse("a=search&q=%E5%B1%85")).isEmpty();
    assertThat(PostbackData.parse("a=search&q=%")).isEmpty();
  }

  @Test
  void anArgumentNamedAsTheDatasOwnKeysIsRefusedWhenIssuedNotLostAtTheTap() {
    for (String reserved : new String[] {"n", "a", "l"}) {
      assertThatThrownBy(() -> PostbackData.action("search", Map.of(reserved, "x")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + reserved + "'");
    }
  }

  @Test
  void aDialogChoiceWithSuchAnArgumentFailsWhenTheFileIsRead() {
    assertThatThrownBy(
            () ->
                new DialogFile.Choice(
                    "x", null, "search", Map.of("l", "easy"), null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
