package dev.envelopes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IncludeParameterTest {

  @Test
  void everyValueIsSplitAtCommasTrimmedAndSorted() {
    assertEquals(
        List.of("company", "notes", "owner"),
        List.copyOf(IncludeParameter.names(List.of("owner, company", "notes"))));
  }

  @Test
  void blankNamesAndAnAbsentParameterNameNothing() {
    assertEquals(Set.of(), IncludeParameter.names(null));
    assertEquals(Set.of(), IncludeParameter.names(List.of("", " , ,")));
  }
}
