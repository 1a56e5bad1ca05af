package jp.junction.bot.admin;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import jp.junction.bot.events.Events;
import jp.junction.bot.line.ChannelToken;
import jp.junction.bot.notices.Notices;
import jp.junction.bot.places.Areas;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The staff pages' {@code @WebMvcTest}s: the mocked features over {@link StaffPagesSlice}'s small
 * world, and each answer read as HTML.
 */
abstract class StaffPageTestBase {

  @Autowired MockMvc mvc;
  @MockitoBean Events events;
  @MockitoBean Notices notices;
  @MockitoBean Areas areas;
  @MockitoBean ChannelToken token;

  @BeforeEach
  void smallWorld() {
    StaffPagesSlice.world(areas);
    StaffPagesSlice.notices(notices);
  }

  Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
    return Jsoup.parse(
        mvc.perform(request)
            .andExpect(status().is(status))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }
}
