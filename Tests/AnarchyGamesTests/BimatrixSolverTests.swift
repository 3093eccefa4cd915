import AnarchyCore
import Foundation
import Testing

@testable import AnarchyGames

/// The bimatrix equilibrium solver against the standard peers (Gambit's enummixed, nashpy's vertex
/// enumeration; `Fixtures/make-nash-reference.py`), and by best-response checks.
@Suite(.timeLimit(.minutes(10)))
struct BimatrixSolverTests {
    struct ReferenceGame: CustomStringConvertible, Sendable {
        let index: Int
        let degenerate: Bool
        let a: [[Double]], b: [[Double]]
        let equilibria: [(row: [Double], column: [Double])]
        var description: String { "game \(index) (\(a.count)×\(a.first?.count ?? 0)\(degenerate ? ", degenerate" : ""))" }
    }

    static let reference: [ReferenceGame] = {
        guard let url = Bundle.module.url(forResource: "nash-reference", withExtension: "json", subdirectory: "Fixtures"),
            let text = try? String(contentsOf: url, encoding: .utf8), let document = try? JSONParser.parse(text),
            case let .array(games)? = document["games"]
        else { return [] }
        func numbers(_ v: JSONValue?) -> [Double] {
            guard case let .array(items)? = v else { return [] }
            return items.compactMap(\.numberValue)
        }
        func matrix(_ v: JSONValue?) -> [[Double]] {
            guard case let .array(rows)? = v else { return [] }
            return rows.map { numbers($0) }
        }
        return games.enumerated().map { index, game in
            var equilibria: [(row: [Double], column: [Double])] = []
            if case let .array(items)? = game["equilibria"] {
                equilibria = items.map { (numbers($0["row"]), numbers($0["column"])) }
            }
            return ReferenceGame(
                index: index, degenerate: game["kind"] == .string("degenerate"), a: matrix(game["A"]), b: matrix(game["B"]),
                equilibria: equilibria)
        }
    }()

    static func matches(_ found: [NashEquilibrium], _ expected: [(row: [Double], column: [Double])]) -> Bool {
        found.count == expected.count
            && zip(found, expected).allSatisfy { e, x in
                zip(e.row + e.column, x.row + x.column).allSatisfy { abs($0 - $1) <= 1e-7 }
            }
    }

    /// No pure strategy gains more than `tolerance` (relative to the payoff range) against the profile.
    static func isEquilibrium(_ e: NashEquilibrium, in game: Bimatrix, tolerance: Double = 1e-8) -> Bool {
        let rangeA = (game.a.max() ?? 0) - (game.a.min() ?? 0), rangeB = (game.b.max() ?? 0) - (game.b.min() ?? 0)
        for i in 0..<game.rows {
            let pure = (0..<game.columns).reduce(0.0) { $0 + game.a(i, $1) * e.column[$1] }
            if pure > e.payoffs.row + tolerance * max(rangeA, 1) { return false }
        }
        for j in 0..<game.columns {
            let pure = (0..<game.rows).reduce(0.0) { $0 + game.b($1, j) * e.row[$1] }
            if pure > e.payoffs.column + tolerance * max(rangeB, 1) { return false }
        }
        return abs(e.row.reduce(0, +) - 1) < 1e-12 && abs(e.column.reduce(0, +) - 1) < 1e-12
            && (e.row + e.column).allSatisfy { $0 >= 0 }
    }

    @Test func theReferenceSetIsLoaded() {
        #expect(Self.reference.count >= 60)
        #expect(Self.reference.contains { $0.a.count == 8 && $0.a[0].count == 8 })
    }

