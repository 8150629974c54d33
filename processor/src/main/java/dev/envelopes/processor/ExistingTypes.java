package dev.envelopes.processor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.util.Elements;

/**
 * Whether a top-level type exists, answered from its package's members, which javac lists once per
 * package. Asking {@link Elements#getTypeElement} instead costs a search of every module for each
 * name that does not exist, which is most of them: in a build of 5,000 enveloped methods that
 * search was a fifth of the processors' time.
 */
final class ExistingTypes {

  private final Elements elements;
  private final Map<String, Set<String>> namesByPackage = new HashMap<>();

  ExistingTypes(Elements elements) {
    this.elements = elements;
  }

  boolean contains(String packageName, String simpleName) {
    Set<String> names = namesByPackage.computeIfAbsent(packageName, this::typeNamesIn);
    if (names != null) {
      return names.contains(simpleName);
    }
    String qualified = packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    return elements.getTypeElement(qualified) != null;
  }

  /** The simple names of the package's types, or null when the package is not one package. */
  private Set<String> typeNamesIn(String packageName) {
    PackageElement pkg = elements.getPackageElement(packageName);
    if (pkg == null) {
      // In no module, or in more than one: the per-name search decides.
      return null;
    }
    Set<String> names = new HashSet<>();
    for (Element member : pkg.getEnclosedElements()) {
      names.add(member.getSimpleName().toString());
    }
    return names;
  }
}
