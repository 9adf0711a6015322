// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.guard;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Deep rendering of an object graph in a stable order. */
final class ReflectiveDigest {
  private ReflectiveDigest() {}

  static String render(Object root) {
    StringBuilder out = new StringBuilder();
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    seen.add(root);
    for (Field field : fields(root.getClass())) {
      Object value = read(field, root);
      if (value == null || value == root || isOwnView(value, root)
          || value.getClass() == Object.class) {
        continue;
      }
      out.append(field.getName()).append('=');
      render(value, out, seen, root);
      out.append('\n');
    }
    return out.toString();
  }

  private static boolean isOwnView(Object value, Object root) {
    Class<?> type = value.getClass();
    return type.getEnclosingClass() == root.getClass() && !Modifier.isStatic(type.getModifiers());
  }

  private static List<Field> fields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
          fields.add(field);
        }
      }
    }
    return fields;
  }

  private static Object read(Field field, Object owner) {
    try {
      field.setAccessible(true);
      return field.get(owner);
    } catch (IllegalAccessException | RuntimeException e) {
      return "<unreadable " + field.getName() + ">";
    }
  }

  private static void render(Object value, StringBuilder out, Set<Object> seen, Object root) {
    if (value == null) {
      out.append("null");
      return;
    }
    Class<?> type = value.getClass();
    if (type.isArray()) {
      List<Object> items = new ArrayList<>();
      int length = java.lang.reflect.Array.getLength(value);
      for (int i = 0; i < length; i++) {
        items.add(java.lang.reflect.Array.get(value, i));
      }
      renderList(items, out, seen, root);
    } else if (value instanceof Map<?, ?> map) {
      List<String> entries = new ArrayList<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        StringBuilder one = new StringBuilder();
        render(entry.getKey(), one, seen, root);
        one.append("->");
        render(entry.getValue(), one, seen, root);
        entries.add(one.toString());
      }
      Collections.sort(entries);
      out.append('{').append(String.join(",", entries)).append('}');
    } else if (value instanceof Set<?> set) {
      List<String> items = new ArrayList<>();
      for (Object item : set) {
        StringBuilder one = new StringBuilder();
        render(item, one, seen, root);
        items.add(one.toString());
      }
      Collections.sort(items);
      out.append('{').append(String.join(",", items)).append('}');
    } else if (value instanceof Collection<?> list) {
      renderList(new ArrayList<>(list), out, seen, root);
    } else if (value instanceof Optional<?> optional) {
      out.append("Optional[");
      render(optional.orElse(null), out, seen, root);
      out.append(']');
    } else if (leaf(type)) {
      out.append(value);
    } else {
      if (!seen.add(value)) {
        out.append("<cycle>");
        return;
      }
      out.append(type.getSimpleName()).append('(');
      for (Field field : fields(type)) {
        Object fieldValue = read(field, value);
        if (fieldValue == root) {
          continue;
        }
        out.append(field.getName()).append('=');
        render(fieldValue, out, seen, root);
        out.append(';');
      }
      out.append(')');
      seen.remove(value);
    }
  }

  private static void renderList(List<?> items, StringBuilder out, Set<Object> seen,
      Object root) {
    out.append('[');
    for (Object item : items) {
      render(item, out, seen, root);
      out.append(',');
    }
    out.append(']');
  }

  /** JDK values (strings, numbers, time, URIs, enums...) are rendered by toString. */
  private static boolean leaf(Class<?> type) {
    return type.isPrimitive() || type.isEnum() || type.getName().startsWith("java.")
        || type.getName().startsWith("javax.") || type.getName().startsWith("sun.")
        || type.getName().startsWith("jdk.") || type.getName().startsWith("io.vavr.");
  }
}
