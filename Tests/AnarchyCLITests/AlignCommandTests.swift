import Foundation
import Testing

@Suite("anarchy align", .timeLimit(.minutes(10)))
struct AlignCommandTests {
    static func file(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("align-\(UUID().uuidString).json").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("--json prints every local minimum, lowest energy first")
    func json() throws {
        let path = try Self.file("""
            {"states": [{"name": "A", "size": 2}, {"name": "B", "size": 1}, {"name": "C", "size": 3}],
             "propensity": [[0, 1, -1], [1, 0, -1], [-1, -1, 0]]}
            """)
        let r = try AnarchyProcess.run(["align", path, "--json"])
        #expect(r.status == 0)
        #expect(r.stdout == "{\"minima\":[{\"energy\":-18.0,\"sides\":[[\"A\",\"B\"],[\"C\"]]}]}\n")
        let human = try AnarchyProcess.run(["align", path])
        #expect(human.stdout.contains("E = -18   [A, B] vs [C]"))
    }

    @Test("bad input is a usage error naming the place", arguments: [
        ("{\"states\": [{\"name\": \"A\", \"size\": 1}, {\"name\": \"B\", \"size\": 1}], \"propensity\": [[0, 1], [2, 0]]}", "must be symmetric"),
        ("{\"states\": [{\"name\": \"A\", \"size\": 1}, {\"name\": \"B\", \"size\": 1}], \"propensity\": [[1, 1], [1, 0]]}", "propensity[0][0]: the diagonal must be 0"),
        ("{\"states\": [{\"name\": \"A\", \"size\": -1}], \"propensity\": [[0]]}", "states[0].size: must be a finite number > 0"),
        ("{\"states\": [{\"name\": \"A\", \"size\": 1}, {\"name\": \"A\", \"size\": 1}], \"propensity\": [[0, 0], [0, 0]]}", "given twice"),
        ("{\"states\": [{\"name\": \"A\", \"size\": 1}], \"propensity\": [[0, 1]]}", "propensity[0]: must have 1 number"),
        ("[1, 2", "not JSON"),
    ])
    func errors(_ text: String, _ expected: String) throws {
        let r = try AnarchyProcess.run(["align", try Self.file(text)])
        #expect(r.status == 2 && r.stderr.contains(expected), "\(r.stderr)")
    }
}
