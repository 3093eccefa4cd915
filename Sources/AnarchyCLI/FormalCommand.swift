import ArgumentParser

/// `anarchy formal`, as listed by `anarchy --help`. Its arguments depend on the function, so
/// ``FormalInvocation`` handles them (``CommandLineEntry`` routes `formal` there directly).
struct FormalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "formal",
        abstract: "Solve a model of the formal-models catalogue (Richardson, Lanchester, Jervis, Kydd, Fearon, Powell, …).",
        discussion: "Run 'anarchy formal --help' for the usage and 'anarchy formal --list' for the functions.")

    @Argument(parsing: .captureForPassthrough, help: "A function id and its parameters.")
    var arguments: [String] = []

    func run() throws { try FormalInvocation(arguments: arguments).run() }
}
