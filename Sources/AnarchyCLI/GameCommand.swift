import ArgumentParser

/// `anarchy game`: normal-form games.
struct GameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "game",
        abstract: "Analyse two-player normal-form (bimatrix) games.",
        subcommands: [GameSolveCommand.self])
}
