package jp.junction.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import jp.junction.bot.line.ChannelToken;
import jp.junction.bot.system.StaffLoginSettings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The Japanese login page, and the stylesheets every staff page links to, served from the jar. */
@WebMvcTest(
    controllers = LoginPage.class,
    properties = {StaffPagesSlice.SECRET, StaffPagesSlice.TOKEN})
@AutoConfigureMockMvc(addFilters = false)
@EnableConfigurationProperties(StaffLoginSettings.class)
class LoginPageTests {

  @Autowired MockMvc mvc;
  @MockitoBean ChannelToken token;

  @Test
  void theLoginPageIsJapaneseWithLabelledFields() throws Exception {
    Document page = page("/login");

    assertThat(page.select("html").attr("lang")).isEqualTo("ja");
    assertThat(page.select("h1").text()).isEqualTo("スタッフのログイン");
    assertThat(page.select("label[for=username]").text()).isEqualTo("ユーザー名");
    assertThat(page.select("label[for=password]").text()).isEqualTo("パスワード");
    assertThat(page.select("#login").text()).isEqualTo("ログイン");
    assertThat(page.select("#error")).isEmpty();
    assertThat(page.select("nav a")).as("no staff links before the login").isEmpty();
  }

  @Test
  void aLockedLoginSaysForHowLongInJapanese() throws Exception {
    Document page = page("/login?why=locked");

    assertThat(page.select("#error").text()).matches("ログインの失敗が続いたため、しばらくログインできません。\\d+分ほど待ってから.*");
  }

  @Test
  void aWrongPasswordIsSaidAndMarksBothFields() throws Exception {
    Document page = page("/login?why=wrong");

    assertThat(page.select("#error").text()).isEqualTo("ユーザー名かパスワードが違います。");
    assertThat(page.select("#password").attr("aria-invalid")).isEqualTo("true");
  }

  @Test
  void everyStylesheetThePagesLinkIsServedFromTheJar() throws Exception {
    Document page = page("/login");

    assertThat(page.select("link[rel=stylesheet]")).hasSize(2);
    for (var link : page.select("link[rel=stylesheet]")) {
      String css =
          mvc.perform(get(link.attr("href")))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      assertThat(css).as(link.attr("href")).contains("{");
      assertThat(link.attr("href")).doesNotStartWith("http");
    }
  }

  private Document page(String path) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }
}
