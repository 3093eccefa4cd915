import AnarchyCore
import AnarchyScenarioFiles
import AnarchyWorld
import Foundation
import Testing

@testable import AnarchyRecords

/// The record's war rows: declared once (`WarAccount.columns`), written and read back the same.
@Suite(.timeLimit(.minutes(10)))
struct WarAccountTests {
    /// Wars of every kind: opportunity, preemption (with mobilisation), prevention weighing beliefs,
    /// misjudgement, with alliances, joiners, deterrence, protracted rounds and tied hands.
    static let mixed = """
        name: mixed
        seed: 4
        states: {count: 16}
        ticks: 80
        system: {beta: 0.8, pGreedy: 0.4}
        mechanisms:
          crisis: {misjudgement: 1.5}
          preemption: {}
          mobilisation: {lag: 1}
          preventiveWar: {weighsBelief: true}
          alliances: {}
          joiningSides: {}
          deterrence: {}
          protractedWar: {}
          signalling: {form: tieHands}
        """

    /// A war the scenario begins (a `war` policy) between security seekers.
    static let scripted = """
        name: scripted
        states: [{motive: security}, {motive: security}, {motive: security}]
        geography: {ring: {k: 1}}
        ticks: 3
        policies:
          - {tick: 2, war: [0, 1]}
        """

    static func wars(_ text: String) throws -> [WarAccount] {
        let scenario = try ScenarioFile.parse(text)
        let world = try World(scenario: scenario)
        var greedy: [Bool] = []
        var accounts: [WarAccount] = []
        world.run(ticks: scenario.ticks) { world in
            if greedy.isEmpty { greedy = world.snapshot().greedy }
            for case let .war(w) in world.events {
                accounts.append(WarAccount(w, event: accounts.count + 1, name: { "S\($0)" }, greedy: greedy))
            }
        }
        return accounts
    }

    @Test func everyWarReadsBackAsItWasWritten() throws {
        var wars = try Self.wars(Self.mixed)
        wars += try Self.wars(try #require(BuiltinScenarios.entry("greedy-power")).yaml)
        wars += try Self.wars(Self.scripted)
        #expect(Set(wars.map(\.kind)) == Set(WarAccount.Kind.allCases), "the runs should hold wars of every kind")
        for war in wars {
            let table = try CSVTable.parse(Array((WarAccount.header + "\n" + war.row + "\n").utf8), file: "events.csv")
            #expect(table.header == WarAccount.columns.map(\.name))
            var expected = war
            expected.misjudgedChance = nil  // crises.csv keeps it, not events.csv
            #expect(try WarAccount(row: try #require(table.rows.first)) == expected, "event \(war.event)")
        }
    }

    @Test func aFieldOfTheWrongKindIsNamed() throws {
        let war = try #require(try Self.wars(Self.mixed).first)
        var fields = try #require(try CSVTable.parse(Array((WarAccount.header + "\n" + war.row + "\n").utf8), file: "e").rows.first)
        let column = try #require(WarAccount.columns.firstIndex { $0.name == "attacker_offense" })
        fields[column] = "plenty"
        #expect { try WarAccount(row: fields) } throws: { ($0 as? WarAccount.FieldError)?.column == "attacker_offense" }
        fields[column] = "1.5"
        fields[try #require(WarAccount.columns.firstIndex { $0.name == "kind" })] = "skirmish"
        #expect { try WarAccount(row: fields) } throws: { ($0 as? WarAccount.FieldError)?.column == "kind" }
    }

    /// State names may hold `=` and `;`, the separators of `passed_over`: such a record still reads.
    @Test func namesHoldingTheSeparatorsStillRead() throws {
        var war = try #require(try Self.wars(Self.mixed).first)
        war.passedOver = [.init(name: "A=B", defense: 1.5), .init(name: "C;D", defense: 2)]
        let fields = try #require(try CSVTable.parse(Array((WarAccount.header + "\n" + war.row + "\n").utf8), file: "e").rows.first)
        let read = try WarAccount(row: fields)
        #expect(read.passedOver.first == .init(name: "A=B", defense: 1.5))
        #expect(read.passedOver.dropFirst().map(\.name) == ["C", "D"])
    }

    @Test func explainRefusesADamagedFieldWithItsLine() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("anarchy-records-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let scenario = try ScenarioFile.parse(Self.mixed)
        let record = try RunRecord(directory: directory, scenario: scenario)
        let world = try World(scenario: scenario)
        world.run(ticks: 30) { record.record($0) }
        try record.finish(world, threads: 1)
        #expect(try RecordedRun.read(directory: directory).wars.count > 2)
        let path = directory + "/events.csv"
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[2] = lines[2].replacingOccurrences(of: ",true,", with: ",maybe,")
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        #expect { try RecordedRun.read(directory: directory) } throws: { "\($0)".contains("events.csv, line 3:") && "\($0)".contains("\"maybe\"") }
    }
}
