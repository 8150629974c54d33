package dev.envelopes.sample;

import dev.envelopes.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The tasks of projects 1 to 9, seeded as the Jersey sample seeds them: tasks 1-2 in project 1,
 * 3-14 ("Note 1" to "Note 12") in project 2, none in the others.
 */
@Component
public class TaskStore {

  private final Map<Long, List<Task>> tasks = new TreeMap<>();
  private long nextTaskId = 1;

  public TaskStore() {
    for (long project = 1; project <= 9; project++) {
      tasks.put(project, new ArrayList<>());
    }
    addTask(1, "Write the outline");
    addTask(1, "Review with the team");
    for (int note = 1; note <= 12; note++) {
      addTask(2, "Note " + note);
    }
  }

  public synchronized Task addTask(long projectId, String title) {
    Task task = new Task(nextTaskId++, projectId, title, false);
    tasksOf(projectId).add(task);
    return task;
  }

  public synchronized Task task(long projectId, long taskId) {
    return tasksOf(projectId).stream()
        .filter(task -> task.id() == taskId)
        .findFirst()
        .orElseThrow(() -> new TaskNotFound(projectId, taskId));
  }

  public synchronized Page<Task> tasks(long projectId, Boolean done, long offset, int limit) {
    List<Task> matching = new ArrayList<>();
    for (Task task : tasksOf(projectId)) {
      if (done == null || task.done() == done) {
        matching.add(task);
      }
    }
    int from = (int) Math.min(offset, matching.size());
    int to = (int) Math.min(from + (long) limit, matching.size());
    return new Page<>(matching.subList(from, to), matching.size());
  }

  public synchronized void markDone(long projectId, long taskId, boolean done) {
    Task task = task(projectId, taskId);
    List<Task> list = tasksOf(projectId);
    list.set(list.indexOf(task), new Task(task.id(), projectId, task.title(), done));
  }

  private List<Task> tasksOf(long projectId) {
    List<Task> list = tasks.get(projectId);
    if (list == null) {
      throw new ProjectNotFound(projectId);
    }
    return list;
  }
}
