package dev.interviewkit.render.docx;

import java.util.Locale;

/** Word's built-in styles, the bullet numbering and the settings every document starts from. */
final class DocxStyles {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String FONT = "Arial";
  static final int SMALL_HALF_POINTS = 16;
  static final String TITLE = "Title";
  static final String SUBTITLE = "Subtitle";
  static final String LIST_BULLET = "ListBullet";
  static final String HEADER = "Header";
  static final String FOOTER = "Footer";
  static final int BULLET_NUM_ID = 1;
  /** The documents' language: their text is written in British English. */
  static final String LANGUAGE = "en-GB";

  private static final String STYLES =
      """
      <w:styles xmlns:w="%1$s">
        <w:docDefaults>
          <w:rPrDefault><w:rPr>
            <w:rFonts w:ascii="%2$s" w:hAnsi="%2$s" w:cs="%2$s"/>
            <w:sz w:val="20"/><w:szCs w:val="20"/>
            <w:lang w:val="%8$s" w:eastAsia="%8$s" w:bidi="%8$s"/>
          </w:rPr></w:rPrDefault>
          <w:pPrDefault><w:pPr>
            <w:spacing w:after="120" w:line="276" w:lineRule="auto"/>
          </w:pPr></w:pPrDefault>
        </w:docDefaults>
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal">
          <w:name w:val="Normal"/><w:qFormat/>
        </w:style>
        <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">
          <w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>
          <w:unhideWhenUsed/>
        </w:style>
        <w:style w:type="table" w:default="1" w:styleId="TableNormal">
          <w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>
          <w:tblPr>
            <w:tblInd w:w="0" w:type="dxa"/>
            <w:tblCellMar>
              <w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>
              <w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>
            </w:tblCellMar>
          </w:tblPr>
        </w:style>
        <w:style w:type="numbering" w:default="1" w:styleId="NoList">
          <w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>
        </w:style>
        <w:style w:type="paragraph" w:styleId="Title">
          <w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
          <w:uiPriority w:val="10"/><w:qFormat/>
          <w:pPr><w:spacing w:after="80" w:line="240" w:lineRule="auto"/></w:pPr>
          <w:rPr><w:b/><w:bCs/><w:kern w:val="28"/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr>
        </w:style>
        <w:style w:type="paragraph" w:styleId="Subtitle">
          <w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
          <w:uiPriority w:val="11"/><w:qFormat/>
          <w:pPr><w:spacing w:after="240"/></w:pPr>
          <w:rPr><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr>
        </w:style>
        %3$s
        %4$s
        %5$s
        <w:style w:type="paragraph" w:styleId="ListBullet">
          <w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>
          <w:unhideWhenUsed/><w:qFormat/>
          <w:pPr>
            <w:numPr><w:numId w:val="1"/></w:numPr>
            <w:ind w:left="360" w:hanging="360"/>
            <w:contextualSpacing/>
          </w:pPr>
        </w:style>
        %6$s
        %7$s
      </w:styles>
      """;

  private static final String HEADING =
      """
      <w:style w:type="paragraph" w:styleId="Heading%1$d">
        <w:name w:val="heading %1$d"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
        <w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
        <w:pPr>
          <w:keepNext/><w:keepLines/>
          <w:spacing w:before="%2$d" w:after="%3$d" w:line="240" w:lineRule="auto"/>
          <w:outlineLvl w:val="%4$d"/>
        </w:pPr>
        <w:rPr><w:b/><w:bCs/><w:sz w:val="%5$d"/><w:szCs w:val="%5$d"/></w:rPr>
      </w:style>
      """;

  private static final String HEADER_FOOTER =
      """
      <w:style w:type="paragraph" w:styleId="%1$s">
        <w:name w:val="%2$s"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>
        <w:unhideWhenUsed/>
        <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
        <w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>
      </w:style>
      """;

  private static final String NUMBERING_XML =
      """
      <w:numbering xmlns:w="%1$s">
        <w:abstractNum w:abstractNumId="0">
          <w:multiLevelType w:val="singleLevel"/>
          <w:lvl w:ilvl="0">
            <w:start w:val="1"/><w:numFmt w:val="bullet"/><w:pStyle w:val="ListBullet"/>
            <w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/>
            <w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr>
            <w:rPr><w:rFonts w:ascii="%2$s" w:hAnsi="%2$s" w:hint="default"/></w:rPr>
          </w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      </w:numbering>
      """;

  static final String SETTINGS_XML =
      "<w:settings xmlns:w=\"" + W + "\"><w:compat><w:compatSetting w:name=\"compatibilityMode\""
          + " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
          + "</w:settings>";

  private DocxStyles() {}

  /** The styles part, the same for every document. */
  static final byte[] STYLES_PART = part(stylesXml());

  /** The numbering part: one bullet list definition, number 1. */
  static final byte[] NUMBERING_PART = part(format(NUMBERING_XML, W, FONT));

  /** The settings part: Word 2013+ compatibility mode. */
  static final byte[] SETTINGS_PART = part(SETTINGS_XML);

  private static byte[] part(String xml) {
    return (Xml.DECLARATION + xml.strip().replaceAll(">\\s+<", "><"))
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  static String stylesXml() {
    return format(
        STYLES,
        W,
        FONT,
        format(HEADING, 1, 280, 120, 0, 32),
        format(HEADING, 2, 240, 80, 1, 26),
        format(HEADING, 3, 200, 60, 2, 22),
        format(HEADER_FOOTER, HEADER, "header"),
        format(HEADER_FOOTER, FOOTER, "footer"),
        LANGUAGE);
  }

  /** Formats with ASCII digits whatever the default locale. */
  private static String format(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }

  /** The style id of a heading of {@code level} 1..3. */
  static String heading(int level) {
    return "Heading" + level;
  }
}
