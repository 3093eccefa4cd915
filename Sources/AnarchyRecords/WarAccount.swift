import AnarchyCore
import AnarchyWorld

/// One war event as the run record keeps it and as every explanation reads it: who fought whom,
/// by which rule and for which cause, with the numbers that decided it (docs/MODEL.md, Decision
/// ledger) — states by name as well as index, so an account read back from `events.csv` is the
/// account written (but for ``misjudgedChance``, which `crises.csv` keeps). Made from a live `WorldEvent.War` (``init(_:event:name:greedy:)``) or from a
/// row of `events.csv` (``init(row:)``); written as that row by ``columns`` (the one declaration
/// of the file's layout), and rendered as `anarchy explain`'s prose (``prose(run:)``), its
/// one-line list (``oneLine``), the web page's "why" panel (``summary``, ``reasons``) and the
/// run's key events (`RunTimeline`).
public struct WarAccount: Sendable, Equatable {
    /// Why the attacker went to war, as the record names it.
    public enum Kind: String, Sendable, CaseIterable {
        case opportunity = "war"
        case prevention = "preventive war"
        case misjudgement = "war of misjudgement"
        case preemption = "preemptive war"
        case scripted = "scripted war"
    }

    /// The state by index and name.
    public struct Party: Sendable, Equatable {
        public var index: Int
        public var name: String
        /// Its motive, where known (the record keeps it; a live page does not need it).
        public var greedy: Bool
    }

    /// A neighbour the attacker did not pick, with its defense as the attacker reckoned it (nil
    /// only when a record's field could not be split into name and number: a name holding `;`).
    public struct PassedOver: Sendable, Equatable {
        public var name: String
        public var defense: Double?
    }

    /// The war's number in the record (1 for the first; 0 where it is not counted).
    public var event = 0
    public var tick = 0
    public var kind = Kind.opportunity
    public var attacker = Party(index: 0, name: "", greedy: false)
    public var target = Party(index: 0, name: "", greedy: false)
    public var attackerOffense = 0.0, targetDefense = 0.0, threshold = 0.0, winProbability = 0.0, draw = 0.0
    public var attackerWon = false
    public var wealthTaken = 0.0
    public var targetConquered = false
    /// The preventive reckoning (Powell 2006), for a preventive war.
    public var prevention: PreventiveDecision?
    /// The preemptive reckoning (Schelling 1960; Fearon 1995), for a preemptive war.
    public var preemption: PreemptiveDecision?
    /// The challenger's estimate of its chance, for a war of misjudgement seen live (the record
    /// keeps it in `crises.csv`, not here).
    public var misjudgedChance: Double?
    public var punishment = 0.0
    public var round = 1
    public var decided = true
    public var continues = false
    public var attackerAllies: [String] = [], targetAllies: [String] = []
    /// The rule the attacker followed (a doctrine id, or `sdw1-greedy` / `sdw1-seeker`).
    public var rule = ""
    public var attackerBelief = 0.0, targetBelief = 0.0, attackerThreat = 0.0
    public var targetSignalled = false
    public var passedOver: [PassedOver] = []
    public var audienceCost = 0.0
    public var honouredBy: [String] = [], abandonedBy: [String] = []
    public var defectionCost = 0.0
    public var wealthDestroyed = 0.0
    public var mobilised = 0
    public var targetMobilising = false

    public init() {}

    /// The account of a war the world just recorded: `event` its number, `name` the states'
    /// names, `greedy` their motives (empty when unknown).
    public init(_ war: War, event: Int, name: (Int) -> String, greedy: [Bool] = []) {
        func party(_ i: Int) -> Party { Party(index: i, name: name(i), greedy: greedy.indices.contains(i) && greedy[i]) }
        self.event = event
        tick = war.tick
        attacker = party(war.attacker)
        target = party(war.target)
        attackerOffense = war.attackerOffense
        targetDefense = war.targetDefense
        threshold = war.threshold
        winProbability = war.winProbability
        draw = war.draw
        attackerWon = war.attackerWon
        wealthTaken = war.wealthTaken
        targetConquered = war.targetConquered
        switch war.cause {
        case .opportunity: kind = .opportunity
        case let .prevention(d):
            kind = .prevention
            prevention = d
        case let .preemption(d):
            kind = .preemption
            preemption = d
        case let .misjudgement(estimate):
            kind = .misjudgement
            misjudgedChance = estimate
        case .scripted: kind = .scripted
        }
        punishment = war.punishment
        round = war.round
        decided = war.decided
        continues = war.continues
        attackerAllies = war.attackerAllies.map(name)
        targetAllies = war.targetAllies.map(name)
        rule = war.ledger.rule
        attackerBelief = war.ledger.attackerBelief
        targetBelief = war.ledger.targetBelief
        attackerThreat = war.ledger.attackerThreat
        targetSignalled = war.ledger.targetSignalled
        passedOver = war.ledger.passedOver.map { PassedOver(name: name($0.state), defense: $0.defense) }
        audienceCost = war.audienceCost
        honouredBy = war.honouredBy.map(name)
        abandonedBy = war.abandonedBy.map(name)
        defectionCost = war.defectionCost
        wealthDestroyed = war.wealthDestroyed
        mobilised = war.mobilised
        targetMobilising = war.targetMobilising
    }

