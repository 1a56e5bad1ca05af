package jp.junction.bot.booklet;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import jp.junction.bot.places.Areas;
import jp.junction.bot.search.SearchResult.Resource;
import jp.junction.bot.vocabulary.Category;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class BookletPdfTests {

  private static final Areas.Area TAKAMATSU = new Areas.Area("香川県", "高松市");

  private final List<Resource> resources = BookletFixture.kagawa(60);
  private final Booklets booklets = BookletFixture.booklets(resources);

  @Test
  void everyEntryOfTheAreaAppearsOnceInSectionOrderLocalFirstAndNoOtherTown() throws Exception {
    String text = text(booklets.pdf(List.of(TAKAMATSU), BookletFormat.A5));
    // Each group (a kind, then a tier within it) comes wholly after the one before.
    int endOfPrevious = -1;
    for (Category kind : Category.values()) {
      for (String tier : List.of("高松市", "坂出市", "prefecture", "national")) {
        int first = Integer.MAX_VALUE;
        int lastOfGroup = -1;
        for (Resource r : resources) {
          if (r.categories().iterator().next() != kind || !tierOf(r).equals(tier)) {
            continue;
          }
          int at = text.indexOf(r.name());
          assertThat(at).as(r.name()).isPositive();
          assertThat(text.indexOf(r.name(), at + 1)).as(r.name() + " once").isEqualTo(-1);
          first = Math.min(first, at);
          lastOfGroup = Math.max(lastOfGroup, at);
        }
        if (lastOfGroup >= 0) {
          assertThat(first).as(kind + " " + tier).isGreaterThan(endOfPrevious);
          endOfPrevious = lastOfGroup;
        }
      }
    }
    resources.stream()
        .filter(r -> "八王子市".equals(r.municipality()))
        .forEach(r -> assertThat(text).doesNotContain(r.name()));
    assertThat(text).contains("地域資源ブックマーク", "香川県高松市", "近くの町", "香川県全域", "全国・オンライン");
  }

  @Test
  void theCoverQrCodeDecodesToTheAddFriendLink() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(booklets.pdf(List.of(TAKAMATSU), BookletFormat.A6))) {
      BufferedImage cover = new PDFRenderer(pdf).renderImageWithDPI(0, 200);
      int[] pixels =
          cover.getRGB(0, 0, cover.getWidth(), cover.getHeight(), null, 0, cover.getWidth());
      RGBLuminanceSource source =
          new RGBLuminanceSource(cover.getWidth(), cover.getHeight(), pixels);
      String decoded =
          new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
      assertThat(decoded).isEqualTo(BookletFixture.ADD_FRIEND);
    }
  }

  @Test
  void pagesAreA5OrA6AndTheJapaneseFontIsEmbedded() throws Exception {
    for (BookletFormat format : BookletFormat.values()) {
      try (PDDocument pdf = Loader.loadPDF(booklets.pdf(List.of(TAKAMATSU), format))) {
        PDRectangle expected = format == BookletFormat.A5 ? PDRectangle.A5 : PDRectangle.A6;
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
          assertThat(page.getMediaBox().getWidth()).isEqualTo(expected.getWidth());
          assertThat(page.getMediaBox().getHeight()).isEqualTo(expected.getHeight());
          for (var name : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(name));
          }
        }
        assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
        assertThat(fonts).anyMatch(f -> f.getName().contains("NotoSansJP"));
        assertThat(pdf.getNumberOfPages()).isGreaterThan(4);
      }
    }
  }

  @Test
  void crisisLinesAndColophonWithThePrintingDateCloseTheBooklet() throws Exception {
    String text = text(booklets.pdf(List.of(TAKAMATSU), BookletFormat.A5));
    int crisis = text.indexOf("いま、つらくてたまらないときは");
    assertThat(crisis).isGreaterThan(text.lastIndexOf("テスト窓口"));
    assertThat(text.substring(crisis))
        .contains("よりそいホットライン 0120-279-338", "2026年4月1日 印刷", "OpenStreetMap")
        .contains("あなたのいばしょ", "24時間 年中無休")
        .doesNotContain("{lines", "｜");
  }

  @Test
  void aPrefectureTakesEveryTownOfItAsLocal() throws Exception {
    String text = text(booklets.pdf(List.of(new Areas.Area("香川県", "")), BookletFormat.A5));
    resources.stream()
        .filter(r -> "香川県".equals(r.prefecture()) || "national".equals(r.coverage()))
        .forEach(r -> assertThat(text).contains(r.name()));
    assertThat(text.lines()).noneMatch(line -> line.strip().equals("近くの町"));
  }

  @Test
  void anEntryIsNeverSplitAcrossPages() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(booklets.pdf(List.of(TAKAMATSU), BookletFormat.A6))) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = stripper.getText(pdf);
        int names = count(text, "（サンプル）");
        // Each entry ends with its last check: a page has as many as it has names.
        assertThat(count(text, "最終確認：")).as("page " + page).isEqualTo(names);
      }
    }
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }

  private static String tierOf(Resource r) {
    return switch (r.coverage()) {
      case "local" -> r.municipality();
      default -> r.coverage();
    };
  }

  static String text(byte[] bytes) throws Exception {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(pdf).replace("\r", "");
    }
  }
}
