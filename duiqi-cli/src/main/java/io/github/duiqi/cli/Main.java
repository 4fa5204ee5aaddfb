package io.github.duiqi.cli;

import io.github.duiqi.io.InputFiles;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code duiqi-cli.jar}.
 *
 * <p>Exit codes: {@link #OK}, {@link #SOME_FAILED}, {@link #USAGE}, {@link #WRITE_FAILED},
 * {@link #OUT_OF_MEMORY}, {@link #PIPE_CLOSED}; each but the first and the last comes with a
 * one-line message on stderr (malformed input: {@code duiqi: FILE:LINE: what is wrong}).
 *
 * <p>Instances are made and used by picocli on one thread.
 */
@Command(
    name = "duiqi",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Splits and aligns Chinese text with its English translation.",
    subcommands = {CommandLine.HelpCommand.class, SplitCommand.class, AlignCommand.class,
        ConvertCommand.class, EvalCommand.class},
    footerHeading = "%nExit codes:%n",
    footer = {Main.EXIT_CODES_0, Main.EXIT_CODES_1, Main.EXIT_CODES_2, Main.EXIT_CODES_3,
        Main.EXIT_CODES_4, Main.EXIT_CODES_141})
public final class Main implements java.util.concurrent.Callable<Integer> {

  /** Exit code of a command that succeeded. */
  public static final int OK = 0;
  /** Exit code of a batch that finished with some pairs failed (each named on stderr). */
  public static final int SOME_FAILED = 1;
  /** Exit code of bad usage, or an input that cannot be read or is refused. */
  public static final int USAGE = 2;
  /** Exit code of an output that could not be written (disk full, no permission, ...). */
  public static final int WRITE_FAILED = 3;
  /** Exit code of a pair too large for the Java heap. */
  public static final int OUT_OF_MEMORY = 4;
  /** Exit code when the reader of standard output closed it (e.g. {@code | head}), as SIGPIPE. */
  public static final int PIPE_CLOSED = 141;

  static final String EXIT_CODES_0 = "  0    success";
  static final String EXIT_CODES_1 = "  1    --batch: some pairs failed (each is named on stderr and in"
      + " report.tsv)";
  static final String EXIT_CODES_2 = "  2    bad usage, or an input that cannot be read or is"
      + " refused";
  static final String EXIT_CODES_3 = "  3    an output could not be written (the file and the"
      + " reason are named)";
  static final String EXIT_CODES_4 = "  4    out of memory (give Java more heap: java -Xmx4g -jar"
      + " ...)";
  static final String EXIT_CODES_141 = "  141  the reader of standard output closed it (| head);"
      + " nothing is said";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Standard input and the data output of the subcommands. */
  private final InputStream stdin;
  private final OutputStream stdout;

  private Main(InputStream stdin, OutputStream stdout) {
    this.stdin = stdin;
    this.stdout = stdout;
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line on the process's standard streams and returns the exit code. */
  static int run(String... args) {
    // not System.out: a PrintStream swallows write errors, a FileOutputStream reports them
    OutputStream stdout = new FileOutputStream(FileDescriptor.out);
    PrintWriter text = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err,
        StandardCharsets.UTF_8), true);
    int code = commandLine(System.in, stdout, text, err).execute(args);
    if (text.checkError() && code == OK) {
      // help or version text that did not reach its reader
      err.println("duiqi: cannot write to standard output");
      code = WRITE_FAILED;
    }
    return code;
  }

  /**
   * Builds the command line writing help and data to {@code out}; tests call this. A write
   * error of {@code out} fails the command as one on standard output does.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(InputStream.nullInputStream(), new WriterOutputStream(out), out, err);
  }

  /**
   * Builds the command line: data to the bytes of {@code stdout}, help text to {@code text},
   * messages to {@code err}.
   */
  static CommandLine commandLine(InputStream stdin, OutputStream stdout, PrintWriter text,
      PrintWriter err) {
    CommandLine cl = new CommandLine(new Main(stdin, stdout));
    cl.setOut(text);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(Main::usageError);
    cl.setExecutionExceptionHandler((ex, c, parsed) -> failure(ex, c.getErr()));
    return cl;
  }

  /** The standard input of the command line that runs {@code spec}'s command. */
  static InputStream stdin(CommandLine.Model.CommandSpec spec) {
    return ((Main) spec.root().userObject()).stdin;
  }

  /** The data output (standard output) of the command line that runs {@code spec}'s command. */
  static OutputStream stdout(CommandLine.Model.CommandSpec spec) {
    return ((Main) spec.root().userObject()).stdout;
  }

  /** One line, as scripts expect, with a suggestion for a mistyped option or command. */
  private static int usageError(CommandLine.ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    String message = ex.getMessage();
    if (ex instanceof CommandLine.UnmatchedArgumentException unmatched
        && !unmatched.getUnmatched().isEmpty()) {
      String typed = unmatched.getUnmatched().get(0);
      boolean option = typed.startsWith("-");
      if (option && typed.contains("=")) {
        typed = typed.substring(0, typed.indexOf('='));
      }
      if (!option && !cl.getCommandSpec().subcommands().isEmpty()) {
        message = "unknown command '" + typed + "'";
      }
      List<String> close = closest(typed, option ? cl.getCommandSpec().optionsMap().keySet()
          : cl.getCommandSpec().subcommands().keySet());
      if (!close.isEmpty()) {
        message = message + "; did you mean " + String.join(" or ", close) + "?";
      }
    }
    cl.getErr().println("duiqi: " + message + " (see '"
        + cl.getCommandSpec().qualifiedName() + " --help')");
    return USAGE;
  }

  /**
   * The candidates nearest to {@code typed} in edit distance (a swap of neighbours counting
   * one), if they are near enough to be a slip: at most 2, and at most a third of its length.
   */
  static List<String> closest(String typed, java.util.Collection<String> candidates) {
    int best = Math.min(2, Math.max(1, typed.length() / 3));
    List<String> found = new java.util.ArrayList<>();
    for (String c : new java.util.TreeSet<>(candidates)) {
      int d = editDistance(typed, c);
      if (d < best) {
        best = d;
        found.clear();
      }
      if (d == best) {
        found.add(c);
      }
    }
    return found;
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, swaps. */
  static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** Maps a command's failure to its message and exit code. */
  static int failure(Exception ex, PrintWriter err) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof OutputFailure output) {
        if (output.pipeClosed()) {
          return PIPE_CLOSED;
        }
        err.println("duiqi: " + output.getMessage());
        return WRITE_FAILED;
      }
      if (t instanceof CommandFailure failure) {
        err.println("duiqi: " + failure.getMessage());
        return failure.exitCode();
      }
    }
    // one line, whatever a parser's message holds; a FormatException's names file and line
    String message = ex.getMessage() == null ? ex.toString() : ex.getMessage();
    err.println("duiqi: " + message.strip().replaceAll("\\s*\\R\\s*", " "));
    return USAGE;
  }

  @Override
  public Integer call() {
    // no command: like git and grep, the help goes to stderr and the exit code says "misused"
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  /** Reads the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"duiqi " + (v == null ? "(development build)" : v)};
    }
  }
}