    /// Whether the war ended in this round without a verdict (protracted war's round limit).
    public var stalemate: Bool { !decided && !continues }
}

// MARK: - The record's row

extension WarAccount {
    /// Why a field of `events.csv` could not be read.
    public struct FieldError: Error, Sendable {
        public let column: String
        public let text: String
    }

    /// One column of `events.csv`: its name, how the account writes it and how it is read back.
    public struct Column: Sendable {
        public let name: String
        let write: @Sendable (WarAccount) -> String
        let read: @Sendable (inout WarAccount, String) -> Bool
    }

    /// Every column of `events.csv`, in order: the one declaration of the file's layout, from
    /// which its header, its rows and their reading back all come.
    public static let columns: [Column] = [
        whole("event", \.event), whole("tick", \.tick),
        Column(name: "kind", write: { $0.kind.rawValue }, read: { a, t in Kind(rawValue: t).map { a.kind = $0 } != nil }),
        whole("attacker", \.attacker.index), text("attacker_name", \.attacker.name),
        whole("target", \.target.index), text("target_name", \.target.name),
        number("attacker_offense", \.attackerOffense), number("target_defense", \.targetDefense), number("threshold", \.threshold),
        number("win_probability", \.winProbability), number("draw", \.draw), flag("attacker_won", \.attackerWon),
        number("wealth_taken", \.wealthTaken), flag("target_conquered", \.targetConquered),
        decision("rising_now", 0, \.prevention), decision("rising_later", 1, \.prevention),
        decision("war_value", 2, \.prevention), decision("peace_value", 3, \.prevention),
        number("punishment", \.punishment), whole("round", \.round), flag("decided", \.decided), flag("continues", \.continues),
        names("attacker_allies", \.attackerAllies), names("target_allies", \.targetAllies),
        text("rule", \.rule), number("attacker_belief", \.attackerBelief), number("target_belief", \.targetBelief),
        number("attacker_threat", \.attackerThreat), flag("target_signalled", \.targetSignalled),
        Column(
            name: "passed_over",
            write: { CSV.quote($0.passedOver.map { "\($0.name)\($0.defense.map { "=\($0)" } ?? "")" }.joined(separator: ";")) },
            read: { account, text in
                // `name=defense` joined by `;`: split at the last `=` (a name may hold one); a part
                // that does not split (a name holding `;`) is kept whole rather than refused.
                account.passedOver = text.split(separator: ";").map { part in
                    guard let cut = part.lastIndex(of: "="), let defense = Double(part[part.index(after: cut)...]) else {
                        return PassedOver(name: String(part), defense: nil)
                    }
                    return PassedOver(name: String(part[..<cut]), defense: defense)
                }
                return true
            }),
        number("audience_cost", \.audienceCost), names("honoured_by", \.honouredBy), names("abandoned_by", \.abandonedBy),
        number("defection_cost", \.defectionCost), flag("attacker_greedy", \.attacker.greedy), flag("target_greedy", \.target.greedy),
        decision("fear_belief", 0, \.preemption), decision("reflected_belief", 1, \.preemption), decision("danger", 2, \.preemption),
        decision("first_strike", 3, \.preemption), decision("enemy_first_strike", 4, \.preemption), decision("war_cost", 5, \.preemption),
        Column(
            name: "weighed_belief", write: { $0.prevention?.weighedBelief.map { "\($0)" } ?? "" },
            read: { account, text in
                guard !text.isEmpty else { return true }
                guard let belief = Double(text), let d = account.prevention else { return false }
                account.prevention = PreventiveDecision(
                    risingNow: d.risingNow, risingLater: d.risingLater, warValue: d.warValue, peaceValue: d.peaceValue, weighedBelief: belief)
                return true
            }),
        number("wealth_destroyed", \.wealthDestroyed), whole("mobilised", \.mobilised), flag("target_mobilising", \.targetMobilising),
    ]

