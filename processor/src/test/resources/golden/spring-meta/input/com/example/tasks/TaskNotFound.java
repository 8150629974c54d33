package com.example.tasks;

import dev.envelopes.ApiError;

/** The project has no task with the id a request names. */
@ApiError(status = 404, code = 1014, message = "Task not found")
public class TaskNotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TaskNotFound(long projectId, long taskId) {
    super("Project " + projectId + " has no task " + taskId + ".");
  }
}
