package jp.junction.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import jp.junction.bot.accounts.StaffAccount;
import jp.junction.bot.accounts.StaffRole;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Adding accounts and changing one's password: refused forms say why in Japanese, as typed. */
@WebMvcTest(
    controllers = AccountPagesController.class,
    properties = {StaffPagesSlice.SECRET, StaffPagesSlice.TOKEN})
@AutoConfigureMockMvc(addFilters = false)
@Import(StaffPagesSlice.class)
class AccountPagesControllerTests extends StaffPageTestBase {

  static final UsernamePasswordAuthenticationToken ADMIN_LOGIN =
      new UsernamePasswordAuthenticationToken(
          "staff", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN")));
  static final UsernamePasswordAuthenticationToken EDITOR_LOGIN =
      new UsernamePasswordAuthenticationToken(
          "takamatsu", null, List.of(new SimpleGrantedAuthority("ROLE_EDITOR")));

  @Test
  void anEditorWithoutAreaOrOrganisationAndAShortPasswordAreRefusedAtTheirFields()
      throws Exception {
    Document page =
        page(
            post("/admin/accounts")
                .principal(ADMIN_LOGIN)
                .param("name", "npo-1")
                .param("role", "EDITOR")
                .param("password", "short"),
            400);

    assertThat(page.select("#prefecture-error").text()).isEqualTo("編集者には、担当の都道府県か団体のどちらかを入れてください。");
    assertThat(page.select("#password-error").text()).isEqualTo("12文字以上にしてください。");
    assertThat(page.select("#name").val()).isEqualTo("npo-1");
    verify(accounts, never()).create(any(), anyString(), anyString());
  }

  @Test
  void aNameWithCapitalsOrJapaneseIsRefusedInJapanese() throws Exception {
    Document page =
        page(
            post("/admin/accounts")
                .principal(ADMIN_LOGIN)
                .param("name", "高松NPO")
                .param("role", "ADMIN")
                .param("password", "long enough password"),
            400);

    assertThat(page.select("#name-error").text()).startsWith("半角の小文字・数字");
  }

  @Test
  void aGoodEditorIsCreatedByTheAdministratorWithTheirTowns() throws Exception {
    mvc.perform(
            post("/admin/accounts")
                .principal(ADMIN_LOGIN)
                .param("name", "takamatsu")
                .param("role", "EDITOR")
                .param("prefecture", "香川県")
                .param("municipalities", "高松市")
                .param("password", "long enough password"))
        .andExpect(status().isSeeOther());

    ArgumentCaptor<StaffAccount> made = ArgumentCaptor.forClass(StaffAccount.class);
    verify(accounts).create(made.capture(), eq("long enough password"), eq("staff"));
    assertThat(made.getValue().municipalities()).containsExactly("高松市");
    assertThat(made.getValue().role()).isEqualTo(StaffRole.EDITOR);
  }

  @Test
  void aPasswordChangeNeedsTheCurrentOneAndTheSameNewOneTwice() throws Exception {
    when(accounts.matches("takamatsu", "the old password")).thenReturn(false);

    Document page =
        page(passwordChange("the old password", "a new long password", "a new long passwort"), 400);

    assertThat(page.select("#current-error").text()).isEqualTo("いまのパスワードが違います。");
    assertThat(page.select("#repeat-error").text()).isEqualTo("確認のパスワードが、新しいパスワードと違います。");
    verify(accounts, never()).changePassword(anyString(), anyString(), anyString());
  }

  @Test
  void aPasswordIsChangedAndTheChangeIsSaid() throws Exception {
    when(accounts.matches("takamatsu", "the old password")).thenReturn(true);

    Document page =
        page(passwordChange("the old password", "a new long password", "a new long password"), 200);

    assertThat(page.select("#changed").text()).isEqualTo("パスワードを変更しました。");
    verify(accounts).changePassword("takamatsu", "a new long password", "takamatsu");
  }

  @Test
  void theEnvironmentsAdministratorIsToldWhereTheirPasswordComesFrom() throws Exception {
    when(logins.fromEnvironment("staff")).thenReturn(true);

    Document page = page(get("/admin/password").principal(ADMIN_LOGIN), 200);

    assertThat(page.select("#environment").text()).contains("JUNCTION_ADMIN_PASSWORD");
    assertThat(page.select("form[action='/admin/password']")).isEmpty();
    assertThat(page.select("nav a").eachText()).contains("アカウント");
  }

  /** The editor's password form, filled in. */
  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder
      passwordChange(String current, String password, String repeat) {
    return post("/admin/password")
        .principal(EDITOR_LOGIN)
        .param("current", current)
        .param("password", password)
        .param("repeat", repeat);
  }
}
