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
struct SharedDataTests {
    static let expected: [(COWDataset, rows: Int, LineEnding: CSVTable.LineEnding, CSVTable.Encoding)] = [
        (.capabilities, 15_951, .crlf, .utf8), (.systemMembership, 15_951, .lf, .utf8), (.stateSpells, 243, .lf, .utf8),
        (.majorPowers, 14, .lf, .utf8), (.countryCodes, 243, .cr, .utf8), (.alliances, 1_221, .lf, .utf8),
        (.atopMembers, 2_398, .lf, .utf8), (.atopAlliances, 745, .lf, .utf8), (.contiguity, 82_498, .lf, .utf8),
        (.disputes, 710, .lf, .utf8), (.disputeParticipants, 1_793, .lf, .utf8), (.dyadicDisputes, 3_550, .lf, .utf8),
        (.disputeLocations, 710, .lf, .utf8), (.interStateWars, 195, .lf, .utf8), (.extraStateWars, 157, .lf, .latin1),
        (.intraStateWars, 229, .lf, .latin1), (.nonStateWars, 53, .lf, .utf8), (.dyadicWars, 862, .lf, .utf8), (.armsRaces, 26, .lf, .utf8),
    ]

    @Test(.enabled(if: SharedData.directory != nil, Comment(rawValue: SharedData.skipReason)))
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
