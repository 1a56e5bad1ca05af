package jp.junction.bot.search;

import static org.assertj.core.api.Assertions.assertThatCode;

import jp.junction.bot.vocabulary.Category;
import jp.junction.bot.vocabulary.Flag;
import org.junit.jupiter.api.Test;

/** The lexicon has signals for every word of the shared vocabulary the search reads. */
class LexiconTests {

  @Test
  void everyKindOfHelpAndEveryConditionHasSignals() {
    Lexicon lexicon = Lexicon.load();

    for (Category category : Category.values()) {
      assertThatCode(() -> lexicon.has("category." + category.code(), ""))
          .as(category.code())
          .doesNotThrowAnyException();
    }
    for (Flag flag : Flag.values()) {
      assertThatCode(() -> lexicon.has("flag." + flag.code(), ""))
          .as(flag.code())
          .doesNotThrowAnyException();
    }
  }
}
