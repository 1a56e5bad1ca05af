package jp.junction.bot.admin;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import jp.junction.bot.accounts.StaffAccount;
import jp.junction.bot.accounts.StaffAccounts;
import jp.junction.bot.accounts.StaffLogins;
import jp.junction.bot.accounts.StaffRole;
import jp.junction.bot.events.Events;
import jp.junction.bot.handoff.StaffChat;
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
  @MockitoBean StaffLogins logins;
  @MockitoBean StaffAccounts accounts;
  @MockitoBean StaffChat staffChat;

  /** The environment's administrator: may do everything. */
  static final StaffAccount ADMIN =
      new StaffAccount("staff", "{noop}x", StaffRole.ADMIN, "", List.of(), "");

  /** An editor for 高松市 only. */
  static final StaffAccount TAKAMATSU_EDITOR =
      new StaffAccount("takamatsu", "{noop}x", StaffRole.EDITOR, "香川県", List.of("高松市"), "");

  @BeforeEach
  void smallWorld() {
    StaffPagesSlice.world(areas);
    StaffPagesSlice.notices(notices);
    actingAs(ADMIN);
  }

  void actingAs(StaffAccount account) {
    when(logins.current(any())).thenReturn(Optional.of(account));
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
