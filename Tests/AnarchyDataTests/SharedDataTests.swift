import AnarchyCore
import AnarchyTestSupport
import Foundation
import Testing

@testable import AnarchyData

/// Where the shared COW copy lives (`../shared/data/cow` beside the repository, or
/// `ANARCHY_COW_DATA`), or nil with the reason tests skip.
enum SharedData {
    static let directory: String? = {
        if let given = ProcessInfo.processInfo.environment["ANARCHY_COW_DATA"] { return given }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let path = root.deletingLastPathComponent().appendingPathComponent("shared/data/cow").path
        return FileManager.default.fileExists(atPath: path + "/system2016.csv") ? path : nil
    }()

    static let skipReason = "skipped: ../shared/data/cow (the shared COW copy) is absent; set ANARCHY_COW_DATA to a directory of the files to run it"
}

/// Every file of the shared COW copy parses and checks, with its exact number of data rows (as
/// Python's csv module counts them) and its dialect.
@Suite(.timeLimit(.minutes(10)))
struct SharedDataTests {
    static let expected: [(COWDataset, rows: Int, LineEnding: CSVTable.LineEnding, CSVTable.Encoding)] = [
        (.capabilities, 15_951, .crlf, .utf8), (.systemMembership, 15_951, .lf, .utf8), (.stateSpells, 243, .lf, .utf8),
        (.majorPowers, 14, .lf, .utf8), (.countryCodes, 243, .cr, .utf8), (.alliances, 1_221, .lf, .utf8),
        (.atopMembers, 2_398, .lf, .utf8), (.atopAlliances, 745, .lf, .utf8), (.contiguity, 82_498, .lf, .utf8),
        (.disputes, 710, .lf, .utf8), (.disputeParticipants, 1_793, .lf, .utf8), (.dyadicDisputes, 3_550, .lf, .utf8),
        (.disputeLocations, 710, .lf, .utf8), (.interStateWars, 195, .lf, .utf8), (.extraStateWars, 157, .lf, .latin1),
        (.intraStateWars, 229, .lf, .latin1), (.nonStateWars, 53, .lf, .utf8), (.dyadicWars, 862, .lf, .utf8), (.armsRaces, 26, .lf, .utf8),
    ]

    @Test(.enabled(if: Requirement.cow.runs(available: SharedData.directory != nil), Comment(rawValue: SharedData.skipReason)))
    func everySharedFileParsesWithExactRowCounts() throws {
        let directory = try #require(SharedData.directory)
        #expect(Self.expected.count == COWDataset.allCases.count)
        for (dataset, rows, ending, encoding) in Self.expected {
            let file = try COWFile.load(dataset, from: directory)
            #expect(file.count == rows, "\(dataset)")
            #expect(file.table.lineEnding == ending && file.table.encoding == encoding, "\(dataset)")
            // Reading is lossless: written back, the bytes are the file's.
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: directory + "/" + file.table.file)))
            #expect(file.table.bytes() == bytes, "\(dataset) round trip")
        }
    }
}

