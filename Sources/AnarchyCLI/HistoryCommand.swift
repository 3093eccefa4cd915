import AnarchyRecords
import AnarchyCore
import AnarchyData
import AnarchyScenarioFiles
import AnarchyWorld
import ArgumentParser

/// `anarchy history --data DIR --year Y [--region R] [--out FILE]`: a scenario of a historical
/// year from Correlates of War data (docs/DATA.md).
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Build a scenario of a historical year from Correlates of War data.",
        discussion: """
            Reads system membership, state names, major powers, material capabilities, formal \
            alliances and direct contiguity from DIR (the files' names and where to download them: \
            docs/DATA.md). The scenario holds the system's members in the region that year; wealth \
            from the economic and demographic components of capabilities, offense and defense from \
            the military ones; borders from contiguity (distance by contiguity type) plus every pair \
            with a major power; defense pacts and ententes in force as alliances from tick 1. \
            Motives are left to the prior. Writes YAML to --out, or to standard output.
            """)

    @Option(name: .customLong("data"), help: ArgumentHelp("The directory of COW files.", valueName: "dir"))
    var data: String

    @Option(name: .customLong("year"), help: ArgumentHelp("The year (1816–2016 in COW v2016).", valueName: "year"))
    var year: String

    @Option(name: .customLong("region"), help: ArgumentHelp("europe, americas, africa, middle-east, asia or all.", valueName: "region"))
    var region = "europe"

    @Option(name: .customLong("alliances"), help: ArgumentHelp("Alliances from cow (Formal Alliances v4.1: defense pacts, ententes) or atop (ATOP v4.01: defense, offense, consultation).", valueName: "source"))
    var alliances = "cow"

    @Option(name: .customLong("out"), help: ArgumentHelp("The scenario file to write (default: standard output).", valueName: "file"))
    var out: String?

    @Option(name: .customLong("ticks"), help: ArgumentHelp("The scenario's ticks (default 50).", valueName: "n"))
    var ticks: String?

    @Option(name: .customLong("seed"), help: ArgumentHelp("The scenario's seed (default 1).", valueName: "seed"))
    var seed: String?

    func run() throws {
        let year = try FlagValue.whole(self.year, flag: "--year", default: 1913, range: 1...9999)
        guard let region = Region(rawValue: region) else {
            throw UsageError("--region: got '\(region)'; must be one of \(Region.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let source = AllianceSource(rawValue: alliances) else {
            throw UsageError("--alliances: got '\(alliances)'; must be cow or atop")
        }
        let ticks = try FlagValue.whole(self.ticks ?? "50", flag: "--ticks", default: 50, range: 1...10_000_000)
        let seed = try FlagValue.seed(self.seed, flag: "--seed", default: 1)
        let (scenario, report): (Scenario, COWHistory.Report)
        do {
            let history = try COWHistory(directory: data, alliances: source)
            (scenario, report) = try history.scenario(year: year, region: region, ticks: ticks, seed: seed)
        } catch {
            throw UsageError("--data: \(error.description)")
        }
        let text = ScenarioYAML.text(scenario, comments: [
            "Built by `anarchy history --data DIR --year \(year) --region \(region.rawValue) --alliances \(source.rawValue)` (Anarchy \(AnarchyVersion.string)) from Correlates",
            "of War data: State System Membership v2016, Major Powers v2016, National Material Capabilities v6.0,",
            (source == .cow ? "Formal Alliances v4.1 (defense pacts and ententes)" : "ATOP v4.01 (defense, offense and consultation obligations)")
                + ", Direct Contiguity v3.2. The mapping: docs/DATA.md.",
            "\(report.states) states (major powers: \(report.majors.isEmpty ? "none" : report.majors.joined(separator: ", "))); \(report.contiguous) contiguous pairs,",
            "\(report.relevant) more pairs with a major power, \(report.alliedOnly) more linked only by an alliance; \(report.alliedPairs) allied pairs.",
            "Motives are unknown: each state is greedy with probability system.pGreedy.",
        ])
        if let out {
            try TextFile.write(text, to: out, flag: "--out")
            Console.out("wrote \(out): \(scenario.summary)\n")
        } else {
            Console.out(text)
        }
    }
}
