package jp.junction.bot.admin;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.junction.bot.events.Event;
import jp.junction.bot.notices.Notices;
import jp.junction.bot.notices.NoticesSettings;
import jp.junction.bot.places.Areas;
import jp.junction.bot.system.StaffLoginSettings;
import jp.junction.bot.vocabulary.Audience;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What the staff pages' {@code @WebMvcTest}s share: the page beans, the default settings, and a
 * small world for the mocks (香川県 with 高松市, 群馬県; one event in 高松).
 */
@TestConfiguration
@EnableConfigurationProperties({NoticesSettings.class, StaffLoginSettings.class})
@Import({EventPage.class, PlaceCheck.class, StaffWords.class, StaffTime.class, StaffScope.class})
class StaffPagesSlice {

  /** A LINE channel is configured, so the local-mode simulator stays out of the slice. */
  static final String SECRET = "junction.line.channel-secret=slice-secret";

  static final String TOKEN = "junction.line.channel-token=slice-token";

  static final Event TAKAMATSU =
      new Event(
          "e1",
          "たかまつラウンジ",
          OffsetDateTime.parse("2026-12-12T13:30+09:00"),
          OffsetDateTime.parse("2026-12-12T15:30+09:00"),
          "香川県",
          "高松市",
          "瓦町会議室",
          false,
          Set.of(Audience.SELF),
          false,
          "",
          "",
          false,
          null);

  static final Set<Areas.Area> KNOWN =
      Set.of(new Areas.Area("香川県", ""), new Areas.Area("香川県", "高松市"), new Areas.Area("群馬県", ""));

  /** The gazetteer as the mocks know it: 香川 and たかまつ mean 香川県 and 香川県高松市. */
  static void world(Areas areas) {
    when(areas.exists(any())).thenAnswer(a -> KNOWN.contains(a.getArgument(0, Areas.Area.class)));
    when(areas.prefecture(anyString()))
        .thenAnswer(
            a ->
                a.getArgument(0, String.class).startsWith("香川")
                    ? Optional.of("香川県")
                    : Optional.empty());
    when(areas.mentioned(anyString()))
        .thenAnswer(
            a ->
                switch (a.getArgument(0, String.class)) {
                  case "香川" -> List.of(new Areas.Area("香川県", ""));
                  case "たかまつ", "香川県 たかまつ" -> List.of(new Areas.Area("香川県", "高松市"));
                  default -> List.of();
                });
  }

  static void notices(Notices notices) {
    when(notices.preview(any())).thenReturn("【お知らせ】たかまつラウンジ\n12月12日(土) 13:30〜15:30");
    when(notices.surveyResults(anyString()))
        .thenReturn(new Notices.SurveyResults(0, null, List.of()));
    when(notices.ofEvent(anyString())).thenReturn(List.of());
  }
}
