package jp.junction.bot.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import jp.junction.bot.conversation.ConversationSettings;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.exchange.DataSettings;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.places.Gazetteer;
import jp.junction.bot.search.LuceneResourceSearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A place name that was only a guess is told, never silently read or dropped, with the real
 * gazetteer, sample data and dialogs.
 */
class PlaceGuessesTests {

  private static final Gazetteer gazetteer = Gazetteer.fromClasspath();
  private static LuceneResourceSearch search;
  private final DialogContent words =
      new DialogContent(
          new ConversationSettings(Path.of("dialogs"), Duration.ofMinutes(30), "search", "x"));
  private final PlaceGuesses guesses = new PlaceGuesses(gazetteer, words);

  @BeforeAll
  static void load() {
    search =
        new LuceneResourceSearch(new DataSettings(Path.of("index-data")), null, Clock.systemUTC());
  }

  @AfterAll
  static void close() throws Exception {
    search.close();
  }

  @Test
  void aSameReadingMisspellingSaysWhichTownItWasTakenAs() {
    for (String text : new String[] {"高末で居場所ある？", "居場所 高末"}) {
      PlaceGuesses.Told told = guesses.tell(text, search.places(text));

      assertThat(told.lines()).as(text).singleElement().asString().contains("「高末」は「高松市」として");
    }
  }

  @Test
  void aTownSpelledRightIsNotTold() {
    String text = "高松で居場所ある？";

    assertThat(guesses.tell(text, search.places(text)).lines()).isEmpty();
  }

  @Test
  void everyOtherTownAChipOffersAsksForThatTownWithItsPrefecture() {
    String text = "高末で居場所ある？";
    PlaceGuesses.Told told = guesses.tell(text, search.places(text));

    assertThat(told.chips())
        .allSatisfy(
            chip -> {
              assertThat(chip.label()).endsWith("で").hasSizeLessThanOrEqualTo(20);
              assertThat(((OutgoingMessage.Action.Postback) chip).data()).doesNotContain("高末");
            });
  }

  @Test
  void aDistrictNameInSeveralTownsSaysWhichOneWasTakenAndHowToAskForAnother() {
    String text = "泉中央で居場所ある？";
    PlaceGuesses.Told told = guesses.tell(text, search.places(text));

    assertThat(told.lines()).singleElement().asString().contains("「泉中央」という地名はいくつかの町");
    assertThat(told.chips()).hasSizeBetween(1, 3);
  }
}
