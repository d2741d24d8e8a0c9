package dev.interviewkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.interviewkit.service.KitException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strict CSV: quoting faults fail their row by line and column; a repeated column the file. */
class BatchFileTest {

  private static String fault(String line) {
    BatchFile.Row row = BatchFile.csv("b.csv", "candidate,role\n" + line + "\n").get(0);
    return row.line() + ":" + row.column() + ": " + row.values().get(BatchFile.ERROR);
  }

  @Test
  void wellQuotedValuesAreRead() {
    List<BatchFile.Row> rows = BatchFile.csv("b.csv", """
        candidate,role
        "Lee, Sam",cto
         "Ann ""AJ"" Lee" ,cto
        Jane Doe,cto
        """);
    assertEquals(List.of("Lee, Sam", "Ann \"AJ\" Lee", "Jane Doe"),
        rows.stream().map(r -> r.get("candidate")).toList());
  }

  @Test
  void quotingFaultsAreNamedByLineAndColumn() {
    assertEquals("2:1: the quoted value opened here is not closed on this line; add the closing "
        + "quote", fault("\"Lee, Sam,cto"));
    assertEquals("2:6: a double quote inside a value that does not start with one; put the whole "
        + "value in double quotes, with \"\" for a quote inside it", fault("Jane \"JD\" Doe,cto"));
    assertEquals("2:11: text after the closing quote of a value; put the whole value in double "
        + "quotes, with \"\" for a quote inside it", fault("\"Lee, Sam\"x,cto"));
  }

  @Test
  void aRepeatedOrUnknownColumnRefusesTheFile() {
    KitException twice = assertThrows(KitException.class,
        () -> BatchFile.csv("b.csv", "role,candidate,role\nx,y,z\n"));
    assertEquals("b.csv:1:16: column 'role' is given twice (first at column 1); give each "
        + "column once", twice.getMessage());
    KitException quote = assertThrows(KitException.class,
        () -> BatchFile.csv("b.csv", "role,\"candidate\n"));
    assertEquals("b.csv:1:6: the quoted value opened here is not closed on this line; add the "
        + "closing quote", quote.getMessage());
  }
}