/// The facts calibration matches, observed in the shared data over 1816–1899, equal an independent
/// computation (Python's csv module over the same files, the same relevant dyads: contiguous
/// pairs, pairs with a major power, allied pairs), and a short backtest runs end to end.
@Suite(.timeLimit(.minutes(10)))
struct SharedHistoryTests {
    @Test(.enabled(if: Requirement.cow.runs(available: SharedData.directory != nil), Comment(rawValue: SharedData.skipReason)))
    func observedFactsMatchAnIndependentComputation() throws {
        let directory = try #require(SharedData.directory)
        let history = try COWHistory(directory: directory)
        let onsets = DisputeOnsets(try COWFile.load(.dyadicDisputes, from: directory))
        let (facts, dyadYears, _) = try Calibration.observedFacts(history: history, onsets: onsets, training: 1816...1899)
        #expect(dyadYears == 18_928)
        let python = [0.016105789607527336, 0.020894685177394474, Double.nan, 1.978831211469011, 1.7038167027588105, 0.14749262536873156, 2.6415891800507185]
        for (swift, reference) in zip(facts.values, python) {
            #expect(reference.isNaN ? swift.isNaN : abs(swift - reference) <= 1e-12 * abs(reference), "\(swift) vs \(reference)")
        }
        let short = try Backtest.run(
            history: history, onsets: onsets, evaluation: 1900...1902, trainingStart: 1890, seeds: 10, calibrationSeeds: 4, step: 5,
            grid: [ModelParameters(pGreedy: 0.2, attackRatio: 2, crisisCostHigh: 0.2), ModelParameters(pGreedy: 0.35, attackRatio: 5, crisisCostHigh: 0.05, reach: 10)])
        #expect(short.dyadYears > 500 && short.model.events > 0 && (0...1).contains(short.model.auc) && (0...1).contains(short.baselineScores.auc))
        // The panel's onsets are the dispute file's: a row of Dyadic MID whose start year is the
        // row's year and whose states are the pair, read here from the file by column name.
        let file = try #require(["dyadic_mid_4.02.csv", "dyadic_mid_4.02-to1945.csv"].map { directory + "/" + $0 }.first { FileManager.default.fileExists(atPath: $0) })
        let mid = try CSVTable.parse(Array(try Data(contentsOf: URL(fileURLWithPath: file))), file: file)
        let index = { (name: String) in try #require(mid.header.firstIndex(of: name)) }
        let (y, s, a, b) = (try index("year"), try index("strtyr"), try index("statea"), try index("stateb"))
        var began = Set<[Int]>()
        for row in mid.rows where row[y] == row[s] {
            if let year = Int(row[y]), let x = Int(row[a]), let z = Int(row[b]) { began.insert([year, min(x, z), max(x, z)]) }
        }
        let panel = try CSVTable.parse(Array(short.panelCSV.utf8), file: "panel.csv")
        #expect(panel.rows.count == short.dyadYears)
        let column = { (name: String) in try #require(panel.header.firstIndex(of: name)) }
        let (c1, c2, year, onset, peace) = (try column("ccode1"), try column("ccode2"), try column("year"), try column("onset"), try column("peace_years"))
        for row in panel.rows {
            let key = [Int(row[year])!, Int(row[c1])!, Int(row[c2])!]
            #expect((row[onset] == "1") == began.contains(key), "\(row)")
            // Years of peace: no onset between the pair in any of the years counted.
            let p = Int(row[peace])!
            #expect((1...max(p, 1)).allSatisfy { p == 0 || !began.contains([key[0] - $0, key[1], key[2]]) })
        }
        #expect(panel.rows.filter { $0[onset] == "1" }.count == short.model.events)
        #expect(Set(panel.rows.map { [$0[c1], $0[c2], $0[year]] }).count == panel.rows.count)  // one row per dyad-year
    }

    /// The calibration docs/DATA.md reports (the best point of the full grid on 1816–1899) still
    /// reproduces every training fact the data define within the stated tolerance. (The full
    /// grid's search takes minutes in a release build: `anarchy calibrate`.)
    @Test(.enabled(if: Requirement.cow.runs(available: SharedData.directory != nil), Comment(rawValue: SharedData.skipReason)))
    func theReportedCalibrationReproducesTheTrainingFacts() throws {
        let directory = try #require(SharedData.directory)
        let history = try COWHistory(directory: directory)
        let onsets = DisputeOnsets(try COWFile.load(.dyadicDisputes, from: directory))
        let best = ModelParameters(pGreedy: 0.35, attackRatio: 8, crisisCostHigh: 2, reach: 10, preventionCost: 1, misjudgement: 0.5, settled: 0.25)
        #expect(ModelParameters.grid.contains(best))
        let fit = try Calibration.run(history: history, onsets: onsets, training: 1816...1899, grid: [best], threads: 2)
        for (name, (observed, simulated)) in zip(StylisedFacts.names, zip(fit.observed.values, fit.simulated.values)) where observed.isFinite {
            #expect(abs(simulated - observed) <= StylisedFacts.tolerance * abs(observed), "\(name): simulated \(simulated), observed \(observed)")
        }
    }
}
