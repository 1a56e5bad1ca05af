package jp.junction.bot.booklet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.line.ChannelToken;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(
    controllers = AreaPageController.class,
    properties = {
      "junction.line.channel-secret=slice-secret",
      "junction.line.channel-token=slice-token"
    })
@AutoConfigureMockMvc(addFilters = false)
@Import(AreaPageControllerTests.World.class)
class AreaPageControllerTests {

  @TestConfiguration
  static class World {
    @Bean
    Booklets booklets() {
      return BookletFixture.booklets(BookletFixture.kagawa(40));
    }

    @Bean
    DialogContent dialogContent() {
      return BookletFixture.DIALOGS;
    }
  }

  @Autowired MockMvc mvc;
  @MockitoBean ChannelToken token;

  @Test
  void aTownsPageListsItsPlacesByKindLocalFirstWithCrisisLinesAndNoScript() throws Exception {
    Document page = page("/areas/372013", 200);

    assertThat(page.title()).contains("香川県高松市");
    assertThat(page.select("script, iframe, img[src^=http], link[href^=http]")).isEmpty();
    assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("/area-assets/area.css");
    Element first = page.selectFirst("section.kind");
    assertThat(first.selectFirst("h2").text()).isEqualTo("相談窓口");
    assertThat(first.select("h3").eachText())
        .containsExactly("香川県高松市", "近くの町", "香川県全域", "全国・オンライン");
    assertThat(page.select("article.entry h4").eachText())
        .doesNotHaveDuplicates()
        .allMatch(name -> name.endsWith("（サンプル）"))
        .hasSize(32); // 40 made, 8 in 八王子市 are not of the area
    assertThat(page.select(".tags li").eachText()).contains("匿名OK", "予約不要", "家族向け");
    assertThat(page.select(".crisis li").eachText()).anyMatch(l -> l.contains("0120-279-338"));
    assertThat(page.selectFirst("a.friend").attr("href")).isEqualTo(BookletFixture.ADD_FRIEND);
  }

  @Test
  void aPrefectureCodeAndSeveralCodesWork() throws Exception {
    assertThat(page("/areas/37", 200).selectFirst("h1").text()).contains("香川県");
    assertThat(page("/areas/372013,372030", 200).selectFirst("h1").text()).contains("香川県高松市・坂出市");
  }

  @Test
  void anUnknownCodeGetsAJapanese404() throws Exception {
    assertThat(page("/areas/999999", 404).text()).contains("その地域は見つかりませんでした");
  }

  private Document page(String path, int expected) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path))
            .andExpect(status().is(expected))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }
}
