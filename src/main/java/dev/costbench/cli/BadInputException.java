package dev.costbench.cli;

/** Input the command cannot work with; the message is the one line the user sees after "costbench: ". */
final class BadInputException extends RuntimeException {
    BadInputException(String message) { super(message); }
}
