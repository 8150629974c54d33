package dev.envelopes.sample;

/**
 * The projects, tasks and API keys every test of the sample starts with, whichever runtime serves
 * it: the tests' own runtimes add it to their store, and a runtime that runs the sample in a
 * process of its own, such as Quarkus, adds it there.
 */
public final class SampleSeed {

  /** The owner of projects 7 to 9: a space, an ampersand and a plus sign, all to be encoded. */
  public static final String SPECIAL_OWNER = "Babbage & Sons + Co";

  public static final String FIRST_TASK = "Write the outline";
  public static final String SECOND_TASK = "Review with the team";

  /** The names of the seeded projects by id, from 1, and their owners. */
  private static final String[][] PROJECTS = {
    {"Analytical Engine", "ada"},
    {"Notes on the Engine", "ada"},
    {"Bernoulli numbers", "ada"},
    {"Compiler A-0", "grace"},
    {"COBOL", "grace"},
    {"Nanosecond wire", "grace"},
    {"Difference Engine", SPECIAL_OWNER},
    {"Mechanical Notation", SPECIAL_OWNER},
    {"Analytical Society", SPECIAL_OWNER},
  };

  private SampleSeed() {}

  /** The names of the seeded projects by id, from 1, and their owners; a copy. */
  public static String[][] projects() {
    String[][] copy = new String[PROJECTS.length][];
    for (int i = 0; i < PROJECTS.length; i++) {
      copy[i] = PROJECTS[i].clone();
    }
    return copy;
  }

  /**
   * Adds to {@code store} the API keys {@code ada-key} for ada and {@code grace-key} for grace, the
   * projects above, tasks 1-2 in project 1 ({@value #FIRST_TASK}, {@value #SECOND_TASK}) and tasks
   * 3-14 in project 2 ("Note 1" to "Note 12").
   */
  public static void seed(SampleStore store) {
    store.addApiKey("ada-key", "ada");
    store.addApiKey("grace-key", "grace");
    for (String[] project : PROJECTS) {
      store.addProject(project[0], project[1]);
    }
    store.addTask(1, FIRST_TASK);
    store.addTask(1, SECOND_TASK);
    for (int note = 1; note <= 12; note++) {
      store.addTask(2, "Note " + note);
    }
  }
}
