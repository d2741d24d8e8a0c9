/** The bare-JVM floor: a main that does nothing. */
public final class Noop {
  public static void main(String[] args) {}
}
