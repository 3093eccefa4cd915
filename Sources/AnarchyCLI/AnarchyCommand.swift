import AnarchyCore
import ArgumentParser

/// The root command: `anarchy`.
struct AnarchyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "anarchy",
        abstract: "Anarchy: a laboratory for the security dilemma.",
        discussion: """
            States in anarchy arm for security, read each other's arming through noise, and \
            spiral into fear and war when offense and defense cannot be told apart (Jervis 1978). \
            `anarchy run` runs the reference world on built-in defaults; `anarchy sdw1` runs it \
            with any parameters and prints its bit-exact digest; `anarchy tournament` plays \
            Axelrod-style tournaments of iterated security games; `anarchy formal` solves the \
            field's canonical formal models; `anarchy game solve` finds Nash equilibria.
            """,
        version: AnarchyVersion.described,
        subcommands: [RunCommand.self, DebateCommand.self, ServeCommand.self, SDW1Command.self, TournamentCommand.self, EvolveCommand.self, FormalCommand.self, GameCommand.self, ScenariosCommand.self, ValidateCommand.self, ExplainCommand.self, ExperimentsCommand.self, SweepCommand.self, AlignCommand.self, ReportCommand.self, HistoryCommand.self, DataCommand.self, CalibrateCommand.self, BacktestCommand.self, ResultsCommand.self, MergeCommand.self, SlurmCommand.self])
}
