package dev.interviewkit.api.doc;

/** One element of a document's body. */
public sealed interface Block
    permits Heading,
        Paragraph,
        BulletList,
        Callout,
        Table,
        SideBySide,
        NoteLines,
        ChoiceGroup,
        KeepTogether,
        HeatMap,
        Figure,
        PageBreak {}
