package dev.interviewkit.render.archive;

import dev.interviewkit.api.doc.Logo;
import dev.interviewkit.api.doc.Organisation;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.compose.LoopDocuments;
import dev.interviewkit.config.Images;
import dev.interviewkit.plan.Fixtures;
import dev.interviewkit.plan.Loop;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

/** A logo in the header keeps every PDF archival: PNG (transparent ones made opaque) and JPEG. */
class OrganisationArchivalTest {

  private static final Loop LOOP = Fixtures.loop(11, Set.of());

  @TempDir Path tmp;

  @BeforeAll
  static void initialiseVeraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  @Test
  void aPacketWithATransparentPngLogoIsPdfA2b() {
    Organisation org = Images.organisation(tmp, "Example Corp", Images.png(300, 100, true));
    LoopDocuments docs = new LoopDocuments(LOOP, Fixtures.catalog(), Paper.A4, org);
    PdfArchivalTest.assertPdfA2b("organisation-png-packet",
        PdfArchivalTest.render(docs.packet(LOOP.rounds().get(0))));
    PdfArchivalTest.assertPdfA2b("organisation-png-scorecard",
        PdfArchivalTest.render(docs.scorecard(LOOP.rounds().get(0))));
  }

  @Test
  void anOverviewWithAJpegLogoIsPdfA2b() {
    Organisation org = Images.organisation(tmp, "Example Corp", Images.jpeg(200, 200));
    PdfArchivalTest.assertPdfA2b("organisation-jpeg-overview", PdfArchivalTest.render(
        new LoopDocuments(LOOP, Fixtures.catalog(), Paper.LETTER, org).overview()));
  }

  @Test
  void aGreyJpegLogoIsPdfA2b() {
    byte[] grey = Images.greyJpeg(80, 40);
    Organisation org = new Organisation("Example Corp",
        Optional.of(new Logo("grey.jpg", Logo.Format.JPEG, grey, 80, 40)), "");
    PdfArchivalTest.assertPdfA2b("organisation-grey-jpeg", PdfArchivalTest.render(
        new LoopDocuments(LOOP, Fixtures.catalog(), Paper.LETTER, org).overview()));
  }
}
