import AnarchyCore
import ArgumentParser

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the command line and maps outcomes to exit statuses:
/// 0 success (and help), 2 usage errors (bad flags and values, one line on stderr),
/// 1 failures while running.
public enum CommandLineEntry {
    public static func run(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        do {
            if arguments.first == "formal" {
                try FormalInvocation(arguments: Array(arguments.dropFirst())).run()
                exit(0)
            }
            if let invocation = SDW1FastPath(arguments) {
                try invocation.run()
                exit(0)
            }
            var command = try AnarchyCommand.parseAsRoot(arguments)
            try command.run()
            exit(0)
        } catch let error as SilentExit {
            exit(error.status)
        } catch let error as UsageError {
            fail(error.message, status: 2)
        } catch let error as RuntimeFailure {
            fail(error.message, status: 1)
        } catch {
            let code = AnarchyCommand.exitCode(for: error)
            if code == .success {
                Console.out(AnarchyCommand.fullMessage(for: error) + "\n")
                exit(0)
            }
            let message = AnarchyCommand.message(for: error)
                .split(whereSeparator: \.isNewline).joined(separator: " ")
            let status: Int32 = code == .validationFailure ? 2 : code.rawValue
            fail("\(message) (see 'anarchy --help')", status: status == 0 ? 1 : status)
        }
    }

    private static func fail(_ message: String, status: Int32) -> Never {
        Console.error("anarchy: error: \(message)")
        exit(status)
    }
}
