// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.guard;

import dev.vouchers.core.programme.application.VoucherProgramme;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.quicktheories.core.Gen;

/**
 * The generators of {@link UseCaseGuard}: one per use case (port.in interface) the
 * {@link VoucherProgramme} exposes, each drawing every field of its command. A new use case
 * without a generator here fails the guard ({@link #missing()}).
 */
public final class UseCaseCalls {
  /** The core's root package: each business context keeps its use cases in its port.in. */
  private static final String CORE = "dev.vouchers.core";

  /** Whether a package is the port.in room of one of the core's contexts. */
  private static boolean isPortIn(String packageName) {
    return packageName.startsWith(CORE + ".") && packageName.endsWith(".port.in");
  }

  /** Draws the fields of one use case's call. */
  @FunctionalInterface
  interface Spec {
    Call draw(Fields f);
  }

  private record Entry(int fields, Spec spec) {}

  private static final Map<Class<?>, Entry> SPECS = new LinkedHashMap<>();

  static {
    OrderCalls.registerAll();
    VoucherCalls.registerAll();
    InvitationCalls.registerAll();
    ResellerCalls.registerAll();
    SubscriptionCalls.registerAll();
  }

  private UseCaseCalls() {}

  static void register(Class<?> useCase, int fields, Spec spec) {
    SPECS.put(useCase, new Entry(fields, spec));
  }

  /** Every use case with a generator, in a stable order. */
  public static List<Class<?>> covered() {
    return List.copyOf(SPECS.keySet());
  }

  /**
   * The use cases the programme exposes (public methods of {@link VoucherProgramme} that
   * return a port.in interface, and the methods of each context's {@code <Context>UseCases} it
   * hands out) and the use-case interfaces of the port.in package (an
   * interface with a nested {@code Command}), by simple name.
   */
  public static Set<String> useCases() {
    Set<String> names = new TreeSet<>();
    for (Method method : VoucherProgramme.class.getMethods()) {
      Class<?> type = method.getReturnType();
      if (method.getParameterCount() == 0 && type.isInterface()
          && isPortIn(type.getPackageName())) {
        if (type.getSimpleName().endsWith("UseCases")) { // a context's use cases (ADR 0061)
          Stream.of(type.getMethods()).map(m -> m.getReturnType().getSimpleName())
              .forEach(names::add);
        } else {
          names.add(type.getSimpleName());
        }
      }
    }
    for (Class<?> type : portInInterfaces()) {
      if (Stream.of(type.getDeclaredClasses())
          .anyMatch(c -> c.getSimpleName().equals("Command"))) {
        names.add(type.getSimpleName());
      }
    }
    return names;
  }

  /** The use cases without a generator: must be empty. */
  public static Set<String> missing() {
    Set<String> missing = new TreeSet<>(useCases());
    SPECS.keySet().forEach(c -> missing.remove(c.getSimpleName()));
    return missing;
  }

  /** The generator of calls of {@code useCase} against the world. */
  static Gen<Call> calls(Class<?> useCase, GuardWorld world) {
    Entry entry = SPECS.get(useCase);
    if (entry == null) {
      throw new IllegalArgumentException("no generator for " + useCase.getSimpleName());
    }
    return in -> entry.spec().draw(new Fields(in, world, entry.fields()));
  }

  private static List<Class<?>> portInInterfaces() {
    String path = CORE.replace('.', '/');
    List<Class<?>> found = new ArrayList<>();
    try {
      Enumeration<URL> roots = VoucherProgramme.class.getClassLoader().getResources(path);
      for (URL root : Collections.list(roots)) {
        List<String> classes = new ArrayList<>();
        if ("file".equals(root.getProtocol())) {
          Path base = Path.of(root.toURI());
          try (Stream<Path> files = Files.walk(base)) {
            files.map(p -> path + "/" + base.relativize(p).toString().replace('\\', '/'))
                .forEach(classes::add);
          }
        } else if ("jar".equals(root.getProtocol())) {
          try (JarFile jar = ((JarURLConnection) root.openConnection()).getJarFile()) {
            for (JarEntry entry : Collections.list(jar.entries())) {
              if (entry.getName().startsWith(path + "/")) {
                classes.add(entry.getName());
              }
            }
          }
        }
        for (String file : classes) {
          int slash = file.lastIndexOf('/');
          String name = file.substring(slash + 1);
          String packageName = file.substring(0, Math.max(slash, 0)).replace('/', '.');
          if (isPortIn(packageName) && name.endsWith(".class") && !name.contains("$")
              && !name.startsWith("package-info")) {
            Class<?> type = Class.forName(packageName + "." + name.substring(0, name.length() - 6));
            if (type.isInterface() && Modifier.isPublic(type.getModifiers())) {
              found.add(type);
            }
          }
        }
      }
    } catch (IOException | URISyntaxException | ClassNotFoundException e) {
      throw new IllegalStateException("cannot list the use cases of the port.in packages", e);
    }
    return found;
  }
}
