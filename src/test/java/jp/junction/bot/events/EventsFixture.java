package jp.junction.bot.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A small events.csv (with the bench's extra resource_id column) and "now" = 2026-11-26 12:00 JST.
 */
public final class EventsFixture {

  public static final Clock NOW =
      Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneOffset.UTC);

  public static final String CSV =
"""
id,title,starts_at,ends_at,prefecture,municipality,venue,online,audience,women_only,registration,description,resource_id
e1,たかまつラウンジ 12月,2026-12-12T13:30+09:00,2026-12-12T15:30+09:00,香川県,高松市,瓦町会議室,false,self,false,,お茶とおしゃべり。,r1
e2,丸亀 家族のつどい,2026-12-05T13:30+09:00,2026-12-05T16:00+09:00,香川県,丸亀市,市民会館,false,family,false,電話で申込（000-000-0001）,,r2
e3,オンライン女子会,2026-12-03T20:00+09:00,2026-12-03T21:30+09:00,全国,,,true,self|family,true,https://example.jp/e3,顔出しなしで大丈夫。,r3
e4,たかまつラウンジ 11月,2026-11-08T13:30+09:00,2026-11-08T15:30+09:00,香川県,高松市,瓦町会議室,false,self,false,,,r1
e6,前橋ラウンジ,2026-12-20T13:30+09:00,2026-12-20T15:30+09:00,群馬県,前橋市,前橋会館,false,self,false,,,r4
e7,香川 支援者と家族の学習会,2027-01-10T13:30+09:00,,香川県,,県庁ホール,false,family|supporter,false,,,r5
e8,たかまつ ミニラウンジ,2026-11-28T14:00+09:00,2026-11-28T16:00+09:00,香川県,高松市,瓦町会議室,false,self,false,,,r1
""";

  private EventsFixture() {}

  /** Real time passing, from {@link #NOW} (outside quiet hours, before the events). */
  @TestConfiguration(proxyBeanMethods = false)
  public static class TickingClock {
    @Bean
    @Primary
    Clock tickingClock() {
      return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), NOW.instant()));
    }
  }
}
