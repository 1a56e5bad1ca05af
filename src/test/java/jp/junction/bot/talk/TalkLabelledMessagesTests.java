package jp.junction.bot.talk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.junction.bot.safety.LabelledMessages;
import org.junit.jupiter.api.Test;

/**
 * The talk figures issue 12 asks for, on the hand-labelled file (distress read as distress or a
 * story — both answers acknowledge and name a person to talk to — at least 95%; small talk read as
 * an act whose node has no search 100%; questions left to the search 100%). The held-out file is
 * scored too but never tuned against.
 *
 * <p>The untuned probe {@code talk-probe.tsv} (81 distress, 47 small talk, 31 search questions) is
 * scored by {@code bench/talk-figures.sh}, not here, so nobody tunes on it: before the base-form
 * reading 52/81 distress, 39/47 small talk, 30/31 questions; after 79/81, 47/47, 31/31
 * (bench/TALK.md says why the after-figure is optimistic).
 */
class TalkLabelledMessagesTests {

  static final Set<TalkAct> REACHES_A_PERSON =
      EnumSet.of(TalkAct.DISTRESS, TalkAct.STORY, TalkAct.FAMILY);

  private final TalkReader reader = TalkDialogs.READER;

  @Test
  void distressIsAcknowledgedWithAPersonToTalkToInAtLeast95Percent() {
    for (var file : List.of(LabelledMessages.DEV, LabelledMessages.HELD_OUT)) {
      List<LabelledMessages.Message> distress = LabelledMessages.read(file).labelled("distress");
      List<LabelledMessages.Message> missed =
          distress.stream()
              .filter(
                  m -> reader.read(m.text(), false).filter(REACHES_A_PERSON::contains).isEmpty())
              .toList();
      assertThat(missed.size()).as("%s %s", file, missed).isLessThanOrEqualTo(distress.size() / 20);
    }
  }

  @Test
  void everySmallTalkMessageIsAnAct() {
    for (var file : List.of(LabelledMessages.DEV, LabelledMessages.HELD_OUT)) {
      List<LabelledMessages.Message> missed =
          LabelledMessages.read(file).labelled("smalltalk").stream()
              .filter(m -> reader.read(m.text(), false).isEmpty())
              .filter(m -> !TalkNodesTests.INTRODUCTION.contains(m.text()))
              .toList();
      assertThat(missed).as("%s", file).isEmpty();
    }
  }

  @Test
  void everyQuestionStillReachesTheSearch() {
    for (var file : List.of(LabelledMessages.DEV, LabelledMessages.HELD_OUT)) {
      List<LabelledMessages.Message> taken =
          LabelledMessages.read(file).labelled("none").stream()
              .filter(m -> m.kind().equals("question"))
              .filter(m -> reader.read(m.text(), false).isPresent())
              .toList();
      assertThat(taken).as("%s", file).isEmpty();
    }
  }
}
