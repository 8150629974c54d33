package dev.envelopes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldMessagesTest {

  @Test
  void fieldsAreSortedWithTheMessagesOfNoSingleFieldFirstAndEachFieldsMessagesSorted() {
    FieldMessages messages = new FieldMessages();
    messages.add("name", "must not be blank");
    messages.add(null, "dates are out of order");
    messages.add("email", "must be an email");
    messages.add("name", "is too long");
    Map<String, List<String>> byField = messages.byField();
    assertEquals(Arrays.asList(null, "email", "name"), new ArrayList<>(byField.keySet()));
    assertEquals(List.of("is too long", "must not be blank"), byField.get("name"));
  }

  @Test
  void fieldsWithNoValueAreKeptInOrderBesideTheirMessages() {
    FieldMessages messages = new FieldMessages();
    messages.add("workspace_id", "must not be null", true);
    messages.add("name", "must not be blank", false);
    messages.add("due_on", "must be a future date", true);
    messages.add(null, "the dates must be in order", true);

    assertEquals(List.of("due_on", "workspace_id"), List.copyOf(messages.missing()));
    assertEquals(
        Arrays.asList(null, "due_on", "name", "workspace_id"),
        new ArrayList<>(messages.byField().keySet()));
  }

  @Test
  void oneSentenceNamesEachFieldWithItsMessages() {
    FieldMessages messages = new FieldMessages();
    messages.add("fullName", "must not be blank");
    messages.add("age", "must be positive");
    messages.add("age", "must be a number");
    messages.add(null, "dates are out of order");
    assertEquals(
        "dates are out of order; age: must be a number, must be positive;"
            + " fullName: must not be blank",
        FieldMessages.inOneSentence(messages.byField()));
  }

  @Test
  void oneSentenceListsAFewFieldsThenHowManyMore() {
    FieldMessages messages = new FieldMessages();
    for (int i = 0; i < ErrorBounds.LISTED + 3; i++) {
      messages.add("field" + i, "is wrong");
    }
    String sentence = FieldMessages.inOneSentence(messages.byField());
    assertEquals(ErrorBounds.LISTED + 1, sentence.split("; ").length);
    assertEquals(ErrorBounds.more(3), sentence.substring(sentence.lastIndexOf("; ") + 2));
  }

  @Test
  void oneSentenceBoundsALongFieldName() {
    FieldMessages messages = new FieldMessages();
    String longName = "n".repeat(ErrorBounds.NAME_BYTES * 2);
    messages.add(longName, "is wrong");
    assertEquals(
        ErrorBounds.name(longName) + ": is wrong", FieldMessages.inOneSentence(messages.byField()));
  }
}
