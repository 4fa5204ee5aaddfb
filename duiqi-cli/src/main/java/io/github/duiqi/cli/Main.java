package io.github.duiqi.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code duiqi-cli.jar}.
 *
 * <p>Exit codes: {@code 0} success; {@code 1} the command ran but some input failed (batch mode);
 * {@code 2} bad usage or unreadable input, with a one-line message on stderr.
 */
@Command(
    name = "duiqi",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Splits and aligns Chinese text with its English translation.",
    subcommands = {CommandLine.HelpCommand.class, SplitCommand.class, AlignCommand.class,
        ConvertCommand.class, EvalCommand.class})
public final class Main implements Runnable {

  /** Exit code of a command that succeeded. */
  public static final int OK = 0;
  /** Exit code of a batch that finished with some inputs failed. */
  public static final int SOME_FAILED = 1;
  /** Exit code of bad usage or unreadable input. */
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line with UTF-8 output and returns the exit code. */
  static int run(String... args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out,
        StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err,
        StandardCharsets.UTF_8), true);
    return commandLine(out, err).execute(args);
  }

  /** Builds the command line writing to the given streams; tests call this directly. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
      // one line, as scripts expect; --help says the rest
      ex.getCommandLine().getErr().println("duiqi: " + ex.getMessage() + " (see '"
          + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
      return USAGE;
    });
    cl.setExecutionExceptionHandler((ex, c, parsed) -> {
      String message = ex.getMessage() == null ? ex.toString() : ex.getMessage();
      c.getErr().println("duiqi: " + message);
      return USAGE;
    });
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
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
