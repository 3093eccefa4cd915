import AnarchyCore
import AnarchyExperiments
import AnarchyWorld

/// A variant of the model a claim is rerun under (issue "The debate as science", item 3): how
/// wars are fought — SDW-1's one-draw contest, Lanchester's square law (Lanchester 1916), or
/// protracted wars of rounds (Slantchev 2003) — the geography — a ring, a grid, a random
/// geometric graph (Gilbert 1961) — and the number of states, 12 or 48. The variants do not vote
/// on a verdict; each reports the claim's verdict by the single-level rule, so a reader sees
/// where the verdict flips with the model's construction rather than its parameters.
///
/// A variant is applied after a condition's edits. An axis the claim's world fixes is not
/// varied (nil: "as the claim's world has it"): the war model when a condition sets
/// `mechanisms.lanchester` or `mechanisms.protractedWar`; the geography and the size when the
/// world's borders are drawn by hand (`edges`) or a condition sets `geography` (a resized world
/// needs its geography re-laid); the size also when a condition sets the whole `states`, and a
/// size the world's states cannot reach (below).
public struct ModelVariant: Sendable, Equatable {
    public enum WarModel: String, Sendable, CaseIterable {
        case contest, lanchester, protracted
    }
    public enum Layout: String, Sendable, CaseIterable {
        case ring, grid, randomGeometric
    }
    public let warModel: WarModel?
    public let layout: Layout?
    public let states: Int?

    public init(warModel: WarModel?, layout: Layout?, states: Int?) {
        self.warModel = warModel
        self.layout = layout
        self.states = states
    }

    /// The sizes of the matrix.
    public static let sizes = [12, 48]

    /// "lanchester · grid · 48 states"; an axis not varied reads "as written".
    public var label: String {
        [warModel?.rawValue ?? "war as written", layout?.rawValue ?? "geography as written", states.map { "\($0) states" } ?? "size as written"]
            .joined(separator: " · ")
    }

    /// The variants `claim` runs under: the product of the axes it does not fix (none when it
    /// fixes all three), and a sentence for each axis it does fix, saying why.
    static func matrix(for claim: Claim) -> (variants: [ModelVariant], fixed: [String]) {
        let paths = claim.tests.flatMap { [$0.control, $0.treatment].compactMap { $0 }.flatMap(\.edits).map(\.path) }
        func setByCondition(_ field: String) -> Bool { paths.contains { ScenarioPath.overlaps($0, field) } }
        var fixed: [String] = []
        let drawn: Bool = if case .edges = claim.base.geography { true } else { false }
        let warModels: [WarModel?]
        if setByCondition("mechanisms.lanchester") || setByCondition("mechanisms.protractedWar") {
            warModels = [nil]
            fixed.append("war model: a condition sets it")
        } else {
            warModels = WarModel.allCases
        }
        let layouts: [Layout?]
        if drawn || setByCondition("geography") {
            layouts = [nil]
            fixed.append(drawn ? "geography: the world's borders are drawn by hand" : "geography: a condition sets it")
        } else {
            layouts = Layout.allCases
        }
        var sizes: [Int?] = []
        if layouts == [nil] || paths.contains(where: { $0 == "states" }) {
            fixed.append(layouts == [nil] ? "size: a resized world needs its geography re-laid" : "size: a condition sets the states")
        } else {
            sizes = Self.sizes.filter { resizable(claim.base.states, to: $0) }
            if sizes.count < Self.sizes.count {
                fixed.append("size: \(claim.base.states.count) listed states cannot be repeated to make \(Self.sizes.filter { !resizable(claim.base.states, to: $0) }.map(String.init).joined(separator: " or "))")
            }
        }
        if sizes.isEmpty { sizes = [nil] }
        guard warModels != [nil] || layouts != [nil] || sizes != [nil] else { return ([], fixed) }
        var variants: [ModelVariant] = []
        for w in warModels {
            for l in layouts {
                for s in sizes { variants.append(ModelVariant(warModel: w, layout: l, states: s)) }
            }
        }
        return (variants, fixed)
    }

    /// Whether `states` can become `count` states with the same composition: states all alike
    /// and unnamed (any count), or a list repeated a whole number of times (``Scenario/tiled(_:)``).
    static func resizable(_ states: [StateSpec], to count: Int) -> Bool {
        uniform(states) || (count >= states.count && count % states.count == 0)
    }

    private static func uniform(_ states: [StateSpec]) -> Bool {
        guard let first = states.first else { return false }
        return first.name == nil && states.allSatisfy { $0 == first }
    }

    /// `scenario` under this variant. The ring keeps the scenario's own k when it is a ring
    /// (else k = 2, SDW-1's); the grid is the most nearly square rows × columns = n (3 × 4, 6 × 8);
    /// the random geometric graph's radius is 2/√(πn), so that a state away from the square's
    /// edges expects four neighbours, as on a ring with k = 2.
    /// - Throws: a ``ScenarioError`` when the varied world is not valid.
    func applied(to scenario: Scenario) throws(ScenarioError) -> Scenario {
        var varied = scenario
        switch warModel {
        case nil: break
        case .contest?:
            varied.mechanisms.lanchester = nil
            varied.mechanisms.protractedWar = nil
        case .lanchester?:
            varied.mechanisms.lanchester = varied.mechanisms.lanchester ?? Mechanisms.LanchesterWar()
            varied.mechanisms.protractedWar = nil
        case .protracted?:
            varied.mechanisms.lanchester = nil
            varied.mechanisms.protractedWar = varied.mechanisms.protractedWar ?? Mechanisms.ProtractedWar()
        }
        if let count = states {
            if Self.uniform(varied.states) {
                varied.states = Array(repeating: varied.states[0], count: count)
            } else if count != varied.states.count {
                varied = varied.tiled(count / varied.states.count)
            }
        }
        let n = varied.states.count
        switch layout {
        case nil: break
        case .ring?:
            let k: Int = if case let .ring(k) = scenario.geography { k } else { 2 }
            varied.geography = .ring(k: k)
        case .grid?:
            let rows = stride(from: Int(Double(n).squareRoot()), through: 1, by: -1).first { n % $0 == 0 } ?? 1
            varied.geography = .grid(rows: rows, columns: n / rows, wrap: false)
        case .randomGeometric?:
            varied.geography = .randomGeometric(radius: 2 / (Double.pi * Double(n)).squareRoot())
        }
        try varied.validate()
        return varied
    }
}
