package io.github.duiqi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The aligner splits with the splitter it is given, everywhere, and takes sentences of others. */
class SplitterPluggingTest {

  private static final String CHINESE = "办公楼在三号楼。我们明天见。";
  private static final String ENGLISH = "The office is in Bldg. Three. See you tomorrow.";
  private static final SentenceSplitter BLDG = SentenceSplitter.create().withAbbreviations("Bldg");
  private static final Aligner ALIGNER = Aligner.builder().splitter(BLDG).build();

  @Test
  void theConfiguredSplitterSplitsDocumentsStreamsAndCorpora() {
    List<Sentence> alone = BLDG.split(ENGLISH);
    assertEquals(2, alone.size());
    // the default splitter ends a sentence after "Bldg.": the test would not tell otherwise
    assertEquals(3, SentenceSplitter.create().split(ENGLISH).size());
    assertEquals(3, Aligner.create().align(CHINESE, ENGLISH).english().size());

    assertEquals(alone, ALIGNER.align(CHINESE, ENGLISH).english());

    String stream = CHINESE + "\n" + ENGLISH;
    List<Sentence> shifted = new ArrayList<>();
    for (Sentence s : alone) {
      int base = CHINESE.length() + 1;
      shifted.add(new Sentence(s.text(), s.start() + base, s.end() + base));
    }
    assertEquals(shifted, ALIGNER.alignInterleaved(stream).english());

    List<DocumentResult<Integer>> results = CorpusAligner.create().withAligner(ALIGNER)
        .withThreads(2).alignAll(List.of(DocumentPair.ofDocuments(CHINESE, ENGLISH),
            DocumentPair.ofInterleaved(stream)));
    assertEquals(alone, results.get(0).alignmentOrThrow().english());
    assertEquals(shifted, results.get(1).alignmentOrThrow().english());

    assertSame(BLDG, ALIGNER.splitter());
    assertSame(BLDG, ALIGNER.toBuilder().build().splitter());
    assertSame(SentenceSplitter.create(), Aligner.create().splitter());
  }

  @Test
  void sentencesFromAnotherToolAreAlignedAsGivenInCorpora() {
    // one "sentence" a side, as a tool that splits nowhere would give
    List<Sentence> zh = List.of(new Sentence(CHINESE, 0, CHINESE.length()));
    List<Sentence> en = List.of(new Sentence(ENGLISH, 0, ENGLISH.length()));
    DocumentPair pair = DocumentPair.ofSplitDocuments(CHINESE, zh, ENGLISH, en);
    Alignment direct = Aligner.create().align(CHINESE, zh, ENGLISH, en);
    Alignment viaCorpus = CorpusAligner.create().withThreads(1).alignAll(List.of(pair)).get(0)
        .alignmentOrThrow();
    assertEquals(direct, viaCorpus);
    assertEquals(1, viaCorpus.beads().size());
    assertEquals(en, viaCorpus.english());

    DocumentPair wrong = DocumentPair.ofSplitDocuments(CHINESE, zh, ENGLISH,
        List.of(new Sentence("Elsewhere.", 0, 10)));
    DocumentResult<Integer> failed = CorpusAligner.create().withThreads(1)
        .alignAll(List.of(wrong)).get(0);
    assertTrue(failed.failure() instanceof IllegalArgumentException, failed.toString());
    assertTrue(failed.failure().getMessage().startsWith("English sentence 0"),
        failed.failure().getMessage());
    assertThrows(NullPointerException.class,
        () -> DocumentPair.ofSplitDocuments(CHINESE, null, ENGLISH, en));
  }

  @Test
  void segmentationGivesParagraphsAsRunsOfSentences() {
    Segmentation blank = SentenceSplitter.create().segment("你好。再见。\n\nHello. Bye.");
    assertEquals(4, blank.sentences().size());
    assertEquals(List.of(new Segmentation.Paragraph(0, 2, 0, 6),
        new Segmentation.Paragraph(2, 4, 8, 19)), blank.paragraphs());
    // one paragraph a line: every line break ends a sentence and a paragraph
    Segmentation lines = SentenceSplitter.create().segment("第一段。\n第二段\n第三段。\n第四段。");
    assertEquals(4, lines.sentences().size());
    assertEquals(4, lines.paragraphs().size());
    assertEquals(3, SentenceSplitter.create().split("第一段。\n第二段\n第三段。\n第四段。").size());
    // hard-wrapped lines: one paragraph
    Segmentation wrapped = SentenceSplitter.create().segment("The cat sat\non the mat. It\nslept.");
    assertEquals(1, wrapped.paragraphs().size());
    assertEquals(SentenceSplitter.create().split("The cat sat\non the mat. It\nslept."),
        wrapped.sentences());
    assertEquals(List.of(), SentenceSplitter.create().segment(" \n ").paragraphs());
    // the same definition over sentences split elsewhere
    assertEquals(blank, Segmentation.of("你好。再见。\n\nHello. Bye.", blank.sentences()));
    assertThrows(IllegalArgumentException.class, () -> new Segmentation(blank.sentences(),
        List.of(new Segmentation.Paragraph(0, 4, 0, 18))));
    assertThrows(IllegalArgumentException.class, () -> new Segmentation(blank.sentences(),
        blank.paragraphs().subList(0, 1)));
  }
}