    /// `events.csv`'s header.
    public static let header = columns.map(\.name).joined(separator: ",")

    /// The account as a row of `events.csv` (without the line break).
    public var row: String { Self.columns.map { $0.write(self) }.joined(separator: ",") }

    /// The account a row of `events.csv` holds (its fields, unquoted, in ``columns``' order).
    /// - Throws: ``FieldError`` naming the first column whose text is not of its kind.
    public init(row fields: [String]) throws(FieldError) {
        self.init()
        for (column, text) in zip(Self.columns, fields) where !column.read(&self, text) {
            throw FieldError(column: column.name, text: text)
        }
    }

    private static func text(_ name: String, _ keyPath: any WritableKeyPath<WarAccount, String> & Sendable) -> Column {
        Column(name: name, write: { CSV.quote($0[keyPath: keyPath]) }, read: { a, t in a[keyPath: keyPath] = t; return true })
    }

    private static func whole(_ name: String, _ keyPath: any WritableKeyPath<WarAccount, Int> & Sendable) -> Column {
        Column(name: name, write: { "\($0[keyPath: keyPath])" }, read: { a, t in Int(t).map { a[keyPath: keyPath] = $0 } != nil })
    }

    private static func number(_ name: String, _ keyPath: any WritableKeyPath<WarAccount, Double> & Sendable) -> Column {
        Column(
            name: name, write: { CSV.number($0[keyPath: keyPath]) },
            read: { a, t in (t.isEmpty ? Double.nan : Double(t)).map { a[keyPath: keyPath] = $0 } != nil })
    }

    private static func flag(_ name: String, _ keyPath: any WritableKeyPath<WarAccount, Bool> & Sendable) -> Column {
        Column(name: name, write: { "\($0[keyPath: keyPath])" }, read: { a, t in Bool(t).map { a[keyPath: keyPath] = $0 } != nil })
    }

    /// States' names joined by `;`, quoted for CSV.
    private static func names(_ name: String, _ keyPath: any WritableKeyPath<WarAccount, [String]> & Sendable) -> Column {
        Column(
            name: name, write: { CSV.quote($0[keyPath: keyPath].joined(separator: ";")) },
            read: { a, t in
                a[keyPath: keyPath] = t.isEmpty ? [] : t.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
                return true
            })
    }

    /// One number of a war's reckoning (preventive or preemptive), by its place in the record's
    /// columns: empty for wars of other kinds.
    private static func decision<D: RecordedDecision>(_ name: String, _ position: Int, _ keyPath: any WritableKeyPath<WarAccount, D?> & Sendable) -> Column {
        Column(
            name: name, write: { $0[keyPath: keyPath].map { CSV.number($0.recorded[position]) } ?? "" },
            read: { account, text in
                guard !text.isEmpty else { return true }
                guard let x = Double(text) else { return false }
                let old = account[keyPath: keyPath]
                var numbers = old?.recorded ?? [Double](repeating: .nan, count: D.recordedCount)
                numbers[position] = x
                account[keyPath: keyPath] = D(recorded: numbers, keeping: old)
                return true
            })
    }
}

/// A war's reckoning as its numbers in the record's column order (`WarAccount.columns`).
protocol RecordedDecision: Sendable {
    static var recordedCount: Int { get }
    var recorded: [Double] { get }
    /// The decision of these numbers, with what the columns do not hold taken from `old`.
    init(recorded: [Double], keeping old: Self?)
}

extension PreventiveDecision: RecordedDecision {
    static var recordedCount: Int { 4 }
    var recorded: [Double] { [risingNow, risingLater, warValue, peaceValue] }
    init(recorded n: [Double], keeping old: PreventiveDecision?) {
        self.init(risingNow: n[0], risingLater: n[1], warValue: n[2], peaceValue: n[3], weighedBelief: old?.weighedBelief)
    }
}

extension PreemptiveDecision: RecordedDecision {
    static var recordedCount: Int { 6 }
    var recorded: [Double] { [belief, reflected, danger, firstStrike, enemyFirstStrike, cost] }
    init(recorded n: [Double], keeping _: PreemptiveDecision?) {
        self.init(belief: n[0], reflected: n[1], danger: n[2], firstStrike: n[3], enemyFirstStrike: n[4], cost: n[5])
    }
}
