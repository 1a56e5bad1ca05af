package jp.junction.bot.booklet;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.junction.bot.booklet.AreaList.Group;
import jp.junction.bot.booklet.AreaList.Section;
import jp.junction.bot.booklet.BookletWords.EntryLines;
import jp.junction.bot.booklet.PdfPages.Line;
import jp.junction.bot.booklet.PdfPages.Style;
import jp.junction.bot.search.SearchResult.Resource;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes an area list as the booklet: a cover with the area and the add-friend QR code, a page of
 * warm words, the places by kind (an entry never split across pages, a heading never left alone at
 * a page's foot), a page of crisis lines and a colophon with the printing date and the sources.
 */
final class BookletPdf {

  private static final Color INK = new Color(0x22, 0x22, 0x22);
  private static final Color GREY = new Color(0x5f, 0x63, 0x68);
  private static final Color ACCENT = new Color(0x1f, 0x6f, 0x5c);
  private static final Color RULE = new Color(0xcf, 0xd8, 0xd3);
  private static final Color TINT = new Color(0xe8, 0xf3, 0xef);

  private final BookletWords words;
  private final List<CrisisLines.Block> crisis;

  BookletPdf(BookletWords words, List<CrisisLines.Block> crisis) {
    this.words = words;
    this.crisis = crisis;
  }

  byte[] write(AreaList list, BookletFormat format, String addFriendUrl, LocalDate printed) {
    try (PDDocument document = new PDDocument()) {
      PDFont regular = JapaneseFont.pdf(document, JapaneseFont.Weight.REGULAR);
      PDFont bold = JapaneseFont.pdf(document, JapaneseFont.Weight.BOLD);
      float s = format.scale();
      Type type = new Type(regular, bold, s);
      String area = words.areaName(list.areas());
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(words.text(BookletTexts.TITLE) + " " + area);
      try (PdfPages pages = new PdfPages(document, format.page(), 34 * s)) {
        cover(pages, type, area, addFriendUrl, s);
        welcome(pages, type, list);
        sections(pages, type, list);
        crisisPage(pages, type);
        colophon(pages, type, printed);
        pages.close();
        numbers(document, pages.pages(), type, s);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the booklet", e);
    }
  }

  /** The type sizes of one format. */
  private record Type(
      Style title,
      Style heading,
      Style group,
      Style name,
      Style body,
      Style small,
      Style tag,
      Style page) {
    Type(PDFont regular, PDFont bold, float s) {
      this(
          new Style(bold, 20 * s, ACCENT, 1.5f),
          new Style(bold, 13 * s, INK, 1.6f),
          new Style(bold, 10 * s, ACCENT, 1.7f),
          new Style(bold, 10 * s, INK, 1.5f),
          new Style(regular, 8.5f * s, INK, 1.55f),
          new Style(regular, 7.5f * s, GREY, 1.5f),
          new Style(bold, 7.5f * s, ACCENT, 1.6f),
          new Style(regular, 7.5f * s, GREY, 1f));
    }
  }

  private void cover(PdfPages pages, Type type, String area, String url, float s) {
    pages.newPage();
    pages.gap(24 * s);
    pages.draw(pages.wrap(words.text(BookletTexts.TITLE), type.title(), 0, true));
    pages.gap(6 * s);
    pages.draw(
        pages.wrap(
            words.text(BookletTexts.COVER_AREA, Map.of("area", area)), type.heading(), 0, true));
    if (!url.isEmpty()) {
      float side = pages.width() * 0.5f;
      pages.gap(18 * s);
      PDPageContentStream out = pages.stream();
      new QrCode(url).draw(out, (pages.width() + 2 * 34 * s - side) / 2, pages.y() - side, side);
      pages.gap(side + 8 * s);
      pages.draw(pages.wrap(words.text(BookletTexts.COVER_QR), type.body(), 40 * s, true));
    }
    pages.gap(14 * s);
    pages.draw(pages.wrap(words.text(BookletTexts.COVER_KEEP), type.small(), 0, true));
  }

  private void welcome(PdfPages pages, Type type, AreaList list) {
    pages.newPage();
    heading(pages, type, words.text(BookletTexts.WELCOME_HEADING), 0);
    for (String paragraph : words.text(BookletTexts.WELCOME).split("\n")) {
      pages.draw(pages.wrap(paragraph, type.body(), 0));
      pages.gap(type.body().size() * 0.6f);
    }
    if (!list.hasLocal()) {
      pages.gap(type.body().size());
      pages.draw(pages.wrap(words.text(BookletTexts.NONE), type.body(), 0));
    }
  }

  /** The places follow the warm words on their page. */
  private void sections(PdfPages pages, Type type, AreaList list) {
    pages.gap(type.body().size());
    for (Section section : list.sections()) {
      Group first = section.groups().get(0);
      float firstEntry = PdfPages.height(entry(pages, type, first.entries().get(0)));
      float start = type.heading().lineHeight() + type.group().lineHeight() + firstEntry;
      pages.keep(start);
      if (pages.y() < pages.top()) {
        pages.gap(type.body().size());
      }
      heading(pages, type, words.category(section.category()), start);
      for (Group group : section.groups()) {
        List<Line> label = pages.wrap(words.tier(group.tier(), list), type.group(), 0);
        List<List<Line>> entries = new ArrayList<>();
        group.entries().forEach(r -> entries.add(entry(pages, type, r)));
        pages.keep(PdfPages.height(label) + PdfPages.height(entries.get(0)));
        pages.draw(label);
        for (List<Line> e : entries) {
          pages.keep(PdfPages.height(e) + type.body().size());
          pages.draw(e);
          pages.gap(type.body().size() * 0.35f);
          pages.box(0, 0.6f, pages.width(), RULE);
          pages.gap(type.body().size() * 0.5f);
        }
      }
    }
  }

  private List<Line> entry(PdfPages pages, Type type, Resource r) {
    EntryLines e = words.entry(r);
    float indent = type.body().size();
    List<Line> lines = new ArrayList<>(pages.wrap(e.name(), type.name(), 0));
    lines.addAll(pages.wrap(e.kind(), type.small(), indent));
    for (String detail : e.details()) {
      lines.addAll(pages.wrap(detail, type.body(), indent));
    }
    if (!e.tags().isEmpty()) {
      lines.addAll(pages.wrap("［" + String.join("］［", e.tags()) + "］", type.tag(), indent));
    }
    if (e.checked() != null) {
      lines.addAll(pages.wrap(e.checked(), type.small(), indent));
    }
    return lines;
  }

  private void heading(PdfPages pages, Type type, String text, float keepWith) {
    List<Line> lines = pages.wrap(text, type.heading(), type.heading().size() * 0.8f);
    pages.keep(Math.max(keepWith, PdfPages.height(lines)));
    float h = PdfPages.height(lines);
    pages.box(0, h, pages.width(), TINT);
    pages.box(0, h, type.heading().size() * 0.3f, ACCENT);
    pages.draw(lines);
    pages.gap(type.body().size() * 0.5f);
  }

  private void crisisPage(PdfPages pages, Type type) {
    pages.newPage();
    heading(pages, type, words.text(BookletTexts.CRISIS_HEADING), 0);
    pages.draw(pages.wrap(words.text(BookletTexts.CRISIS_INTRO), type.body(), 0));
    for (CrisisLines.Block block : crisis) {
      pages.gap(type.body().size());
      List<Line> lines = new ArrayList<>();
      if (!block.heading().isEmpty()) {
        lines.addAll(pages.wrap(block.heading(), type.name(), 0));
      }
      block.lines().forEach(l -> lines.addAll(pages.wrap(l, type.body(), type.body().size())));
      pages.keep(PdfPages.height(lines));
      pages.draw(lines);
    }
    pages.gap(type.body().size());
    pages.draw(pages.wrap(words.text(BookletTexts.CRISIS_EMERGENCY), type.name(), 0));
  }

  private void colophon(PdfPages pages, Type type, LocalDate printed) {
    pages.newPage();
    heading(pages, type, words.text(BookletTexts.COLOPHON_HEADING), 0);
    pages.draw(
        pages.wrap(
            words.text(BookletTexts.COLOPHON_PRINTED, Map.of("date", words.date(printed))),
            type.name(),
            0));
    pages.gap(type.body().size() * 0.5f);
    pages.draw(pages.wrap(words.text(BookletTexts.COLOPHON_DATA), type.body(), 0));
    pages.gap(type.body().size() * 0.5f);
    pages.draw(pages.wrap(words.text(BookletTexts.COLOPHON_SOURCES), type.small(), 0));
  }

  /** Page numbers at the foot of every page but the cover. */
  private static void numbers(PDDocument document, List<PDPage> pages, Type type, float s)
      throws IOException {
    for (int i = 1; i < pages.size(); i++) {
      PDPage page = pages.get(i);
      String number = Integer.toString(i + 1);
      float width = type.page().font().getStringWidth(number) / 1000 * type.page().size();
      try (PDPageContentStream out =
          new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
        out.beginText();
        out.setFont(type.page().font(), type.page().size());
        out.setNonStrokingColor(GREY);
        out.newLineAtOffset((page.getMediaBox().getWidth() - width) / 2, 16 * s);
        out.showText(number);
        out.endText();
      }
    }
  }
}