    @Test(arguments: reference)
    func vertexEnumerationFindsThePeersEquilibria(_ g: ReferenceGame) throws {
        let game = try Bimatrix(a: g.a, b: g.b)
        let solution = game.equilibria(method: .vertex)
        #expect(Self.matches(solution.equilibria, g.equilibria), "found \(solution.equilibria.map { ($0.row, $0.column) })")
        if !g.degenerate { #expect(!solution.degenerate) }
    }

    @Test(arguments: reference)
    func supportEnumerationFindsThePeersEquilibria(_ g: ReferenceGame) throws {
        let game = try Bimatrix(a: g.a, b: g.b)
        let solution = game.equilibria(method: .support)
        #expect(Self.matches(solution.equilibria, g.equilibria))
    }

    @Test(arguments: reference)
    func lemkeHowsonFindsOneOfThem(_ g: ReferenceGame) throws {
        let game = try Bimatrix(a: g.a, b: g.b)
        for label in 0..<(game.rows + game.columns) {
            let found = game.equilibria(method: .lemkeHowson, initialLabel: label).equilibria
            let e = try #require(found.first, "label \(label): no equilibrium")
            #expect(Self.isEquilibrium(e, in: game))
            if !g.degenerate {
                #expect(g.equilibria.contains { x in
                    zip(e.row + e.column, x.row + x.column).allSatisfy { abs($0 - $1) <= 1e-7 }
                })
            }
        }
    }

    @Test func degenerateGamesAreFlagged() throws {
        for g in Self.reference where g.degenerate {
            #expect(try Bimatrix(a: g.a, b: g.b).equilibria(method: .vertex).degenerate, "\(g)")
        }
    }

    /// Property: on random games (integer payoffs make degenerate ones common), every equilibrium
    /// returned passes the best-response check; nondegenerate games have an odd number of them
    /// (Shapley 1974) and the two enumerations agree.
    @Test func randomGamesByBestResponse() throws {
        var random = SplitMix64(seed: 77)
        for trial in 0..<300 {
            let m = 1 + Int(random.next() % 5), n = 1 + Int(random.next() % 5)
            let coarse = trial % 2 == 0
            func entry() -> Double {
                coarse ? Double(Int(random.next() % 4)) : (random.uniform() * 2 - 1)
            }
            let a = (0..<m).map { _ in (0..<n).map { _ in entry() } }
            let b = (0..<m).map { _ in (0..<n).map { _ in entry() } }
            let game = try Bimatrix(a: a, b: b)
            let vertex = game.equilibria(method: .vertex)
            #expect(!vertex.equilibria.isEmpty)
            for e in vertex.equilibria { #expect(Self.isEquilibrium(e, in: game), "\(a) \(b)") }
            if !vertex.degenerate {
                #expect(vertex.equilibria.count % 2 == 1, "\(a) \(b)")
                let support = game.equilibria(method: .support).equilibria
                #expect(Self.matches(support, vertex.equilibria.map { ($0.row, $0.column) }), "\(a) \(b)")
            }
        }
    }

    @Test func invalidMatricesAreRejected() {
        #expect(throws: Bimatrix.Invalid.self) { try Bimatrix(a: [], b: []) }
        #expect(throws: Bimatrix.Invalid.self) { try Bimatrix(a: [[1, 2], [3]], b: [[1, 2], [3, 4]]) }
        #expect(throws: Bimatrix.Invalid.self) { try Bimatrix(a: [[1, 2]], b: [[1, 2], [3, 4]]) }
        #expect(throws: Bimatrix.Invalid.self) { try Bimatrix(a: [[1, .nan]], b: [[1, 2]]) }
        #expect(throws: Bimatrix.Invalid.self) {
            try Bimatrix(a: Array(repeating: Array(repeating: 0, count: 20), count: 20), b: Array(repeating: Array(repeating: 0, count: 20), count: 20))
        }
    }

    @Test func matchingPenniesHasItsMixedEquilibrium() throws {
        let game = try Bimatrix(a: [[1, -1], [-1, 1]], b: [[-1, 1], [1, -1]])
        for method in EquilibriumMethod.allCases {
            let solution = game.equilibria(method: method)
            #expect(solution.equilibria.count == 1)
            #expect(solution.equilibria[0].row.allSatisfy { abs($0 - 0.5) < 1e-12 })
            #expect(abs(solution.equilibria[0].payoffs.row) < 1e-12)
        }
    }
}
