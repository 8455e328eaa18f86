package org.rano.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * What every command of {@code rano} shares, given once: {@code --help} and {@code --version}, the
 * version, and the layout of the help (its headings, the options in the order declared, the width
 * of the terminal). Each command's own {@link Command} adds its name and texts; picocli reads this
 * class's attributes first and the command's over them.
 */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    headerHeading = "%n",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    optionListHeading = "%nOptions:%n",
    exitCodeListHeading = "%nExit codes:%n")
abstract class Subcommand implements Callable<Integer> {}
