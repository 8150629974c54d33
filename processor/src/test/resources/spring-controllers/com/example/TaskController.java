package com.example;

import dev.envelopes.Enveloped;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
@ResponseBody
public class TaskController {

  @GetMapping("/tasks/first")
  @Enveloped
  public String first() {
    return "write the README";
  }

  @GetMapping("/tasks/page")
  public String page() {
    return "tasks";
  }
}
