package jp.junction.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.OptionalLong;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;

/**
 * The staff start page says how many people wait for staff in LINE's chat — a number, never who —
 * and nothing at all when the organisation runs no staff chat.
 */
@WebMvcTest(
    controllers = EventPagesController.class,
    properties = {StaffPagesSlice.SECRET, StaffPagesSlice.TOKEN})
@AutoConfigureMockMvc(addFilters = false)
@Import(StaffPagesSlice.class)
class StaffChatCountTests extends StaffPageTestBase {

  @BeforeEach
  void noEvents() {
    when(events.all()).thenReturn(List.of());
  }

  @Test
  void withTheStaffChatOnTheStartPageShowsHowManyAreWaitingAndWhereToAnswer() throws Exception {
    when(staffChat.enabled()).thenReturn(true);
    when(staffChat.waiting()).thenReturn(OptionalLong.of(3));

    Document page = page(get("/admin"), 200);

    assertThat(page.select("#staff-chat-waiting").text()).contains("botがお休みしている人").endsWith("3人");
    assertThat(page.select("#staff-chat").text()).contains("LINE Official Account Manager の「チャット」");
  }

  @Test
  void whenTheCountCannotBeReadThePageSaysSoInsteadOfFailing() throws Exception {
    when(staffChat.enabled()).thenReturn(true);
    when(staffChat.waiting()).thenReturn(OptionalLong.empty());

    Document page = page(get("/admin"), 200);

    assertThat(page.select("#staff-chat-waiting").text()).contains("読めません");
  }

  @Test
  void withTheStaffChatOffThePageSaysNothingAboutIt() throws Exception {
    when(staffChat.enabled()).thenReturn(false);

    Document page = page(get("/admin"), 200);

    assertThat(page.select("#staff-chat")).isEmpty();
  }
}
