package com.example;

/** How the web client's JSON of projects is configured. */
public final class ProjectResourceJson {

  private ProjectResourceJson() {}
}
