package jp.junction.bot.talk;

import jp.junction.bot.conversation.TextKey;

/** The texts of {@code dialogs/talk.yml} the story answer puts together. */
enum TalkTexts implements TextKey {
  STORY_FAMILY("talk.story.family"),
  STORY_ALONE("talk.story.alone"),
  STORY_WORK("talk.story.work"),
  STORY_SCHOOL("talk.story.school"),
  STORY_OTHER("talk.story.other"),
  STORY_REACH("talk.story.reach"),
  STORY_OFFER("talk.story.offer");

  private final String key;

  TalkTexts(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
