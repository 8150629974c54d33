package dev.envelopes.sample;

import dev.envelopes.Page;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The sample API's data, in memory. Every method is synchronized: the server calls it from many
 * threads.
 */
public final class SampleStore {

  /** How long a project must wait between two exports. */
  static final Duration EXPORT_INTERVAL = Duration.ofMinutes(1);

  private final Clock clock;
  private final Map<Long, Project> projects = new TreeMap<>();
  private final Map<Long, List<Task>> tasks = new HashMap<>();
  private final Map<Long, Instant> lastExport = new HashMap<>();
  private final Map<String, String> usersByApiKey = new HashMap<>();
  private long nextProjectId = 1;
  private long nextTaskId = 1;

  public SampleStore(Clock clock) {
    this.clock = clock;
  }

  /** Lets {@code apiKey} act as {@code user}. */
  public synchronized void addApiKey(String apiKey, String user) {
    usersByApiKey.put(apiKey, user);
  }

  synchronized Optional<String> userOf(String apiKey) {
    return Optional.ofNullable(apiKey).map(usersByApiKey::get);
  }

  public synchronized Project addProject(String name, String owner) {
    for (Project project : projects.values()) {
      if (project.name().equals(name)) {
        throw new DuplicateProjectName(name);
      }
    }
    Project project = new Project(nextProjectId++, name, owner);
    projects.put(project.id(), project);
    tasks.put(project.id(), new ArrayList<>());
    return project;
  }

  synchronized Project project(long id) {
    Project project = projects.get(id);
    if (project == null) {
      throw new ProjectNotFound(id);
    }
    return project;
  }

  /** The projects of {@code owner}, or all of them when it is {@code null}, in {@code order}. */
  synchronized Page<Project> projects(String owner, ProjectOrder order, long offset, int limit) {
    List<Project> matching = new ArrayList<>();
    for (Project project : projects.values()) {
      if (owner == null || project.owner().equals(owner)) {
        matching.add(project);
      }
    }
    matching.sort(order.comparator());
    return page(matching, offset, limit);
  }

  synchronized void rename(long id, String name) {
    Project project = project(id);
    for (Project other : projects.values()) {
      if (other.id() != id && other.name().equals(name)) {
        throw new DuplicateProjectName(name);
      }
    }
    projects.put(id, new Project(id, name, project.owner()));
  }

  synchronized void delete(long id) {
    project(id);
    projects.remove(id);
    tasks.remove(id);
  }

  /** Records an export of the project, unless it was exported less than a minute ago. */
  synchronized Instant export(long id) {
    project(id);
    Instant now = clock.instant();
    Instant last = lastExport.get(id);
    if (last != null && now.isBefore(last.plus(EXPORT_INTERVAL))) {
      throw new ExportRateLimited(id);
    }
    lastExport.put(id, now);
    return now;
  }

  public synchronized Task addTask(long projectId, String title) {
    project(projectId);
    Task task = new Task(nextTaskId++, projectId, title, false);
    tasks.get(projectId).add(task);
    return task;
  }

  synchronized Task task(long projectId, long taskId) {
    project(projectId);
    return tasks.get(projectId).stream()
        .filter(task -> task.id() == taskId)
        .findFirst()
        .orElseThrow(() -> new TaskNotFound(projectId, taskId));
  }

  /** The tasks of a project, only those done or not done when {@code done} is given. */
  synchronized Page<Task> tasks(long projectId, Boolean done, long offset, int limit) {
    project(projectId);
    List<Task> matching = new ArrayList<>();
    for (Task task : tasks.get(projectId)) {
      if (done == null || task.done() == done) {
        matching.add(task);
      }
    }
    return page(matching, offset, limit);
  }

  synchronized void markDone(long projectId, long taskId, boolean done) {
    Task task = task(projectId, taskId);
    List<Task> list = tasks.get(projectId);
    list.set(list.indexOf(task), new Task(task.id(), projectId, task.title(), done));
  }

  private static <T> Page<T> page(List<T> all, long offset, int limit) {
    int from = (int) Math.min(offset, all.size());
    int to = (int) Math.min(from + (long) limit, all.size());
    return new Page<>(all.subList(from, to), all.size());
  }
}
